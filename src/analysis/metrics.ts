/**
 * Named metrics: one number per run, shared by every analysis tool (sensitivity, cruxes, evidence sets,
 * attribution, ledger and claims). Every metric is a sum of monthly values over a span of months divided by
 * 12: monthly series are annual rates, so a year's total is the mean of its 12 months and a 2019–2030 total is
 * the sum of its monthly values over 12.
 */
import type { OutputId } from '../model/ids.js';
import type { UnitId } from '../model/units.js';
import { msg } from '../text/i18n.js';
import { AnalysisError } from './errors.js';

/** First simulated year (index 0 is January of it). */
export const FIRST_YEAR = 2007;
/** Index of 2019-01, the first month of the scenario period. */
export const SCENARIO_START_MONTH = 144;
/** Number of simulated months, 2007-01 … 2030-12. */
export const MONTH_COUNT = 288;
/** First and last year of the scenario period. */
export const SCENARIO_FIRST_YEAR = 2019;
export const SCENARIO_LAST_YEAR = 2030;
/** The scenario years, 2019 … 2030: the years a per-year metric may name. */
export const SCENARIO_YEARS = [
  2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
] as const satisfies readonly number[];
/** A year of the scenario period, 2019 … 2030. */
export type ScenarioYear = (typeof SCENARIO_YEARS)[number];

/** A named quantity computed from a run's monthly series. */
export interface Metric {
  readonly id: MetricId;
  readonly label: string;
  readonly unit: string;
  readonly better: 'lower' | 'higher';
  /** Value from one run's output buffer (see runPerRun) or from central series. */
  fromSeries(get: (outputId: OutputId) => ArrayLike<number>): number;
  /** The output series the metric reads. */
  readonly output: OutputId;
  /** Family name shared by the total and per-year variants, e.g. `homicides`. */
  readonly base: MetricFamilyId;
  /** The year for a single-year metric; absent for a 2019–2030 total. */
  readonly year?: number;
  /** The metric as the subject of a sentence, e.g. "homicides in 2024". */
  readonly phrase: string;
  /** Whether `phrase` takes a plural verb ("homicides … are"). */
  readonly plural: boolean;
  /** First month index summed (inclusive). */
  readonly from: number;
  /** Last month index summed (exclusive). */
  readonly to: number;
}

/** A family of metrics on one output: its 2019–2030 total (when it makes sense) and each year. */
interface MetricBase {
  readonly base: string;
  readonly output: OutputId;
  readonly unit: UnitId;
  readonly better: 'lower' | 'higher';
  /** Whether a 2019–2030 sum means something (flows yes; stocks, rates and indices no). */
  readonly hasTotal: boolean;
}

const BASES = [
  { base: 'homicides', output: 'homicides', unit: 'deaths', better: 'lower', hasTotal: true },
  { base: 'oc_homicides', output: 'homicides_oc', unit: 'deaths', better: 'lower', hasTotal: true },
  { base: 'homicide_rate', output: 'homicide_rate', unit: 'per 100k', better: 'lower', hasTotal: false },
  { base: 'revenue', output: 'cartel_revenue', unit: 'US$ bn', better: 'lower', hasTotal: true },
  { base: 'revenue_cannabis', output: 'revenue_cannabis', unit: 'US$ bn', better: 'lower', hasTotal: true },
  { base: 'revenue_nondrug', output: 'revenue_nondrug', unit: 'US$ bn', better: 'lower', hasTotal: true },
  { base: 'workforce', output: 'workforce', unit: 'people', better: 'lower', hasTotal: false },
  { base: 'fragmentation', output: 'fragmentation', unit: 'index (2007 = 1)', better: 'lower', hasTotal: false },
  { base: 'fiscal', output: 'fiscal_cost', unit: 'US$ bn', better: 'lower', hasTotal: true },
  { base: 'cannabis_tax', output: 'cannabis_tax', unit: 'US$ bn', better: 'higher', hasTotal: true },
] as const satisfies readonly MetricBase[];

/** One of the metric families above. */
type MetricFamily = (typeof BASES)[number];

/** A metric family id (`homicides`, `revenue` …): every one has its words in the catalogue (msg.analysis.metrics). */
export type MetricFamilyId = MetricFamily['base'];

/** A metric family whose 2019–2030 total means something. */
type TotalFamilyId = Extract<MetricFamily, { readonly hasTotal: true }>['base'];

/** The id of a metric: `<family>_total` for a family with a 2019–2030 total, `<family>_<year>` for any family. */
export type MetricId = `${TotalFamilyId}_total` | `${MetricFamilyId}_${ScenarioYear}`;

function sumSpan(series: ArrayLike<number>, from: number, to: number): number {
  let s = 0;
  for (let m = from; m < to; m++) s += series[m] ?? Number.NaN;
  return s / 12;
}

/**
 * Builds a metric. Its label, phrase and plural are read from the catalogue whenever they are asked for, so a
 * metric made once (METRICS) speaks the language in force; keys keep their order (JSON output depends on it).
 */
function makeMetric(b: MetricFamily, year: ScenarioYear | undefined): Metric {
  const { from, to } = year === undefined ? { from: SCENARIO_START_MONTH, to: MONTH_COUNT } : yearSpan(year);
  // A family without a total is never made without a year (the overloads of `named` and `metricNamed` see to it).
  const id = `${b.base}_${year === undefined ? 'total' : String(year)}` as MetricId;
  const words = () => msg.analysis.metrics[b.base];
  const output = b.output;
  return {
    id,
    get label() {
      return year === undefined ? words().totalLabel : words().yearLabel(year);
    },
    unit: b.unit,
    better: b.better,
    output,
    base: b.base,
    get phrase() {
      return year === undefined ? words().totalPhrase : words().yearPhrase(year);
    },
    get plural() {
      return words().plural;
    },
    from,
    to,
    fromSeries: (get) => sumSpan(get(output), from, to),
    ...(year === undefined ? {} : { year }),
  };
}

function baseOf(name: string): MetricFamily | undefined {
  return BASES.find((b) => b.base === name);
}

function named(base: TotalFamilyId): Metric;
function named(base: MetricFamilyId, year: ScenarioYear): Metric;
function named(base: MetricFamilyId, year?: ScenarioYear): Metric {
  const b = baseOf(base);
  // text-exempt: METRICS names only families defined above (a programming error).
  if (b === undefined) throw new Error(`metric family ${base} is not defined`);
  return makeMetric(b, year);
}

/** Tells whether a number is a year of the scenario period. */
function isScenarioYear(year: number): year is ScenarioYear {
  return (SCENARIO_YEARS as readonly number[]).includes(year);
}

/** The metrics offered by name in help texts and pickers. */
export const METRICS: readonly Metric[] = [
  named('homicides'),
  named('homicides', 2021),
  named('homicides', 2024),
  named('homicides', 2030),
  named('oc_homicides'),
  named('oc_homicides', 2024),
  named('homicide_rate', 2024),
  named('homicide_rate', 2030),
  named('revenue'),
  named('revenue', 2024),
  named('revenue', 2030),
  named('revenue_cannabis'),
  named('workforce', 2024),
  named('workforce', 2030),
  named('fragmentation', 2030),
  named('fiscal'),
  named('cannabis_tax'),
];

/** Lists the metric family names (the part before `_total` or `_<year>`). */
export function metricFamilies(): MetricFamilyId[] {
  return BASES.map((b) => b.base);
}

/** Looks a metric up by id: one of METRICS, or `<family>_total` / `<family>_<year>` for any family. */
export function getMetric(id: MetricId): Metric {
  return metricNamed(id);
}

/** Tells whether a text is the id of a metric (a bare family name is not). */
export function isMetricId(text: string): text is MetricId {
  const match = /^([a-z_]+?)_(total|\d{4})$/.exec(text);
  const b = match?.[1] === undefined ? undefined : baseOf(match[1]);
  if (match === null || b === undefined) return false;
  return match[2] === 'total' ? b.hasTotal : isScenarioYear(Number(match[2]));
}

/**
 * Looks a metric up by what a person typed (a command-line option, a brief request): a metric id, or a bare
 * family name for its total (or 2030 when the family has no total). Throws an AnalysisError naming the
 * choices when the text is neither.
 */
export function metricNamed(id: string): Metric {
  const listed = METRICS.find((m) => m.id === id);
  if (listed !== undefined) return listed;
  const bare = baseOf(id);
  if (bare !== undefined) return makeMetric(bare, bare.hasTotal ? undefined : SCENARIO_LAST_YEAR);
  const match = /^([a-z_]+?)_(total|\d{4})$/.exec(id);
  const b = match?.[1] === undefined ? undefined : baseOf(match[1]);
  if (match === null || b === undefined) {
    const ids = METRICS.map((m) => m.id).join(', ');
    throw new AnalysisError(msg.analysis.errors.unknownMetric(id, ids, metricFamilies().join(', ')));
  }
  if (match[2] === 'total') {
    if (!b.hasTotal) throw new AnalysisError(msg.analysis.errors.noTotal(b.base));
    return makeMetric(b, undefined);
  }
  const year = Number(match[2]);
  if (!isScenarioYear(year)) throw new AnalysisError(msg.analysis.errors.badYear(id));
  return makeMetric(b, year);
}

/**
 * Returns the metric of the same family for one year (e.g. homicides_total → homicides_2024); throws an
 * AnalysisError for a year outside 2019–2030.
 */
export function metricForYear(metric: Metric, year: number): Metric {
  return metricNamed(`${metric.base}_${year}`);
}

/** Returns the per-year metrics 2019–2030 of the metric's family (the yearly view of attribution). */
export function yearlyMetrics(metric: Metric): Metric[] {
  return SCENARIO_YEARS.map((y) => metricForYear(metric, y));
}

/**
 * Makes a per-run reducer for runPerRun that reads the sum of one output's monthly values over months
 * [from, to) divided by 12 (a year's value, or a 2019–2030 total) straight from the run's month-major buffer
 * (`out[m * nOut + k]`), without copying series.
 */
export function spanReducer(
  output: OutputId,
  from: number,
  to: number,
  monthCount: number = MONTH_COUNT,
): (out: Float64Array, index: Readonly<Record<string, number>>) => number {
  return (out, index) => {
    const k = index[output];
    // text-exempt: every metric reads a recorded output (a programming error).
    if (k === undefined) throw new Error(`output ${output} is not in the run buffer`);
    const nOut = out.length / monthCount;
    let s = 0;
    for (let m = from; m < to; m++) s += out[m * nOut + k] ?? Number.NaN;
    return s / 12;
  };
}

/** Makes the per-run reducer of a metric for runPerRun (see spanReducer). */
export function metricReducer(
  metric: Metric,
  monthCount: number = MONTH_COUNT,
): (out: Float64Array, index: Readonly<Record<string, number>>) => number {
  return spanReducer(metric.output, metric.from, metric.to, monthCount);
}

/** Months [from, to) of one year (first simulated year 2007), as metrics sum them. */
export function yearSpan(year: number): { readonly from: number; readonly to: number } {
  const from = (year - FIRST_YEAR) * 12;
  return { from, to: from + 12 };
}

/** The 2019–2030 total metric of an output (homicides → homicides_total), when a family with a total reads it. */
export function totalMetricOf(output: string): Metric | undefined {
  const b = BASES.find((x) => x.output === output && x.hasTotal);
  return b === undefined ? undefined : makeMetric(b, undefined);
}

/** Which way is better for an output, from the metric family that reads it; undefined when none does. */
export function betterOf(output: string): 'lower' | 'higher' | undefined {
  return BASES.find((b) => b.output === output)?.better;
}

/** Tells whether value `a` is better than value `b` on the metric (ties are not better). */
export function isBetter(metric: Pick<Metric, 'better'>, a: number, b: number): boolean {
  return metric.better === 'lower' ? a < b : a > b;
}

/** Returns how much better `a` is than `b` on the metric: positive when `a` is better. */
export function advantage(metric: Pick<Metric, 'better'>, a: number, b: number): number {
  return metric.better === 'lower' ? b - a : a - b;
}

/** Describes a metric as plain data for JSON output. */
export function describeMetric(metric: Metric): {
  id: MetricId;
  label: string;
  unit: string;
  better: 'lower' | 'higher';
} {
  return { id: metric.id, label: metric.label, unit: metric.unit, better: metric.better };
}
