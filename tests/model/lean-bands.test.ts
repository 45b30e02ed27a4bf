import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  LEVERS,
  PARALLEL_RUNS,
  computedInPasses,
  paramSpecs,
  runEnsemble,
  runEnsembleLean,
  statusQuo,
} from '../../src/port/engine.js';

const REGISTRY = { levers: LEVERS, assumptions: ASSUMPTIONS };
import { loadScenarioFile } from '../../src/scenario/scenario-files.js';
import {
  COLLECT_MAX,
  PassAccumulator,
  PassStorage,
  leanBandSteps,
  leanBandsSync,
  mergeResults,
  type LeanStats,
  type PassPlan,
} from '../../src/model/lean-bands.js';
import { bandsFromEnsemble } from '../../src/model/quantiles.js';
import { buildPool } from '../../src/model/pools.js';
import { createRng } from '../../src/model/rng.js';
import type { Band, Scenario } from '../../src/model/types.js';

const QS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

function bytes(a: Float64Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function expectSameBands(a: Record<string, Band>, b: Record<string, Band>): void {
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const id of Object.keys(a)) {
    for (const q of QS) expect(bytes((a[id] as Band)[q]).equals(bytes((b[id] as Band)[q])), `${id} ${q}`).toBe(true);
  }
}

async function platform(): Promise<Scenario> {
  const loaded = await loadScenarioFile(
    join(import.meta.dirname, '..', '..', 'scenarios', 'platform-2018.yaml'),
    REGISTRY,
  );
  if (!loaded.ok) throw new Error('platform-2018 did not load');
  return loaded.scenario;
}

/** Lean bands of step-major columns (one output), one pass at a time on this thread. */
function leanOfColumns(
  ens: Float64Array,
  runs: number,
  months: number,
  budget?: { histograms: number; values: number },
  stats?: LeanStats,
): Band {
  const steps = leanBandSteps(1, months, runs, (c) => c, budget, stats);
  const [band] = leanBandsSync(steps, (plan) => {
    const acc = new PassAccumulator(plan);
    const out = new Float64Array(months);
    for (let r = 0; r < runs; r++) {
      for (let m = 0; m < months; m++) out[m] = ens[m * runs + r] as number;
      acc.add(out);
    }
    return acc.result;
  });
  return band as Band;
}

describe('bands in passes (bounded memory)', () => {
  it('finds exactly the sorted order statistics: ties, zeros of both signs, NaN, heavy tails, constants', () => {
    const rng = createRng('lean columns');
    for (const runs of [1, 2, 7, 199, 200, 1000, 4321]) {
      const months = 8;
      const ens = new Float64Array(runs * months);
      for (let r = 0; r < runs; r++) {
        const u = rng();
        ens[0 * runs + r] = u;
        ens[1 * runs + r] = Math.exp(30 * u); // heavy tail
        ens[2 * runs + r] = Math.round(u * 3) - 1; // ties
        ens[3 * runs + r] = u < 0.5 ? -0 : 0; // zeros of both signs
        ens[4 * runs + r] = u < 0.05 ? Number.NaN : u * 1e-300; // NaN and tiny
        ens[5 * runs + r] = 42; // constant
        ens[6 * runs + r] = u < 0.999 ? 1 : 1e300; // one outlier
        ens[7 * runs + r] = -u * 1e6;
      }
      const expected = bandsFromEnsemble(ens, runs, months);
      const got = leanOfColumns(ens, runs, months);
      for (const q of QS) expect(bytes(got[q]).equals(bytes(expected[q])), `${runs} runs ${q}`).toBe(true);
    }
  });

  it('holds no more than its budget per pass, however small, and still gives the exact bands', () => {
    const rng = createRng('lean budget');
    const runs = 3000;
    const months = 40;
    const ens = new Float64Array(runs * months);
    for (let i = 0; i < ens.length; i++) ens[i] = Math.exp(4 * rng());
    const stats: LeanStats = { passes: 0, maxHistograms: 0, maxValues: 0 };
    const budget = { histograms: 5, values: 2000 };
    const got = leanOfColumns(ens, runs, months, budget, stats);
    const expected = bandsFromEnsemble(ens, runs, months);
    for (const q of QS) expect(bytes(got[q]).equals(bytes(expected[q]))).toBe(true);
    expect(stats.maxHistograms).toBeLessThanOrEqual(budget.histograms);
    expect(stats.maxValues).toBeLessThanOrEqual(Math.max(budget.values, COLLECT_MAX));
    // Smaller budgets take more passes, never more memory.
    expect(stats.passes).toBeGreaterThan(5);
  });

  it('gives the same bands with memory reused from pass to pass and parts merged in place', () => {
    const rng = createRng('lean storage');
    const runs = 2500;
    const months = 30;
    const ens = new Float64Array(runs * months);
    for (let i = 0; i < ens.length; i++) ens[i] = rng() < 0.01 ? Number.NaN : Math.exp(6 * rng()) - 20;
    const budget = { histograms: 7, values: 3000 };
    const expected = bandsFromEnsemble(ens, runs, months);
    // Three ranges of runs, each accumulated into its own reused storage, merged into the first.
    const stores = [new PassStorage(), new PassStorage((n) => new SharedArrayBuffer(n)), new PassStorage()];
    const cuts = [0, 700, 1900, runs];
    let passes = 0;
    const [got] = leanBandsSync(
      leanBandSteps(1, months, runs, (c) => c, budget),
      (plan) => {
        passes++;
        const parts = stores.map((store, t) => {
          const acc = new PassAccumulator(plan, store);
          const out = new Float64Array(months);
          for (let r = cuts[t] as number; r < (cuts[t + 1] as number); r++) {
            for (let m = 0; m < months; m++) out[m] = ens[m * runs + r] as number;
            acc.add(out);
          }
          return acc.result;
        });
        return mergeResults(plan, parts);
      },
    );
    expect(passes).toBeGreaterThan(3);
    for (const q of QS) expect(bytes((got as Band)[q]).equals(bytes(expected[q])), q).toBe(true);
  });

  it('holds summaries, not runs: a pass at 100,000 runs is a few MB whatever the run count', () => {
    // The first pass of a whole ensemble: three numbers per column (23 outputs × 288 months).
    const steps = leanBandSteps(23, 288, 100_000, (c) => c);
    const first = steps.next();
    expect(first.done).toBe(false);
    const acc = new PassAccumulator(first.value as PassPlan);
    const held =
      acc.result.counts.byteLength +
      acc.result.mins.byteLength +
      acc.result.maxs.byteLength +
      acc.result.values.byteLength;
    expect(held).toBeLessThan(1_000_000);
  });

  it('gives the bands the in-memory ensemble gives (status quo and platform-2018, 3,000 runs)', async () => {
    for (const s of [statusQuo(), await platform()]) {
      const memory = runEnsemble(s, { runs: 3000, seed: 'lean' });
      const lean = runEnsembleLean(s, { runs: 3000, seed: 'lean', threads: 1 });
      expectSameBands(lean.bands, memory.bands);
    }
  }, 120_000);

  it('gives the same bytes on one thread and on two (6,000 runs, the pool included)', async () => {
    expect(6000).toBeGreaterThanOrEqual(PARALLEL_RUNS);
    const s = await platform();
    const specs = paramSpecs(s);
    const one = buildPool(specs, { seed: 'threads', runs: 6000, threads: 1 });
    const two = buildPool(specs, { seed: 'threads', runs: 6000, threads: 2 });
    expect(bytes(two.rows).equals(bytes(one.rows))).toBe(true);
    expect(bytes(two.rms).equals(bytes(one.rms))).toBe(true);
    expect(two.stats).toEqual(one.stats);
    // Large pools sit in shared memory, so the workers read their rows without a copy per worker.
    expect(two.rows.buffer).toBeInstanceOf(SharedArrayBuffer);
    const a = runEnsembleLean(s, { runs: 6000, seed: 'threads', threads: 1 });
    const b = runEnsembleLean(s, { runs: 6000, seed: 'threads', threads: 2 });
    expectSameBands(b.bands, a.bands);
    // Another ensemble on the threads hands the workers other runs and reuses the pass memory; then the
    // first one again gives the same bytes.
    const q = statusQuo();
    const c = runEnsembleLean(q, { runs: 6000, seed: 'threads', threads: 2 });
    const d = runEnsembleLean(q, { runs: 6000, seed: 'threads', threads: 1 });
    expectSameBands(c.bands, d.bands);
    expectSameBands(runEnsembleLean(s, { runs: 6000, seed: 'threads', threads: 2 }).bands, a.bands);
  }, 360_000);

  it('computes in passes only ensembles from PARALLEL_RUNS runs that would not fit in memory', () => {
    expect(computedInPasses({ runs: PARALLEL_RUNS - 1 })).toBe(false);
    expect(computedInPasses({ runs: 6000 })).toBe(true);
    expect(computedInPasses({ runs: 100_000, outputs: ['homicides'] })).toBe(true);
    expect(computedInPasses({ runs: 10_000, outputs: ['homicides', 'cartel_revenue'] })).toBe(false);
  });
});
