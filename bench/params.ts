/**
 * Parameter sets and comparison helpers shared by the benchmark and its equality tests: scenario
 * parameters in the generated model's order (the central run, the runs an ensemble uses, or raw draws over
 * the assumptions' ranges), the model's input series, and the largest relative difference between two
 * output buffers.
 */
import type { Scenario } from '../src/model/types.js';
import { CENTRAL_SEED, LEVERS, paramSpecs, poolOf, statusQuo } from '../src/port/engine.js';
import { GENERATED } from '../src/model/generated/model.gen.js';
import {
  CENTRAL_RUNS,
  MODEL_INPUTS,
  P_THEORY,
  THEORIES,
  centralRow,
  historyFreePositions,
} from '../src/model/pools.js';
import { FIXED_POSITIONS } from '../src/model/params.js';
import { compileSampler, type ParamSpec } from '../src/model/sample.js';
import { runStream } from '../src/model/rng.js';

/** A run function with the generated model's signature. */
export type RunFn = (p: Float64Array, inp: readonly Float64Array[], out: Float64Array) => void;

/** Months simulated and outputs per month, from the generated layout. */
export const MONTHS = GENERATED.months;
export const N_OUT = GENERATED.outputs.length;
export const N_PARAMS = GENERATED.parameters.length;

/** The model's input series (troops, leader removals, observed homicides), the ones the engine runs with. */
export const INPUTS: readonly Float64Array[] = MODEL_INPUTS;

/** Returns the engine's parameter specs of a scenario (assumptions drawn, levers fixed), in the generated order. */
export function scenarioParamSpecs(s: Scenario): ParamSpec[] {
  return paramSpecs(s);
}

/**
 * The parameters of a scenario's central run, rebuilt from the pieces the engine documents: the best-fitting
 * run of the scenario's CENTRAL_RUNS-run constrained pool drawn with the central seed, with the assumptions that act only from
 * 2019, the levers and the run settings at their spec values.
 */
export function centralParams(s: Scenario): Float64Array {
  const specs = scenarioParamSpecs(s);
  const p = centralRow(poolOf(s, { runs: CENTRAL_RUNS, seed: CENTRAL_SEED }));
  for (const i of [...historyFreePositions(), ...FIXED_POSITIONS]) p[i] = specs[i]!.value;
  return p;
}

/**
 * The parameters of runs [first, first + count) of a scenario's `runs`-run ensemble with this seed, drawn as
 * the engine draws them: the constrained pool's row, then the assumptions that act only from 2019 from the
 * run's own "from 2019" stream, then the levers and run settings. `runs` defaults to first + count (the
 * pool of a smaller ensemble can differ from the first rows of a larger one when the candidate budget differs).
 */
export function sampledParams(
  s: Scenario,
  seed: string,
  count: number,
  first = 0,
  runs = first + count,
): Float64Array[] {
  const specs = scenarioParamSpecs(s);
  const pool = poolOf(s, { runs, seed });
  const sampler = compileSampler(specs);
  const free = historyFreePositions();
  const later = new Float64Array(N_PARAMS);
  const sets: Float64Array[] = [];
  for (let r = first; r < first + count; r++) {
    const p = pool.rows.slice(r * pool.size, (r + 1) * pool.size);
    sampler.draw(runStream(`${seed}\u0000from 2019`, r), later);
    for (const i of free) p[i] = later[i]!;
    for (const i of FIXED_POSITIONS) p[i] = specs[i]!.value;
    sets.push(p);
  }
  return sets;
}

/**
 * Draws `count` parameter vectors of a scenario over the assumptions' full ranges, with no history
 * constraint (draw r from runStream(seed, r)), cycling the theory of violence through every theory so that
 * every branch of the equations runs, including draws the constraint would reject.
 */
export function priorParams(s: Scenario, seed: string, count: number): Float64Array[] {
  const sampler = compileSampler(scenarioParamSpecs(s));
  const sets: Float64Array[] = [];
  for (let r = 0; r < count; r++) {
    const p = new Float64Array(N_PARAMS);
    sampler.draw(runStream(seed, r), p);
    p[P_THEORY] = THEORIES[r % THEORIES.length]!.value;
    sets.push(p);
  }
  return sets;
}

/** The same parameters once under each theory of violence. */
export function underEveryTheory(p: Float64Array): Float64Array[] {
  return THEORIES.map((t) => {
    const q = p.slice();
    q[P_THEORY] = t.value;
    return q;
  });
}

/**
 * A scenario with every lever moved off its status-quo default (toggles on, years a year after the
 * earliest, numbers at mid-range), so that every branch of the equations is exercised.
 */
export function allLeversScenario(): Scenario {
  const levers: Record<string, number> = {};
  for (const l of LEVERS) {
    if (l.control === 'toggle') levers[l.id] = l.max;
    else if (l.control === 'year') levers[l.id] = Math.min(l.max, l.min + 1);
    else levers[l.id] = (l.min + l.max) / 2;
  }
  return { ...statusQuo(), name: 'All levers', levers };
}

/** Where two output buffers differ most. */
export interface Difference {
  /** Largest relative difference over every output and month. */
  readonly max: number;
  readonly output: string;
  readonly month: number;
  readonly a: number;
  readonly b: number;
}

/**
 * Measures the largest relative difference |a − b| / max(|a|, |b|, 1e-12 × the output's largest |a|)
 * between two buffers in the generated layout (the floor keeps values that cross zero from dividing by
 * nothing). NaN on either side where the other is not NaN counts as an infinite difference.
 */
export function maxRelativeDifference(a: Float64Array, b: Float64Array): Difference {
  let worst: Difference = { max: 0, output: GENERATED.outputs[0]!, month: 0, a: a[0]!, b: b[0]! };
  for (let k = 0; k < N_OUT; k++) {
    let scale = 0;
    for (let m = 0; m < MONTHS; m++) scale = Math.max(scale, Math.abs(a[m * N_OUT + k]!));
    const floor = Math.max(1e-12 * scale, Number.MIN_VALUE);
    for (let m = 0; m < MONTHS; m++) {
      const x = a[m * N_OUT + k]!;
      const y = b[m * N_OUT + k]!;
      let d: number;
      if (Number.isNaN(x) || Number.isNaN(y)) d = Number.isNaN(x) && Number.isNaN(y) ? 0 : Infinity;
      else d = x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), floor);
      if (d > worst.max) worst = { max: d, output: GENERATED.outputs[k]!, month: m, a: x, b: y };
    }
  }
  return worst;
}
