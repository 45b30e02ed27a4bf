/**
 * The assumptions browser: every assumption with value, range, kind and source; scroll, filter, edit within
 * range (which fixes it), switch camp, and read the full source. Changed ones are marked with `*`, fixed
 * ones say "fixed" where the range would be.
 */
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import { evidenceOf } from '../../model/camps.js';
import { assumptionOverride } from '../../model/overrides.js';
import type { Assumption, Scenario } from '../../model/types.js';
import { assumptionCamp, assumptionRange, filterAssumptions, type AssumptionShow } from '../app-state.js';
import { fit, formatSig, wrap } from '../format.js';
import { scrollWindow } from '../layout.js';
import { MESSAGES } from '../messages.js';
import type { Theme } from '../theme.js';
import { assumptionLine } from './assumption-strip.js';

/** Props of the browser. */
export interface AssumptionsOverlayProps {
  readonly assumptions: readonly Assumption[];
  readonly scenario: Scenario;
  readonly selected: number;
  readonly filter: string;
  readonly filtering: boolean;
  readonly showSource: boolean;
  /** Which list is shown (all when absent). */
  readonly show?: AssumptionShow;
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

/** Render the browser in exactly `height` lines. */
export function AssumptionsOverlay(p: AssumptionsOverlayProps) {
  const show = p.show ?? 'all';
  const list = filterAssumptions(p.assumptions, p.filter, show, p.scenario);
  const sel = list[p.selected];
  const detail: string[] = [];
  if (sel) {
    const camp = assumptionCamp(p.scenario, sel);
    const r = assumptionRange(sel, camp);
    const o = assumptionOverride(p.scenario, sel.id);
    const drawn =
      o?.kind === 'fixed'
        ? MESSAGES.fixedDetail
        : o?.kind === 'range'
          ? `${sel.distribution} ${MESSAGES.rangeDetail(formatSig(o.low), formatSig(o.high))}`
          : `${sel.distribution} ${formatSig(r.low)}–${formatSig(r.high)} ${sel.unit}`;
    const ev = evidenceOf(sel, camp);
    detail.push(`${sel.id} · ${drawn} · ${MESSAGES.kind[ev.kind] ?? ev.kind} · ${ev.confidence}`);
    if (sel.camps?.length) {
      detail.push(
        `${MESSAGES.campLabel}: ${sel.camps.map((c) => (c.id === camp ? `[${c.id}] ${c.label}` : c.id)).join('  ·  ')}`,
      );
    }
    const src = `${MESSAGES.source}: ${ev.source}`;
    const srcLines = p.showSource ? Math.max(2, Math.floor(p.height / 2)) : 1;
    detail.push(...wrap(src, p.width, srcLines));
    if (p.showSource && sel.note) detail.push(...wrap(sel.note, p.width, 3));
  }
  const listRows = Math.max(3, p.height - 3 - detail.length);
  const top = scrollWindow(p.selected, list.length, listRows);
  const labelW = Math.min(38, Math.floor(p.width * 0.4));
  const rows: ReactElement[] = [];
  const filterText = p.filtering || p.filter ? `  ${MESSAGES.filterPrompt}${p.filter}${p.filtering ? '▏' : ''}` : '';
  rows.push(
    <Text key="t" wrap="truncate">
      <Text bold color={p.theme.accent}>
        {MESSAGES.assumptionsTitle} ({list.length}/{p.assumptions.length})
      </Text>
      <Text>{`  ${MESSAGES.assumptionsShow(MESSAGES.assumptionsShowNames[show] ?? show)}`}</Text>
      <Text>{filterText}</Text>
      <Text color={p.theme.muted}>{`  ${MESSAGES.changedLegend}`}</Text>
    </Text>,
  );
  if (list.length === 0)
    rows.push(<Text key="none" color={p.theme.muted} wrap="truncate">{`  ${MESSAGES.assumptionsNoneListed}`}</Text>);
  list.slice(top, top + listRows).forEach((a, i) => {
    const l = assumptionLine(a, p.scenario);
    const isSel = top + i === p.selected;
    rows.push(
      <Text key={a.id} wrap="truncate" inverse={isSel}>
        <Text color={p.theme.changed}>
          {isSel ? '›' : ' '}
          {l.mark}
        </Text>
        <Text>{fit(l.label, labelW)} </Text>
        <Text color={l.mark.trim() ? p.theme.changed : p.theme.accent}>{fit(l.value, 18)} </Text>
        <Text color={p.theme.muted}>{l.rest}</Text>
      </Text>,
    );
  });
  while (rows.length < 1 + listRows) rows.push(<Text key={`p${rows.length}`}> </Text>);
  detail.forEach((d, i) =>
    rows.push(
      <Text key={`d${i}`} wrap="truncate">
        {d}
      </Text>,
    ),
  );
  rows.push(
    <Text key="k" color={p.theme.muted} wrap="truncate">
      {MESSAGES.assumptionsKeys}
    </Text>,
  );
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      {rows.slice(0, p.height)}
    </Box>
  );
}
