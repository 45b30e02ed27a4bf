import { describe, expect, it } from 'vitest';
import {
  ModelCompileError,
  compileRun,
  parseEquations,
  symbolsOf,
  parseExpression,
} from '../../../src/model/compile/index.js';
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

/** Builds a spec with one aux `bad` holding the expression, a parameter `a` and an input `x`. */
function specWith(expr: string): ModelSpec {
  return { equations: [aux('bad', expr)], outputs: ['bad'], parameters: ['a'], inputs: ['x'] };
}

function compileError(spec: ModelSpec): ModelCompileError {
  try {
    parseEquations(spec);
  } catch (e) {
    if (e instanceof ModelCompileError) return e;
    throw e;
  }
  throw new Error('expected a ModelCompileError');
}

describe('whitelist', () => {
  const rejected: readonly [string, string][] = [
    ['constructor', 'constructor'],
    ['a + constructor', 'constructor'],
    ['import("fs")', 'import'],
    ['evaluate("1")', 'evaluate'],
    ['a.b', 'a.b'],
    ['a[1]', 'a[1]'],
    ['x = 1', 'x = 1'],
    ['f(x) = x', 'f(x) = x'],
    ['"str"', 'str'],
    ['[1,2]', '[1, 2]'],
    ['{a:1}', '{"a": 1}'],
    ['1:3', '1:3'],
    ['a; a', 'a'],
    ['sin(a)', 'sin'],
    ['a(2)', '"a"'],
    ['foo + 1', 'foo'],
    ['process', 'process'],
    ['globalThis', 'globalThis'],
    ['__proto__', '__proto__'],
    ['2a', '2 a'],
    ['2 (a + 1)', '2 (a + 1)'],
    ['true', 'true'],
    ['null', 'null'],
    ['1e400', 'finite'],
    ['Infinity', 'Infinity'],
    ['a!', '!'],
    ['a mod 2', 'mod'],
    ['a < x < 2', 'a < x < 2'],
    ['min', 'min'],
    ['min(a)', 'min'],
    ['log(a, 2)', 'log'],
    ['clamp(a, 0)', 'clamp'],
    ['step(a)', 'step'],
    ['a +', 'syntax error'],
    ['A + 1', 'A'],
  ];
  for (const [expr, piece] of rejected) {
    it(`rejects ${expr}`, () => {
      const err = compileError(specWith(expr));
      expect(err.equation).toBe('bad');
      expect(err.expression).toBe(expr);
      expect(err.message).toContain('"bad"');
      expect(err.message).toContain(piece);
      expect(err.reason.length).toBeGreaterThan(0);
    });
  }

  it('names the part of a stock at fault', () => {
    const err = compileError({ equations: [stock('s', '1', 'zzz')], outputs: [], parameters: [], inputs: [] });
    expect(err.equation).toBe('s');
    expect(err.part).toBe('rate');
    expect(err.message).toContain('(rate)');
    expect(err.message).toContain('zzz');
  });

  /** Compiles single-aux models and returns the value at month 0. */
  function value(expr: string, a: number, x: number): number {
    const run = compileRun(specWith(expr), { months: 1, startYear: 2000 });
    const out = new Float64Array(1);
    run(new Float64Array([a]), [new Float64Array([x])], out);
    return out[0] ?? NaN;
  }

  it('accepts and evaluates the allowed forms with mathjs precedence', () => {
    const a = 3;
    const x = 0.5;
    const cases: readonly [string, number][] = [
      ['2 * a + 1', 7],
      ['-a ^ 2', -9],
      ['(-a) ^ 2', 9],
      ['a ^ 2 ^ -1', 3 ** 0.5],
      ['+a - -x', 3.5],
      ['a / 2 / 3', 0.5],
      ['a - 1 - 1', 1],
      ['a > 1 ? 10 : 20', 10],
      ['a < 1 ? 10 : x < 1 ? 30 : 40', 30],
      ['(a >= 3) + (a <= 2) + (a == 3) + (a != 3)', 2],
      ['a > 1 and x > 1', 0],
      ['a > 1 or x > 1', 1],
      ['not (a > 1)', 0],
      ['not 0', 1],
      ['x and a', 1],
      ['min(a, x, 2)', 0.5],
      ['max(a, x)', 3],
      ['abs(x - a)', 2.5],
      ['exp(x)', Math.exp(0.5)],
      ['log(a)', Math.log(3)],
      ['sqrt(a)', Math.sqrt(3)],
      ['floor(a / 2)', 1],
      ['clamp(a, 0, 1)', 1],
      ['clamp(-a, 0, 1)', 0],
      ['clamp(x, 0, 1)', 0.5],
      ['ramp(a, 2, 4)', 0.25],
      ['ramp(a, 4, 4)', 0],
      ['ramp(a, 0, 2)', 1],
      ['ramp(a, 3, 0)', 1],
      ['ramp(a, 3.5, 0)', 0],
      ['step(a, 3)', 1],
      ['step(a, 3.01)', 0],
      ['1.5e3 * x', 750],
      ['a * t + dt', 1],
      ['year', 2000],
    ];
    for (const [expr, want] of cases) expect(value(expr, a, x), expr).toBe(want);
  });

  it('lists symbols once each, in order of first appearance', () => {
    const e = parseExpression({ equation: 'e', part: 'expr', text: 'b * min(a, b) + (c > 1 ? a : d)' }, () => true);
    expect(symbolsOf(e)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('ids', () => {
  it('rejects an id declared twice, across kinds', () => {
    const err = compileError({ equations: [aux('a', '1')], outputs: [], parameters: ['a'], inputs: [] });
    expect(err.equation).toBe('a');
    expect(err.message).toContain('twice');
  });
  it('rejects ids that clash with builtins or functions', () => {
    for (const id of ['t', 'year', 'dt', 'min', 'ramp', 'true', 'undefined', 'and', 'mod', 'constructor']) {
      const err = compileError({ equations: [], outputs: [], parameters: [id], inputs: [] });
      expect(err.equation).toBe(id);
    }
  });
  it('rejects ids that are not lower-case snake_case', () => {
    for (const id of ['Homicides', 'a-b', '1a', 'a.b', '']) {
      const err = compileError({ equations: [aux(id, '1')], outputs: [], parameters: [], inputs: [] });
      expect(err.message).toContain('snake_case');
    }
  });
  it('rejects an output that is not an equation', () => {
    const err = compileError({ equations: [aux('b', 'a')], outputs: ['a'], parameters: ['a'], inputs: [] });
    expect(err.equation).toBe('a');
    expect(err.part).toBe('output');
  });
});
