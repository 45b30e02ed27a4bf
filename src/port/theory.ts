/**
 * The explorer's theory of violence and hindcast wired to the real model: which theory a scenario runs under
 * (instant, from the generated skill scores and the pool's shares), and its hindcast (started one event-loop
 * turn after it is asked for, so the frame that says "computing" is drawn first, and yielding between pools).
 */
import { ASSUMPTIONS, POOLED, THEORIES, hindcastAsync, resolveAssumptions, theoryList } from './engine.js';
import { THEORY_ASSUMPTION } from '../model/pools.js';
import type { Scenario } from '../model/types.js';
import { yieldTurn } from './debate.js';
import type { HindcastView, TheoryInForce } from './engine-port.js';

/** The camp label of the pool, as the assumption lists it. */
function pooledLabel(): string {
  return ASSUMPTIONS.find((a) => a.id === THEORY_ASSUMPTION)?.camps?.find((c) => c.id === 'pooled')?.label ?? 'pooled';
}

/** The theory `s` runs under: its camp (or a value the scenario fixes), skill, and the pool's shares. */
export function theoryOf(s: Scenario): TheoryInForce {
  const a = resolveAssumptions(s).find((x) => x.id === THEORY_ASSUMPTION);
  const value = a?.effective.value ?? POOLED;
  const one = THEORIES.find((t) => t.value === value);
  const list = theoryList();
  const chosen = list.find((t) => t.id === one?.id);
  if (chosen !== undefined) {
    return {
      id: chosen.id,
      label: chosen.label,
      skill: chosen.skill,
      shares: [{ id: chosen.id, skill: chosen.skill, share: 1 }],
    };
  }
  const shares = list
    .filter((t) => t.share > 0)
    .map((t) => ({ id: t.id, skill: t.skill, share: t.share }))
    .sort((x, y) => y.share - x.share);
  return { id: 'pooled', label: pooledLabel(), shares };
}

/** The hindcast of `s` from `until` under a theory or the pool, handing the event loop a turn between its pools. */
export async function hindcastFor(
  s: Scenario,
  opts: { readonly until: number; readonly theory: string },
  signal?: AbortSignal,
): Promise<HindcastView> {
  await yieldTurn(signal);
  const theory = opts.theory === 'pooled' ? 'pooled' : (THEORIES.find((t) => t.id === opts.theory)?.id ?? 'pooled');
  const h = await hindcastAsync(s, { until: opts.until, theory }, signal);
  return {
    until: h.until,
    theory: h.theory,
    years: h.years,
    mape: h.mape,
    persistence_mape: h.persistence_mape,
    coverage: h.coverage,
  };
}
