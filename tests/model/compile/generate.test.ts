import { describe, expect, it } from 'vitest';
import { compileRun, generateRunSource } from '../../../src/model/compile/index.js';
import type { Equation, ModelSpec } from '../../../src/model/types.js';

const aux = (id: string, expr: string): Equation => ({ id, kind: 'aux', label: id, unit: '', expr });
const stock = (id: string, init: string, rate: string, nonNegative?: boolean): Equation =>
  nonNegative === undefined
    ? { id, kind: 'stock', label: id, unit: '', init, rate }
    : { id, kind: 'stock', label: id, unit: '', init, rate, nonNegative };

/** Runs a spec with the given parameters and inputs and returns the output buffer. */
function simulate(
  spec: ModelSpec,
  months: number,
  stepsPerMonth: number,
  p: number[],
  inputs: number[][] = [],
): Float64Array {
  const out = new Float64Array(months * spec.outputs.length);
  compileRun(spec, { months, stepsPerMonth, startYear: 2007 })(
    new Float64Array(p),
    inputs.map((s) => new Float64Array(s)),
    out,
  );
  return out;
}

describe('integrator', () => {
  const decay: ModelSpec = {
    equations: [stock('s', 's0', '-k * s')],
    outputs: ['s'],
    parameters: ['s0', 'k'],
    inputs: [],
  };

  it('converges to exp(-k t) at first order as the step halves', () => {
    const s0 = 100;
    const k = 0.08;
    const exact = s0 * Math.exp(-k * 24);
    const errors = [1, 2, 4, 8, 16].map((spm) => {
      const out = simulate(decay, 25, spm, [s0, k]);
      return Math.abs((out[24] ?? NaN) - exact);
    });
    for (let i = 1; i < errors.length; i++) {
      const ratio = (errors[i - 1] ?? NaN) / (errors[i] ?? NaN);
      expect(ratio).toBeGreaterThan(1.6);
      expect(ratio).toBeLessThan(2.4);
    }
    // Leading Euler error term: s(t) k^2 h t / 2 with h = 1/16 month.
    const leading = (exact * k * k * (1 / 16) * 24) / 2;
    expect(Math.abs((errors[4] ?? NaN) - leading) / leading).toBeLessThan(0.05);
  });

  it('matches the discrete Euler solution s0 (1 - k dt)^n', () => {
    const out = simulate(decay, 13, 4, [50, 0.3]);
    for (let m = 0; m < 13; m++) {
      const want = 50 * (1 - 0.3 / 4) ** (4 * m);
      expect(Math.abs((out[m] ?? NaN) - want) / want).toBeLessThan(1e-12);
    }
  });

  it('integrates linear growth exactly with dyadic steps', () => {
    const spec: ModelSpec = { equations: [stock('s', '3', 'c')], outputs: ['s'], parameters: ['c'], inputs: [] };
    const out = simulate(spec, 10, 8, [0.5]);
    expect([...out]).toEqual(Array.from({ length: 10 }, (_, m) => 3 + 0.5 * m));
  });

  it('approaches the logistic closed form with fine steps', () => {
    const spec: ModelSpec = {
      equations: [stock('n', 'n0', 'r * n * (1 - n / cap)')],
      outputs: ['n'],
      parameters: ['n0', 'r', 'cap'],
      inputs: [],
    };
    const [n0, r, cap] = [10, 0.2, 1000];
    const exact = (tm: number): number => cap / (1 + ((cap - n0) / n0) * Math.exp(-r * tm));
    const coarse = simulate(spec, 61, 4, [n0, r, cap]);
    const fine = simulate(spec, 61, 64, [n0, r, cap]);
    let worstCoarse = 0;
    let worstFine = 0;
    for (let m = 0; m <= 60; m++) {
      worstCoarse = Math.max(worstCoarse, Math.abs((coarse[m] ?? NaN) - exact(m)) / cap);
      worstFine = Math.max(worstFine, Math.abs((fine[m] ?? NaN) - exact(m)) / cap);
    }
    expect(worstFine).toBeLessThan(2e-3);
    expect(worstFine).toBeLessThan(worstCoarse / 8);
    expect(fine[60]).toBeGreaterThan(990);
    expect(fine[60]).toBeLessThan(cap);
  });

  it('updates all stocks from the same state (simultaneous Euler step)', () => {
    // Swap: a' = b - a, b' = a - b with dt = 1 exchanges the values each month.
    const spec: ModelSpec = {
      equations: [stock('a', '1', 'b - a'), stock('b', '5', 'a - b')],
      outputs: ['a', 'b'],
      parameters: [],
      inputs: [],
    };
    expect([...simulate(spec, 3, 1, [])]).toEqual([1, 5, 5, 1, 1, 5]);
  });

  it('clamps nonNegative stocks at zero after each step, and only those', () => {
    const spec: ModelSpec = {
      equations: [stock('kept', '12', '-5', true), stock('free', '12', '-5', false)],
      outputs: ['kept', 'free'],
      parameters: [],
      inputs: [],
    };
    const out = simulate(spec, 5, 1, []);
    expect([...out]).toEqual([12, 12, 7, 7, 2, 2, 0, -3, 0, -8]);
    // With substeps the clamp applies inside the month too: 2 -> 0 after the first half step.
    const half = simulate(
      { ...spec, equations: [stock('kept', '2', '-5 + 3 * (kept <= 0) * 2', true)], outputs: ['kept'] },
      3,
      2,
      [],
    );
    expect([...half]).toEqual([2, 0.5, 0.5]);
  });
});

describe('builtins, inputs and layout', () => {
  it('writes out[m * nOut + k] for output k at the start of month m', () => {
    const spec: ModelSpec = {
      equations: [aux('month', 't'), aux('when', 'year'), stock('s', '0', '1'), aux('step_len', 'dt')],
      outputs: ['month', 's', 'when', 'step_len'],
      parameters: [],
      inputs: [],
    };
    const out = simulate(spec, 6, 4, []);
    for (let m = 0; m < 6; m++) {
      expect(out[m * 4 + 0]).toBe(m);
      expect(out[m * 4 + 1]).toBe(m);
      expect(out[m * 4 + 2]).toBe(2007 + m / 12);
      expect(out[m * 4 + 3]).toBe(0.25);
    }
  });

  it('advances year inside the month, t only between months', () => {
    const spec: ModelSpec = {
      equations: [stock('y', '0', 'year - 2007'), stock('tt', '0', 't')],
      outputs: ['y', 'tt'],
      parameters: [],
      inputs: [],
    };
    const spm = 4;
    const out = simulate(spec, 4, spm, []);
    let y = 0;
    let tt = 0;
    for (let m = 0; m < 4; m++) {
      expect(out[m * 2]).toBeCloseTo(y, 12);
      expect(out[m * 2 + 1]).toBeCloseTo(tt, 12);
      for (let s = 0; s < spm; s++) {
        y += (m + s / spm) / 12 / spm;
        tt += m / spm;
      }
    }
  });

  it('reads input series by month and holds them through the substeps', () => {
    const spec: ModelSpec = {
      equations: [aux('seen', 'troops * 2'), stock('sum', 'troops', 'troops')],
      outputs: ['seen', 'sum'],
      parameters: [],
      inputs: ['troops'],
    };
    const series = [3, 5, 7, 11];
    const out = simulate(spec, 4, 2, [], [series]);
    expect([...out]).toEqual([6, 3, 10, 6, 14, 11, 22, 18]);
  });

  it('prefixes identifiers so ids cannot collide with JavaScript names', () => {
    const ids = ['p', 'inp', 'out', 'm', 's', 'o', 'k', 'yr', 'math', 'this', 'function', 'let', 'nan', 'constructor_'];
    const spec: ModelSpec = {
      equations: ids.map((id, i) => aux(id, i === 0 ? 'x' : `${ids[i - 1] ?? ''} + 1`)),
      outputs: ids,
      parameters: ['x'],
      inputs: [],
    };
    const out = simulate(spec, 2, 2, [10]);
    expect([...out]).toEqual([...ids.map((_, i) => 10 + i), ...ids.map((_, i) => 10 + i)]);
  });
});

describe('generated source', () => {
  const spec: ModelSpec = {
    equations: [
      stock('pop', 'p0', 'births - deaths', true),
      aux('births', 'b * pop * ramp(year, 2010, 24)'),
      aux('deaths', 'd * pop + (t > 5 ? 1 : 0)'),
      aux('dead_code', 'b * 1000'),
    ],
    outputs: ['pop'],
    parameters: ['p0', 'b', 'd', 'unused'],
    inputs: ['unused_series'],
  };
  const opts = { months: 12, stepsPerMonth: 2, startYear: 2009 };

  it('is deterministic, byte for byte, for equal specs', () => {
    const a = generateRunSource(spec, opts);
    const b = generateRunSource(JSON.parse(JSON.stringify(spec)) as ModelSpec, opts);
    expect(b).toBe(a);
    expect(a.startsWith('function run(p, inp, out, from, state, saveAt, to) {')).toBe(true);
  });

  it('is one function with one month loop and one substep loop, and no model text verbatim', () => {
    const src = generateRunSource(spec, opts);
    expect(src.match(/\bfor \(let m = from; m < to; m\+\+\)/g)).toHaveLength(1);
    expect(src.match(/\bfor \(let s = 0; s < 2; s\+\+\)/g)).toHaveLength(1);
    expect(src).toContain('function h_ramp(');
    expect(src).not.toContain('h_clamp');
    expect(src).not.toContain('dead_code');
    expect(src).not.toContain('p_unused');
    expect(src).not.toContain('ramp(year');
  });

  it('checks the sizes of its arguments', () => {
    const run = compileRun(spec, opts);
    const ok = { p: new Float64Array(4), inp: [new Float64Array(12)], out: new Float64Array(12) };
    expect(() => run(ok.p, ok.inp, ok.out)).not.toThrow();
    expect(() => run(new Float64Array(3), ok.inp, ok.out)).toThrow(RangeError);
    expect(() => run(ok.p, [], ok.out)).toThrow(RangeError);
    expect(() => run(ok.p, [new Float64Array(11)], ok.out)).toThrow(RangeError);
    expect(() => run(ok.p, ok.inp, new Float64Array(11))).toThrow(RangeError);
  });

  it('rejects bad options', () => {
    expect(() => generateRunSource(spec, { ...opts, months: 0 })).toThrow(RangeError);
    expect(() => generateRunSource(spec, { ...opts, stepsPerMonth: 1.5 })).toThrow(RangeError);
    expect(() => generateRunSource(spec, { ...opts, startYear: Number.NaN })).toThrow(RangeError);
  });
});
