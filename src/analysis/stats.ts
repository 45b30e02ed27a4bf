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

/**
 * The effect of A over B on a metric, the one definition every view that states an effect uses: from paired
 * runs (run i of A and of B share their assumption draws), the median of the per-run differences A − B with
 * their P10–P90, the same differences relative to B, and the share of paired runs in which A does better.
 */
export interface Effect {
  /** Paired runs. */
  readonly runs: number;
  /** P10, median and P90 of the paired differences A − B, in the metric's unit (negative: A lower). */
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** P10, median and P90 of the paired differences relative to B, (A − B) / |B| × 100 (runs where B is 0 left out). */
  readonly pct: Spread;
  /** Runs in which A is strictly better than B (NaN when the quantity has no better direction). */
  readonly wins: number;
  /** wins / runs (0–1; NaN without runs or without a better direction). */
  readonly winShare: number;
  /** Median of A's and of B's per-run values (each side on its own, not an effect). */
  readonly medianA: number;
  readonly medianB: number;
}

/**
 * Computes the effect of A over B from paired per-run values: `a[i]` and `b[i]` share their assumption draws.
 * `better` says which way A wins; without it (a quantity such as troops on the streets) there are no wins.
 */
export function pairedEffect(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  better: 'lower' | 'higher' | undefined,
): Effect {
  const n = Math.min(a.length, b.length);
  const diffs = new Float64Array(n);
  const pcts: number[] = [];
  let wins = 0;
  for (let i = 0; i < n; i++) {
    const ai = a[i] ?? Number.NaN;
    const bi = b[i] ?? Number.NaN;
    const d = ai - bi;
    diffs[i] = d;
    if (better === 'lower' ? d < 0 : d > 0) wins++;
    if (bi !== 0 && Number.isFinite(ai) && Number.isFinite(bi)) pcts.push((d / Math.abs(bi)) * 100);
  }
  const diff = spread(diffs);
  return {
    runs: n,
    p10: diff.p10,
    p50: diff.p50,
    p90: diff.p90,
    pct: spread(pcts),
    wins: better === undefined ? Number.NaN : wins,
    winShare: n === 0 || better === undefined ? Number.NaN : wins / n,
    medianA: spread(Float64Array.from({ length: n }, (_, i) => a[i] ?? Number.NaN)).p50,
    medianB: spread(Float64Array.from({ length: n }, (_, i) => b[i] ?? Number.NaN)).p50,
  };
}

/** Summary of paired per-run comparisons between A and B on one metric, as A's advantage. */
export interface PairedSummary {
  readonly runs: number;
  /** Share of runs (0–1) in which A is strictly better than B. */
  readonly shareABetter: number;
  /** Spread of the advantage of A over B (positive = A better), in the metric's unit. */
  readonly advantage: Spread;
}

/** The effect of A over B (pairedEffect) turned into A's advantage: the differences signed so that positive is better. */
export function summarizePaired(a: ArrayLike<number>, b: ArrayLike<number>, better: 'lower' | 'higher'): PairedSummary {
  const e = pairedEffect(a, b, better);
  const advantage =
    better === 'higher' ? { p10: e.p10, p50: e.p50, p90: e.p90 } : { p10: -e.p90, p50: -e.p50, p90: -e.p10 };
  return { runs: e.runs, shareABetter: e.winShare, advantage };
}
