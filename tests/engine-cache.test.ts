import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  LEVERS,
  SCENARIO_START,
  clearHistoryCache,
  historyCacheStats,
  runEnsemble,
  runEnsembleAsync,
  statusQuo,
} from '../src/engine.js';
import type { Band, EnsembleResult, Scenario } from '../src/model/types.js';

const KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;
const OUTPUTS = ['cartel_revenue', 'homicides'] as const;
const RUNS = 240;
const sq = statusQuo();

const bytes = (x: Float64Array): Uint8Array => new Uint8Array(x.buffer, x.byteOffset, x.byteLength);

/** Asserts two ensemble results have byte-identical bands. */
function expectSame(a: EnsembleResult, b: EnsembleResult): void {
  expect(Object.keys(a.bands).sort()).toEqual(Object.keys(b.bands).sort());
  for (const id of Object.keys(a.bands)) {
    for (const k of KEYS) expect(bytes((a.bands[id] as Band)[k])).toEqual(bytes((b.bands[id] as Band)[k]));
  }
}

/** The scenario with lever i moved one step (down at its top). */
function nudged(s: Scenario, i: number): Scenario {
  const l = LEVERS[i % LEVERS.length]!;
  const v = s.levers[l.id] ?? l.default;
  const next = v + l.step <= l.max ? v + l.step : v - l.step;
  return { ...s, levers: { ...s.levers, [l.id]: next } };
}

/** Runs an ensemble with an empty history cache (a full computation), leaving the cache empty. */
function fresh(s: Scenario, outputs?: readonly string[]): EnsembleResult {
  clearHistoryCache();
  const r = runEnsemble(s, { runs: RUNS, ...(outputs ? { outputs } : {}) });
  clearHistoryCache();
  return r;
}

describe('history-band cache', () => {
  it('gives byte-identical bands to a full computation for every lever moved, reusing the history', async () => {
    const expected = LEVERS.map((_, i) => fresh(nudged(sq, i), OUTPUTS));
    await runEnsembleAsync(sq, { runs: RUNS, outputs: OUTPUTS });
    const before = historyCacheStats();
    for (let i = 0; i < LEVERS.length; i++) {
      const got = await runEnsembleAsync(nudged(sq, i), { runs: RUNS, outputs: OUTPUTS, chunk: 64 });
      expectSame(got, expected[i]!);
    }
    const after = historyCacheStats();
    // Every lever acts from 2019 on, so every lookup hits.
    expect(after.hits - before.hits).toBe(LEVERS.length * OUTPUTS.length);
    expect(after.misses).toBe(before.misses);
  });

  it('keeps the history the same whichever lever moved (what makes the cache pay)', () => {
    const a = fresh(sq, OUTPUTS);
    const b = fresh(nudged(nudged(sq, 0), 3), OUTPUTS);
    for (const id of OUTPUTS) {
      const x = a.bands[id]!.p50;
      const y = b.bands[id]!.p50;
      expect(bytes(x.subarray(0, SCENARIO_START))).toEqual(bytes(y.subarray(0, SCENARIO_START)));
      expect(Array.from(x.subarray(SCENARIO_START))).not.toEqual(Array.from(y.subarray(SCENARIO_START)));
    }
  });

  it('does not reuse across assumptions, seeds or run counts, and stays exact there', () => {
    const a = ASSUMPTIONS.find((x) => x.distribution !== 'fixed' && x.high > x.low)!;
    const changed: Scenario = { ...sq, assumptions: { [a.id]: (a.value + a.high) / 2 } };
    const variants: [Scenario, number, string][] = [
      [changed, RUNS, sq.seed],
      [sq, RUNS, 'another seed'],
      [sq, RUNS + 1, sq.seed],
    ];
    const expected = variants.map(([s, runs, seed]) => {
      clearHistoryCache();
      return runEnsemble(s, { runs, seed, outputs: OUTPUTS });
    });
    clearHistoryCache();
    runEnsemble(sq, { runs: RUNS, outputs: OUTPUTS });
    variants.forEach(([s, runs, seed], i) => {
      const hits = historyCacheStats().hits;
      expectSame(runEnsemble(s, { runs, seed, outputs: OUTPUTS }), expected[i]!);
      expect(historyCacheStats().hits).toBe(hits);
    });
  });

  it('gives the same bands for every output, sync and chunked, with the cache warm', async () => {
    const s = nudged(sq, 1);
    const full = fresh(s);
    runEnsemble(sq, { runs: RUNS });
    const hits = historyCacheStats().hits;
    expectSame(runEnsemble(s, { runs: RUNS }), full);
    expectSame(await runEnsembleAsync(s, { runs: RUNS, chunk: 100 }), full);
    expect(historyCacheStats().hits).toBeGreaterThan(hits);
  });
});
