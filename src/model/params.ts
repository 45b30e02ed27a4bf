/**
 * The parameter vector of the generated model, described: one spec per entry, in the model's order
 * (assumptions drawn, then levers and run settings fixed). One place builds it for every caller.
 */
import { ASSUMPTIONS } from './assumptions.js';
import { LEVERS } from './levers.js';
import { GENERATED } from './generated/model.gen.js';
import type { ParamSpec } from './sample.js';
import type { Distribution, LeverId } from './types.js';

/** The last year of observations projections are constrained on and the persistence null reads. */
export const LAST_OBSERVED = 2018;

/** An assumption as a run draws it. */
export interface DrawSpec {
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly distribution: Distribution;
}

/**
 * Specs in the model's order from the assumptions' draw specs (by id), the levers' values (by id) and the
 * last observed year. Throws on a parameter none of them names.
 */
export function specsOf(
  assumptions: ReadonlyMap<string, DrawSpec>,
  levers: Readonly<Record<string, number>>,
  until: number = LAST_OBSERVED,
): ParamSpec[] {
  return GENERATED.parameters.map((id): ParamSpec => {
    const a = assumptions.get(id);
    if (a) return a;
    const v = id === 'observed_until' ? until : levers[id];
    // text-exempt: the generated model reads a parameter the registry lacks (a programming error).
    if (v === undefined) throw new Error(`parameter ${id} is neither an assumption, a lever nor a run setting`);
    return { value: v, low: v, high: v, distribution: 'fixed' };
  });
}

/** Every lever at its status-quo default. */
export function defaultLevers(): Record<LeverId, number> {
  return Object.fromEntries(LEVERS.map((l) => [l.id, l.default])) as Record<LeverId, number>;
}

/** The status quo's specs with every assumption at its default camp. */
export function defaultSpecs(): ParamSpec[] {
  return specsOf(
    new Map(ASSUMPTIONS.map((a) => [a.id, { value: a.value, low: a.low, high: a.high, distribution: a.distribution }])),
    defaultLevers(),
  );
}

/** Positions of the assumptions in the parameter vector. */
export const ASSUMPTION_POSITIONS: readonly number[] = (() => {
  const ids = new Set<string>(ASSUMPTIONS.map((a) => a.id));
  return GENERATED.parameters.flatMap((id, i) => (ids.has(id) ? [i] : []));
})();

/** Positions of the levers and run settings: the parameters a scenario sets exactly. */
export const FIXED_POSITIONS: readonly number[] = (() => {
  const ids = new Set<string>(ASSUMPTIONS.map((a) => a.id));
  return GENERATED.parameters.flatMap((id, i) => (ids.has(id) ? [] : [i]));
})();
