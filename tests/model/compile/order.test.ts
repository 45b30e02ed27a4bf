import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { ModelCompileError, compileRun, parseEquations, topologicalOrder } from '../../../src/model/compile/index.js';
import type { Equation, ModelSpec } from '../../../src/model/types.js';

const aux = (id: string, expr: string): Equation => ({ id, kind: 'aux', label: id, unit: '', expr });
const stock = (id: string, init: string, rate: string): Equation => ({
  id,
  kind: 'stock',
  label: id,
  unit: '',
  init,
  rate,
});

function errorOf(spec: ModelSpec): ModelCompileError {
  try {
    parseEquations(spec);
  } catch (e) {
    if (e instanceof ModelCompileError) return e;
    throw e;
  }
  throw new Error('expected a ModelCompileError');
}

describe('topologicalOrder', () => {
  it('puts every id after its dependencies and keeps declaration order otherwise', () => {
    const deps: Record<string, string[]> = { a: ['c'], b: [], c: ['b', 'outside'], d: [] };
    const res = topologicalOrder(['a', 'b', 'c', 'd'], (id) => deps[id] ?? []);
    expect(res).toEqual({ order: ['b', 'c', 'a', 'd'] });
  });
  it('reports the cycle it meets', () => {
    const deps: Record<string, string[]> = { x: ['a'], a: ['b'], b: ['c'], c: ['a'] };
    const res = topologicalOrder(['x', 'a', 'b', 'c'], (id) => deps[id] ?? []);
    expect(res).toEqual({ cycle: { path: ['a', 'b', 'c', 'a'] } });
  });
});

describe('auxiliary order', () => {
  it('names every member of a cycle', () => {
    const err = errorOf({
      equations: [aux('a', 'b + 1'), aux('b', 'c * 2'), aux('c', 'a - k'), aux('d', 'a')],
      outputs: ['d'],
      parameters: ['k'],
      inputs: [],
    });
    expect(err.reason).toBe('cycle: a -> b -> c -> a');
    expect(err.equation).toBe('a');
  });
  it('reports an auxiliary that reads itself', () => {
    expect(errorOf({ equations: [aux('a', 'a + 1')], outputs: [], parameters: [], inputs: [] }).reason).toBe(
      'cycle: a -> a',
    );
  });
  it('does not treat a loop through a stock as a cycle', () => {
    const spec: ModelSpec = {
      equations: [stock('s', '1', 'f'), aux('f', '-g'), aux('g', 's / 2')],
      outputs: ['s'],
      parameters: [],
      inputs: [],
    };
    expect(() => parseEquations(spec)).not.toThrow();
  });

  // A chain whose right value is known by hand: a = x, b = 2a, c = b + a, d = c * b, e = d - c.
  const chain: readonly Equation[] = [
    aux('e', 'd - c'),
    aux('d', 'c * b'),
    aux('c', 'b + a'),
    aux('b', '2 * a'),
    aux('a', 'x'),
  ];
  const expected = (x: number): number[] => {
    const a = x;
    const b = 2 * a;
    const c = b + a;
    const d = c * b;
    return [a, b, c, d, d - c];
  };

  it('orders auxiliaries by dependency whatever the declaration order', () => {
    const rng = seedrandom('order-shuffle');
    for (let trial = 0; trial < 20; trial++) {
      const eqs = [...chain];
      for (let i = eqs.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [eqs[i], eqs[j]] = [eqs[j] as Equation, eqs[i] as Equation];
      }
      const spec: ModelSpec = { equations: eqs, outputs: ['a', 'b', 'c', 'd', 'e'], parameters: [], inputs: ['x'] };
      const order = parseEquations(spec).auxes.map((q) => q.id);
      expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
      const run = compileRun(spec, { months: 2, startYear: 2019 });
      const out = new Float64Array(10);
      run(new Float64Array(0), [new Float64Array([1.5, -4])], out);
      expect([...out]).toEqual([...expected(1.5), ...expected(-4)]);
    }
  });
});

describe('stock initial values', () => {
  it('orders initial values that read other stocks', () => {
    const spec: ModelSpec = {
      equations: [stock('c', 'b * 2', '0'), stock('b', 'a + 1', '0'), stock('a', 'k', '0')],
      outputs: ['a', 'b', 'c'],
      parameters: ['k'],
      inputs: [],
    };
    expect(parseEquations(spec).stocks.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    const out = new Float64Array(3);
    compileRun(spec, { months: 1, startYear: 2019 })(new Float64Array([5]), [], out);
    expect([...out]).toEqual([5, 6, 12]);
  });
  it('rejects a cycle among initial values', () => {
    const err = errorOf({
      equations: [stock('a', 'b', '0'), stock('b', 'a', '0')],
      outputs: [],
      parameters: [],
      inputs: [],
    });
    expect(err.reason).toBe('cycle among initial values: a -> b -> a');
    expect(err.part).toBe('init');
  });
  it('rejects an initial value that reads an auxiliary', () => {
    const err = errorOf({
      equations: [stock('s', 'f + 1', '0'), aux('f', '2')],
      outputs: [],
      parameters: [],
      inputs: [],
    });
    expect(err.equation).toBe('s');
    expect(err.message).toContain('"f"');
  });
  it('lets initial values read parameters, inputs at month 0 and builtins', () => {
    const spec: ModelSpec = {
      equations: [stock('s', 'k * x + year + t + dt', '0')],
      outputs: ['s'],
      parameters: ['k'],
      inputs: ['x'],
    };
    const out = new Float64Array(2);
    compileRun(spec, { months: 2, stepsPerMonth: 4, startYear: 2019 })(
      new Float64Array([3]),
      [new Float64Array([2, 100])],
      out,
    );
    expect(out[0]).toBe(3 * 2 + 2019 + 0 + 0.25);
    expect(out[1]).toBe(out[0]);
  });
});
