/**
 * Exact P10–P90 bands of large ensembles in bounded memory, by several passes over the runs.
 *
 * Keeping every run's every series (runs × months × outputs doubles) costs 5 GB at 100,000 runs. Runs are
 * cheap to repeat, so instead each pass runs the ensemble again and keeps only small summaries per column
 * (one output at one month): the first pass the column's NaN count, minimum and maximum; later passes, for
 * each interval of values still holding a wanted order statistic, either a histogram of BUCKETS buckets with
 * each bucket's count, minimum and maximum, or (for intervals of at most COLLECT_MAX values) the values
 * themselves, sorted once the pass is done. Each bucket's [min, max] holds exactly its values (the bucket of
 * a value never decreases as the value grows), so the wanted ranks are narrowed down exactly. The order
 * statistics found are those sorting the whole column gives, and the bands are the R-7 quantiles of
 * quantiles.ts: bit for bit the in-memory bands.
 *
 * A pass's summaries depend only on which values the runs give, never on their order: counts add up,
 * minima and maxima are the same whatever the order, collected values are sorted. So a pass can be split
 * over any ranges of runs (worker threads) and merged in any order with the same result.
 *
 * Memory: at most `budget.histograms` histograms (BUCKETS × 20 bytes each) and `budget.values` collected
 * values (8 bytes each) per pass; what does not fit waits for the next pass. Passes reuse their memory
 * (PassStorage) and merge in place.
 */
import type { Band } from './types.js';
import { BAND_PROBS, emptyBand } from './quantiles.js';

/** Buckets of one histogram. */
export const BUCKETS = 128;

/** Intervals of at most this many values are collected and sorted rather than split again. */
export const COLLECT_MAX = 512;

/** Splits of one interval before its values are collected whatever their number. */
const MAX_DEPTH = 12;

/** How much one pass may hold. */
export interface LeanBudget {
  /** Histograms per pass. */
  readonly histograms: number;
  /** Collected values per pass. */
  readonly values: number;
}

/** 4,096 histograms (10 MB) and 2 M values (16 MB) per pass. */
export const DEFAULT_LEAN_BUDGET: LeanBudget = { histograms: 4096, values: 2_000_000 };

/** Job kinds of a pass. */
export const JOB_STATS = 0;
export const JOB_SPLIT = 1;
export const JOB_COLLECT = 2;

/**
 * One pass: for each job, the index in a run's output buffer it reads, and what it does with the value.
 * Plain typed arrays, so a plan goes to a worker thread as it is.
 */
export interface PassPlan {
  readonly kind: Int8Array;
  readonly offset: Int32Array;
  /** The interval read (inclusive); values outside it are ignored. Unused by stats jobs. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Histogram scale: bucket = floor((x − lo) × scale), clamped. */
  readonly scale: Float64Array;
  /** Where the job's histogram (in buckets) or collected values start. */
  readonly base: Int32Array;
  readonly buckets: number;
  readonly values: number;
}

/**
 * What a pass found over some runs. Stats job j: counts[j] NaNs, mins[j] / maxs[j] of the other values.
 * Split job: counts/mins/maxs at base … base + BUCKETS. Collect job: `filled[j]` values from `values[base]`.
 */
export interface PassResult {
  readonly counts: Int32Array;
  readonly mins: Float64Array;
  readonly maxs: Float64Array;
  readonly values: Float64Array;
  readonly filled: Int32Array;
}

/** Sizes of a plan's summaries (stats jobs use one slot each, at the job's index). */
function summarySize(plan: PassPlan): number {
  return Math.max(plan.buckets, plan.kind.length);
}

/**
 * Memory for the summaries of one pass after another, reused: a pass's result is read before the next pass
 * starts, so every pass can write into the same arrays, which grow only when a pass needs more. Without it
 * each pass would allocate (and a large ensemble's process keep) tens of megabytes afresh. `alloc` makes
 * the buffers (shared memory, say, read by another thread without a copy).
 */
export class PassStorage {
  private counts: Int32Array = new Int32Array(0);
  private mins: Float64Array = new Float64Array(0);
  private maxs: Float64Array = new Float64Array(0);
  private values: Float64Array = new Float64Array(0);
  private filled: Int32Array = new Int32Array(0);

  constructor(private readonly alloc: (bytes: number) => ArrayBufferLike = (bytes) => new ArrayBuffer(bytes)) {}

  /** Cleared summaries of exactly the plan's sizes, in this storage's memory. */
  take(plan: PassPlan): PassResult {
    const n = summarySize(plan);
    const jobs = plan.kind.length;
    if (this.counts.length < n) {
      this.counts = new Int32Array(this.alloc(n * 4));
      this.mins = new Float64Array(this.alloc(n * 8));
      this.maxs = new Float64Array(this.alloc(n * 8));
    }
    if (this.values.length < plan.values) this.values = new Float64Array(this.alloc(plan.values * 8));
    if (this.filled.length < jobs) this.filled = new Int32Array(this.alloc(jobs * 4));
    return {
      counts: this.counts.subarray(0, n).fill(0),
      mins: this.mins.subarray(0, n).fill(Number.POSITIVE_INFINITY),
      maxs: this.maxs.subarray(0, n).fill(Number.NEGATIVE_INFINITY),
      // Only the values a job filled are ever read.
      values: this.values.subarray(0, plan.values),
      filled: this.filled.subarray(0, jobs).fill(0),
    };
  }
}

/** Accumulates runs' outputs into a pass's summaries (in `storage` when given, else in new arrays). */
export class PassAccumulator {
  readonly result: PassResult;

  constructor(
    readonly plan: PassPlan,
    storage?: PassStorage,
  ) {
    if (storage !== undefined) {
      this.result = storage.take(plan);
      return;
    }
    const n = summarySize(plan);
    const mins = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    const maxs = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    this.result = {
      counts: new Int32Array(n),
      mins,
      maxs,
      values: new Float64Array(plan.values),
      filled: new Int32Array(plan.kind.length),
    };
  }

  /** Adds one run's month-major output buffer. */
  add(out: Float64Array): void {
    const { kind, offset, lo, hi, scale, base } = this.plan;
    const { counts, mins, maxs, values, filled } = this.result;
    const top = BUCKETS - 1;
    const jobs = kind.length;
    for (let j = 0; j < jobs; j++) {
      const x = out[offset[j] as number] as number;
      const k = kind[j] as number;
      if (k === JOB_STATS) {
        if (Number.isNaN(x)) counts[j]! += 1;
        else {
          if (x < (mins[j] as number)) mins[j] = x;
          if (x > (maxs[j] as number)) maxs[j] = x;
        }
        continue;
      }
      const a = lo[j] as number;
      if (!(x >= a && x <= (hi[j] as number))) continue;
      if (k === JOB_SPLIT) {
        let b = ((x - a) * (scale[j] as number)) | 0;
        if (b > top) b = top;
        const i = (base[j] as number) + b;
        counts[i]! += 1;
        if (x < (mins[i] as number)) mins[i] = x;
        if (x > (maxs[i] as number)) maxs[i] = x;
      } else {
        const f = filled[j] as number;
        values[(base[j] as number) + f] = x;
        filled[j] = f + 1;
      }
    }
  }
}

/**
 * Merges the results of one plan over disjoint ranges of runs (the order does not change the merge), into
 * the first part: it is changed and returned, no new memory is taken.
 */
export function mergeResults(plan: PassPlan, parts: readonly PassResult[]): PassResult {
  const into = parts[0] as PassResult;
  const { counts, mins, maxs, values, filled } = into;
  for (const part of parts.slice(1)) {
    for (let i = 0; i < counts.length; i++) {
      counts[i]! += part.counts[i] as number;
      if ((part.mins[i] as number) < (mins[i] as number)) mins[i] = part.mins[i] as number;
      if ((part.maxs[i] as number) > (maxs[i] as number)) maxs[i] = part.maxs[i] as number;
    }
    for (let j = 0; j < filled.length; j++) {
      const f = part.filled[j] as number;
      if (f === 0) continue;
      const at = (plan.base[j] as number) + (filled[j] as number);
      values.set(part.values.subarray(plan.base[j] as number, (plan.base[j] as number) + f), at);
      filled[j]! += f;
    }
  }
  return into;
}

/** An interval of one column's values known to hold some wanted ranks. */
interface Segment {
  readonly column: number;
  readonly lo: number;
  readonly hi: number;
  /** Values of the column below the interval, and in it. */
  readonly below: number;
  readonly count: number;
  /** Wanted ranks (ascending) inside the interval. */
  readonly ranks: number[];
  readonly depth: number;
}

/** Figures of a lean computation, for tests and the benchmark. */
export interface LeanStats {
  passes: number;
  /** The most histograms and collected values any pass held. */
  maxHistograms: number;
  maxValues: number;
}

/** The ranks (0-based, ascending, distinct) the five percentiles of n values need. */
function wantedRanks(n: number): number[] {
  const ranks = new Set<number>();
  for (const q of BAND_PROBS) {
    const k = Math.floor((n - 1) * q);
    ranks.add(k);
    ranks.add(Math.min(n - 1, k + 1));
  }
  return [...ranks].sort((a, b) => a - b);
}

/**
 * The passes of a lean band computation, as a generator: it yields each pass's plan and is resumed with the
 * merged result of that pass; it returns the bands. `offsetOf(column)` is where a run's output buffer holds
 * the column's value; columns are output-major: column = j × months + m.
 */
export function* leanBandSteps(
  outputs: number,
  months: number,
  runs: number,
  offsetOf: (column: number) => number,
  budget: LeanBudget = DEFAULT_LEAN_BUDGET,
  stats?: LeanStats,
): Generator<PassPlan, Band[], PassResult> {
  const columns = outputs * months;
  const ranks = wantedRanks(runs);
  const R = ranks.length;
  // The value of each wanted rank of each column, found so far.
  const found = new Float64Array(columns * R).fill(Number.NaN);
  const offsets = new Int32Array(columns);
  for (let c = 0; c < columns; c++) offsets[c] = offsetOf(c);
  const note = (h: number, v: number) => {
    if (!stats) return;
    stats.passes++;
    stats.maxHistograms = Math.max(stats.maxHistograms, h);
    stats.maxValues = Math.max(stats.maxValues, v);
  };

  // First pass: NaN count, minimum and maximum of each column.
  const first: PassPlan = {
    kind: new Int8Array(columns).fill(JOB_STATS),
    offset: offsets,
    lo: new Float64Array(columns),
    hi: new Float64Array(columns),
    scale: new Float64Array(columns),
    base: new Int32Array(columns),
    buckets: 0,
    values: 0,
  };
  note(0, 0);
  const s = yield first;
  let open: Segment[] = [];
  for (let c = 0; c < columns; c++) {
    const numbers = runs - (s.counts[c] as number);
    // Ranks among the NaNs (which sort last) stay NaN.
    const inside = ranks.filter((r) => r < numbers);
    if (inside.length > 0)
      open.push({
        column: c,
        lo: s.mins[c] as number,
        hi: s.maxs[c] as number,
        below: 0,
        count: numbers,
        ranks: inside,
        depth: 0,
      });
  }

  const rankIndex = new Map(ranks.map((r, i) => [r, i]));
  const resolve = (seg: Segment, valueAt: (rank: number) => number) => {
    for (const r of seg.ranks) found[seg.column * R + (rankIndex.get(r) as number)] = valueAt(r);
  };

  while (open.length > 0) {
    const jobs: { seg: Segment; kind: number; scale: number; base: number }[] = [];
    const waiting: Segment[] = [];
    let histograms = 0;
    let values = 0;
    for (const seg of open) {
      if (seg.lo === seg.hi) {
        resolve(seg, () => seg.lo);
        continue;
      }
      const scale = BUCKETS / (seg.hi - seg.lo);
      const collect =
        seg.count <= COLLECT_MAX || seg.depth >= MAX_DEPTH || !(scale > 0 && scale < Number.POSITIVE_INFINITY);
      if (collect) {
        if (values > 0 && values + seg.count > budget.values) waiting.push(seg);
        else {
          jobs.push({ seg, kind: JOB_COLLECT, scale: 0, base: values });
          values += seg.count;
        }
      } else if (histograms > 0 && histograms >= budget.histograms) waiting.push(seg);
      else {
        jobs.push({ seg, kind: JOB_SPLIT, scale, base: histograms * BUCKETS });
        histograms++;
      }
    }
    if (jobs.length === 0) {
      open = waiting;
      continue;
    }
    const n = jobs.length;
    const plan: PassPlan = {
      kind: new Int8Array(n),
      offset: new Int32Array(n),
      lo: new Float64Array(n),
      hi: new Float64Array(n),
      scale: new Float64Array(n),
      base: new Int32Array(n),
      buckets: histograms * BUCKETS,
      values,
    };
    jobs.forEach((job, j) => {
      plan.kind[j] = job.kind;
      plan.offset[j] = offsets[job.seg.column] as number;
      plan.lo[j] = job.seg.lo;
      plan.hi[j] = job.seg.hi;
      plan.scale[j] = job.scale;
      plan.base[j] = job.base;
    });
    note(histograms, values);
    const result = yield plan;
    const next: Segment[] = waiting;
    jobs.forEach((job, j) => {
      const { seg } = job;
      if (job.kind === JOB_COLLECT) {
        const filled = result.filled[j] as number;
        // text-exempt: an internal consistency check of the band passes (a programming error).
        if (filled !== seg.count) throw new Error(`pass collected ${filled} values of ${seg.count}`);
        const sorted = result.values.subarray(job.base, job.base + filled).sort();
        resolve(seg, (r) => sorted[r - seg.below] as number);
        return;
      }
      // Walk the histogram: each wanted rank falls in one bucket, whose [min, max] is the next interval.
      let b = 0;
      let below = seg.below;
      let group: Segment | undefined;
      for (const r of seg.ranks) {
        while (below + (result.counts[job.base + b] as number) <= r) {
          below += result.counts[job.base + b] as number;
          b++;
        }
        if (group !== undefined && group.below === below) {
          group.ranks.push(r);
          continue;
        }
        const i = job.base + b;
        group = {
          column: seg.column,
          lo: result.mins[i] as number,
          hi: result.maxs[i] as number,
          below,
          count: result.counts[i] as number,
          ranks: [r],
          depth: seg.depth + 1,
        };
        next.push(group);
      }
    });
    open = next;
  }

  // The R-7 quantiles from the order statistics (as quantileSorted and bandOfColumn compute them).
  const bands: Band[] = [];
  for (let j = 0; j < outputs; j++) bands.push(emptyBand(months));
  const fields = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;
  for (let c = 0; c < columns; c++) {
    const band = bands[Math.floor(c / months)] as Band;
    const m = c % months;
    for (let p = 0; p < 5; p++) {
      const h = (runs - 1) * (BAND_PROBS[p] as number);
      const k = Math.floor(h);
      const x0 = found[c * R + (rankIndex.get(k) as number)] as number;
      const frac = h - k;
      let v: number;
      if (frac === 0 || k + 1 >= runs) v = x0;
      else {
        const x1 = found[c * R + (rankIndex.get(k + 1) as number)] as number;
        v = x0 + frac * (x1 - x0);
      }
      band[fields[p] as (typeof fields)[number]][m] = v + 0;
    }
  }
  return bands;
}

/** Drives the passes with a synchronous pass function. */
export function leanBandsSync(
  steps: Generator<PassPlan, Band[], PassResult>,
  pass: (plan: PassPlan) => PassResult,
): Band[] {
  let step = steps.next();
  while (!step.done) step = steps.next(pass(step.value));
  return step.value;
}

/** Drives the passes with an asynchronous pass function. */
export async function leanBandsAsync(
  steps: Generator<PassPlan, Band[], PassResult>,
  pass: (plan: PassPlan) => Promise<PassResult>,
): Promise<Band[]> {
  let step = steps.next();
  while (!step.done) step = steps.next(await pass(step.value));
  return step.value;
}
