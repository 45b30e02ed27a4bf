/**
 * A pool rebuilt from its kept candidates (what the one-file page carries) is the pool the rejection loop
 * builds: the same rows, fits and stats, so the same ensemble; and the page carries one for its own camps and
 * for every single camp move from them.
 */
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  addKnownPools,
  keptPoolsOf,
  poolOf,
  poolReadyFor,
  runEnsemble,
  statusQuo,
} from '../../src/port/engine.js';
import { clearPools, type KeptPool } from '../../src/model/pools.js';
import { pagePools, poolsReady, type PageData } from '../../src/port/page-app.js';
import type { Scenario } from '../../src/model/types.js';

const withCamp = (s: Scenario, id: string, camp: string): Scenario => ({ ...s, camps: { ...s.camps, [id]: camp } });

/** Plain copies of a pool's parts, to compare pools built at different times. */
function partsOf(s: Scenario) {
  const p = poolOf(s);
  return { rows: Array.from(p.rows), rms: Array.from(p.rms), stats: p.stats, runs: p.runs };
}

describe('pools known by their kept candidates', () => {
  for (const [id, camp] of [
    ['substitution', 'none'],
    ['violence_theory', 'conflict'],
  ] as const) {
    it(`rebuild the pool of ${id}=${camp} exactly, without the rejection loop`, () => {
      const s = { ...withCamp(statusQuo(), id, camp), runs: 60, seed: 'kept' };
      clearPools();
      const fresh = partsOf(s);
      const bands = runEnsemble(s).bands;
      const kept: KeptPool[] = JSON.parse(JSON.stringify(keptPoolsOf(s)));
      expect(kept.reduce((n, k) => n + k.kept.length, 0)).toBe(60);

      clearPools();
      expect(poolReadyFor(s)).toBe(false);
      addKnownPools(kept);
      expect(poolReadyFor(s)).toBe(true);
      expect(partsOf(s)).toEqual(fresh);
      expect(runEnsemble(s).bands).toEqual(bands);

      // The rows really come from the kept candidates: other candidates give other rows.
      clearPools();
      addKnownPools(kept.map((k) => ({ ...k, kept: k.kept.map((j) => j + 1) })));
      expect(partsOf(s).rows).not.toEqual(fresh.rows);
      clearPools();
    });
  }

  it('the page carries the pools of its camps and of every single camp move, for both scenarios', () => {
    const scenario = { ...statusQuo(), name: 'A', levers: { guard_size: 50_000 }, runs: 30, seed: 'page' };
    const reference = { ...statusQuo(), runs: 30, seed: 'page' };
    clearPools();
    const pools: KeptPool[] = JSON.parse(JSON.stringify(pagePools(scenario, reference)));
    clearPools();
    addKnownPools(pools);
    const data = { lang: 'en', scenario, reference, yamlFile: 'a.yaml' } as PageData;
    const none = { levers: {}, camps: {} };
    expect(poolsReady(data, none)).toBe(true);
    for (const a of ASSUMPTIONS)
      for (const c of a.camps ?? []) expect(poolsReady(data, { ...none, camps: { [a.id]: c.id } })).toBe(true);
    // Two moves at once are not carried (they are built in the page, after a "computing" state).
    expect(poolsReady(data, { ...none, camps: { substitution: 'none', violence_theory: 'conflict' } })).toBe(false);
    clearPools();
  }, 60_000);
});
