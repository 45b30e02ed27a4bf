/**
 * Hindcasts: constrain on the observations of 2007..Y only, run on through 2018 with the policy inputs of
 * those years (troops deployed, leader removals) known, and score the homicides the model projects for
 * Y+1..2018 against what INEGI counted, beside persistence (year Y carried forward). Nothing after 2018 is
 * read. Pure and deterministic.
 */
import { msg } from '../text/i18n.js';
import { HOMICIDES_INEGI, valueIn } from './history.js';
import { homicideLogChangeSd } from './assumptions.js';
import { yearMeanOf } from './constrain.js';
import { GENERATED } from './generated/model.gen.js';
import { MONTH_COUNT } from './history.js';
import {
  LAYOUT,
  P_THEORY,
  POOLED,
  THEORIES,
  buildPool,
  poolWeights,
  runHistory,
  type Pool,
  type TheoryId,
} from './pools.js';
import type { ParamSpec } from './sample.js';
import { quantileSorted } from './quantiles.js';

/** Years a hindcast may be constrained up to (at least three observed years, at least one left to test). */
export const HINDCAST_FIRST = 2009;
export const HINDCAST_LAST = 2017;

/** The hindcasts that score the theories, and the runs and seed they use. */
export const SCORED_UNTIL = [2012, 2014] as const;
export const HINDCAST_RUNS = 300;
export const HINDCAST_SEED = 'hindcast';

/** One test year of a hindcast. */
export interface HindcastYear {
  readonly year: number;
  readonly observed: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** A hindcast's rows and scores (percentages for the MAPEs; coverage as a share of test years). */
export interface Hindcast {
  readonly until: number;
  readonly theory: TheoryId | 'pooled';
  readonly runs: number;
  readonly seed: string;
  readonly years: readonly HindcastYear[];
  readonly mape: number;
  readonly persistence_mape: number;
  readonly coverage: number;
  /** For a pooled hindcast: each theory's share, from the hindcast two years earlier. */
  readonly weights?: Readonly<Record<TheoryId, number>>;
}

const NULL_STEP_POSITIONS: readonly number[] = GENERATED.parameters.flatMap((id, i) =>
  id.startsWith('null_step_') ? [i] : [],
);

/**
 * The specs of a hindcast to `until`: the persistence null's steps sized from the yearly changes observed up
 * to that year only, and the theory fixed (a theory's value, or POOLED).
 */
export function hindcastSpecs(specs: readonly ParamSpec[], until: number, theory: number): ParamSpec[] {
  const half = homicideLogChangeSd(until) * Math.sqrt(6);
  return specs.map((p, i) => {
    if (i === P_THEORY) return { value: theory, low: theory, high: theory, distribution: 'fixed' };
    if (NULL_STEP_POSITIONS.includes(i) && p.distribution !== 'fixed') return { ...p, low: -half, high: half };
    return p;
  });
}

/** Mean absolute percentage error of predictions against observations, in percent. */
export function mapeOf(rows: readonly { observed: number; predicted: number }[]): number {
  if (rows.length === 0) return Number.NaN;
  return (rows.reduce((s, r) => s + Math.abs(r.predicted - r.observed) / r.observed, 0) / rows.length) * 100;
}

/** Scores rows of a hindcast to `until`: MAPE of the median, persistence's MAPE, and P10–P90 coverage. */
export function scoreRows(
  years: readonly HindcastYear[],
  until: number,
): { mape: number; persistence_mape: number; coverage: number } {
  const last = valueIn(HOMICIDES_INEGI, until);
  if (last === undefined) throw new RangeError(msg.model.errors.noObservedHomicides(until));
  return {
    mape: mapeOf(years.map((y) => ({ observed: y.observed, predicted: y.p50 }))),
    persistence_mape: mapeOf(years.map((y) => ({ observed: y.observed, predicted: last }))),
    coverage:
      years.length === 0
        ? Number.NaN
        : years.filter((y) => y.observed >= y.p10 && y.observed <= y.p90).length / years.length,
  };
}

/** The yearly homicide bands of a pool's runs over the test years (observed years after `until`). */
export function testYearsOf(pool: Pool, until: number, last = 2018): HindcastYear[] {
  const tests = HOMICIDES_INEGI.filter((o) => o.year > until && o.year <= last);
  const values = tests.map(() => new Float64Array(pool.runs));
  const p = new Float64Array(pool.size);
  const out = new Float64Array(MONTH_COUNT * LAYOUT.nOut);
  for (let r = 0; r < pool.runs; r++) {
    p.set(pool.rows.subarray(r * pool.size, (r + 1) * pool.size));
    runHistory(p, out);
    for (const [i, o] of tests.entries())
      (values[i] as Float64Array)[r] = yearMeanOf(out, LAYOUT.nOut, LAYOUT.homicides, o.year);
  }
  return tests.map((o, i) => {
    const v = (values[i] as Float64Array).sort();
    return {
      year: o.year,
      observed: o.value,
      p10: quantileSorted(v, 0.1),
      p50: quantileSorted(v, 0.5),
      p90: quantileSorted(v, 0.9),
    };
  });
}

function checkUntil(until: number): void {
  if (!Number.isInteger(until) || until < HINDCAST_FIRST || until > HINDCAST_LAST) {
    throw new RangeError(msg.model.errors.hindcastYear(HINDCAST_FIRST, HINDCAST_LAST, until));
  }
}

/** Skill against persistence over some test years: 1 − MAPE / persistence MAPE. */
export function skillOf(score: { mape: number; persistence_mape: number }): number {
  return score.persistence_mape > 0 ? 1 - score.mape / score.persistence_mape : 0;
}

/**
 * Each causal theory's rolling-origin skill with information up to year `last` only: for every cutoff c from
 * HINDCAST_FIRST to `last` − 1, constrain on 2007..c and score c+1..`last`. The skill is 1 − the theory's
 * MAPEs summed over the cutoffs / persistence's MAPEs summed over them (a ratio of sums, so a cutoff where
 * persistence is nearly perfect cannot swamp the rest). Persistence itself scores 0 by definition.
 */
export function rollingSkill(
  specs: readonly ParamSpec[],
  last: number,
  opts: { runs: number; seed: string },
): Record<TheoryId, number> {
  return finish(rollingSkillSteps(specs, last, opts));
}

/** rollingSkill in steps: one pool built between two yields, so a caller can hand the event loop a turn. */
export function* rollingSkillSteps(
  specs: readonly ParamSpec[],
  last: number,
  opts: { runs: number; seed: string },
): Generator<void, Record<TheoryId, number>> {
  const key = `${opts.seed}\u0000${opts.runs}\u0000${last}\u0000${specs.map((p) => `${p.value},${p.low},${p.high},${p.distribution}`).join('|')}`;
  const known = skills.get(key);
  if (known !== undefined) return { ...known };
  const skill = { conflict: 0, fragmentation: 0, confrontation: 0, persistence: 0 } as Record<TheoryId, number>;
  for (const t of THEORIES) {
    if (t.id === 'persistence') continue;
    let model = 0;
    let persistence = 0;
    for (let c = HINDCAST_FIRST; c < last; c++) {
      const pool = buildPool(hindcastSpecs(specs, c, t.value), { seed: opts.seed, runs: opts.runs, until: c });
      const score = scoreRows(testYearsOf(pool, c, last), c);
      model += score.mape;
      persistence += score.persistence_mape;
      yield;
    }
    skill[t.id] = Number(skillOf({ mape: model, persistence_mape: persistence }).toFixed(4));
  }
  if (skills.size >= SKILL_ENTRIES) skills.delete(skills.keys().next().value as string);
  skills.set(key, skill);
  return { ...skill };
}

/** Runs a stepped computation to its end. */
function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}

/** Rolling skills already computed (they cost a dozen constrained pools each), oldest first. */
const skills = new Map<string, Record<TheoryId, number>>();
const SKILL_ENTRIES = 8;

/** Runs of each pool the rolling-origin skill is estimated from. */
export const SKILL_RUNS = 200;

/**
 * Hindcast to `until` for one theory or the pool. `specs` are a scenario's parameter specs (levers and
 * assumptions); the theory they name is replaced by the one asked for.
 */
export function hindcast(
  specs: readonly ParamSpec[],
  opts: { readonly until: number; readonly theory: TheoryId | 'pooled'; readonly runs: number; readonly seed: string },
): Hindcast {
  return finish(hindcastSteps(specs, opts));
}

/** hindcast in steps: one constrained pool between two yields (see rollingSkillSteps). */
export function* hindcastSteps(
  specs: readonly ParamSpec[],
  opts: { readonly until: number; readonly theory: TheoryId | 'pooled'; readonly runs: number; readonly seed: string },
): Generator<void, Hindcast> {
  checkUntil(opts.until);
  const { until, runs, seed } = opts;
  let weights: Record<TheoryId, number> | undefined;
  let value = POOLED;
  if (opts.theory === 'pooled')
    weights = poolWeights(yield* rollingSkillSteps(specs, until, { runs: SKILL_RUNS, seed }));
  else value = (THEORIES.find((t) => t.id === opts.theory) as (typeof THEORIES)[number]).value;
  const pool = buildPool(hindcastSpecs(specs, until, value), { seed, runs, until, ...(weights ? { weights } : {}) });
  yield;
  const years = testYearsOf(pool, until);
  return { until, theory: opts.theory, runs, seed, years, ...scoreRows(years, until), ...(weights ? { weights } : {}) };
}

/** Each theory's skill for the pooled projections: its rolling-origin skill with every observation to 2018. */
export function theorySkill(specs: readonly ParamSpec[]): Record<TheoryId, number> {
  return rollingSkill(specs, 2018, { runs: SKILL_RUNS, seed: HINDCAST_SEED });
}
