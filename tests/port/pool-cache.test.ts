/**
 * The explorer asks for a 200-run preview, then the 1,000-run ensemble, after every lever change: both must
 * come from one constrained pool, kept once, with exactly the runs a fresh pool of each size would have.
 */
import { describe, expect, it } from 'vitest';
import { CENTRAL_SEED, paramSpecs, poolOf, statusQuo } from '../../src/port/engine.js';
import {
  CENTRAL_RUNS,
  buildPool,
  cachedCentralRow,
  centralRow,
  clearPools,
  historyFreePositions,
} from '../../src/model/pools.js';
import { ASSUMPTION_POSITIONS } from '../../src/model/params.js';
import type { Scenario } from '../../src/model/types.js';

describe('the pool cache', () => {
  it('serves the preview from the larger pool and keeps both sizes, with the runs of fresh pools', () => {
    clearPools();
    const sq = statusQuo();
    const big = poolOf(sq, { runs: 1000, seed: 'cache' });
    const small = poolOf(sq, { runs: 200, seed: 'cache' });
    expect(small).toBe(big);
    expect(poolOf({ ...sq, levers: { guard_size: 50_000 } }, { runs: 1000, seed: 'cache' })).toBe(big);
    const fresh = buildPool(paramSpecs(sq), { seed: 'cache', runs: 200 });
    expect(Array.from(small.rows.subarray(0, 200 * small.size))).toEqual(Array.from(fresh.rows));
    // Asked in the other order, the small pool stays and the large one is built beside it.
    clearPools();
    const first = poolOf(sq, { runs: 200, seed: 'cache' });
    const then = poolOf(sq, { runs: 1000, seed: 'cache' });
    expect(then.runs).toBe(1000);
    expect(poolOf(sq, { runs: 200, seed: 'cache' })).toBe(first);
    expect(poolOf(sq, { runs: 1000, seed: 'cache' })).toBe(then);
  });
});

describe('the central row', () => {
  // The evidence sets move camps, so each combination has its own central run; it is chosen from one theory's
  // draws only, and must be the row the whole pool would give.
  const settings: readonly Scenario['camps'][] = [
    {},
    { vacuum_effect: 'no_vacuum' },
    { violence_theory: 'conflict' },
    { violence_theory: 'persistence' },
    { violence_theory: 'fragmentation', vacuum_effect: 'no_vacuum' },
  ];
  it('is the best-fitting run of the whole central pool, for pooled and single theories', () => {
    for (const camps of settings) {
      clearPools();
      const specs = paramSpecs({ ...statusQuo(), camps });
      const positions = ASSUMPTION_POSITIONS.filter((i) => !historyFreePositions().includes(i));
      const whole = centralRow(buildPool(specs, { seed: CENTRAL_SEED, runs: CENTRAL_RUNS }));
      expect(Array.from(cachedCentralRow(specs, positions, CENTRAL_SEED))).toEqual(Array.from(whole));
      // A second call is answered from the cache with the same row, and a copy the caller may change.
      const again = cachedCentralRow(specs, positions, CENTRAL_SEED);
      expect(Array.from(again)).toEqual(Array.from(whole));
      again.fill(0);
      expect(Array.from(cachedCentralRow(specs, positions, CENTRAL_SEED))).toEqual(Array.from(whole));
    }
  });
});
