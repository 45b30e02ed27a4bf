import { describe, expect, it } from 'vitest';
import {
  BandPrefixCache,
  centralParams,
  isAbortError,
  runEnsembleChunked,
  runEnsembleRawSync,
  runEnsembleSync,
  runOnce,
  type EnsembleModel,
  type RunFn,
} from '../../src/model/ensemble.js';
import { compileSampler, type ParamSpec } from '../../src/model/sample.js';
import { runStream } from '../../src/model/rng.js';
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

/**
 * Toy model with a lever: p[3] raises the stock from month `actsFrom` on, so months before it do not
 * depend on the lever.
 */
function leverModel(lever: number, actsFrom: number): EnsembleModel {
  const run: RunFn = (p, inp, out) => {
    const l = p[3]!;
    toyRun(p, inp, out);
    for (let m = actsFrom; m < MONTHS; m++) out[m * 2] = out[m * 2]! * (1 + l * (m - actsFrom + 1));
  };
  return {
    ...toyModel(run),
    parameters: [...toyParams, { value: lever, low: lever, high: lever, distribution: 'fixed' }],
  };
}

const LEAD = 12;

describe('band reuse', () => {
  it('reuses the leading months when only a later-acting lever changes, bit for bit equal to a full computation', async () => {
    const cache = new BandPrefixCache();
    const reuse = { cache, key: 'k', months: LEAD };
    const runs = 301;
    const first = runEnsembleSync(leverModel(0, LEAD), { runs, seed: 'reuse', reuse });
    expectSameBands(first, runEnsembleSync(leverModel(0, LEAD), { runs, seed: 'reuse' }));
    expect(cache.hits).toBe(0);
    expect(cache.misses).toBe(2);
    for (const lever of [0.1, 0.5]) {
      const again = runEnsembleSync(leverModel(lever, LEAD), { runs, seed: 'reuse', reuse });
      expectSameBands(again, runEnsembleSync(leverModel(lever, LEAD), { runs, seed: 'reuse' }));
      const chunked = await runEnsembleChunked(leverModel(lever, LEAD), { runs, seed: 'reuse', reuse, chunk: 50 });
      expectSameBands(chunked, again);
    }
    expect(cache.hits).toBe(2 * 4);
    // The lever did change the later months.
    const moved = runEnsembleSync(leverModel(0.5, LEAD), { runs, seed: 'reuse', reuse });
    expect(moved.stock!.p50[MONTHS - 1]).toBeGreaterThan(first.stock!.p50[MONTHS - 1]!);
    expect(moved.stock!.p50[LEAD - 1]).toBe(first.stock!.p50[LEAD - 1]);
  });

  it('computes the leading months afresh when their values differ under the same key', () => {
    const cache = new BandPrefixCache();
    const reuse = { cache, key: 'same key', months: LEAD };
    const runs = 250;
    runEnsembleSync(leverModel(0, 3), { runs, seed: 'miss', reuse });
    const changed = runEnsembleSync(leverModel(0.3, 3), { runs, seed: 'miss', reuse });
    // The lever moves the stock from month 3, inside the reused months; the flow does not depend on it.
    expect(cache.hits).toBe(1);
    expect(cache.misses).toBe(3);
    expectSameBands(changed, runEnsembleSync(leverModel(0.3, 3), { runs, seed: 'miss' }));
    // Another seed is another set of values too.
    runEnsembleSync(leverModel(0.3, 3), { runs, seed: 'miss 2', reuse });
    expect(cache.hits).toBe(1);
  });

  it('stays exact when the leading months first differ part-way through, across blocks and chunks', async () => {
    /** Like leverModel(lever, LEAD), but from the `late`-th run on the lever also moves month 0. */
    const lateModel = (lever: number, late: number): EnsembleModel => {
      let calls = 0;
      const inner = leverModel(lever, LEAD);
      const run: RunFn = (p, inp, out) => {
        inner.run(p, inp, out);
        if (calls++ >= late) out[0] = out[0]! * (1 + lever);
      };
      return { ...inner, run };
    };
    const runs = 230;
    for (const [late, chunk] of [
      [37, undefined],
      [150, 40],
      [0, 7],
      [229, 100],
    ] as const) {
      const cache = new BandPrefixCache();
      const reuse = { cache, key: 'late', months: LEAD };
      runEnsembleSync(lateModel(0, late), { runs, seed: 'late', reuse });
      const expected = runEnsembleSync(lateModel(0.4, late), { runs, seed: 'late' });
      const got =
        chunk === undefined
          ? runEnsembleSync(lateModel(0.4, late), { runs, seed: 'late', reuse })
          : await runEnsembleChunked(lateModel(0.4, late), { runs, seed: 'late', reuse, chunk });
      expectSameBands(got, expected);
      // The flow never changes, so it is reused; the stock is recomputed and remembered.
      expect(cache.hits).toBe(1);
      expect(cache.misses).toBe(2 + 1);
      const again = runEnsembleSync(lateModel(0.4, late), { runs, seed: 'late', reuse });
      expectSameBands(again, expected);
      expect(cache.hits).toBe(3);
    }
  });

  it('never lets returned bands alias the cache or reused stores', () => {
    const cache = new BandPrefixCache();
    const reuse = { cache, key: 'alias', months: LEAD };
    const runs = 220;
    const a = runEnsembleSync(leverModel(0, LEAD), { runs, seed: 'alias', reuse });
    const flowBefore = Object.fromEntries(KEYS.map((k) => [k, a.flow![k].slice()])) as unknown as Band;
    for (const k of KEYS) a.stock![k].fill(Number.NaN);
    const b = runEnsembleSync(leverModel(0.2, LEAD), { runs, seed: 'alias', reuse });
    expect(cache.hits).toBe(2);
    expectSameBands(b, runEnsembleSync(leverModel(0.2, LEAD), { runs, seed: 'alias' }));
    // Ensembles of the same shape reuse stores: the bands already returned must not change.
    const c = runEnsembleSync(leverModel(0, LEAD), { runs, seed: 'another seed' });
    expectSameBands({ flow: a.flow! }, { flow: flowBefore });
    expect(c.flow!.p50).not.toEqual(a.flow!.p50);
  });

  it('keeps raw stores returned to the caller out of later ensembles', () => {
    const raw = runEnsembleRawSync(toyModel(), { runs: 40, seed: 'raw keep' });
    const copy = raw.stock!.slice();
    runEnsembleSync(toyModel(), { runs: 40, seed: 'raw other' });
    runEnsembleSync(toyModel(), { runs: 40, seed: 'raw other 2' });
    expect(raw.stock).toEqual(copy);
  });

  it('evicts the least recently used entries beyond its size and skips entries too large', () => {
    const months = 4;
    const runs = 10;
    const entry = runs * months + 5 * months;
    const cache = new BandPrefixCache(2 * entry, entry);
    const store = (x: number): Float64Array => Float64Array.from({ length: runs * months }, (_, i) => x + i);
    const band = () => ({
      p10: new Float64Array(months),
      p25: new Float64Array(months),
      p50: new Float64Array(months),
      p75: new Float64Array(months),
      p90: new Float64Array(months),
    });
    const given = band();
    given.p50.set([1, 2, 3, 4]);
    cache.remember('a', store(0), runs, months, given);
    cache.remember('b', store(1), runs, months, given);
    const out = band();
    expect(cache.restore('a', store(0), runs, months, out)).toBe(true); // a is now the most recent
    expect(Array.from(out.p50)).toEqual([1, 2, 3, 4]);
    cache.remember('c', store(2), runs, months, given);
    expect(cache.size).toBe(2);
    expect(cache.restore('b', store(1), runs, months, band())).toBe(false);
    expect(cache.restore('a', store(0), runs, months, band())).toBe(true);
    expect(cache.restore('c', store(2), runs, months, band())).toBe(true);
    // A store whose values differ by one bit is a miss.
    const flipped = store(2);
    flipped[7] = 0 === flipped[7] ? 0 : flipped[7]! * (1 + Number.EPSILON);
    expect(cache.restore('c', flipped, runs, months, band())).toBe(false);
    // Bigger than an entry may be: not kept.
    cache.remember('big', store(3), runs + 1, months, given);
    expect(cache.restore('big', store(3), runs + 1, months, band())).toBe(false);
    // Mutating the band given to remember does not change what is restored.
    given.p50.fill(9);
    const later = band();
    cache.restore('a', store(0), runs, months, later);
    expect(Array.from(later.p50)).toEqual([1, 2, 3, 4]);
    // A zero of the other sign, or a NaN, is not the same value.
    const zeros = new Float64Array(runs * months);
    zeros[5] = Number.NaN;
    cache.remember('z', zeros, runs, months, given);
    expect(cache.restore('z', zeros, runs, months, band())).toBe(false);
    zeros[5] = 0;
    cache.remember('z', zeros, runs, months, given);
    expect(cache.restore('z', zeros.slice(), runs, months, band())).toBe(true);
    const negative = zeros.slice();
    negative[3] = -0;
    expect(cache.restore('z', negative, runs, months, band())).toBe(false);
  });

  it('clears the output buffer between runs unless the model writes every output', () => {
    let calls = 0;
    // Writes output 1 only on the first run; output 0 always.
    const partial: RunFn = (p, inp, out) => {
      const scratch = new Float64Array(MONTHS * 2);
      toyRun(p, inp, scratch);
      for (let m = 0; m < MONTHS; m++) {
        out[m * 2] = scratch[m * 2]!;
        if (calls === 0) out[m * 2 + 1] = 1;
      }
      calls++;
    };
    const raw = runEnsembleRawSync(toyModel(partial), { runs: 3, seed: 'clear', outputs: ['flow'] });
    for (let m = 0; m < MONTHS; m++) expect(Array.from(raw.flow!.subarray(m * 3, m * 3 + 3))).toEqual([1, 0, 0]);
  });
});

describe('parameter draws', () => {
  /** Records the parameters of every run of an ensemble. */
  function drawsOf(runs: number, seed: string, chunk?: number): Promise<number[][]> {
    const seen: number[][] = [];
    const spy: RunFn = (p, inp, out) => {
      seen.push(Array.from(p));
      toyRun(p, inp, out);
    };
    if (chunk === undefined) {
      runEnsembleSync(toyModel(spy), { runs, seed, outputs: ['flow'] });
      return Promise.resolve(seen);
    }
    return runEnsembleChunked(toyModel(spy), { runs, seed, chunk, outputs: ['flow'] }).then(() => seen);
  }

  it('draws run r from runStream(seed, r) whether the seed was seen before, and whatever the ensemble size', async () => {
    const sampler = compileSampler(toyParams);
    const expected = (r: number): number[] => {
      const p = new Float64Array(toyParams.length);
      sampler.draw(runStream('draws', r), p);
      return Array.from(p);
    };
    const small = await drawsOf(60, 'draws', 7);
    const again = await drawsOf(90, 'draws');
    const large = await drawsOf(2100, 'draws', 500);
    for (let r = 0; r < 60; r++) {
      expect(small[r]).toEqual(expected(r));
      expect(again[r]).toEqual(expected(r));
      expect(large[r]).toEqual(expected(r));
    }
    for (const r of [89, 1999, 2000, 2099]) expect(large[r]).toEqual(expected(r));
    expect(again[89]).toEqual(expected(89));
  });

  it('draws from stored uniforms exactly as from the stream', () => {
    const sampler = compileSampler(toyParams);
    const u = new Float64Array(2 + toyParams.length);
    const rng = runStream('uniforms', 3);
    for (let i = 0; i < toyParams.length; i++) u[2 + i] = rng();
    const a = new Float64Array(toyParams.length);
    const b = new Float64Array(toyParams.length);
    sampler.drawUniforms(u, 2, a);
    sampler.draw(runStream('uniforms', 3), b);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(() => sampler.drawUniforms(u, 3, a)).toThrow(RangeError);
  });
});

describe('checkpoints', () => {
  const K = 10;
  /** The toy run from month `from`, with a "lever" p[2] that acts from month K on only; saves the stock at month K. */
  const leverRun = (
    p: Float64Array,
    inp: readonly Float64Array[],
    out: Float64Array,
    from: number,
    state?: Float64Array,
  ): void => {
    let stock = from > 0 ? state![0]! : p[1]!;
    for (let m = from; m < MONTHS; m++) {
      if (m === K && state !== undefined && from === 0) state[0] = stock;
      const flow = stock * p[0]! * inp[0]![m]! + (m >= K ? p[2]! : 0);
      stock += flow;
      out[m * 2] = stock;
      out[m * 2 + 1] = flow;
    }
  };
  let fromCalls = 0;
  const withLever = (lever: number, resume: boolean): EnsembleModel => ({
    ...toyModel((p, inp, out) => leverRun(p, inp, out, 0)),
    parameters: [toyParams[0]!, toyParams[1]!, { value: lever, low: lever, high: lever, distribution: 'fixed' }],
    ...(resume
      ? {
          resume: {
            month: K,
            size: 1,
            runSaving: (p, inp, out, state) => leverRun(p, inp, out, 0, state),
            runFrom: (p, inp, out, state) => {
              fromCalls++;
              leverRun(p, inp, out, K, state);
            },
          },
        }
      : {}),
  });

  it('start later ensembles of the same key from the saved month, with the bands of a full computation', async () => {
    const cache = new BandPrefixCache();
    const reuse = { cache, key: 'toy', months: K };
    const opts = { runs: 150, seed: 'cp' };
    runEnsembleSync(withLever(0, true), { ...opts, reuse });
    expect(cache.checkpointCount).toBe(1);
    expect(fromCalls).toBe(0);
    for (const lever of [0, 1, 5, -3]) {
      const full = runEnsembleSync(withLever(lever, false), opts);
      const calls = fromCalls;
      expectSameBands(runEnsembleSync(withLever(lever, true), { ...opts, reuse }), full);
      expectSameBands(await runEnsembleChunked(withLever(lever, true), { ...opts, reuse, chunk: 40 }), full);
      expect(fromCalls - calls).toBe(2 * opts.runs);
    }
    expect(cache.resumes).toBe(8);
    // Another run count or reuse months: no checkpoints, and the same results.
    const calls = fromCalls;
    expectSameBands(
      runEnsembleSync(withLever(1, true), { ...opts, runs: 151, reuse }),
      runEnsembleSync(withLever(1, false), { ...opts, runs: 151 }),
    );
    expectSameBands(
      runEnsembleSync(withLever(1, true), { ...opts, reuse: { ...reuse, months: K - 1 } }),
      runEnsembleSync(withLever(1, false), opts),
    );
    expect(fromCalls).toBe(calls);
  });

  it('keep at most a few ensembles, and forget them on clear', () => {
    const cache = new BandPrefixCache();
    for (let i = 0; i < 6; i++)
      runEnsembleSync(withLever(0, true), { runs: 20, seed: 'cp', reuse: { cache, key: `k${i}`, months: K } });
    expect(cache.checkpointCount).toBe(4);
    cache.clear();
    expect(cache.checkpointCount).toBe(0);
    expect(cache.resumes).toBe(0);
  });
});
