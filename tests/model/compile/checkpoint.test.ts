import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRun, stockIds } from '../../../src/model/compile/index.js';
import type { RunFn } from '../../../src/model/compile/index.js';
import { EQUATIONS } from '../../../src/model/equations.js';
import { GENERATED, runModel } from '../../../src/model/generated/model.gen.js';
import { runStream } from '../../../src/model/rng.js';
import { compileSampler } from '../../../src/model/sample.js';
import { paramSpecs, statusQuo, LEVERS, SCENARIO_START } from '../../../src/port/engine.js';
import { MODEL_INPUTS } from '../../../src/model/pools.js';
import type { Equation, ModelSpec } from '../../../src/model/types.js';

const aux = (id: string, expr: string): Equation => ({ id, kind: 'aux', label: id, unit: '', expr });
const stock = (id: string, init: string, rate: string, nonNegative?: boolean): Equation =>
  nonNegative === undefined
    ? { id, kind: 'stock', label: id, unit: '', init, rate }
    : { id, kind: 'stock', label: id, unit: '', init, rate, nonNegative };

const bytes = (x: Float64Array): Uint8Array => new Uint8Array(x.buffer, x.byteOffset, x.byteLength);

/** Returns the first index where a and b differ bit for bit, or -1 (a length mismatch counts as a difference). */
function firstDiff(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  const x = bytes(a);
  const y = bytes(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return i >> 3;
  return -1;
}

interface Toy {
  readonly name: string;
  readonly spec: ModelSpec;
  readonly months: number;
  readonly spm: number;
  readonly p: Float64Array;
  readonly inp: Float64Array[];
}

const TOYS: readonly Toy[] = [
  {
    name: 'decay, 4 substeps',
    spec: { equations: [stock('s', 's0', '-k * s')], outputs: ['s'], parameters: ['s0', 'k'], inputs: [] },
    months: 30,
    spm: 4,
    p: new Float64Array([100, 0.08]),
    inp: [],
  },
  {
    name: 'two coupled stocks with an input, a clamp and the year',
    spec: {
      equations: [
        stock('fighters', 'f0 * troops', 'recruits - losses', true),
        stock('revenue', 'r0', 'r_growth * revenue * (1 - legal_share)'),
        aux('recruits', 'max(0, recruit_rate * revenue / 1000) + 2 * step(year, 2012)'),
        aux('losses', 'loss_rate * fighters * clamp(troops / 50000, 0.2, 2) + (t >= 3 and not (fighters < 1) ? 1 : 0)'),
        aux('legal_share', 'legalize * ramp(year, 2009, 2)'),
        aux('violence', 'sqrt(abs(fighters)) * exp(-legal_share) + fighters ^ 0.5 + dt'),
      ],
      outputs: ['fighters', 'violence', 'revenue'],
      parameters: ['f0', 'r0', 'r_growth', 'recruit_rate', 'loss_rate', 'legalize'],
      inputs: ['troops'],
    },
    months: 36,
    spm: 3,
    p: new Float64Array([0.01, 800, 0.01, 0.5, 0.02, 1]),
    inp: [new Float64Array(Array.from({ length: 36 }, (_, m) => 20000 + 1500 * m))],
  },
  {
    name: 'a stock clamped at zero on the way',
    spec: {
      equations: [stock('x', '5', '-2', true), aux('y', 'x * 3')],
      outputs: ['y', 'x'],
      parameters: [],
      inputs: [],
    },
    months: 8,
    spm: 1,
    p: new Float64Array(0),
    inp: [],
  },
];

/** Runs a toy in full and from every checkpoint month, checking months ≥ from bit for bit. */
function checkEveryMonth(
  run: RunFn,
  nStocks: number,
  months: number,
  nOut: number,
  p: Float64Array,
  inp: Float64Array[],
): void {
  const full = new Float64Array(months * nOut);
  run(p, inp, full);
  for (let from = 0; from <= months; from++) {
    const state = new Float64Array(nStocks);
    const saved = new Float64Array(months * nOut);
    run(p, inp, saved, 0, state, from);
    // Saving changes nothing in the outputs.
    expect(bytes(saved)).toEqual(bytes(full));
    const out = new Float64Array(months * nOut).fill(-7);
    run(p, inp, out, from, state);
    expect(bytes(out.subarray(from * nOut))).toEqual(bytes(full.subarray(from * nOut)));
    // Months before `from` are not written.
    expect(out.subarray(0, from * nOut).every((v) => v === -7)).toBe(true);
  }
}

describe('checkpoints of the compiled run', () => {
  for (const toy of TOYS) {
    it(`restarts bit for bit from any month: ${toy.name}`, () => {
      const run = compileRun(toy.spec, { months: toy.months, stepsPerMonth: toy.spm, startYear: 2007 });
      checkEveryMonth(run, stockIds(toy.spec).length, toy.months, toy.spec.outputs.length, toy.p, toy.inp);
    });
  }

  it('reads the stocks from the state: a different state gives different months', () => {
    const toy = TOYS[0]!;
    const run = compileRun(toy.spec, { months: toy.months, stepsPerMonth: toy.spm, startYear: 2007 });
    const a = new Float64Array(toy.months);
    const b = new Float64Array(toy.months);
    run(toy.p, toy.inp, a, 10, new Float64Array([50]));
    run(toy.p, toy.inp, b, 10, new Float64Array([60]));
    expect(a[10]).toBe(50);
    expect(b[10]).toBe(60);
    expect(a[20]).not.toBe(b[20]);
  });

  it('saves the stocks after the last month when saveAt equals the months', () => {
    const toy = TOYS[2]!;
    const run = compileRun(toy.spec, { months: toy.months, stepsPerMonth: toy.spm, startYear: 2007 });
    const state = new Float64Array(1).fill(9);
    run(toy.p, toy.inp, new Float64Array(16), 0, state, 8);
    expect(state[0]).toBe(0);
    run(toy.p, toy.inp, new Float64Array(16), 0, state, 2);
    expect(state[0]).toBe(1);
  });

  it('rejects bad months and missing state', () => {
    const toy = TOYS[1]!;
    const run = compileRun(toy.spec, { months: toy.months, stepsPerMonth: toy.spm, startYear: 2007 });
    const out = new Float64Array(toy.months * 3);
    const st = new Float64Array(2);
    expect(() => run(toy.p, toy.inp, out, 3)).toThrow(RangeError);
    expect(() => run(toy.p, toy.inp, out, 3, new Float64Array(1))).toThrow(RangeError);
    expect(() => run(toy.p, toy.inp, out, -1, st)).toThrow(RangeError);
    expect(() => run(toy.p, toy.inp, out, 37, st)).toThrow(RangeError);
    expect(() => run(toy.p, toy.inp, out, 1.5, st)).toThrow(RangeError);
    expect(() => run(toy.p, toy.inp, out, 0, undefined, 4)).toThrow(RangeError);
    expect(() => run(toy.p, toy.inp, out, 5, st, 4)).toThrow(RangeError);
    expect(() => run(toy.p, toy.inp, out, 0, st, 37)).toThrow(RangeError);
    expect(() => run(toy.p, toy.inp, out, 36, st)).not.toThrow();
  });
});

describe('checkpoints of the generated model', () => {
  const inputs = MODEL_INPUTS;
  const nOut = GENERATED.outputs.length;
  const months = GENERATED.months;

  it('lists its stocks as the equations declare them', () => {
    const stocks = EQUATIONS.filter((e) => e.kind === 'stock').map((e) => e.id);
    expect([...GENERATED.stocks].sort()).toEqual([...stocks].sort());
  });

  it('restarts bit for bit at 2019 and other months, for sampled parameters', () => {
    const sampler = compileSampler(paramSpecs(statusQuo()));
    const p = new Float64Array(GENERATED.parameters.length);
    const full = new Float64Array(months * nOut);
    const out = new Float64Array(months * nOut);
    const state = new Float64Array(GENERATED.stocks.length);
    for (let r = 0; r < 12; r++) {
      sampler.draw(runStream('checkpoint', r), p);
      runModel(p, inputs, full);
      for (const from of [1, 60, SCENARIO_START, 200, months - 1]) {
        runModel(p, inputs, out, 0, state, from);
        expect(firstDiff(out, full)).toBe(-1);
        out.fill(Number.NaN);
        runModel(p, inputs, out, from, state);
        expect(firstDiff(out.subarray(from * nOut), full.subarray(from * nOut))).toBe(-1);
      }
    }
  });

  it('keeps the 2019 state whatever the levers (what lets scenarios start from it)', () => {
    const sq = statusQuo();
    const base = compileSampler(paramSpecs(sq));
    const p = new Float64Array(GENERATED.parameters.length);
    const stateA = new Float64Array(GENERATED.stocks.length);
    const stateB = new Float64Array(GENERATED.stocks.length);
    const outA = new Float64Array(months * nOut);
    const outB = new Float64Array(months * nOut);
    const leverArb = fc.record(
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
    fc.assert(
      fc.property(leverArb, fc.nat(50), (levers, r) => {
        base.draw(runStream('levers', r), p);
        runModel(p, inputs, outA, 0, stateA, SCENARIO_START);
        compileSampler(paramSpecs({ ...sq, levers })).draw(runStream('levers', r), p);
        runModel(p, inputs, outB, 0, stateB, SCENARIO_START);
        expect(firstDiff(stateB, stateA)).toBe(-1);
        expect(firstDiff(outB.subarray(0, SCENARIO_START * nOut), outA.subarray(0, SCENARIO_START * nOut))).toBe(-1);
      }),
      { seed: 2018, numRuns: 60 },
    );
  });
});
