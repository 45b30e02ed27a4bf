/**
 * The history constraint: every run's assumptions are drawn over their ranges, the run goes through
 * 2007–2018 freely, and only draws whose history matches the sourced series are kept (history matching:
 * an implausibility measure per observation, with the three-sigma cut of Pukelsheim's rule). Projections and
 * bands come from the kept draws only. Pure: the caller passes the model function and its layout.
 */
import { HOMICIDES_INEGI, OC_SHARE, START_YEAR, WORKFORCE_2012, type Observation } from './history.js';

/** How far a run's history may sit from an observation, in log terms (model discrepancy plus data error). */
export const TOLERANCE = {
  /** INEGI homicides: counts are firm; the toy's structure is not (a modeller's guess). */
  homicides: 0.1,
  /** Prieto-Curiel et al.'s 115,000 members in 2012 is itself a model estimate (range of 110–115k, and 2022's 160–185k). */
  workforce: 0.2,
  /** The organized-crime share changes method in 2014 (government count, then Lantia). */
  ocShare: 0.3,
} as const;

/** The largest implausibility a kept draw may have on any observation (Pukelsheim's three-sigma rule). */
export const MAX_IMPLAUSIBILITY = 3;

/** Where the constraint reads a run's outputs: indices into its month-major output buffer. */
export interface HistoryLayout {
  readonly nOut: number;
  readonly homicides: number;
  readonly homicidesOc: number;
  readonly workforce: number;
}

/** One observation the constraint checks, with its tolerance. */
export interface Target {
  readonly series: 'homicides' | 'workforce' | 'oc_share';
  readonly year: number;
  readonly value: number;
  readonly tolerance: number;
}

/** The observations of years up to `until` that the constraint checks. */
export function targetsUntil(until: number): Target[] {
  const keep = (o: Observation) => o.year <= until;
  return [
    ...HOMICIDES_INEGI.filter(keep).map((o) => ({
      series: 'homicides' as const,
      year: o.year,
      value: o.value,
      tolerance: TOLERANCE.homicides,
    })),
    ...(WORKFORCE_2012.year <= until
      ? [
          {
            series: 'workforce' as const,
            year: WORKFORCE_2012.year,
            value: WORKFORCE_2012.value,
            tolerance: TOLERANCE.workforce,
          },
        ]
      : []),
    ...OC_SHARE.filter(keep).map((o) => ({
      series: 'oc_share' as const,
      year: o.year,
      value: o.value,
      tolerance: TOLERANCE.ocShare,
    })),
  ];
}

/** Mean of output k over one calendar year of a month-major buffer. */
export function yearMeanOf(out: Float64Array, nOut: number, k: number, year: number): number {
  const first = (year - START_YEAR) * 12;
  let sum = 0;
  for (let m = first; m < first + 12; m++) sum += out[m * nOut + k] as number;
  return sum / 12;
}

/** How well one run's history fits: the largest implausibility and the root mean square over the targets. */
export interface Fit {
  readonly max: number;
  readonly rms: number;
}

/** Scores one run's history against the targets. A run with a non-positive or non-finite value fails. */
export function fitOf(out: Float64Array, layout: HistoryLayout, targets: readonly Target[]): Fit {
  let max = 0;
  let sum = 0;
  for (const t of targets) {
    let model: number;
    if (t.series === 'homicides') model = yearMeanOf(out, layout.nOut, layout.homicides, t.year);
    else if (t.series === 'workforce') model = yearMeanOf(out, layout.nOut, layout.workforce, t.year);
    else
      model =
        yearMeanOf(out, layout.nOut, layout.homicidesOc, t.year) /
        yearMeanOf(out, layout.nOut, layout.homicides, t.year);
    const z =
      model > 0 && Number.isFinite(model)
        ? Math.abs(Math.log(model / t.value)) / t.tolerance
        : Number.POSITIVE_INFINITY;
    if (z > max) max = z;
    sum += z * z;
  }
  return { max, rms: Math.sqrt(sum / Math.max(1, targets.length)) };
}

/** The draws a constraint kept, and how many it tried. */
export interface ConstrainedDraws {
  /** Kept parameter vectors, row-major: rows × size (or the caller's array, see `into`). */
  readonly rows: Float64Array;
  readonly size: number;
  /** Rows kept. */
  readonly count: number;
  /** Candidates run. */
  readonly tried: number;
  /** Candidates within the tolerance (the acceptance rate is accepted / tried). */
  readonly accepted: number;
  /** Rows that did not pass but were the closest left when the candidate budget ran out. */
  readonly filled: number;
  /** Each kept row's root mean square implausibility. */
  readonly rms: Float64Array;
  /** The candidate each row is (its index in the candidate stream): the rows are candidate(kept[k]). */
  readonly kept: Int32Array;
}

/** Where kept rows go in a caller's array: kept row k is row `at[k]` of `rows`. */
export interface RowsInto {
  readonly rows: Float64Array;
  readonly at: Int32Array;
}

/** Where kept row k starts: in the caller's array when given, else in an array of the kept rows alone. */
export function keptRowStart(into: RowsInto | undefined, k: number, size: number): number {
  return (into === undefined ? k : (into.at[k] as number)) * size;
}

/** A source of candidate parameter vectors: candidate j of a stream. */
export type CandidateFn = (j: number, p: Float64Array) => void;

/**
 * Runs a candidate's history into `out` a stretch at a time, stopping as soon as an observation already run
 * past sits more than MAX_IMPLAUSIBILITY away (the candidate fails whatever follows): false then, true when
 * the whole history is in `out`, exactly as `run` writes it.
 */
export type ScreenFn = (p: Float64Array, out: Float64Array) => boolean;

/**
 * Tries candidates 0, 1, 2, … in order and keeps the first `want` that pass the constraint, trying at most
 * `budget`; if fewer pass, the closest of the rest (by rms implausibility, then candidate order) fill the
 * rows, and `filled` says how many. Deterministic: the same candidates give the same rows.
 */
export function constrain(opts: {
  readonly want: number;
  readonly budget: number;
  readonly size: number;
  readonly candidate: CandidateFn;
  readonly run: (p: Float64Array, out: Float64Array) => void;
  readonly outLength: number;
  readonly layout: HistoryLayout;
  readonly targets: readonly Target[];
  /**
   * Scores candidates [from, to) at once (on worker threads, say) exactly as running and scoring them one by
   * one would; candidates are still taken in order, so the rows are the same.
   */
  readonly fits?: (from: number, to: number) => { readonly max: Float64Array; readonly rms: Float64Array };
  /** Candidates scored per call of `fits`. */
  readonly block?: number;
  /**
   * Runs candidates (when `fits` is not given) through `screen` instead of `run`, so most failing ones stop
   * early. The rows are the same: a screened-out candidate fails in full too, and its fit is computed only
   * if the closest failures must fill rows.
   */
  readonly screen?: ScreenFn;
  /**
   * Where the kept rows go: row k is written at row `at[k]` of `rows` (the returned `rows` is then that array),
   * so a caller assembling several constraints' rows holds no second copy of them.
   */
  readonly into?: RowsInto;
}): ConstrainedDraws {
  const { want, budget, size, candidate, run, layout, targets, fits, screen } = opts;
  const block = opts.block ?? 4096;
  let scored: { readonly max: Float64Array; readonly rms: Float64Array } | undefined;
  let scoredFrom = 0;
  const { into } = opts;
  const rows = into?.rows ?? new Float64Array(want * size);
  const rms = new Float64Array(want);
  const kept = new Int32Array(want);
  const p = new Float64Array(size);
  const out = new Float64Array(opts.outLength);
  let count = 0;
  let tried = 0;
  // Rejected candidates, kept only while they could still be needed to fill; their draws are drawn again then.
  const rejects: { j: number; rms: number }[] = [];
  // Candidates the screen stopped: failures whose rms is not known yet.
  const screenedOut: number[] = [];
  while (count < want && tried < budget) {
    const j = tried++;
    let fit: Fit;
    if (fits === undefined) {
      candidate(j, p);
      if (screen === undefined) run(p, out);
      else if (!screen(p, out)) {
        screenedOut.push(j);
        continue;
      }
      fit = fitOf(out, layout, targets);
    } else {
      if (scored === undefined || j >= scoredFrom + scored.max.length) {
        scoredFrom = j;
        scored = fits(j, Math.min(budget, j + block));
      }
      fit = { max: scored.max[j - scoredFrom] as number, rms: scored.rms[j - scoredFrom] as number };
      if (fit.max <= MAX_IMPLAUSIBILITY) candidate(j, p);
    }
    if (fit.max <= MAX_IMPLAUSIBILITY) {
      rows.set(p, keptRowStart(into, count, size));
      rms[count] = fit.rms;
      kept[count] = j;
      count++;
    } else if (Number.isFinite(fit.rms)) {
      rejects.push({ j, rms: fit.rms });
      if (rejects.length > 4 * want) {
        rejects.sort((a, b) => a.rms - b.rms || a.j - b.j);
        rejects.length = want;
      }
    }
  }
  const accepted = count;
  if (count < want) {
    // Filling needs every failure's rms: run the screened-out ones in full.
    for (const j of screenedOut) {
      candidate(j, p);
      run(p, out);
      const r = fitOf(out, layout, targets).rms;
      if (Number.isFinite(r)) rejects.push({ j, rms: r });
    }
    rejects.sort((a, b) => a.rms - b.rms || a.j - b.j);
    for (const r of rejects) {
      if (count >= want) break;
      candidate(r.j, p);
      rows.set(p, keptRowStart(into, count, size));
      rms[count] = r.rms;
      kept[count] = r.j;
      count++;
    }
  }
  return { rows, size, count, tried, accepted, filled: count - accepted, rms, kept };
}

/**
 * Effective sample size of the kept draws when each is weighted by its likelihood exp(-rms² × n / 2):
 * equal to the count when all fit alike, smaller when a few fit much better than the rest.
 */
export function effectiveSampleSize(rms: Float64Array, count: number, targets: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) best = Math.min(best, rms[i] as number);
  let sw = 0;
  let sw2 = 0;
  for (let i = 0; i < count; i++) {
    const r = rms[i] as number;
    const w = Math.exp(-0.5 * targets * (r * r - best * best));
    sw += w;
    sw2 += w * w;
  }
  return sw2 > 0 ? (sw * sw) / sw2 : 0;
}
