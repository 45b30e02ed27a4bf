/**
 * What a scenario gets for what it leaves out: a lever it does not set takes its status-quo default, a file
 * without `runs` runs DEFAULT_RUNS. Every room reads these two rules from here.
 */
import type { Lever, Scenario } from './types.js';

/** Ensemble size of a scenario that names none (the status quo's, and a file's without `runs`). */
export const DEFAULT_RUNS = 1000;

/** A lever's value in a scenario: the scenario's setting, or the lever's status-quo default when it sets none. */
export function leverValue(s: Pick<Scenario, 'levers'>, lever: Pick<Lever, 'id' | 'default'>): number {
  return Object.hasOwn(s.levers, lever.id) ? (s.levers[lever.id] ?? lever.default) : lever.default;
}
