/**
 * Crux finder: for each assumption, the value inside its range at which "A beats B" flips. Pure: the model
 * comes in as a `margin` function (A's advantage over B, positive when A is better).
 */
import type { RangeItem } from './sensitivity.js';

/** How finely to search a range. */
export interface FlipSearchOptions {
  /** Number of intervals the range is scanned in before bisecting. @default 24 */
  readonly intervals?: number;
  /** Bisection stops when the bracket is narrower than this share of the range. @default 1e-4 */
  readonly tolerance?: number;
  /**
   * Skip the full scan when the margin is exactly the same at both ends and the middle of the range: the
   * input then does not enter the metric (checked first because most assumptions do not touch a given
   * metric, and each evaluation is two model runs). @default true
   */
  readonly skipFlat?: boolean;
}

/** Flip points found in one range. */
export interface FlipScan {
  /** Every value where the sign of the margin changes, ascending. */
  readonly flips: readonly number[];
  /** Smallest margin seen on the scan, signed so that positive means the central leader still leads. */
  readonly closestMargin: number;
}

/**
 * Scans [low, high] for values where `margin(x) > 0` changes truth, then bisects each bracket to `tolerance`
 * of the range. A flip between two scan points that flips back before the next one is not seen.
 */
export function findFlips(
  margin: (x: number) => number,
  low: number,
  high: number,
  leaderSign: 1 | -1,
  options: FlipSearchOptions = {},
): FlipScan {
  const intervals = Math.max(1, Math.floor(options.intervals ?? 24));
  const tolerance = options.tolerance ?? 1e-4;
  const width = high - low;
  const flips: number[] = [];
  let closest = Number.POSITIVE_INFINITY;
  if (!(width > 0)) return { flips, closestMargin: leaderSign * margin(low) };
  const seen = new Map<number, number>();
  const at = (x: number): number => {
    let m = seen.get(x);
    if (m === undefined) {
      m = margin(x);
      seen.set(x, m);
    }
    return m;
  };
  if (options.skipFlat !== false) {
    const mLow = at(low);
    const midX = intervals % 2 === 0 ? low + (width * (intervals / 2)) / intervals : (low + high) / 2;
    if (at(high) === mLow && at(midX) === mLow) return { flips, closestMargin: leaderSign * mLow };
  }
  let prevX = low;
  let prevM = at(low);
  closest = Math.min(closest, leaderSign * prevM);
  for (let i = 1; i <= intervals; i++) {
    const x = i === intervals ? high : low + (width * i) / intervals;
    const m = at(x);
    closest = Math.min(closest, leaderSign * m);
    if (m > 0 !== prevM > 0) flips.push(bisect(margin, prevX, x, prevM > 0, tolerance * width));
    prevX = x;
    prevM = m;
  }
  return { flips, closestMargin: closest };
}

function bisect(margin: (x: number) => number, a: number, b: number, aPositive: boolean, tol: number): number {
  let lo = a;
  let hi = b;
  // 200 halvings is far past double precision; the cap only guards against a zero tolerance.
  for (let i = 0; i < 200 && hi - lo > tol; i++) {
    const mid = (lo + hi) / 2;
    if (margin(mid) > 0 === aPositive) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** One assumption's crux row. */
export interface CruxRow extends RangeItem {
  /** The flip nearest the current value, or null when the ranking holds across the range. */
  readonly flip: number | null;
  /** Every flip point in the range, ascending. */
  readonly flips: readonly number[];
  /** |flip − value| as a share of the range (0–1), or null when it holds. */
  readonly distance: number | null;
  /** Smallest lead over the scan (positive: the central leader still leads everywhere scanned). */
  readonly closestMargin: number;
}

/** Who leads at central values. */
export type Leader = 'A' | 'B' | 'tie';

/** The crux table for "A beats B on M". */
export interface CruxResult {
  /** A's advantage over B at central values (positive: A better). */
  readonly margin: number;
  readonly leader: Leader;
  /** Cruxes first, nearest flip first; then assumptions that hold, closest call first. */
  readonly rows: readonly CruxRow[];
}

/** Margin of A over B with one assumption at `x` and everything else central. */
export type MarginAt = (item: RangeItem, x: number) => number;

/** Finds, for each item, where the central ranking flips, and sorts the cruxes by how near they are. */
export function findCruxes(
  items: readonly RangeItem[],
  centralMargin: number,
  marginAt: MarginAt,
  options: FlipSearchOptions = {},
): CruxResult {
  const leader: Leader = centralMargin > 0 ? 'A' : centralMargin < 0 ? 'B' : 'tie';
  const sign: 1 | -1 = centralMargin > 0 ? 1 : -1;
  const rows: CruxRow[] = [];
  for (const item of items) {
    if (!(item.high > item.low)) continue;
    const scan = findFlips((x) => marginAt(item, x), item.low, item.high, sign, options);
    let flip: number | null = null;
    let distance: number | null = null;
    for (const f of scan.flips) {
      const d = Math.abs(f - item.value) / (item.high - item.low);
      if (distance === null || d < distance) {
        distance = d;
        flip = f;
      }
    }
    rows.push({ ...item, flip, flips: scan.flips, distance, closestMargin: scan.closestMargin });
  }
  rows.sort((a, b) => {
    if (a.distance !== null && b.distance !== null) return a.distance - b.distance || cmp(a.id, b.id);
    if (a.distance !== null) return -1;
    if (b.distance !== null) return 1;
    return a.closestMargin - b.closestMargin || cmp(a.id, b.id);
  });
  return { margin: centralMargin, leader, rows };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
