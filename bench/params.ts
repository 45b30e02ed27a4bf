/**
 * Parameter sets and comparison helpers shared by the benchmark and its equality tests: scenario
 * parameters in the generated model's order (central or drawn), the troops input, anchored runs of any
 * run function, and the largest relative difference between two output buffers.
 */
import type { Scenario } from '../src/model/types.js';
import { LEVERS, anchorOutputs, paramSpecs, statusQuo } from '../src/engine.js';
import { GENERATED } from '../src/model/generated/model.gen.js';
import { TROOPS_SEDENA, monthlyFromYearly } from '../src/model/history.js';
import { compileSampler, type ParamSpec } from '../src/model/sample.js';
import { runStream } from '../src/model/rng.js';

/** A run function with the generated model's signature. */
export type RunFn = (p: Float64Array, inp: readonly Float64Array[], out: Float64Array) => void;

/** Months simulated and outputs per month, from the generated layout. */
export const MONTHS = GENERATED.months;
export const N_OUT = GENERATED.outputs.length;
export const N_PARAMS = GENERATED.parameters.length;

/** The model's one input series (troops history), as the engine builds it. */
export const INPUTS: readonly Float64Array[] = [monthlyFromYearly(TROOPS_SEDENA)];

/** Returns the engine's parameter specs of a scenario (assumptions drawn, levers fixed), in the generated order. */
export function scenarioParamSpecs(s: Scenario): ParamSpec[] {
  return paramSpecs(s);
}

/** The central parameter vector of a scenario. */
export function centralParams(s: Scenario): Float64Array {
  return new Float64Array(scenarioParamSpecs(s).map((x) => x.value));
}

/** Draws `count` parameter vectors of a scenario, run r from the engine's stream (seed, r). */
export function sampledParams(s: Scenario, seed: string, count: number, first = 0): Float64Array[] {
  const sampler = compileSampler(scenarioParamSpecs(s));
  const sets: Float64Array[] = [];
  for (let r = first; r < first + count; r++) {
    const p = new Float64Array(N_PARAMS);
    sampler.draw(runStream(seed, r), p);
    sets.push(p);
  }
  return sets;
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

/**
 * Runs any model function anchored to 2018 homicides exactly as the engine's `runAnchored` does: one run,
 * then the engine's own anchoring applied to the outputs.
 */
export function runAnchoredWith(run: RunFn, p: Float64Array, inp: readonly Float64Array[], out: Float64Array): void {
  run(p, inp, out);
  anchorOutputs(p, out);
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
