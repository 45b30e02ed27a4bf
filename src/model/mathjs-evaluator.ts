// text-exempt-file: a reference evaluator for tests and benchmarks only; its messages (like the generated
// model's) report programming errors to model authors, never to users.
/**
 * The slow reference implementation: runs a ModelSpec by evaluating each equation with mathjs
 * (`compile(expr).evaluate(scope)`, Map scope) every step. Same checks, integration scheme and output
 * layout as the generated function; used to cross-check it and as the benchmark baseline.
 */
import { all, create } from 'mathjs';
import type { EvalFunction, MathJsInstance } from 'mathjs';
import { parseEquations } from './compile/parse.js';
import type { GenerateOptions, RunFn } from './compile/generate.js';
import type { ModelSpec } from './types.js';

const toNum = (x: unknown): number => (typeof x === 'boolean' ? (x ? 1 : 0) : (x as number));

/**
 * Exact number versions of what mathjs otherwise does its own way: its comparisons and floor use a
 * relative tolerance, `^` takes real roots of negative numbers and min/max reject NaN. The model is
 * defined by plain IEEE arithmetic, as in the generated code.
 */
const EXACT_FUNCTIONS = {
  smaller: (a: unknown, b: unknown): boolean => toNum(a) < toNum(b),
  larger: (a: unknown, b: unknown): boolean => toNum(a) > toNum(b),
  smallerEq: (a: unknown, b: unknown): boolean => toNum(a) <= toNum(b),
  largerEq: (a: unknown, b: unknown): boolean => toNum(a) >= toNum(b),
  equal: (a: unknown, b: unknown): boolean => toNum(a) === toNum(b),
  unequal: (a: unknown, b: unknown): boolean => toNum(a) !== toNum(b),
  floor: (x: unknown): number => Math.floor(toNum(x)),
  pow: (a: unknown, b: unknown): number => toNum(a) ** toNum(b),
  min: (...xs: unknown[]): number => Math.min(...xs.map(toNum)),
  max: (...xs: unknown[]): number => Math.max(...xs.map(toNum)),
};

/** The model's own functions, defined as in the equations' documentation. */
const MODEL_FUNCTIONS = {
  clamp: (x: unknown, lo: unknown, hi: unknown): number => {
    const [v, l, h] = [toNum(x), toNum(lo), toNum(hi)];
    return v < l ? l : Math.min(v, h);
  },
  ramp: (x: unknown, start: unknown, duration: unknown): number => {
    const d = toNum(duration);
    if (d <= 0) return toNum(x) >= toNum(start) ? 1 : 0;
    const r = (toNum(x) - toNum(start)) / d;
    return r < 0 ? 0 : Math.min(r, 1);
  },
  step: (x: unknown, start: unknown): number => (toNum(x) >= toNum(start) ? 1 : 0),
};

let instance: MathJsInstance | undefined;

/** Returns the shared mathjs instance with the exact and model functions imported. */
function mathInstance(): MathJsInstance {
  if (instance === undefined) {
    const math = create(all ?? {}, { predictable: true });
    math.import({ ...EXACT_FUNCTIONS, ...MODEL_FUNCTIONS }, { override: true });
    instance = math;
  }
  return instance;
}

/** Builds a run function for a spec that evaluates every equation with mathjs each step. */
export function createMathjsRun(spec: ModelSpec, opts: GenerateOptions): RunFn {
  const model = parseEquations(spec);
  const math = mathInstance();
  const months = opts.months;
  const spm = opts.stepsPerMonth ?? 1;
  const startYear = opts.startYear;
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive integer, got ${months}`);
  if (!Number.isInteger(spm) || spm < 1) throw new RangeError(`stepsPerMonth must be a positive integer, got ${spm}`);
  const dt = 1 / spm;
  const compiled = (text: string): EvalFunction => math.compile(text);
  const stocks = model.stocks.map((s) => ({
    id: s.id,
    init: compiled(s.initText),
    rate: compiled(s.rateText),
    nonNegative: s.nonNegative,
  }));
  const auxes = model.auxes.map((a) => ({ id: a.id, expr: compiled(a.text) }));
  const nOut = spec.outputs.length;

  return (p, inp, out) => {
    if (p.length !== spec.parameters.length)
      throw new RangeError(`run: expected ${spec.parameters.length} parameters, got ${p.length}`);
    if (inp.length !== spec.inputs.length)
      throw new RangeError(`run: expected ${spec.inputs.length} input series, got ${inp.length}`);
    if (inp.some((series) => series.length < months))
      throw new RangeError(`run: an input series is shorter than ${months} months`);
    if (out.length < months * nOut) throw new RangeError(`run: out needs ${months * nOut} values, got ${out.length}`);
    const scope = new Map<string, number>();
    const evaluate = (fn: EvalFunction, id: string): number => {
      const v: unknown = fn.evaluate(scope);
      if (typeof v !== 'number' && typeof v !== 'boolean')
        throw new TypeError(`equation "${id}" gave a ${typeof v}, not a number`);
      return toNum(v);
    };
    const setInputs = (m: number): void => {
      for (const [k, id] of spec.inputs.entries()) scope.set(id, inp[k]?.[m] ?? NaN);
    };
    for (const [k, id] of spec.parameters.entries()) scope.set(id, p[k] ?? NaN);
    scope.set('dt', dt).set('t', 0).set('year', startYear);
    setInputs(0);
    const values = stocks.map((s) => {
      const v = evaluate(s.init, s.id);
      scope.set(s.id, v);
      return v;
    });
    const rates = new Float64Array(stocks.length);
    for (let m = 0; m < months; m++) {
      setInputs(m);
      for (let s = 0; s < spm; s++) {
        scope.set('t', m).set('year', startYear + (m + s / spm) / 12);
        for (const a of auxes) scope.set(a.id, evaluate(a.expr, a.id));
        if (s === 0) for (const [k, id] of spec.outputs.entries()) out[m * nOut + k] = scope.get(id) ?? NaN;
        for (const [i, st] of stocks.entries()) rates[i] = evaluate(st.rate, st.id);
        stocks.forEach((st, i) => {
          let v = (values[i] ?? NaN) + (rates[i] ?? NaN) * dt;
          if (st.nonNegative && v < 0) v = 0;
          values[i] = v;
          scope.set(st.id, v);
        });
      }
    }
  };
}
