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
  cruxLines,
  cruxSentence,
  sensitivityLines,
  sensitivitySentence,
} from '../debate.js';
import type { DebateMetric } from '../engine-port.js';
import { fit, wrap } from '../format.js';
import type { DebateState } from '../hooks/use-debate.js';
import { MESSAGES } from '../messages.js';
import type { Theme } from '../theme.js';

/** Props of the debate overlay. */
export interface DebateOverlayProps {
  readonly tab: DebateTab;
  readonly metric: DebateMetric;
  readonly state: DebateState;
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
    case 'cruxes':
      return { sentence: cruxSentence(r.value, p.metric, p.names), lines: cruxLines(r.value, p.width, contentLines) };
    case 'attribution':
      return {
        sentence: attributionSentence(r.value, p.metric, p.names.b),
        lines: attributionLines(r.value, p.names, p.width),
      };
    case 'claim':
      return { sentence: r.value.sentence, lines: claimLines({ claim: r.value, ...p.claimCard }, p.width) };
  }
}

/** Render the overlay in exactly `height` lines. */
export function DebateOverlay(p: DebateOverlayProps) {
  const w = p.width;
  const rows: ReactElement[] = [];
  const title = MESSAGES.debateTitle(p.names.a, p.names.b);
  const metric = MESSAGES.debateMetric(p.metric.label, p.metric.better);
  rows.push(
    <Text key="t" bold color={p.theme.accent} wrap="truncate">
      {title}
    </Text>,
  );
  rows.push(
    <Text key="tabs" wrap="truncate">
      {DEBATE_TABS.map((t, i) => (
        <Text key={t} bold={t === p.tab} inverse={t === p.tab} color={t === p.tab ? undefined : p.theme.muted}>
          {` ${i + 1} ${MESSAGES.debateTabs[t] ?? t} `}
        </Text>
      ))}
      <Text>{`   ${metric}`}</Text>
    </Text>,
  );
  rows.push(
    <Text key="how" color={p.theme.muted} wrap="truncate">
      {fit(MESSAGES.debateHow[p.tab] ?? '', w).trimEnd()}
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
          ? MESSAGES.debateClaimComputing(p.claimRuns)
          : MESSAGES.debateComputing;
    rows.push(
      <Text key="wait" color={p.state.status === 'error' ? p.theme.error : p.theme.warn} wrap="truncate">
        {fit(text, w).trimEnd()}
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
      {MESSAGES.debateKeys}
    </Text>,
  );
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      {rows.slice(0, p.height)}
    </Box>
  );
}
