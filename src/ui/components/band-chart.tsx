/**
 * One band chart: title with unit, value axis, braille plot (scenario median, P10–P90 band, baseline,
 * history, a hindcast band, observed points, cursor) and a year axis. Also the legend and the cursor readout line.
 */
import type { ReactElement } from 'react';
import { Box, Text } from 'ink';
import type { Band } from '../../model/types.js';
import type { CellKind, ChartBand, ChartLine } from '../chart.js';
import { GLYPHS, renderChart, rowSegments, valueAxis, yearAxis } from '../chart.js';
import { clipWords, fit, formatAxis, formatSig, padLeft, textWidth } from '../format.js';
import { msg } from '../../text/i18n.js';
import type { Theme } from '../theme.js';
import { unitLabel } from '../../model/units.js';

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
  /** A hindcast's P10–P90 over its test months (history part only). */
  readonly hindcast?: {
    readonly low: ArrayLike<number>;
    readonly high: ArrayLike<number>;
    readonly from: number;
    readonly to: number;
  };
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
    case 'hindcast':
      return theme.hindcast;
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
    // Where a hindcast is drawn the history line gives way, so its band and INEGI's points read on their own.
    if (p.hindcast && p.hindcast.to <= start) {
      lines.push({ kind: 'history', values: p.band.p50, from: 0, to: p.hindcast.from + 1 });
      lines.push({ kind: 'history', values: p.band.p50, from: p.hindcast.to, to: start + 1 });
    } else lines.push({ kind: 'history', values: p.band.p50, from: 0, to: start + 1 });
    lines.push({ kind: 'median', values: p.band.p50, from: start, to: n });
  }
  if (p.baseline) lines.push({ kind: 'baseline', values: p.baseline.p50, from: start, to: n, dashed: true });
  if (p.hindcast)
    bands.push({
      kind: 'hindcast',
      low: p.hindcast.low,
      high: p.hindcast.high,
      from: p.hindcast.from,
      to: p.hindcast.to,
    });
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
  // The title gives way at a word; the note follows only when it fits whole.
  const title = clipWords(`${p.isSelected ? '▸ ' : '  '}${p.title} (${unitLabel(p.unit)})`, p.width);
  const note = p.note && textWidth(title) + 2 + textWidth(p.note) <= p.width ? `  ${p.note}` : '';
  const rows: ReactElement[] = [
    <Text key="t" wrap="truncate">
      <Text bold={p.isSelected} color={p.isSelected ? p.theme.accent : undefined}>
        {title}
      </Text>
      <Text color={p.theme.muted}>{note}</Text>
    </Text>,
  ];
  grid.rows.forEach((row, i) => {
    rows.push(
      // biome-ignore lint/suspicious/noArrayIndexKey: a terminal line's position is its identity
      <Text key={`r${i}`} wrap="truncate">
        <Text color={p.theme.muted}>{padLeft(axis[i] ?? '', p.axisWidth - 1)}┤</Text>
        {rowSegments(row).map((s, j) => (
          <Text
            // biome-ignore lint/suspicious/noArrayIndexKey: a segment's position in its line is its identity
            key={j}
            color={kindColor(s.kind, p.theme)}
            dimColor={(s.kind === 'band' || s.kind === 'hindcast') && p.theme.color}
          >
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
  /** The year a hindcast drawn on a chart is constrained up to, when one is drawn. */
  readonly hindcastUntil?: number;
}

/** One legend entry: glyph, label, colour, and its rank when the line is too short for all (0 kept longest). */
type LegendItem = readonly [glyph: string, label: string, color: string | undefined, rank: number];

const itemWidth = ([g, label]: LegendItem): number => Array.from(g).length + 1 + Array.from(label).length;

/**
 * The legend entries that fit in `width` columns, in display order: two spaces apart when all fit so, else
 * one; when even that is too long the lowest-ranked entries are left out whole (never cut mid-word).
 */
export function legendItems(p: LegendProps): { items: LegendItem[]; gap: string } {
  const all: LegendItem[] = [
    [GLYPHS.median, msg.ui.legendMedian, p.theme.median, 0],
    [GLYPHS.band, msg.ui.legendBand, p.theme.band, 1],
    [GLYPHS.baseline, msg.ui.legendBaseline, p.theme.baseline, 2],
    [GLYPHS.history, msg.ui.legendHistory, p.theme.history, 6],
  ];
  if (p.hasCompare) {
    all.push([GLYPHS.compare, msg.ui.legendCompare, p.theme.compare, 3]);
    all.push([GLYPHS.compareBand, msg.ui.legendCompareBand, p.theme.compareBand, 4]);
  }
  if (p.hindcastUntil !== undefined)
    all.push([GLYPHS.hindcast, msg.ui.legendHindcast(p.hindcastUntil), p.theme.hindcast, 3]);
  if (p.hasObserved) all.push([GLYPHS.observed, msg.ui.legendObserved, p.theme.observed, 5]);
  const total = (items: readonly LegendItem[], gap: number): number =>
    items.reduce((n, it) => n + itemWidth(it), 0) + gap * Math.max(0, items.length - 1);
  if (total(all, 2) <= p.width) return { items: all, gap: '  ' };
  if (total(all, 1) <= p.width) return { items: all, gap: ' ' };
  // The hindcast entry's shorter wording before any entry is left out.
  const long = p.hindcastUntil === undefined ? undefined : msg.ui.legendHindcast(p.hindcastUntil);
  let items = all.map(
    (it): LegendItem =>
      it[0] === GLYPHS.hindcast && it[1] === long ? [it[0], msg.ui.legendHindcastShort, it[2], it[3]] : it,
  );
  while (items.length > 1 && total(items, 1) > p.width) {
    const worst = items.reduce((w, it, i) => (it[3] > (items[w] as LegendItem)[3] ? i : w), 0);
    items = items.filter((_, i) => i !== worst);
  }
  return { items, gap: ' ' };
}

/** Render the legend: each glyph in its colour with what it means. */
export function Legend(p: LegendProps) {
  const { items, gap } = legendItems(p);
  return (
    <Text wrap="truncate">
      {items.map(([g, label, color], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a legend item's position is its identity
        <Text key={i}>
          <Text color={color}>{g}</Text>
          <Text>{` ${label}${i < items.length - 1 ? gap : ''}`}</Text>
        </Text>
      ))}
    </Text>
  );
}

/**
 * Compose the cursor readout ("2024-06  P50 31,200  P10–P90 27,900–35,400  baseline 34,100"); in a test year
 * of a hindcast drawn on the chart, INEGI's count and the hindcast's band instead.
 */
export function cursorReadout(
  months: readonly string[],
  cursor: number,
  band: Band | undefined,
  baseline: Band | undefined,
  width: number,
  hindcast?: { readonly observed: number; readonly p10: number; readonly p50: number; readonly p90: number },
): string {
  const m = months[cursor] ?? '';
  const t = msg.ui;
  // The longest wording that fits, each with its double spaces made single if need be.
  const pick = (variants: readonly string[]): string => {
    const all = variants.flatMap((v) => [v, v.replace(/ {2}/g, ' ')]);
    return fit(all.find((v) => textWidth(v) <= width) ?? clipWords(all[all.length - 1] ?? '', width), width);
  };
  if (hindcast) {
    const [obs, p50, p10, p90] = [hindcast.observed, hindcast.p50, hindcast.p10, hindcast.p90].map((x) => formatSig(x));
    return pick([
      t.hindcastReadout(m, obs ?? '', p50 ?? '', p10 ?? '', p90 ?? ''),
      t.hindcastReadoutShort(m, obs ?? '', p50 ?? ''),
    ]);
  }
  if (!band) return fit(`${m}  ${t.noData}`, width);
  const v = (a: Float64Array | undefined): string => formatSig(a?.[cursor] ?? NaN);
  return pick([
    t.cursorReadout(m, v(band.p50), v(band.p10), v(band.p90), v(baseline?.p50)),
    t.cursorReadoutShort(m, v(band.p50), v(band.p10), v(band.p90)),
  ]);
}
