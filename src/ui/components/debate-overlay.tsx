/**
 * The debate overlay: the scenario against the baseline on one metric, in four views (sensitivity tornado,
 * cruxes, attribution waterfall, claim card), each with its narration sentence on top.
 */
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import type { DebateTab } from '../debate.js';
import {
  DEBATE_TABS,
  attributionLines,
  attributionSentence,
  claimLines,
  CRUX_SET_MAX,
  cruxLines,
  cruxSentence,
  cruxSetLines,
  sensitivityLines,
  sensitivitySentence,
} from '../debate.js';
import type { DebateMetric } from '../engine-port.js';
import { clipWords, hintLine, textWidth, wrap } from '../format.js';
import type { DebateState } from '../hooks/use-debate.js';
import { msg } from '../../text/i18n.js';
import type { Theme } from '../theme.js';

/** Props of the debate overlay. */
export interface DebateOverlayProps {
  readonly tab: DebateTab;
  readonly metric: DebateMetric;
  readonly state: DebateState;
  /** The sets of changes that flip the verdict, shown under the cruxes view (idle elsewhere). */
  readonly sets?: DebateState;
  /** Scenario and baseline names as the sentences use them. */
  readonly names: { readonly a: string; readonly b: string };
  readonly claimRuns: number;
  /** Claim-card extras: fingerprints of A and B, the reproducing command, and an optional caveat. */
  readonly claimCard: {
    readonly fingerprintA: string;
    readonly fingerprintB: string;
    readonly argv: readonly string[];
    readonly caveat?: string;
  };
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

/** The sentence and lines of the open view, or undefined while it is computed. */
export function debateView(
  p: Omit<DebateOverlayProps, 'theme' | 'height'>,
  contentLines: number,
): { sentence: string; lines: string[] } | undefined {
  if (p.state.status !== 'done') return undefined;
  const r = p.state.result;
  switch (r.tab) {
    case 'sensitivity':
      // drawTornado adds a legend line under the bars.
      return {
        sentence: sensitivitySentence(r.value, p.metric),
        lines: sensitivityLines(r.value, p.width, contentLines - 1),
      };
    case 'cruxes': {
      // The crux list first; what you would have to believe takes the lines below it (at least half the room).
      const reserve = Math.min(12, Math.floor(contentLines / 2));
      const lines = cruxLines(r.value, p.width, Math.max(1, contentLines - reserve - 1));
      const room = contentLines - lines.length - 1;
      return {
        sentence: cruxSentence(r.value, p.metric, p.names),
        lines: [...lines, '', ...setLines(p.sets, p.metric, p.claimRuns, p.width, room)],
      };
    }
    case 'attribution':
      return {
        sentence: attributionSentence(r.value, p.metric, p.names.b),
        lines: attributionLines(r.value, p.names, p.width),
      };
    case 'claim':
      return {
        sentence: r.value.sentence,
        lines: claimLines({ claim: r.value, unit: p.metric.unit, ...p.claimCard }, p.width),
      };
    case 'cruxSets':
    case 'effect':
      // Asked for beside a view (cruxSets under the cruxes) or by the explain view: never a view of its own.
      return undefined;
  }
}

/** The lines of "what you would have to believe" in its state: searching, the sets, or the error. */
function setLines(
  state: DebateState | undefined,
  metric: DebateMetric,
  runs: number,
  width: number,
  room: number,
): string[] {
  const m = msg.ui;
  if (room <= 0 || state === undefined || state.status === 'idle') return [];
  if (state.status === 'error') return wrap(state.message, width, room);
  if (state.status === 'computing' || state.result.tab !== 'cruxSets')
    return wrap(m.debateSetsComputing(CRUX_SET_MAX, runs), width, room);
  return cruxSetLines(state.result.value, metric.unit, width, room);
}

/** The title in `width` columns: the scenario's name gives way at a word. */
export function debateTitle(a: string, b: string, width: number): string {
  const m = msg.ui;
  const full = m.debateTitle(a, b);
  if (textWidth(full) <= width) return full;
  return m.debateTitle(clipWords(a, Math.max(1, width - textWidth(m.debateTitle('', b)))), b);
}

/** Render the overlay in exactly `height` lines. */
export function DebateOverlay(p: DebateOverlayProps) {
  const m = msg.ui;
  const w = p.width;
  const rows: ReactElement[] = [];
  const metric = m.debateMetric(p.metric.label, p.metric.better);
  rows.push(
    <Text key="t" bold color={p.theme.accent} wrap="truncate">
      {debateTitle(p.names.a, p.names.b, w)}
    </Text>,
  );
  const tabs = DEBATE_TABS.map((t, i) => ` ${i + 1} ${m.debateTabs[t] ?? t} `);
  // The metric goes beside the tabs when it fits there, else on a line of its own.
  const beside = textWidth(tabs.join('')) + 3 + textWidth(metric) <= w;
  rows.push(
    <Text key="tabs" wrap="truncate">
      {DEBATE_TABS.map((t, i) => (
        <Text key={t} bold={t === p.tab} inverse={t === p.tab} color={t === p.tab ? undefined : p.theme.muted}>
          {tabs[i]}
        </Text>
      ))}
      <Text>{beside ? `   ${metric}` : ''}</Text>
    </Text>,
  );
  if (!beside)
    rows.push(
      <Text key="metric" wrap="truncate">
        {clipWords(` ${metric}`, w)}
      </Text>,
    );
  for (const [i, line] of wrap(m.debateHow[p.tab] ?? '', w, 2).entries())
    rows.push(
      <Text key={`how${i}`} color={p.theme.muted} wrap="truncate">
        {line}
      </Text>,
    );
  const sentenceMax = 3;
  const contentLines = Math.max(1, p.height - rows.length - sentenceMax - 2);
  const view = debateView(p, contentLines);
  if (view === undefined) {
    const text =
      p.state.status === 'error'
        ? p.state.message
        : p.tab === 'claim'
          ? m.debateClaimComputing(p.claimRuns)
          : m.debateComputing;
    for (const [i, line] of wrap(text, w, 3).entries())
      rows.push(
        <Text key={`wait${i}`} color={p.state.status === 'error' ? p.theme.error : p.theme.warn} wrap="truncate">
          {line}
        </Text>,
      );
  } else {
    for (const [i, line] of wrap(view.sentence, w, sentenceMax).entries()) {
      rows.push(
        <Text key={`s${i}`} bold wrap="truncate">
          {line}
        </Text>,
      );
    }
    rows.push(<Text key="gap"> </Text>);
    const room = p.height - rows.length - 1;
    for (const [i, line] of view.lines.slice(0, Math.max(0, room)).entries()) {
      rows.push(
        <Text key={`l${i}`} wrap="truncate">
          {line || ' '}
        </Text>,
      );
    }
  }
  while (rows.length < p.height - 1) rows.push(<Text key={`p${rows.length}`}> </Text>);
  rows.push(
    <Text key="k" color={p.theme.muted} wrap="truncate">
      {hintLine(m.debateKeys, [], w)}
    </Text>,
  );
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      {rows.slice(0, p.height - 1)}
      {rows[rows.length - 1]}
    </Box>
  );
}
