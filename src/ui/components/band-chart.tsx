/**
 * One band chart: title with unit, value axis, braille plot (scenario median, P10–P90 band, baseline,
 * history, observed points, cursor) and a year axis. Also the legend and the cursor readout line.
 */
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import type { Band } from '../../model/types.js';
import type { CellKind, ChartBand, ChartLine } from '../chart.js';
import { GLYPHS, renderChart, rowSegments, valueAxis, yearAxis } from '../chart.js';
import { fit, formatAxis, formatSig, padLeft } from '../format.js';
import { MESSAGES } from '../messages.js';
import type { Theme } from '../theme.js';

/** Props of one chart. */
export interface BandChartProps {
  readonly title: string;
  readonly unit: string;
  readonly months: readonly string[];
  readonly scenarioStart: number;
  /** Scenario band (all months; the model's history run is its median before the scenario start). */
  readonly band: Band | undefined;
  readonly baseline: Band | undefined;
  /** Another scenario drawn over this one (compare view). */
  readonly compare?: Band | undefined;
  readonly observed?: readonly { readonly month: number; readonly value: number }[];
  readonly cursor?: number;
  readonly isSelected: boolean;
  /** Total width: value axis plus plot. */
  readonly width: number;
  readonly axisWidth: number;
  readonly plotHeight: number;
  readonly theme: Theme;
  /** Shown after the title (e.g. "computing…"). */
  readonly note?: string;
}

/** Colour of each cell kind. */
export function kindColor(kind: CellKind, theme: Theme): string | undefined {
  switch (kind) {
    case 'median':
      return theme.median;
    case 'band':
      return theme.band;
    case 'baseline':
      return theme.baseline;
    case 'history':
      return theme.history;
    case 'compare':
      return theme.compare;
    case 'compareBand':
      return theme.compareBand;
    case 'observed':
      return theme.observed;
    case 'cursor':
      return theme.cursor;
    case 'empty':
      return undefined;
  }
}

/** Render a chart in plotHeight + 2 lines. */
export function BandChart(p: BandChartProps) {
  const plotWidth = Math.max(1, p.width - p.axisWidth);
  const n = p.months.length;
  const start = p.scenarioStart;
  const lines: ChartLine[] = [];
  const bands: ChartBand[] = [];
  if (p.band) {
    bands.push({ kind: 'band', low: p.band.p10, high: p.band.p90, from: start, to: n });
    lines.push({ kind: 'history', values: p.band.p50, from: 0, to: start + 1 });
    lines.push({ kind: 'median', values: p.band.p50, from: start, to: n });
  }
  if (p.baseline) lines.push({ kind: 'baseline', values: p.baseline.p50, from: start, to: n, dashed: true });
  if (p.compare) {
    bands.push({ kind: 'compareBand', low: p.compare.p10, high: p.compare.p90, from: start, to: n });
    lines.push({ kind: 'compare', values: p.compare.p50, from: start, to: n });
  }
  const grid = renderChart({
    width: plotWidth,
    height: p.plotHeight,
    months: n,
    lines,
    bands,
    ...(p.observed ? { points: p.observed } : {}),
    ...(p.cursor !== undefined ? { cursor: p.cursor } : {}),
  });
  const axis = valueAxis(grid.min, grid.max, p.plotHeight, formatAxis);
  const title = `${p.isSelected ? '▸ ' : '  '}${p.title} (${p.unit})`;
  const rows: ReactElement[] = [
    <Text key="t" wrap="truncate">
      <Text bold={p.isSelected} color={p.isSelected ? p.theme.accent : undefined}>
        {title}
      </Text>
      <Text color={p.theme.muted}>{p.note ? `  ${p.note}` : ''}</Text>
    </Text>,
  ];
  grid.rows.forEach((row, i) => {
    rows.push(
      <Text key={`r${i}`} wrap="truncate">
        <Text color={p.theme.muted}>{padLeft(axis[i] ?? '', p.axisWidth - 1)}┤</Text>
        {rowSegments(row).map((s, j) => (
          <Text key={j} color={kindColor(s.kind, p.theme)} dimColor={s.kind === 'band' && p.theme.color}>
            {s.text}
          </Text>
        ))}
      </Text>,
    );
  });
  rows.push(
    <Text key="x" color={p.theme.muted} wrap="truncate">
      {' '.repeat(p.axisWidth)}
      {yearAxis(p.months, plotWidth, start)}
    </Text>,
  );
  return (
    <Box flexDirection="column" width={p.width}>
      {rows}
    </Box>
  );
}

/** Props of the legend line. */
export interface LegendProps {
  readonly theme: Theme;
  readonly width: number;
  readonly hasObserved: boolean;
  readonly hasCompare?: boolean;
}

/** Render the legend: each glyph in its colour with what it means. */
export function Legend(p: LegendProps) {
  const items: [string, string, string | undefined][] = [
    [GLYPHS.median, MESSAGES.legendMedian, p.theme.median],
    [GLYPHS.band, MESSAGES.legendBand, p.theme.band],
    [GLYPHS.baseline, MESSAGES.legendBaseline, p.theme.baseline],
    [GLYPHS.history, MESSAGES.legendHistory, p.theme.history],
  ];
  if (p.hasCompare) {
    items.push([GLYPHS.compare, MESSAGES.legendCompare, p.theme.compare]);
    items.push([GLYPHS.compareBand, MESSAGES.legendCompareBand, p.theme.compareBand]);
  }
  if (p.hasObserved) items.push([GLYPHS.observed, MESSAGES.legendObserved, p.theme.observed]);
  const full = items.reduce((n, [g, label]) => n + Array.from(g).length + label.length + 3, 0);
  const gap = full > p.width ? ' ' : '  ';
  return (
    <Text wrap="truncate">
      {items.map(([g, label, color], i) => (
        <Text key={i}>
          <Text color={color}>{g}</Text>
          <Text>{` ${label}${gap}`}</Text>
        </Text>
      ))}
    </Text>
  );
}

/** Compose the cursor readout ("2024-06  P50 31,200  P10–P90 27,900–35,400  baseline 34,100"). */
export function cursorReadout(months: readonly string[], cursor: number, band: Band | undefined, baseline: Band | undefined, width: number): string {
  const m = months[cursor] ?? '';
  if (!band) return fit(`${m}  ${MESSAGES.noData}`, width);
  const v = (a: Float64Array | undefined): string => formatSig(a?.[cursor] ?? NaN);
  const text = MESSAGES.cursorReadout(m, v(band.p50), v(band.p10), v(band.p90), v(baseline?.p50));
  return fit(Array.from(text).length > width ? text.replace(/ {2}/g, ' ') : text, width);
}
