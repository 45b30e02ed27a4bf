/**
 * How a scenario sets an assumption: a plain value fixes it (no run draws it); a value with a range is drawn
 * over that range. The engine, the fingerprint and the explorer all read overrides through here.
 */
import { type AssumptionId, idsOf, type Scenario } from './types.js';

/** A scenario's override of one assumption. */
export type AssumptionOverride =
  | { readonly kind: 'fixed'; readonly value: number }
  | { readonly kind: 'range'; readonly value: number; readonly low: number; readonly high: number };

/**
 * Returns how a scenario overrides an assumption, or undefined when it does not. A range is widened to
 * take in the value, so low ≤ value ≤ high always holds; a range without a value counts for nothing.
 */
export function assumptionOverride(s: Scenario, id: AssumptionId): AssumptionOverride | undefined {
  const value = Object.hasOwn(s.assumptions, id) ? s.assumptions[id] : undefined;
  if (value === undefined) return undefined;
  const r =
    s.assumptionRanges !== undefined && Object.hasOwn(s.assumptionRanges, id) ? s.assumptionRanges[id] : undefined;
  if (r === undefined) return { kind: 'fixed', value };
  return { kind: 'range', value, low: Math.min(r.low, value), high: Math.max(r.high, value) };
}

/** Returns a copy of a record without one key. */
function omit<K extends string, T>(r: Readonly<Partial<Record<K, T>>>, key: K): Partial<Record<K, T>> {
  const out: Partial<Record<K, T>> = {};
  for (const k of idsOf(r)) if (k !== key) out[k] = r[k];
  return out;
}

/** Returns the scenario without any override of an assumption (its value and its range). */
export function withoutOverride(s: Scenario, id: AssumptionId): Scenario {
  const { assumptionRanges, ...rest } = s;
  const ranges = assumptionRanges === undefined ? {} : omit(assumptionRanges, id);
  return {
    ...rest,
    assumptions: omit(s.assumptions, id),
    ...(Object.keys(ranges).length > 0 ? { assumptionRanges: ranges } : {}),
  };
}

/** Returns the scenario with an assumption fixed at a value (any range it had is dropped). */
export function withFixedValue(s: Scenario, id: AssumptionId, value: number): Scenario {
  const cleared = withoutOverride(s, id);
  return { ...cleared, assumptions: { ...cleared.assumptions, [id]: value } };
}
