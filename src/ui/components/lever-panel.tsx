/**
 * The levers panel: the article's five levers and the extras, one row per family with the selected
 * family's sub-settings indented under it, and the article's words for the selected lever.
 */
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import type { Lever, Scenario } from '../../model/types.js';
import { leverValue } from '../app-state.js';
import { fitWords, formatLeverValue, padLeft, textWidth, wrap } from '../format.js';
import { scrollWindow } from '../layout.js';
import { msg } from '../../text/i18n.js';
import type { Theme } from '../theme.js';

/** One visible row of the panel. */
export interface LeverRow {
  readonly kind: 'lever' | 'heading';
  readonly lever?: Lever;
  /** Index into the levers list (for lever rows). */
  readonly index: number;
  readonly label: string;
  /** A shorter name for when the label does not fit beside the value. */
  readonly short?: string;
  readonly indent: boolean;
}

/** Family name shown on a family's first row. */
export function familyLabel(lever: Lever): string {
  return msg.ui.families[lever.family] ?? lever.label;
}

/** Compute the visible rows: each family's first lever, plus every lever of the selected lever's family. */
export function leverRows(levers: readonly Lever[], selected: number): LeverRow[] {
  const rows: LeverRow[] = [];
  const selFamily = levers[selected]?.family;
  let extrasShown = false;
  levers.forEach((l, i) => {
    const first = i === 0 || levers[i - 1]?.family !== l.family;
    if (first && l.group === 'extra' && !extrasShown) {
      extrasShown = true;
      rows.push({ kind: 'heading', index: -1, label: msg.ui.extrasTitle, indent: false });
    }
    const short = (first ? msg.ui.familiesShort[l.family] : undefined) ?? msg.ui.leverShort[l.id];
    const named = short !== undefined ? { short } : {};
    if (first) rows.push({ kind: 'lever', lever: l, index: i, label: familyLabel(l), ...named, indent: false });
    else if (l.family === selFamily)
      rows.push({ kind: 'lever', lever: l, index: i, label: l.label, ...named, indent: true });
  });
  return rows;
}

/** The name shown for a lever: its full name when it fits in `width`, else its short one. */
export function panelLabel(label: string, id: string, width: number, short = msg.ui.leverShort[id]): string {
  return Array.from(label).length <= width ? label : (short ?? label);
}

/** Props of the levers panel. */
export interface LeverPanelProps {
  readonly levers: readonly Lever[];
  readonly scenario: Scenario;
  readonly baseline: Scenario;
  readonly selected: number;
  readonly isFocused: boolean;
  readonly width: number;
  readonly height: number;
  readonly listRows: number;
  readonly articleLines: number;
  readonly theme: Theme;
}

/** Render the levers panel in exactly `height` lines of `width` columns. */
export function LeverPanel(p: LeverPanelProps) {
  const rows = leverRows(p.levers, p.selected);
  const selRow = Math.max(
    0,
    rows.findIndex((r) => r.index === p.selected),
  );
  const top = scrollWindow(selRow, rows.length, p.listRows);
  const shown = rows.slice(top, top + p.listRows);
  const sel = p.levers[p.selected];
  const words = sel ? wrap(`${msg.ui.articleWords} ${sel.articleWords}`, p.width, p.articleLines) : [];
  const lines: ReactElement[] = [];
  lines.push(
    <Text key="title" bold color={p.isFocused ? p.theme.accent : undefined} wrap="truncate">
      {fitWords(`${msg.ui.leversTitle}${top > 0 ? ' ↑' : ''}${top + p.listRows < rows.length ? ' ↓' : ''}`, p.width)}
    </Text>,
  );
  for (const r of shown) {
    if (r.kind === 'heading' || !r.lever) {
      lines.push(
        <Text key={`h-${r.label}`} color={p.theme.muted} wrap="truncate">
          {fitWords(`── ${r.label} `, p.width)}
        </Text>,
      );
      continue;
    }
    const l = r.lever;
    const v = leverValue(p.scenario, l);
    const changed = v !== leverValue(p.baseline, l);
    const isSel = r.index === p.selected;
    const mark = isSel ? '›' : ' ';
    const prefix = `${mark}${changed ? '*' : ' '}${r.indent ? '  ' : ''}`;
    // A value with a unit too long for the row shows the number alone, never a cut number.
    const room = Math.max(4, p.width - prefix.length - 6);
    const full = formatLeverValue(l, v);
    const value = textWidth(full) <= room ? full : formatLeverValue(l, v, false);
    const valueWidth = Math.min(textWidth(value), room);
    const labelWidth = Math.max(1, p.width - prefix.length - valueWidth - 1);
    lines.push(
      <Text key={l.id} wrap="truncate" inverse={isSel && p.isFocused} bold={isSel}>
        <Text color={changed ? p.theme.changed : undefined}>{prefix}</Text>
        <Text color={r.indent ? p.theme.muted : undefined}>
          {fitWords(panelLabel(r.label, l.id, labelWidth, r.short), labelWidth)}
        </Text>
        <Text> </Text>
        <Text color={changed ? p.theme.changed : undefined}>{padLeft(value, valueWidth)}</Text>
      </Text>,
    );
  }
  while (lines.length < 1 + p.listRows) lines.push(<Text key={`pad-${lines.length}`}> </Text>);
  lines.push(<Text key="gap"> </Text>);
  for (let i = 0; i < p.articleLines; i++) {
    lines.push(
      <Text key={`w-${i}`} color={p.theme.muted} italic wrap="truncate">
        {words[i] ?? ' '}
      </Text>,
    );
  }
  return (
    <Box flexDirection="column" width={p.width} height={p.height}>
      {lines.slice(0, p.height)}
    </Box>
  );
}
