/** Small statistics helpers for per-run metric arrays (pure, allocation-light). */

/** Returns the q-quantile (0–1) of the values with linear interpolation between order statistics. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  return quantileSorted(sorted, q);
}

/** Returns the q-quantile of values that are already sorted ascending. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (h - lo) * (b - a);
}

/** P10, P50 and P90 of a set of values. */
export interface Spread {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** Returns P10/P50/P90 of the values. */
export function spread(values: ArrayLike<number>): Spread {
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  return { p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
}

/** Summary of paired per-run comparisons between A and B on one metric. */
export interface PairedSummary {
  readonly runs: number;
  /** Share of runs (0–1) in which A is strictly better than B. */
  readonly shareABetter: number;
  /** Spread of the advantage of A over B (positive = A better), in the metric's unit. */
  readonly advantage: Spread;
}

/** Summarizes paired runs: `a[i]` and `b[i]` share their assumption draws. */
export function summarizePaired(a: ArrayLike<number>, b: ArrayLike<number>, better: 'lower' | 'higher'): PairedSummary {
  const n = Math.min(a.length, b.length);
  const adv = new Float64Array(n);
  let wins = 0;
  for (let i = 0; i < n; i++) {
    const ai = a[i] ?? Number.NaN;
    const bi = b[i] ?? Number.NaN;
    const d = better === 'lower' ? bi - ai : ai - bi;
    adv[i] = d;
    if (d > 0) wins++;
  }
  return { runs: n, shareABetter: n === 0 ? Number.NaN : wins / n, advantage: spread(adv) };
}
