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
import { clipWords, fitWords, formatSig, hintLines, textWidth, wrap } from '../format.js';
import { scrollWindow } from '../layout.js';
import { msg } from '../../text/i18n.js';
import type { Theme } from '../theme.js';
import { assumptionLine, restIn } from './assumption-strip.js';

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
  const m = msg.ui;
  const show = p.show ?? 'all';
  const list = filterAssumptions(p.assumptions, p.filter, show, p.scenario);
  const sel = list[p.selected];
  const labelW = Math.min(38, Math.floor(p.width * 0.4));
  const valueW = 18;
  const keys = hintLines(m.assumptionsKeys, p.width, 2);
  // The details of the selected assumption take what the title, three list rows and the keys leave.
  const maxDetail = Math.max(1, p.height - 1 - keys.length - 3);
  const detail: string[] = [];
  if (sel) {
    const camp = assumptionCamp(p.scenario, sel);
    const r = assumptionRange(sel, camp);
    const o = assumptionOverride(p.scenario, sel.id);
    const dist = msg.common.distribution[sel.distribution] ?? sel.distribution;
    const drawn =
      o?.kind === 'fixed'
        ? m.fixedDetail
        : o?.kind === 'range'
          ? `${dist} ${m.rangeDetail(formatSig(o.low), formatSig(o.high))}`
          : `${dist} ${formatSig(r.low)}–${formatSig(r.high)} ${sel.unit}`;
    const ev = evidenceOf(sel, camp);
    // The whole label when the list had to shorten it.
    if (textWidth(sel.label) > labelW) detail.push(...wrap(sel.label, p.width, 2));
    detail.push(
      ...wrap(
        `${sel.id} · ${drawn} · ${m.kind[ev.kind] ?? ev.kind} · ${m.confidenceOf(msg.common.confidence[ev.confidence] ?? ev.confidence)}`,
        p.width,
        2,
      ),
    );
    if (sel.camps?.length) {
      const camps = sel.camps.map((c) => (c.id === camp ? `[${c.id}] ${c.label}` : c.id)).join('  ·  ');
      detail.push(...wrap(`${m.campLabel}: ${camps}`, p.width, 2));
    }
    const src = `${m.source}: ${ev.source}`;
    const note = p.showSource && sel.note ? wrap(sel.note, p.width, 3) : [];
    const srcLines = p.showSource ? Math.max(2, Math.floor(p.height / 2)) : 1;
    detail.push(...wrap(src, p.width, Math.max(1, Math.min(srcLines, maxDetail - detail.length - note.length))));
    const noteRoom = maxDetail - detail.length;
    if (noteRoom > 0 && sel.note && note.length) detail.push(...wrap(sel.note, p.width, Math.min(3, noteRoom)));
  }
  const listRows = Math.max(3, p.height - 1 - keys.length - detail.length);
  const top = scrollWindow(p.selected, list.length, listRows);
  const rows: ReactElement[] = [];
  // The title keeps its count and list; the typed filter and the legend follow when they fit.
  const head = `${m.assumptionsTitle} (${list.length}/${p.assumptions.length})`;
  const listName = `  ${m.assumptionsShow(m.assumptionsShowNames[show] ?? show)}`;
  const filterText = p.filtering || p.filter ? `  ${m.filterPrompt}${p.filter}${p.filtering ? '▏' : ''}` : '';
  const legend = `  ${m.changedLegend}`;
  const used = textWidth(head) + textWidth(listName) + textWidth(filterText);
  rows.push(
    <Text key="t" wrap="truncate">
      <Text bold color={p.theme.accent}>
        {head}
      </Text>
      <Text>{listName}</Text>
      <Text>{filterText}</Text>
      <Text color={p.theme.muted}>{used + textWidth(legend) <= p.width ? legend : ''}</Text>
    </Text>,
  );
  if (list.length === 0)
    rows.push(
      <Text key="none" color={p.theme.muted} wrap="truncate">
        {clipWords(`  ${m.assumptionsNoneListed}`, p.width)}
      </Text>,
    );
  list.slice(top, top + listRows).forEach((a, i) => {
    const l = assumptionLine(a, p.scenario);
    const isSel = top + i === p.selected;
    rows.push(
      <Text key={a.id} wrap="truncate" inverse={isSel}>
        <Text color={p.theme.changed}>
          {isSel ? '›' : ' '}
          {l.mark}
        </Text>
        <Text>{fitWords(l.label, labelW)} </Text>
        <Text color={l.mark.trim() ? p.theme.changed : p.theme.accent}>{fitWords(l.value, valueW)} </Text>
        <Text color={p.theme.muted}>{restIn(l, p.width - 2 - labelW - 1 - valueW - 1)}</Text>
      </Text>,
    );
  });
  while (rows.length < 1 + listRows) rows.push(<Text key={`p${rows.length}`}> </Text>);
  for (const [i, d] of detail.entries())
    rows.push(
      <Text key={`d${i}`} wrap="truncate">
        {d}
      </Text>,
    );
  for (const k of keys)
    rows.push(
      <Text key={`k-${k}`} color={p.theme.muted} wrap="truncate">
        {k}
      </Text>,
    );
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      {rows.slice(0, p.height)}
    </Box>
  );
}
