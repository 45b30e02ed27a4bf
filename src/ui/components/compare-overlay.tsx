/**
 * The compare view: the current scenario and another file side by side and overlaid, with a difference
 * table at 2021, 2024, 2030 and over 2019–2030, and the levers that differ.
 */
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import type { EnsembleResult, Lever, Scenario } from '../../model/types.js';
import { leverValue } from '../app-state.js';
import type { OutputMeta } from '../engine-port.js';
import { periodSum, yearValue } from '../explain.js';
import {
  clipWords,
  fit,
  fitWords,
  formatDelta,
  formatLeverValue,
  formatPercentDelta,
  formatSig,
  hintLine,
  padLeft,
  textWidth,
  wrap,
} from '../format.js';
import { msg } from '../../text/i18n.js';
import type { Theme } from '../theme.js';
import { BandChart, Legend } from './band-chart.js';
import { panelLabel } from './lever-panel.js';

/** One row of the difference table. */
export interface CompareRow {
  readonly label: string;
  readonly current: number;
  readonly other: number;
}

/** Years of the difference table when there is room for all of them. */
export const COMPARE_YEARS = [2021, 2024, 2030] as const;
/** Below this many lines the table keeps 2024 and 2030 only, to leave room for the levers that differ. */
const ALL_YEARS_FROM_HEIGHT = 25;
/** Columns each lever of the "levers that differ" list gets at least. */
const LEVER_CHIP_WIDTH = 38;

/** Build the difference table from two ensembles' medians (homicides and revenue by year and summed). */
export function compareRows(
  a: EnsembleResult,
  b: EnsembleResult,
  scenarioStart: number,
  years: readonly number[] = COMPARE_YEARS,
): CompareRow[] {
  const rows: CompareRow[] = [];
  const metrics: [string, (y: number) => string, string][] = [
    ['homicides', msg.ui.metricHomicidesYear, msg.ui.metricHomicidesTotal],
    ['cartel_revenue', msg.ui.metricRevenueYear, msg.ui.metricRevenueTotal],
  ];
  for (const [id, yearLabel, totalLabel] of metrics) {
    const sa = a.bands[id]?.p50;
    const sb = b.bands[id]?.p50;
    for (const y of years)
      rows.push({ label: yearLabel(y), current: yearValue(sa, a.months, y), other: yearValue(sb, b.months, y) });
    rows.push({ label: totalLabel, current: periodSum(sa, scenarioStart), other: periodSum(sb, scenarioStart) });
  }
  return rows;
}

/** "300,000 people" and "0 people" → "300,000 → 0 people": a unit both share is written once. */
export function leverChange(current: string, other: string): string {
  const cut = current.indexOf(' ');
  if (cut > 0 && other.endsWith(current.slice(cut))) return `${current.slice(0, cut)} → ${other}`;
  return `${current} → ${other}`;
}

/**
 * The compare view's title in `width` columns: "Compare scenarios: current “A” vs other “B”", or a request to
 * choose a file while none is loaded. The names (the scenarios' own) give way at a word, the longer first.
 */
export function compareTitle(
  current: string,
  other: string | undefined,
  width: number,
): { head: string; current: string; vs: string; other: string } {
  const m = msg.ui;
  const head = `${m.compareTitle}: `;
  const vs = ` ${m.versus} `;
  const cur = (n: string): string => `${m.compareCurrent} “${n}”`;
  const oth = (n: string): string => `${m.compareOther} “${n}”`;
  const fixed = textWidth(head) + textWidth(vs);
  if (other === undefined) {
    const ask = [m.compareChoose, m.compareChooseShort].find(
      (t) => fixed + textWidth(cur(current)) + textWidth(t) <= width,
    );
    const choose = ask ?? m.compareChooseShort;
    const room = width - fixed - textWidth(choose) - textWidth(cur(''));
    return { head, current: cur(clipWords(current, Math.max(1, room))), vs, other: choose };
  }
  const room = Math.max(2, width - fixed - textWidth(cur('')) - textWidth(oth('')));
  const half = Math.floor(room / 2);
  let a = current;
  let b = other;
  if (textWidth(a) + textWidth(b) > room) {
    if (textWidth(a) <= half) b = clipWords(other, room - textWidth(a));
    else if (textWidth(b) <= half) a = clipWords(current, room - textWidth(b));
    else {
      a = clipWords(current, half);
      b = clipWords(other, room - textWidth(a));
    }
  }
  return { head, current: cur(a), vs, other: oth(b) };
}

/** Props of the compare view. */
export interface CompareOverlayProps {
  readonly current: Scenario;
  readonly other: Scenario | undefined;
  readonly otherPath: string | undefined;
  readonly files: readonly string[];
  readonly selected: number;
  readonly error: string | undefined;
  readonly currentResult: EnsembleResult | undefined;
  readonly otherResult: EnsembleResult | undefined;
  readonly output: OutputMeta;
  readonly levers: readonly Lever[];
  readonly months: readonly string[];
  readonly scenarioStart: number;
  readonly width: number;
  readonly height: number;
  readonly axisWidth: number;
  readonly theme: Theme;
}

/** Render the compare view in exactly `height` lines. */
export function CompareOverlay(p: CompareOverlayProps) {
  const listW = Math.min(30, Math.floor(p.width * 0.3));
  const chartW = p.width - listW - 1;
  const years = p.height >= ALL_YEARS_FROM_HEIGHT ? COMPARE_YEARS : COMPARE_YEARS.slice(1);
  const table =
    p.currentResult && p.otherResult ? compareRows(p.currentResult, p.otherResult, p.scenarioStart, years) : [];
  const diffLevers = p.other ? p.levers.filter((l) => leverValue(p.current, l) !== leverValue(p.other!, l)) : [];
  const tableH = 1 + 2 * (years.length + 1);
  // The levers that differ go in columns; they get lines before the chart grows past its smallest size.
  const leverCols = Math.max(1, Math.floor((p.width - 2) / LEVER_CHIP_WIDTH));
  const chipW = Math.floor((p.width - 2) / leverCols);
  const leverSpace = Math.max(1, p.height - 1 - tableH - 6 - 1 - 1); // title, table, smallest chart, keys, heading
  const leverLines = Math.min(Math.max(1, Math.ceil(diffLevers.length / leverCols)), leverSpace);
  const leverH = 1 + leverLines;
  const plotH = Math.max(3, p.height - 1 - tableH - leverH - 3 - 1); // title, table, levers, chart frame, keys
  const fileRows = plotH + 3;
  const m = msg.ui;
  const rows: ReactElement[] = [];
  const title = compareTitle(p.current.name, p.other?.name, p.width);
  rows.push(
    <Text key="t" wrap="truncate">
      <Text bold color={p.theme.accent}>
        {title.head}
      </Text>
      <Text color={p.theme.median}>{title.current}</Text>
      <Text>{title.vs}</Text>
      <Text color={p.theme.compare}>{title.other}</Text>
    </Text>,
  );
  const files: ReactElement[] = [];
  if (p.files.length === 0)
    for (const [i, line] of wrap(m.compareNoFiles, listW, fileRows).entries())
      files.push(
        <Text key={`nf${i}`} color={p.theme.muted}>
          {line}
        </Text>,
      );
  const top = Math.max(0, Math.min(p.selected - Math.floor(fileRows / 2), p.files.length - fileRows));
  p.files.slice(top, top + fileRows).forEach((f, i) => {
    const isSel = top + i === p.selected;
    const loaded = f === p.otherPath;
    files.push(
      <Text key={f} inverse={isSel} color={loaded ? p.theme.compare : undefined} wrap="truncate">
        {fit(`${isSel ? '›' : ' '}${f.replace(/^scenarios\//, '')}`, listW)}
      </Text>,
    );
  });
  if (p.error)
    for (const [i, line] of wrap(m.openFailed(p.error), listW, 4).entries())
      files.push(
        <Text key={`err${i}`} color={p.theme.error} wrap="truncate">
          {line}
        </Text>,
      );
  rows.push(
    <Box key="mid" flexDirection="row" height={plotH + 3}>
      <Box flexDirection="column" width={listW} height={plotH + 3} overflow="hidden">
        {files}
      </Box>
      <Text> </Text>
      <Box flexDirection="column" width={chartW}>
        <BandChart
          title={p.output.label}
          unit={p.output.unit}
          months={p.months}
          scenarioStart={p.scenarioStart}
          band={p.currentResult?.bands[p.output.id]}
          baseline={undefined}
          compare={p.otherResult?.bands[p.output.id]}
          isSelected
          width={chartW}
          axisWidth={p.axisWidth}
          plotHeight={plotH}
          theme={p.theme}
          {...(p.other && !p.otherResult ? { note: msg.ui.computing } : {})}
        />
        <Legend theme={p.theme} width={chartW} hasObserved={false} hasCompare />
      </Box>
    </Box>,
  );
  const numW = 12;
  const diffW = Math.max(12, textWidth(m.compareDiff) + 2);
  const longest = Math.max(textWidth(m.compareMetric), ...table.map((r) => textWidth(r.label)), 20);
  const labelW = Math.max(10, Math.min(36, longest + 1, p.width - 2 * numW - diffW - 9));
  rows.push(
    <Text key="th" bold wrap="truncate">
      {fitWords(m.compareMetric, labelW)}
      {padLeft(msg.ui.compareCurrent, numW)}
      {padLeft(msg.ui.compareOther, numW)}
      {padLeft(msg.ui.compareDiff, diffW)}
    </Text>,
  );
  for (const r of table) {
    const d = r.other - r.current;
    rows.push(
      <Text key={r.label} wrap="truncate">
        <Text>{fitWords(r.label, labelW)}</Text>
        <Text color={p.theme.median}>{padLeft(formatSig(r.current), numW)}</Text>
        <Text color={p.theme.compare}>{padLeft(formatSig(r.other), numW)}</Text>
        <Text>{padLeft(formatDelta(d), diffW)}</Text>
        <Text color={p.theme.muted}>{`  ${formatPercentDelta(d, r.current)}`}</Text>
      </Text>,
    );
  }
  while (rows.length < 2 + tableH) rows.push(<Text key={`tp${rows.length}`}> </Text>);
  rows.push(
    <Text key="lh" bold wrap="truncate">
      {m.compareLevers}
      {p.other && diffLevers.length === 0 ? `: ${m.compareNoLeverDiff}` : ''}
    </Text>,
  );
  // When not all fit, the last place says how many are left out.
  const places = leverLines * leverCols;
  const shown = diffLevers.length <= places ? diffLevers : diffLevers.slice(0, places - 1);
  const chips = shown.map((l) => {
    const values = leverChange(
      formatLeverValue(l, leverValue(p.current, l)),
      formatLeverValue(l, leverValue(p.other!, l)),
    );
    const labelW = Math.max(8, chipW - textWidth(values) - 3);
    return { id: l.id, label: fitWords(panelLabel(l.label, l.id, labelW), labelW), values };
  });
  for (let line = 0; line < leverLines && line * leverCols < chips.length; line++) {
    const inLine = chips.slice(line * leverCols, (line + 1) * leverCols);
    const more =
      line === leverLines - 1 && shown.length < diffLevers.length
        ? msg.ui.debateMore(diffLevers.length - shown.length)
        : '';
    rows.push(
      <Text key={`l-${line}`} wrap="truncate">
        {inLine.map((c) => (
          <Text key={c.id}>
            {'  '}
            <Text>{c.label} </Text>
            <Text color={p.theme.median}>{fitWords(c.values, chipW - textWidth(c.label) - 3)}</Text>
          </Text>
        ))}
        {more ? <Text color={p.theme.muted}>{`  ${more}`}</Text> : null}
      </Text>,
    );
  }
  // The chart box is one element but plotH + 3 lines.
  while (rows.length < p.height - 1 - (plotH + 2)) rows.push(<Text key={`p${rows.length}`}> </Text>);
  rows.push(
    <Text key="k" color={p.theme.muted} wrap="truncate">
      {hintLine(m.compareKeys, [], p.width)}
    </Text>,
  );
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      {rows}
    </Box>
  );
}
