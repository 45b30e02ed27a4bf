import { describe, expect, it } from 'vitest';
import {
  centralParams,
  isAbortError,
  runEnsembleChunked,
  runEnsembleRawSync,
  runEnsembleSync,
  runOnce,
  type EnsembleModel,
  type RunFn,
} from '../../src/model/ensemble.js';
import type { ParamSpec } from '../../src/model/sample.js';
import type { Band } from '../../src/model/types.js';

const MONTHS = 24;

/**
 * Toy model: a stock growing at a sampled monthly rate from a sampled start, scaled by an input
 * series; outputs 'stock' and 'flow' (the month's growth).
 */
const toyRun: RunFn = (p, inp, out) => {
  const rate = p[0]!;
  let stock = p[1]!;
  const scale = p[2]!;
  const input = inp[0]!;
  for (let m = 0; m < MONTHS; m++) {
    const flow = stock * rate * input[m]!;
    stock += flow;
    out[m * 2] = stock * scale;
    out[m * 2 + 1] = flow;
  }
};

const toyParams: ParamSpec[] = [
  { value: 0.02, low: 0, high: 0.05, distribution: 'pert' },
  { value: 100, low: 50, high: 200, distribution: 'loguniform' },
  { value: 1, low: 1, high: 1, distribution: 'fixed' },
];

/** Builds the toy model, optionally wrapping the run function. */
function toyModel(run: RunFn = toyRun): EnsembleModel {
  return {
    run,
    parameters: toyParams,
    inputs: [Float64Array.from({ length: MONTHS }, (_, m) => 1 + 0.01 * m)],
    nOut: 2,
    months: MONTHS,
    outputIds: ['stock', 'flow'],
  };
}

const KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

/** Asserts two band records are identical byte for byte. */
function expectSameBands(a: Record<string, Band>, b: Record<string, Band>): void {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  const bytes = (x: Float64Array): Uint8Array => new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  for (const id of Object.keys(a)) for (const k of KEYS) expect(bytes(a[id]![k])).toEqual(bytes(b[id]![k]));
}

describe('runOnce and centralParams', () => {
  it('runs the model once with the central values', () => {
    const p = centralParams(toyParams);
    expect(Array.from(p)).toEqual([0.02, 100, 1]);
    const out = runOnce(toyModel(), p);
    expect(out.length).toBe(MONTHS * 2);
    // Independent recomputation of month 0: stock 100 grows by 100 × 0.02 × 1.
    expect(out[0]).toBeCloseTo(102, 12);
    expect(out[1]).toBeCloseTo(2, 12);
  });
});

describe('runEnsembleSync', () => {
  it('gives identical bands for the same seed and different ones for another seed', () => {
    const a = runEnsembleSync(toyModel(), { runs: 300, seed: 'same' });
    const b = runEnsembleSync(toyModel(), { runs: 300, seed: 'same' });
    expectSameBands(a, b);
    const c = runEnsembleSync(toyModel(), { runs: 300, seed: 'other' });
    expect(c.stock!.p50).not.toEqual(a.stock!.p50);
  });

  it('draws different parameters for different runs', () => {
    const seen: number[][] = [];
    const spy: RunFn = (p, inp, out) => {
      seen.push(Array.from(p));
      toyRun(p, inp, out);
    };
    runEnsembleSync(toyModel(spy), { runs: 50, seed: 'runs' });
    const rates = new Set(seen.map((p) => p[0]));
    expect(rates.size).toBe(50);
    for (const p of seen) {
      expect(p[0]).toBeGreaterThanOrEqual(0);
      expect(p[0]).toBeLessThanOrEqual(0.05);
      expect(p[2]).toBe(1);
    }
  });

  it('orders the percentiles at every month', () => {
    const bands = runEnsembleSync(toyModel(), { runs: 500, seed: 'order' });
    for (const band of Object.values(bands)) {
      for (let m = 0; m < MONTHS; m++) {
        for (let k = 1; k < KEYS.length; k++) {
          expect(band[KEYS[k]!][m]!).toBeGreaterThanOrEqual(band[KEYS[k - 1]!][m]!);
        }
      }
    }
    // The band has width: growth rates differ between runs.
    expect(bands.stock!.p90[MONTHS - 1]!).toBeGreaterThan(bands.stock!.p10[MONTHS - 1]!);
  });

  it('collapses the band onto the single run when runs = 1', () => {
    const bands = runEnsembleSync(toyModel(), { runs: 1, seed: 'one' });
    const raw = runEnsembleRawSync(toyModel(), { runs: 1, seed: 'one' });
    for (const k of KEYS) expect(bands.stock![k]).toEqual(raw.stock);
  });

  it('stores outputs step-major and keeps only the outputs asked for', () => {
    const runs = 5;
    const raw = runEnsembleRawSync(toyModel(), { runs, seed: 'raw', outputs: ['flow'] });
    expect(Object.keys(raw)).toEqual(['flow']);
    const params: number[][] = [];
    runEnsembleSync(
      toyModel((p, inp, out) => {
        params.push(Array.from(p));
        toyRun(p, inp, out);
      }),
      { runs, seed: 'raw' },
    );
    // Run 3 on its own must reproduce column r = 3 of the step-major store.
    const single = runOnce(toyModel(), Float64Array.from(params[3]!));
    for (let m = 0; m < MONTHS; m++) expect(raw.flow![m * runs + 3]).toBe(single[m * 2 + 1]);
  });

  it('rejects unknown outputs, bad run counts and invalid specs', () => {
    expect(() => runEnsembleSync(toyModel(), { runs: 10, seed: 's', outputs: ['nope'] })).toThrow(/nope/);
    expect(() => runEnsembleSync(toyModel(), { runs: 0, seed: 's' })).toThrow(RangeError);
    const bad = { ...toyModel(), parameters: [{ value: 1, low: 0, high: 2, distribution: 'loguniform' as const }] };
    expect(() => runEnsembleSync(bad, { runs: 10, seed: 's' })).toThrow(RangeError);
  });
});

describe('runEnsembleChunked', () => {
  it('gives byte-identical bands whatever the chunk size, equal to the sync variant', async () => {
    const runs = 257;
    const sync = runEnsembleSync(toyModel(), { runs, seed: 'chunks' });
    for (const chunk of [1, 7, 100, runs]) {
      const chunked = await runEnsembleChunked(toyModel(), { runs, seed: 'chunks', chunk });
      expectSameBands(chunked, sync);
    }
  });

  it('reports progress after each chunk', async () => {
    const calls: [number, number][] = [];
    await runEnsembleChunked(toyModel(), { runs: 25, seed: 'p', chunk: 10, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([
      [10, 25],
      [20, 25],
      [25, 25],
    ]);
  });

  it('stops early and rejects with an AbortError when aborted', async () => {
    const controller = new AbortController();
    let runsDone = 0;
    const counting: RunFn = (p, inp, out) => {
      runsDone++;
      toyRun(p, inp, out);
    };
    const promise = runEnsembleChunked(toyModel(counting), {
      runs: 1000,
      seed: 'abort',
      chunk: 10,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 30) controller.abort();
      },
    });
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbortError(error)).toBe(true);
    expect(runsDone).toBe(30);
  });

  it('rejects at once when the signal is already aborted', async () => {
    let ran = false;
    const controller = new AbortController();
    controller.abort();
    await expect(
      runEnsembleChunked(
        toyModel((p, inp, out) => {
          ran = true;
          toyRun(p, inp, out);
        }),
        { runs: 10, seed: 's', signal: controller.signal },
      ),
    ).rejects.toSatisfy(isAbortError);
    expect(ran).toBe(false);
  });

  it('uses the yield function between chunks', async () => {
    let yields = 0;
    await runEnsembleChunked(toyModel(), {
      runs: 30,
      seed: 'y',
      chunk: 10,
      yieldFn: async () => {
        yields++;
      },
    });
    // 3 chunks of runs, then one yield per output while banding.
    expect(yields).toBe(3 + 2);
  });
});
