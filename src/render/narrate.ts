/**
 * One generated sentence per chart, for screen readers and for pasting into a debate case.
 * Pure and deterministic: the same series always give the same sentence.
 */
import {
  formatNumber,
  formatPercent,
  formatQuantity,
  formatSignedQuantity,
  lowerFirst,
  upperFirst,
} from '../text/format.js';
import { msg } from '../text/i18n.js';

/** Share of a series' scale a move must exceed to count as a rise, fall, peak or trough. */
const SHAPE_TOLERANCE = 0.03;
/** Differences from the baseline smaller than this share read as "about the same". */
const SAME_TOLERANCE = 0.01;

/** What `narrateSeries` needs: a label and unit, the month of each point, the median, and an optional baseline. */
export interface NarrateSeriesInput {
  readonly label: string;
  readonly unit: string;
  /** "YYYY-MM" for each point, aligned with `p50`. */
  readonly months: readonly string[];
  readonly p50: ArrayLike<number>;
  /** A reference line to compare the final year with (status quo, or the other scenario). */
  readonly baseline?: ArrayLike<number>;
  /**
   * How the baseline is named in the sentence, in the language in force: a noun phrase with its article
   * ("the status-quo baseline", "el statu quo"; that is also the default).
   */
  readonly baselineLabel?: string;
  /** First point to describe (e.g. 144 for 2019-01); 0 by default. */
  readonly startIndex?: number;
  /** Whether the label takes a plural verb ("Homicides peak"); guessed from the label when omitted. */
  readonly plural?: boolean;
  /**
   * Start with "It"/"They" instead of the label, where the label is shown just above (a chart title); Spanish
   * leaves the subject out ("Suben de…").
   */
  readonly pronoun?: boolean;
}

/** The shape a series takes, from its yearly means. */
export type SeriesShape = 'flat' | 'rising' | 'falling' | 'peak' | 'trough';

/** One year's mean of the monthly values that fall in it. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/**
 * Averages a monthly series by calendar year from `startIndex` on, skipping non-finite points.
 * Monthly series are annual rates, so a year's value is the mean of its months.
 */
export function yearlyMeans(months: readonly string[], values: ArrayLike<number>, startIndex = 0): YearValue[] {
  const sums = new Map<number, { sum: number; n: number }>();
  const order: number[] = [];
  const end = Math.min(months.length, values.length);
  for (let i = Math.max(0, startIndex); i < end; i++) {
    const v = values[i];
    const m = months[i];
    if (v === undefined || m === undefined || !Number.isFinite(v)) continue;
    const year = Number.parseInt(m.slice(0, 4), 10);
    if (!Number.isFinite(year)) continue;
    let acc = sums.get(year);
    if (!acc) {
      acc = { sum: 0, n: 0 };
      sums.set(year, acc);
      order.push(year);
    }
    acc.sum += v;
    acc.n += 1;
  }
  return order.map((year) => {
    const acc = sums.get(year) ?? { sum: 0, n: 1 };
    return { year, value: acc.sum / acc.n };
  });
}

/** Classifies the shape of a yearly series: flat, rising, falling, peak-then-fall or trough-then-rise. */
export function classifyShape(years: readonly YearValue[]): { shape: SeriesShape; extreme: YearValue } {
  const first = years[0];
  const last = years[years.length - 1];
  // text-exempt: a programming error, never shown to users.
  if (!first || !last) throw new RangeError('classifyShape needs at least one year');
  let max = first;
  let min = first;
  for (const y of years) {
    if (y.value > max.value) max = y;
    if (y.value < min.value) min = y;
  }
  const scale = Math.max(Math.abs(max.value), Math.abs(min.value));
  const tol = SHAPE_TOLERANCE * scale;
  if (scale === 0 || max.value - min.value <= tol) return { shape: 'flat', extreme: first };
  const interiorPeak = max !== first && max !== last && max.value - first.value > tol && max.value - last.value > tol;
  const interiorTrough = min !== first && min !== last && first.value - min.value > tol && last.value - min.value > tol;
  if (interiorPeak && interiorTrough) {
    // Both happen: describe whichever move is bigger relative to the ends.
    const peakSize = Math.min(max.value - first.value, max.value - last.value);
    const troughSize = Math.min(first.value - min.value, last.value - min.value);
    return peakSize >= troughSize ? { shape: 'peak', extreme: max } : { shape: 'trough', extreme: min };
  }
  if (interiorPeak) return { shape: 'peak', extreme: max };
  if (interiorTrough) return { shape: 'trough', extreme: min };
  if (Math.abs(last.value - first.value) <= tol) return { shape: 'flat', extreme: first };
  return last.value > first.value ? { shape: 'rising', extreme: last } : { shape: 'falling', extreme: last };
}

/** Compares the last year of `p50` with the baseline's same year: ", 12% below the status-quo baseline". */
function baselineClause(input: NarrateSeriesInput, last: YearValue): string {
  if (!input.baseline) return '';
  const N = msg.render.narrate;
  const ref = input.baselineLabel ?? N.defaultBaseline;
  const base = yearlyMeans(input.months, input.baseline, input.startIndex ?? 0).find((y) => y.year === last.year);
  if (!base) return '';
  const diff = last.value - base.value;
  const denom = Math.abs(base.value);
  if (denom > 0 && Math.abs(diff) <= SAME_TOLERANCE * denom) return N.aboutSame(ref);
  if (diff === 0) return N.aboutSame(ref);
  if (denom === 0 || Math.abs(diff) > 100 * denom) {
    // A percentage of (almost) nothing says nothing: give the absolute gap instead.
    return N.versus(formatQuantity(Math.abs(diff), input.unit), diff > 0, ref);
  }
  return N.versus(formatPercent((100 * Math.abs(diff)) / denom), diff > 0, ref);
}

/**
 * Describes a chart's median in one sentence: its shape (flat, rising, falling, peak-then-fall,
 * trough-then-rise) over calendar-year means from `startIndex` on, with values rounded to three significant
 * figures, then how its last year compares with the baseline (above, below, or about the same within 1%).
 * Example: "Homicides peak in 2021 at 36,000 deaths a year, then fall to 29,500 deaths a year by 2030,
 * 12% below the status-quo baseline."
 */
export function narrateSeries(input: NarrateSeriesInput): string {
  const N = msg.render.narrate;
  const years = yearlyMeans(input.months, input.p50, input.startIndex ?? 0);
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return N.noData(input.label);
  const plural = input.plural ?? N.isPlural(input.label);
  // "Cartel revenue, all lines" reads better as a subject in brackets: "Cartel revenue (all lines)".
  const subject = N.subject(input.label.replace(/^([^,]+), ([^,()]+)$/, '$1 ($2)'), plural, input.pronoun === true);
  const q = (v: number): string => formatQuantity(v, input.unit);
  if (years.length === 1)
    return `${N.single(subject, plural, q(first.value), first.year)}${baselineClause(input, last)}.`;
  const { shape, extreme } = classifyShape(years);
  let main: string;
  switch (shape) {
    case 'flat': {
      const mean = years.reduce((s, y) => s + y.value, 0) / years.length;
      main = N.flat(subject, plural, q(mean), first.year, last.year);
      break;
    }
    case 'rising':
      main = N.rising(subject, plural, q(first.value), first.year, q(last.value), last.year);
      break;
    case 'falling':
      main = N.falling(subject, plural, q(first.value), first.year, q(last.value), last.year);
      break;
    case 'peak':
      main = N.peak(subject, plural, q(extreme.value), extreme.year, q(last.value), last.year);
      break;
    case 'trough':
      main = N.trough(subject, plural, q(extreme.value), extreme.year, q(last.value), last.year);
      break;
  }
  return `${main}${baselineClause(input, last)}.`;
}

/** One bar of a tornado chart: the metric with an input at its low end and at its high end. */
export interface TornadoRow {
  readonly label: string;
  /** Metric value with the input at the low end of its range. */
  readonly low: number;
  /** Metric value with the input at the high end of its range. */
  readonly high: number;
}

/** One step of a waterfall chart: how much one lever (or family) adds to the metric. */
export interface WaterfallStep {
  readonly label: string;
  readonly delta: number;
}

/** What `narrateBars` needs: a tornado (swings) or a waterfall (steps from a start value). */
export type NarrateBarsInput =
  | {
      readonly kind: 'tornado';
      /** The metric, e.g. "homicides 2019–2030". */
      readonly metric: string;
      readonly unit: string;
      readonly rows: readonly TornadoRow[];
    }
  | {
      readonly kind: 'waterfall';
      readonly metric: string;
      readonly unit: string;
      /** Where the steps start, e.g. "the status quo". */
      readonly startLabel: string;
      readonly start: number;
      readonly steps: readonly WaterfallStep[];
    };

/** Sorts tornado rows by swing (|high − low|), largest first, keeping input order among ties. */
export function sortBySwing<T extends TornadoRow>(rows: readonly T[]): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => Math.abs(b.row.high - b.row.low) - Math.abs(a.row.high - a.row.low) || a.i - b.i)
    .map((x) => x.row);
}

/**
 * Describes a tornado or waterfall chart in one sentence.
 * Tornado: "The result hinges most on X: from low to high it moves homicides by 41,000 deaths (from 300,000 to
 * 341,000); next come Y (12,000 deaths) and Z (8,000 deaths)."
 * Waterfall: "From the status quo at 350,000 deaths, the largest step is X (−21,000 deaths), then Y (+12,000
 * deaths); together the steps take homicides to 341,000 deaths (−9,000 deaths overall, in the central run)."
 * Every waterfall is a Shapley split of central runs, and says so.
 */
export function narrateBars(input: NarrateBarsInput): string {
  const N = msg.render.narrate;
  const metric = lowerFirst(input.metric);
  const q = (v: number): string => formatQuantity(v, input.unit);
  const sq = (v: number): string => formatSignedQuantity(v, input.unit);
  if (input.kind === 'tornado') {
    const rows = sortBySwing(input.rows.filter((r) => Number.isFinite(r.low) && Number.isFinite(r.high)));
    const top = rows[0];
    if (!top) return N.noBars(upperFirst(metric));
    const next = rows.slice(1, 3).map((r) => ({ label: r.label, value: q(Math.abs(r.high - r.low)) }));
    return N.tornado(top.label, metric, q(Math.abs(top.high - top.low)), q(top.low), q(top.high), next);
  }
  const steps = input.steps
    .filter((s) => Number.isFinite(s.delta))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => Math.abs(b.s.delta) - Math.abs(a.s.delta) || a.i - b.i)
    .map((x) => x.s);
  const total = steps.reduce((sum, s) => sum + s.delta, 0);
  const end = input.start + total;
  const top = steps[0];
  if (!top) return N.noBars(upperFirst(metric));
  const second = steps[1];
  return N.waterfall(
    input.startLabel,
    q(input.start),
    { label: top.label, value: sq(top.delta) },
    second ? { label: second.label, value: sq(second.delta) } : undefined,
    metric,
    q(end),
    sq(total),
  );
}

/** What `narrateBands` needs: two P10–P90 bands aligned with `months`, and how each side is named. */
export interface NarrateBandsInput {
  readonly unit: string;
  readonly months: readonly string[];
  readonly startIndex?: number;
  readonly a: { readonly label: string; readonly p10: ArrayLike<number>; readonly p90: ArrayLike<number> };
  readonly b: { readonly label: string; readonly p10: ArrayLike<number>; readonly p90: ArrayLike<number> };
}

/**
 * Describes two P10–P90 bands in two sentences: which is shaded and which hatched, then whether their last
 * years (calendar-year means) overlap. Example: "Shaded: scenario A's P10–P90 range; hatched: scenario B's.
 * In 2030 the two ranges do not overlap: scenario A's is wholly lower (25,000–28,000 against 31,000–35,000
 * deaths/yr)."
 */
export function narrateBands(input: NarrateBandsInput): string {
  const start = input.startIndex ?? 0;
  const last = (series: ArrayLike<number>): YearValue | undefined => yearlyMeans(input.months, series, start).at(-1);
  const a10 = last(input.a.p10);
  const a90 = last(input.a.p90);
  const b10 = last(input.b.p10);
  const b90 = last(input.b.p90);
  const N = msg.render.narrate;
  const head = N.bands(input.a.label, input.b.label);
  if (!a10 || !a90 || !b10 || !b90 || a10.year !== b10.year) return head;
  // Units stay as written ("deaths/yr", "US$ bn/yr") so both ends of a range read the same way.
  // A range whose ends read the same is one number ("0", not "0–0").
  const range = (lo: number, hi: number, unit = ''): string =>
    `${formatNumber(lo) === formatNumber(hi) ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`}${unit ? ` ${unit}` : ''}`;
  const aLo = Math.min(a10.value, a90.value);
  const aHi = Math.max(a10.value, a90.value);
  const bLo = Math.min(b10.value, b90.value);
  const bHi = Math.max(b10.value, b90.value);
  if (aHi < bLo) return `${head} ${N.apart(a10.year, input.a.label, range(aLo, aHi), range(bLo, bHi, input.unit))}`;
  if (bHi < aLo) return `${head} ${N.apart(a10.year, input.b.label, range(bLo, bHi), range(aLo, aHi, input.unit))}`;
  return `${head} ${N.overlap(a10.year, range(aLo, aHi), range(bLo, bHi, input.unit))}`;
}
