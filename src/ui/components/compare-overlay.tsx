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
import { fit, formatDelta, formatLeverValue, formatPercentDelta, formatSig, padLeft } from '../format.js';
import { MESSAGES } from '../messages.js';
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
    ['homicides', MESSAGES.metricHomicidesYear, MESSAGES.metricHomicidesTotal],
    ['cartel_revenue', MESSAGES.metricRevenueYear, MESSAGES.metricRevenueTotal],
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
  const rows: ReactElement[] = [];
  rows.push(
    <Text key="t" wrap="truncate">
      <Text bold color={p.theme.accent}>
        {MESSAGES.compareTitle}:{' '}
      </Text>
      <Text color={p.theme.median}>
        {MESSAGES.compareCurrent} “{p.current.name}”
      </Text>
      <Text>{` ${MESSAGES.versus} `}</Text>
      <Text color={p.theme.compare}>
        {p.other ? `${MESSAGES.compareOther} “${p.other.name}”` : MESSAGES.compareChoose}
      </Text>
    </Text>,
  );
  const files: ReactElement[] = [];
  if (p.files.length === 0)
    files.push(
      <Text key="nf" color={p.theme.muted}>
        {fit(MESSAGES.compareNoFiles, listW)}
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
    files.push(
      <Text key="err" color={p.theme.error} wrap="truncate">
        {fit(p.error, listW)}
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
          {...(p.other && !p.otherResult ? { note: MESSAGES.computing } : {})}
        />
        <Legend theme={p.theme} width={chartW} hasObserved={false} hasCompare />
      </Box>
    </Box>,
  );
  const numW = 12;
  const diffW = Math.max(12, Array.from(MESSAGES.compareDiff).length + 1);
  const labelW = Math.max(10, Math.min(28, p.width - 2 * numW - diffW - 9));
  rows.push(
    <Text key="th" bold wrap="truncate">
      {fit(MESSAGES.compareMetric, labelW)}
      {padLeft(MESSAGES.compareCurrent, numW)}
      {padLeft(MESSAGES.compareOther, numW)}
      {padLeft(MESSAGES.compareDiff, diffW)}
    </Text>,
  );
  for (const r of table) {
    const d = r.other - r.current;
    rows.push(
      <Text key={r.label} wrap="truncate">
        <Text>{fit(r.label, labelW)}</Text>
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
      {MESSAGES.compareLevers}
      {p.other && diffLevers.length === 0 ? `: ${MESSAGES.compareNoLeverDiff}` : ''}
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
    const labelW = Math.max(8, chipW - Array.from(values).length - 3);
    return { id: l.id, label: fit(panelLabel(l.label, l.id, labelW), labelW), values };
  });
  for (let line = 0; line < leverLines && line * leverCols < chips.length; line++) {
    const inLine = chips.slice(line * leverCols, (line + 1) * leverCols);
    const more =
      line === leverLines - 1 && shown.length < diffLevers.length
        ? MESSAGES.debateMore(diffLevers.length - shown.length)
        : '';
    rows.push(
      <Text key={`l-${line}`} wrap="truncate">
        {inLine.map((c) => (
          <Text key={c.id}>
            {'  '}
            <Text>{c.label} </Text>
            <Text color={p.theme.median}>{fit(c.values, chipW - Array.from(c.label).length - 3)}</Text>
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
      {MESSAGES.compareKeys}
    </Text>,
  );
  return (
    <Box flexDirection="column" width={p.width} height={p.height} overflow="hidden">
      {rows}
    </Box>
  );
}
