/**
 * Percentile bands of an ensemble, month by month.
 *
 * Quantiles use the R-7 rule (linear interpolation between order statistics, h = (n - 1) q), the
 * default of R's `quantile` and of mathjs `quantileSeq`. A NaN in a column sorts above every number,
 * so it shows up in the upper percentiles instead of being silently dropped.
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
 * Writes the R-7 quantiles BAND_PROBS of a NaN-free column into `out`, reordering the column.
 *
 * Gives exactly the values the sorted route gives: the same order statistics, the same interpolation.
 */
function bandBySelection(a: Float64Array, out: Float64Array): void {
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

/**
 * Writes the R-7 quantiles BAND_PROBS of a column into `out` (5 values), reordering the column.
 */
export function bandOfColumn(column: Float64Array, out: Float64Array): void {
  let hasNaN = false;
  for (let i = 0; i < column.length; i++) {
    if (Number.isNaN(column[i])) {
      hasNaN = true;
      break;
    }
  }
  if (hasNaN || column.length < SELECT_MIN_RUNS) {
    column.sort();
    for (let p = 0; p < 5; p++) out[p] = quantileSorted(column, BAND_PROBS[p] as number);
  } else {
    bandBySelection(column, out);
  }
}

/**
 * Computes P10/P25/P50/P75/P90 for every month of a step-major ensemble (ens[m * runs + r]).
 *
 * The ensemble is not modified: each month's column is copied into a scratch array first.
 */
export function bandsFromEnsemble(ens: Float64Array, runs: number, months: number): Band {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a non-negative integer, got ${months}`);
  if (ens.length < runs * months) throw new RangeError(`ensemble holds ${ens.length} values, ${runs * months} needed`);
  const p10 = new Float64Array(months);
  const p25 = new Float64Array(months);
  const p50 = new Float64Array(months);
  const p75 = new Float64Array(months);
  const p90 = new Float64Array(months);
  const scratch = new Float64Array(runs);
  const q = new Float64Array(5);
  for (let m = 0; m < months; m++) {
    scratch.set(ens.subarray(m * runs, (m + 1) * runs));
    bandOfColumn(scratch, q);
    p10[m] = q[0] as number;
    p25[m] = q[1] as number;
    p50[m] = q[2] as number;
    p75[m] = q[3] as number;
    p90[m] = q[4] as number;
  }
  return { p10, p25, p50, p75, p90 };
}
