/**
 * The explorer's theory of violence and hindcast wired to the real model: which theory a scenario runs under
 * (instant, from the generated skill scores and the pool's shares), and its hindcast (one synchronous model
 * call, started one event-loop turn after it is asked for so the frame that says "computing" is drawn first).
 */
import { ASSUMPTIONS, POOLED, THEORIES, hindcastOf, poolWeights, resolveAssumptions, type TheoryId } from '../engine.js';
import { THEORY_ASSUMPTION } from '../model/pools.js';
import { THEORY_SKILL } from '../model/generated/theory-skill.gen.js';
import type { Scenario } from '../model/types.js';
import { yieldTurn } from './debate-engine.js';
import type { UiHindcast, UiTheory } from './engine-port.js';

/** The camp label of a theory (or of the pool), as the assumption lists it. */
function campLabel(id: string): string {
  return ASSUMPTIONS.find((a) => a.id === THEORY_ASSUMPTION)?.camps?.find((c) => c.id === id)?.label ?? id;
}

/** The theory `s` runs under: its camp (or a value the scenario fixes), skill, and the pool's shares. */
export function theoryOf(s: Scenario): UiTheory {
  const a = resolveAssumptions(s).find((x) => x.id === THEORY_ASSUMPTION);
  const value = a?.effective.value ?? POOLED;
  const one = THEORIES.find((t) => t.value === value);
  const weights = poolWeights();
  const skill = (id: TheoryId): number => THEORY_SKILL[id] ?? 0;
  if (one !== undefined) {
    return { id: one.id, label: campLabel(one.id), skill: skill(one.id), shares: [{ id: one.id, skill: skill(one.id), share: 1 }] };
  }
  const shares = THEORIES.filter((t) => weights[t.id] > 0)
    .map((t) => ({ id: t.id, skill: skill(t.id), share: weights[t.id] }))
    .sort((x, y) => y.share - x.share);
  return { id: 'pooled', label: campLabel('pooled'), shares };
}

/** The hindcast of `s` from `until` under a theory or the pool, after one event-loop turn. */
export async function hindcastFor(s: Scenario, opts: { readonly until: number; readonly theory: string }, signal?: AbortSignal): Promise<UiHindcast> {
  await yieldTurn(signal);
  const theory = opts.theory === 'pooled' ? 'pooled' : (THEORIES.find((t) => t.id === opts.theory)?.id ?? 'pooled');
  const h = hindcastOf(s, { until: opts.until, theory });
  return { until: h.until, theory: h.theory, years: h.years, mape: h.mape, persistence_mape: h.persistence_mape, coverage: h.coverage };
}
