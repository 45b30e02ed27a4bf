import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ASSUMPTIONS,
  LEVERS,
  MONTHS,
  OUTPUT_INDEX,
  runParameters,
  SCENARIO_START,
  clearHistoryCache,
  historyCacheStats,
  runEnsemble,
  runEnsembleAsync,
  statusQuo,
} from '../../src/port/engine.js';
import type { Band, EnsembleResult, Scenario } from '../../src/model/types.js';
import { bandsOf } from '../../src/model/ensemble.js';
import { GENERATED, runModel } from '../../src/model/generated/model.gen.js';
import { MONTH_COUNT } from '../../src/model/history.js';
import { MODEL_INPUTS } from '../../src/model/pools.js';
const OUTPUT_IDS: readonly string[] = GENERATED.outputs;

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

/** Computes an ensemble with no ensemble machinery: each run's kept parameters, run in full, then banded. */
function plain(s: Scenario, outputs: readonly string[]): EnsembleResult {
  const fill = runParameters(s, { runs: RUNS });
  const p = new Float64Array(GENERATED.parameters.length);
  const nOut = GENERATED.outputs.length;
  const out = new Float64Array(MONTH_COUNT * nOut);
  const raw: Record<string, Float64Array> = {};
  for (const id of outputs) raw[id] = new Float64Array(RUNS * MONTH_COUNT);
  for (let r = 0; r < RUNS; r++) {
    fill(r, p);
    runModel(p, MODEL_INPUTS, out);
    for (const id of outputs) {
      const k = OUTPUT_INDEX[id]!;
      const store = raw[id]!;
      for (let m = 0; m < MONTH_COUNT; m++) store[m * RUNS + r] = out[m * nOut + k]!;
    }
  }
  return { months: MONTHS, runs: RUNS, seed: s.seed, bands: bandsOf(raw, RUNS, MONTH_COUNT) };
}

/** Lever settings drawn over each lever's whole range: on its grid, or anywhere between min and max. */
const leverSettings = fc.record(
  Object.fromEntries(
    LEVERS.map((l) => [
      l.id,
      fc.oneof(
        fc
          .integer({ min: 0, max: Math.round((l.max - l.min) / l.step) })
          .map((k) => Math.min(l.max, l.min + k * l.step)),
        fc.double({ min: l.min, max: l.max, noNaN: true }),
      ),
    ]),
  ),
);

describe('2019 checkpoints', () => {
  it('start warm runs at 2019 and give byte-identical bands to a cold full computation, for random levers', async () => {
    const settings = fc.sample(leverSettings, { seed: 2019, numRuns: 12 });
    const scenarios = settings.map((levers): Scenario => ({ ...sq, levers }));
    const all = 3;
    const expected = scenarios.map((s, i) => fresh(s, i < all ? undefined : OUTPUTS));
    // The cold computation is itself the plain one: every run in full, banded without any cache.
    for (const i of [0, all]) expectSame(plain(scenarios[i]!, i < all ? OUTPUT_IDS : OUTPUTS), expected[i]!);
    runEnsemble(sq, { runs: RUNS, outputs: OUTPUTS });
    runEnsemble(sq, { runs: RUNS });
    expect(historyCacheStats().checkpoints).toBe(1);
    for (let i = 0; i < scenarios.length; i++) {
      const resumes = historyCacheStats().resumes;
      const outputs = i < all ? {} : { outputs: OUTPUTS };
      const got =
        i % 2 === 0
          ? runEnsemble(scenarios[i]!, { runs: RUNS, ...outputs })
          : await runEnsembleAsync(scenarios[i]!, { runs: RUNS, chunk: 50, ...outputs });
      expectSame(got, expected[i]!);
      expect(historyCacheStats().resumes).toBe(resumes + 1);
    }
  });

  it('run every month when the leading months of an output are not cached, and stay exact', () => {
    const s = nudged(sq, 2);
    const expected = fresh(s);
    runEnsemble(sq, { runs: RUNS, outputs: OUTPUTS });
    const resumes = historyCacheStats().resumes;
    expectSame(runEnsemble(s, { runs: RUNS }), expected);
    expect(historyCacheStats().resumes).toBe(resumes);
    // Now every output's history is cached: the next one resumes.
    expectSame(runEnsemble(s, { runs: RUNS }), expected);
    expect(historyCacheStats().resumes).toBe(resumes + 1);
  });

  it('keeps checkpoints only for complete ensembles of at most 2,000 runs', async () => {
    clearHistoryCache();
    const controller = new AbortController();
    await runEnsembleAsync(sq, { runs: RUNS, chunk: 50, outputs: OUTPUTS, signal: controller.signal });
    expect(historyCacheStats().checkpoints).toBe(1);
    clearHistoryCache();
    const aborting = runEnsembleAsync(sq, { runs: RUNS, chunk: 50, outputs: OUTPUTS, signal: controller.signal });
    controller.abort();
    await expect(aborting).rejects.toThrow();
    expect(historyCacheStats().checkpoints).toBe(0);
    runEnsemble(sq, { runs: 2001, outputs: ['homicides'] });
    expect(historyCacheStats().checkpoints).toBe(0);
    clearHistoryCache();
  });
});
