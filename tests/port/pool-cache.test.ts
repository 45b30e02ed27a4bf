/**
 * The explorer asks for a 200-run preview, then the 1,000-run ensemble, after every lever change: both must
 * come from one constrained pool, kept once, with exactly the runs a fresh pool of each size would have.
 */
import { describe, expect, it } from 'vitest';
import { paramSpecs, poolOf, statusQuo } from '../../src/port/engine.js';
import { buildPool, clearPools } from '../../src/model/pools.js';

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
