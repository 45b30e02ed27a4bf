/**
 * Percentile bands of an ensemble, month by month.
 *
 * Quantiles use the R-7 rule (linear interpolation between order statistics, h = (n - 1) q), the
 * default of R's `quantile` and of mathjs `quantileSeq`. A NaN in a column sorts above every number,
 * so it shows up in the upper percentiles instead of being silently dropped.
 *
 * Short columns are sorted. Long ones (SELECT_MIN_RUNS values or more) only look for the ten order
 * statistics the five percentiles need: a histogram of the values (or, for wide positive ranges, of
 * their exponents) narrows each one down to a small bucket that is then sorted; columns too skewed
 * for that use Floyd–Rivest selection. All routes give exactly the values sorting gives, apart from
 * the sign of zero, which is dropped. At 10,000 runs this is two to four times faster than sorting.
 */
import type { Band } from './types.js';

/** The probabilities of a Band, in the order of its fields. */
export const BAND_PROBS = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

/**
 * Returns the R-7 quantile q (0..1) of an ascending array; NaN for an empty array.
 */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  // text-exempt: quantile probabilities are constants of the program (a programming error).
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile probability must be within [0, 1], got ${q}`);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const x0 = sorted[lo] as number;
  if (lo + 1 >= n) return x0;
  const x1 = sorted[lo + 1] as number;
  const frac = h - lo;
  return frac === 0 ? x0 : x0 + frac * (x1 - x0);
}

/** Columns shorter than this are sorted; longer ones have their percentiles found by selection. */
export const SELECT_MIN_RUNS = 200;

/** Indexes of BAND_PROBS in the order they are selected: median first, then each half. */
const SELECT_ORDER = [2, 1, 0, 3, 4] as const;

/**
 * Rearranges a[lo..hi] so that a[k] holds the value it would have if sorted, with smaller-or-equal
 * values before it and greater-or-equal after it (Floyd–Rivest selection). The array holds no NaN.
 */
function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    if (hi - lo > 600) {
      const n = hi - lo + 1;
      const i = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      const newLo = Math.max(lo, Math.floor(k - (i * s) / n + sd));
      const newHi = Math.min(hi, Math.floor(k + ((n - i) * s) / n + sd));
      selectInPlace(a, k, newLo, newHi);
    }
    const t = a[k] as number;
    let i = lo;
    let j = hi;
    let tmp = a[lo] as number;
    a[lo] = t;
    a[k] = tmp;
    if ((a[hi] as number) > t) {
      tmp = a[lo] as number;
      a[lo] = a[hi] as number;
      a[hi] = tmp;
    }
    while (i < j) {
      tmp = a[i] as number;
      a[i] = a[j] as number;
      a[j] = tmp;
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if (a[lo] === t) {
      tmp = a[lo] as number;
      a[lo] = a[j] as number;
      a[j] = tmp;
    } else {
      j++;
      tmp = a[j] as number;
      a[j] = a[hi] as number;
      a[hi] = tmp;
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

/** Returns the smallest of a[from..to], or +Infinity when the range is empty. */
function minOfRange(a: Float64Array, from: number, to: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = from; i <= to; i++) {
    const v = a[i] as number;
    if (v < min) min = v;
  }
  return min;
}

/**
 * Writes the R-7 quantiles BAND_PROBS of a NaN-free column into `out` by Floyd–Rivest selection,
 * reordering the column. Used when the values are too skewed for the histogram to split them.
 */
function bandByPartition(a: Float64Array, out: Float64Array): void {
  const n = a.length;
  const ks = [0, 0, 0, 0, 0];
  for (let p = 0; p < 5; p++) ks[p] = Math.floor((n - 1) * (BAND_PROBS[p] as number));
  const k25 = ks[1] as number;
  const k50 = ks[2] as number;
  const k75 = ks[3] as number;
  const k90 = ks[4] as number;
  // Each selection runs inside the gap left by the ones before it (median, then each half).
  const los = [0, 0, 0, k50 + 1, k75 + 1];
  const his = [k25 - 1, k50 - 1, n - 1, n - 1, n - 1];
  for (const p of SELECT_ORDER) {
    const k = ks[p] as number;
    const lo = los[p] as number;
    const hi = his[p] as number;
    if (hi > lo && k >= lo && k <= hi) selectInPlace(a, k, lo, hi);
  }
  // The next order statistic after k lies between k + 1 and the next selected index.
  const nextBound = [k25, k50, k75, k90, n - 1];
  for (let p = 0; p < 5; p++) {
    const k = ks[p] as number;
    const h = (n - 1) * (BAND_PROBS[p] as number);
    const x0 = a[k] as number;
    const frac = h - k;
    if (frac === 0 || k + 1 >= n) {
      out[p] = x0;
    } else {
      const bound = nextBound[p] as number;
      const x1 = bound > k ? minOfRange(a, k + 1, bound) : minOfRange(a, k + 1, n - 1);
      out[p] = x0 + frac * (x1 - x0);
    }
  }
}

/** Buckets of the value histogram used to find the order statistics of a long column. */
const HIST_BUCKETS = 1024;

/** Regions at most this long are sorted rather than split further. */
const SORT_REGION = 128;

/** True where a double's high 32-bit word comes second in memory (all platforms Node runs on). */
const LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;

const wordBuffer = new Float64Array(1);
const wordView = new Uint32Array(wordBuffer.buffer);

/**
 * Returns the high 32-bit word of a double: for positive numbers it never decreases as the value grows.
 */
function highWord(x: number): number {
  wordBuffer[0] = x;
  return wordView[1] as number;
}

/** A first split is poor when one wanted bucket holds more than 1/POOR_SPLIT of the column. */
const POOR_SPLIT = 8;

/** Splitting levels before a region is sorted whatever its length (bounds the worst case). */
const MAX_DEPTH = 4;

/** Reusable buffers for the order-statistic search over columns up to one length. */
export interface SelectScratch {
  readonly tmp: Float64Array;
  /** The 32-bit words of `tmp`. */
  readonly tmpWords: Uint32Array;
  readonly hist: Int32Array;
  readonly ranks: Int32Array;
  readonly values: Float64Array;
}

/** Allocates the buffers to find percentiles in columns of up to n values. */
export function createSelectScratch(n: number): SelectScratch {
  const tmp = new Float64Array(n);
  return {
    tmp,
    tmpWords: new Uint32Array(tmp.buffer),
    hist: new Int32Array(HIST_BUCKETS),
    ranks: new Int32Array(10),
    values: new Float64Array(10),
  };
}

/** The buckets of a histogram that hold the wanted ranks. */
interface Split {
  readonly slotBucket: number[];
  readonly slotBelow: number[];
  readonly slotCount: number[];
  readonly slotFirstRank: number[];
  /** True when a wanted bucket holds more than 1/POOR_SPLIT of the region. */
  readonly crowded: boolean;
}

/**
 * Counts src[from..to) into sc.hist by (value - lo) * scale, or by (high word - lo) * scale, and
 * lists the buckets holding the ranks ranks[rFrom..rTo) (counted from `base`).
 */
function histogramSplit(
  src: Float64Array,
  srcWords: Uint32Array,
  from: number,
  to: number,
  base: number,
  rFrom: number,
  rTo: number,
  sc: SelectScratch,
  byWord: boolean,
  lo: number,
  scale: number,
): Split {
  const { ranks, hist } = sc;
  const top = HIST_BUCKETS - 1;
  hist.fill(0);
  // (x - lo) * scale is >= 0, so truncation is floor.
  if (byWord) {
    for (let i = from; i < to; i++) {
      const b = (((srcWords[2 * i + 1] as number) - lo) * scale) | 0;
      hist[Math.min(b, top)]! += 1;
    }
  } else {
    for (let i = from; i < to; i++) {
      const b = (((src[i] as number) - lo) * scale) | 0;
      hist[Math.min(b, top)]! += 1;
    }
  }
  const slotBucket: number[] = [];
  const slotBelow: number[] = [];
  const slotCount: number[] = [];
  const slotFirstRank: number[] = [];
  let crowded = false;
  let b = 0;
  let below = 0;
  for (let r = rFrom; r < rTo; r++) {
    const rank = (ranks[r] as number) - base;
    while (below + (hist[b] as number) <= rank) {
      below += hist[b] as number;
      b++;
    }
    if (slotBucket[slotBucket.length - 1] !== b) {
      const count = hist[b] as number;
      slotBucket.push(b);
      slotBelow.push(below);
      slotCount.push(count);
      slotFirstRank.push(r);
      if (count * POOR_SPLIT > to - from) crowded = true;
    }
  }
  return { slotBucket, slotBelow, slotCount, slotFirstRank, crowded };
}

/**
 * Finds the values of the ascending ranks ranks[rFrom..rTo) (counted from `base`) among src[from..to)
 * and writes them to values[rFrom..rTo). The region of src and of dst may be overwritten. Returns
 * false, having found nothing, when the first split is too uneven to pay off.
 *
 * Exact and deterministic: values are bucketed by a monotone map of their value into a histogram,
 * only the buckets holding a wanted rank are gathered (into dst) and searched again; small regions
 * are sorted. Floating-point subtraction and multiplication by a positive number never reverse two
 * values, so every bucket holds a contiguous slice of the sorted column.
 */
function selectRanks(
  src: Float64Array,
  dst: Float64Array,
  srcWords: Uint32Array,
  dstWords: Uint32Array,
  from: number,
  to: number,
  base: number,
  rFrom: number,
  rTo: number,
  sc: SelectScratch,
  depth: number,
  knownMin: number,
  knownMax: number,
): boolean {
  const { ranks, values, hist } = sc;
  const size = to - from;
  let min = knownMin;
  let max = knownMax;
  if (size > SORT_REGION && depth < MAX_DEPTH) {
    if (depth > 0) {
      min = Number.POSITIVE_INFINITY;
      max = Number.NEGATIVE_INFINITY;
      for (let i = from; i < to; i++) {
        const x = src[i] as number;
        if (x < min) min = x;
        if (x > max) max = x;
      }
    }
    if (min === max) {
      for (let r = rFrom; r < rTo; r++) values[r] = min;
      return true;
    }
  }
  const linearScale = HIST_BUCKETS / (max - min);
  if (size <= SORT_REGION || depth >= MAX_DEPTH || !(linearScale > 0 && linearScale < Number.POSITIVE_INFINITY)) {
    const view = src.subarray(from, to);
    view.sort();
    for (let r = rFrom; r < rTo; r++) values[r] = view[(ranks[r] as number) - base] as number;
    return true;
  }
  // Buckets by value first; when that piles the wanted ranks into crowded buckets and the range is
  // positive, by the high word of the IEEE bits instead (about log-scale, still monotone).
  let byWord = false;
  let lo = min;
  let scale = linearScale;
  let split = histogramSplit(src, srcWords, from, to, base, rFrom, rTo, sc, false, lo, scale);
  if (split.crowded && LITTLE_ENDIAN && min > 0) {
    byWord = true;
    lo = highWord(min);
    scale = HIST_BUCKETS / (highWord(max) - lo + 1);
    split = histogramSplit(src, srcWords, from, to, base, rFrom, rTo, sc, true, lo, scale);
  }
  // A column whose wanted ranks stay crowded is left to partition-based selection.
  if (split.crowded && depth === 0) return false;
  const { slotBucket, slotBelow, slotCount, slotFirstRank } = split;
  const slots = slotBucket.length;
  const top = HIST_BUCKETS - 1;
  // Mark the wanted buckets in the histogram (negative slot numbers) and gather their values.
  const next: number[] = [];
  let offset = from;
  for (let k = 0; k < slots; k++) {
    hist[slotBucket[k] as number] = -(k + 1);
    next.push(offset);
    offset += slotCount[k] as number;
  }
  if (byWord) {
    for (let i = from; i < to; i++) {
      let bb = (((srcWords[2 * i + 1] as number) - lo) * scale) | 0;
      if (bb > top) bb = top;
      const mark = hist[bb] as number;
      if (mark < 0) {
        const slot = -mark - 1;
        dst[next[slot] as number] = src[i] as number;
        next[slot] = (next[slot] as number) + 1;
      }
    }
  } else {
    for (let i = from; i < to; i++) {
      const x = src[i] as number;
      let bb = ((x - lo) * scale) | 0;
      if (bb > top) bb = top;
      const mark = hist[bb] as number;
      if (mark < 0) {
        const slot = -mark - 1;
        dst[next[slot] as number] = x;
        next[slot] = (next[slot] as number) + 1;
      }
    }
  }
  let start = from;
  for (let k = 0; k < slots; k++) {
    const count = slotCount[k] as number;
    const lastRank = k + 1 < slots ? (slotFirstRank[k + 1] as number) : rTo;
    const firstRank = slotFirstRank[k] as number;
    selectRanks(
      dst,
      src,
      dstWords,
      srcWords,
      start,
      start + count,
      base + (slotBelow[k] as number),
      firstRank,
      lastRank,
      sc,
      depth + 1,
      0,
      0,
    );
    start += count;
  }
  return true;
}

/**
 * Writes the R-7 quantiles BAND_PROBS of a NaN-free column into `out` by histogram selection,
 * reordering the column; returns false, leaving the column as it was, when the values are too skewed.
 *
 * Gives exactly the values the sorted route gives: the same order statistics, the same interpolation.
 */
function bandByHistogram(a: Float64Array, out: Float64Array, sc: SelectScratch, min: number, max: number): boolean {
  const n = a.length;
  const { ranks, values } = sc;
  // Wanted ranks: floor(h) and the one after it, for each probability (already ascending).
  for (let p = 0; p < 5; p++) {
    const k = Math.floor((n - 1) * (BAND_PROBS[p] as number));
    ranks[2 * p] = k;
    ranks[2 * p + 1] = Math.min(n - 1, k + 1);
  }
  for (let i = 1; i < 10; i++) {
    if ((ranks[i] as number) < (ranks[i - 1] as number)) {
      // Only possible for tiny columns, which are sorted instead; keep the order safe regardless.
      ranks.subarray(0, 10).sort();
      break;
    }
  }
  const words = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  if (!selectRanks(a, sc.tmp, words, sc.tmpWords, 0, n, 0, 0, 10, sc, 0, min, max)) return false;
  for (let p = 0; p < 5; p++) {
    const k = Math.floor((n - 1) * (BAND_PROBS[p] as number));
    const frac = (n - 1) * (BAND_PROBS[p] as number) - k;
    let x0 = Number.NaN;
    let x1 = Number.NaN;
    for (let i = 0; i < 10; i++) {
      if (ranks[i] === k) x0 = values[i] as number;
      if (ranks[i] === Math.min(n - 1, k + 1)) x1 = values[i] as number;
    }
    out[p] = frac === 0 || k + 1 >= n ? x0 : x0 + frac * (x1 - x0);
  }
  return true;
}

/**
 * Writes the R-7 quantiles BAND_PROBS of a column into `out` (5 values), reordering the column.
 * A zero result is always +0. Pass a scratch from createSelectScratch to avoid allocating per call.
 */
export function bandOfColumn(column: Float64Array, out: Float64Array, scratch?: SelectScratch): void {
  let hasNaN = false;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
    if (Number.isNaN(x)) hasNaN = true;
  }
  if (hasNaN || column.length < SELECT_MIN_RUNS) {
    column.sort();
    for (let p = 0; p < 5; p++) out[p] = quantileSorted(column, BAND_PROBS[p] as number);
  } else {
    const sc =
      scratch !== undefined && scratch.tmp.length >= column.length ? scratch : createSelectScratch(column.length);
    if (!bandByHistogram(column, out, sc, min, max)) bandByPartition(column, out);
  }
  // Selection does not order -0 before +0 as sorting does; drop the sign of zero so all routes agree.
  for (let p = 0; p < 5; p++) out[p] = (out[p] as number) + 0;
}

/** Checks the shape of a step-major ensemble and throws a RangeError describing the first problem. */
function assertEnsembleShape(ens: Float64Array, runs: number, months: number): void {
  // text-exempt: checks of the ensemble's shape, which the engine builds itself (programming errors).
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  if (!Number.isInteger(months) || months < 0)
    // text-exempt: checks of the ensemble's shape (a programming error).
    throw new RangeError(`months must be a non-negative integer, got ${months}`);
  // text-exempt: checks of the ensemble's shape (a programming error).
  if (ens.length < runs * months) throw new RangeError(`ensemble holds ${ens.length} values, ${runs * months} needed`);
}

/** Allocates an all-zero band of `months` months. */
export function emptyBand(months: number): Band {
  return {
    p10: new Float64Array(months),
    p25: new Float64Array(months),
    p50: new Float64Array(months),
    p75: new Float64Array(months),
    p90: new Float64Array(months),
  };
}

/**
 * Writes P10/P25/P50/P75/P90 of months [from, to) of a step-major ensemble (ens[m * runs + r]) into
 * `band`, leaving its other months alone. Each month gets exactly the values bandsFromEnsemble gives it.
 *
 * The ensemble is not modified: each month's column is copied into a scratch array first.
 */
export function fillBandRange(ens: Float64Array, runs: number, band: Band, from: number, to: number): void {
  assertEnsembleShape(ens, runs, to);
  // text-exempt: month ranges come from the engine (a programming error).
  if (!Number.isInteger(from) || from < 0 || from > to) throw new RangeError(`months [${from}, ${to}) are not a range`);
  // text-exempt: the band buffer comes from the engine (a programming error).
  if (band.p10.length < to) throw new RangeError(`band holds ${band.p10.length} months, ${to} needed`);
  const { p10, p25, p50, p75, p90 } = band;
  const scratch = new Float64Array(runs);
  const select = createSelectScratch(runs);
  const q = new Float64Array(5);
  for (let m = from; m < to; m++) {
    scratch.set(ens.subarray(m * runs, (m + 1) * runs));
    bandOfColumn(scratch, q, select);
    p10[m] = q[0] as number;
    p25[m] = q[1] as number;
    p50[m] = q[2] as number;
    p75[m] = q[3] as number;
    p90[m] = q[4] as number;
  }
}

/**
 * Computes P10/P25/P50/P75/P90 for every month of a step-major ensemble (ens[m * runs + r]).
 *
 * The ensemble is not modified: each month's column is copied into a scratch array first.
 */
export function bandsFromEnsemble(ens: Float64Array, runs: number, months: number): Band {
  assertEnsembleShape(ens, runs, months);
  const band = emptyBand(months);
  fillBandRange(ens, runs, band, 0, months);
  return band;
}
