import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { ModelCompileError, compileRun } from '../../src/model/compile/index.js';
import { createMathjsRun } from '../../src/model/mathjs-evaluator.js';
import type { Equation, ModelSpec } from '../../src/model/types.js';

const aux = (id: string, expr: string): Equation => ({ id, kind: 'aux', label: id, unit: '', expr });

/** Tells whether two results agree: 1e-12 relative when finite, the same NaN/infinity otherwise. */
function agree(a: number, b: number): boolean {
  if (Number.isFinite(a) && Number.isFinite(b))
    return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

function firstDisagreement(a: Float64Array, b: Float64Array): number {
  for (let i = 0; i < a.length; i++) if (!agree(a[i] ?? NaN, b[i] ?? NaN)) return i;
  return -1;
}

// A toy model: two interacting stocks, an input series, conditionals, logic, ramps, steps and clamps.
const toy: ModelSpec = {
  equations: [
    {
      id: 'fighters',
      kind: 'stock',
      label: 'fighters',
      unit: 'people',
      init: 'f0 * troops / 1000',
      rate: 'recruits - losses',
      nonNegative: true,
    },
    {
      id: 'revenue',
      kind: 'stock',
      label: 'revenue',
      unit: 'USD',
      init: 'r0',
      rate: 'growth * revenue * (1 - legal_share) - seizures',
    },
    {
      id: 'guns',
      kind: 'stock',
      label: 'guns',
      unit: 'guns',
      init: 'fighters * 0.5',
      rate: 'inflow - guns / 24',
      nonNegative: true,
    },
    aux('recruits', 'max(0, recruit_rate * revenue / 100) + 2 * step(year, 2012) * (amnesty == 0)'),
    aux('losses', 'loss_rate * fighters * clamp(troops / 50000, 0.2, 2) + (t >= 3 and not (fighters < 1) ? 1 : 0)'),
    aux('seizures', 'revenue > 500 or troops > 60000 ? 0.02 * revenue : 0.005 * revenue'),
    aux('legal_share', 'legalize * ramp(year, 2009, 2) + (1 - legalize) * ramp(year, 2011.5, 0) * 0.1'),
    aux('inflow', 'us_guns * (1 - 0.5 * ramp(t, 12, 18)) / 12'),
    aux('violence', 'sqrt(abs(fighters)) * exp(-legal_share) + log(1 + floor(troops / 1000)) + guns ^ 0.5 / 10 + dt'),
  ],
  outputs: ['fighters', 'revenue', 'guns', 'violence', 'legal_share'],
  parameters: ['f0', 'r0', 'growth', 'recruit_rate', 'loss_rate', 'legalize', 'amnesty', 'us_guns'],
  inputs: ['troops'],
};

describe('mathjs reference evaluator', () => {
  it('gives the same numbers as the generated function on a toy model', () => {
    const rng = seedrandom('mathjs-vs-generated');
    const months = 60;
    const troops = new Float64Array(Array.from({ length: months }, (_, m) => 20000 + 900 * m));
    for (const stepsPerMonth of [1, 4]) {
      const opts = { months, stepsPerMonth, startYear: 2007 };
      const fast = compileRun(toy, opts);
      const slow = createMathjsRun(toy, opts);
      for (let draw = 0; draw < 10; draw++) {
        const p = new Float64Array([
          5 + 10 * rng(),
          300 + 600 * rng(),
          0.02 * rng(),
          0.5 * rng(),
          0.05 * rng(),
          rng() < 0.5 ? 0 : 1,
          rng() < 0.5 ? 0 : 1,
          1000 + 2000 * rng(),
        ]);
        const a = new Float64Array(months * toy.outputs.length);
        const b = new Float64Array(months * toy.outputs.length);
        fast(p, [troops], a);
        slow(p, [troops], b);
        expect(firstDisagreement(a, b)).toBe(-1);
        expect(a.every(Number.isFinite)).toBe(true);
      }
    }
  });

  it('uses exact comparisons, floor and powers like the generated code', () => {
    const spec: ModelSpec = {
      equations: [
        aux('lt', 'a < a + 1e-15'),
        aux('eq', 'a == a + 1e-15'),
        aux('fl', 'floor(2.9999999999999996)'),
        aux('root', '(-8) ^ (1 / 3)'),
        aux('neg_log', 'log(-a)'),
        aux('neg_sqrt', 'sqrt(-a)'),
        aux('mn', 'min(a, 0 / 0)'),
      ],
      outputs: ['lt', 'eq', 'fl', 'root', 'neg_log', 'neg_sqrt', 'mn'],
      parameters: ['a'],
      inputs: [],
    };
    const opts = { months: 1, startYear: 2019 };
    const a = new Float64Array(7);
    const b = new Float64Array(7);
    compileRun(spec, opts)(new Float64Array([1]), [], a);
    createMathjsRun(spec, opts)(new Float64Array([1]), [], b);
    expect([...a]).toEqual([1, 0, 2, NaN, NaN, NaN, NaN]);
    expect([...b]).toEqual([...a]);
  });

  it('refuses what the compiler refuses', () => {
    const spec: ModelSpec = { equations: [aux('bad', 'import("fs")')], outputs: ['bad'], parameters: [], inputs: [] };
    expect(() => createMathjsRun(spec, { months: 1, startYear: 2019 })).toThrow(ModelCompileError);
  });

  it('agrees with the generated function on random expressions', () => {
    const leaf = fc.constantFrom('0', '1', '2.5', '0.001', '1e3', 'a', 'b', 'x', 's', 't', 'year', 'dt');
    const { expr } = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(
            tie('expr'),
            fc.constantFrom('+', '-', '*', '/', '^', '<', '>', '<=', '>=', '==', '!=', 'and', 'or'),
            tie('expr'),
          )
          .map(([l, op, r]) => `(${l} ${op} ${r})`),
        tie('expr').map((e) => `-(${e})`),
        tie('expr').map((e) => `not (${e})`),
        fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, y, n]) => `(${c} ? ${y} : ${n})`),
        fc.tuple(fc.constantFrom('min', 'max'), tie('expr'), tie('expr')).map(([f, l, r]) => `${f}(${l}, ${r})`),
        fc.tuple(fc.constantFrom('abs', 'exp', 'log', 'sqrt', 'floor'), tie('expr')).map(([f, e]) => `${f}(${e})`),
        fc
          .tuple(fc.constantFrom('clamp', 'ramp'), tie('expr'), tie('expr'), tie('expr'))
          .map(([f, u, v, w]) => `${f}(${u}, ${v}, ${w})`),
        tie('expr').map((e) => `step(${e}, 1)`),
      ),
    }));
    const opts = { months: 6, stepsPerMonth: 2, startYear: 2007 };
    fc.assert(
      fc.property(
        expr,
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (text, pa, pb) => {
          const spec: ModelSpec = {
            equations: [
              aux('e', text),
              { id: 's', kind: 'stock', label: 's', unit: '', init: 'a', rate: 'min(max(e, -10), 10) - s / 10' },
            ],
            outputs: ['e', 's'],
            parameters: ['a', 'b'],
            inputs: ['x'],
          };
          const p = new Float64Array([pa, pb]);
          const inp = [new Float64Array([0.5, -1, 2, 0, 3, -0.25])];
          const fast = new Float64Array(12);
          const slow = new Float64Array(12);
          compileRun(spec, opts)(p, inp, fast);
          createMathjsRun(spec, opts)(p, inp, slow);
          return firstDisagreement(fast, slow) === -1;
        },
      ),
      { seed: 20180701, numRuns: 300 },
    );
  });
});
