// text-exempt-file: the equation compiler talks to model authors and writes code, not to users
/**
 * Code generation: one plain JavaScript function that runs the whole simulation (every month, every
 * equation, stocks as local variables), Euler integration with an integer step counter.
 */
import type { ModelSpec } from '../types.js';
import { emitExpr } from './emit.js';
import type { EmitContext, Helper } from './emit.js';
import type { Expr } from './expr.js';
import { symbolsOf } from './expr.js';
import { parseEquations } from './parse.js';
import type { ParsedModel } from './parse.js';

/**
 * Runs a compiled model: parameters in spec order, one series per input, outputs month-major. With
 * `from` > 0 it starts at month `from` with the stocks read from `state` (one value per stock, in
 * declaration order) and writes only months ≥ from; with `saveAt` ≥ 0 it writes into `state` the
 * stocks at the start of month `saveAt` (after the last month when saveAt equals the months). With `to`
 * below the months it stops before month `to` (later months of `out` are left as they were).
 */
export type RunFn = (
  p: Float64Array,
  inp: readonly Float64Array[],
  out: Float64Array,
  from?: number,
  state?: Float64Array,
  saveAt?: number,
  to?: number,
) => void;

/** How long and how finely to simulate. */
export interface GenerateOptions {
  /** Months simulated (and recorded). */
  readonly months: number;
  /** Euler steps per month. @default 1 */
  readonly stepsPerMonth?: number;
  /** Calendar year at month 0 (`year` = startYear + fractional months / 12). */
  readonly startYear: number;
}

interface Settings {
  readonly months: number;
  readonly spm: number;
  readonly startYear: number;
}

const HELPERS: Readonly<Record<Helper, { readonly js: string; readonly ts: string }>> = {
  clamp: {
    js: 'function h_clamp(x, lo, hi) { return x < lo ? lo : x > hi ? hi : x; }',
    ts: 'function h_clamp(x: number, lo: number, hi: number): number { return x < lo ? lo : x > hi ? hi : x; }',
  },
  ramp: {
    js: 'function h_ramp(x, start, duration) { if (duration <= 0) return x >= start ? 1 : 0; const r = (x - start) / duration; return r < 0 ? 0 : r > 1 ? 1 : r; }',
    ts: 'function h_ramp(x: number, start: number, duration: number): number { if (duration <= 0) return x >= start ? 1 : 0; const r = (x - start) / duration; return r < 0 ? 0 : r > 1 ? 1 : r; }',
  },
  step: {
    js: 'function h_step(x, start) { return x >= start ? 1 : 0; }',
    ts: 'function h_step(x: number, start: number): number { return x >= start ? 1 : 0; }',
  },
};
const HELPER_ORDER: readonly Helper[] = ['clamp', 'ramp', 'step'];

function settingsOf(opts: GenerateOptions): Settings {
  const spm = opts.stepsPerMonth ?? 1;
  if (!Number.isInteger(opts.months) || opts.months < 1)
    throw new RangeError(`months must be a positive integer, got ${opts.months}`);
  if (!Number.isInteger(spm) || spm < 1) throw new RangeError(`stepsPerMonth must be a positive integer, got ${spm}`);
  if (!Number.isFinite(opts.startYear))
    throw new RangeError(`startYear must be a finite number, got ${opts.startYear}`);
  return { months: opts.months, spm, startYear: opts.startYear };
}

/** Lists the auxiliaries that reach an output or a stock rate, in dependency order. */
function neededAuxes(model: ParsedModel): ParsedModel['auxes'] {
  const needed = new Set<string>(model.spec.outputs);
  for (const s of model.stocks) for (const sym of symbolsOf(s.rate)) needed.add(sym);
  for (let i = model.auxes.length - 1; i >= 0; i--) {
    const aux = model.auxes[i];
    if (aux !== undefined && needed.has(aux.id)) for (const sym of symbolsOf(aux.expr)) needed.add(sym);
  }
  return model.auxes.filter((a) => needed.has(a.id));
}

/**
 * Emits the statements of the run function body (without braces), JavaScript or typed. Without
 * `checkpoint` the body runs every month and ignores `from`, `state` and `saveAt`.
 */
function emitBody(model: ParsedModel, set: Settings, ts: boolean, checkpoint: boolean): string[] {
  const { spec, symbols } = model;
  const bang = ts ? '!' : '';
  const num = ts ? ': number' : '';
  const helpers = new Set<Helper>();
  const usedParams = new Set<string>();
  const initInputs = new Set<string>();
  const loopInputs = new Set<string>();
  let usesYear = false;
  let usesDt = model.stocks.length > 0;
  const makeContext = (inLoop: boolean): EmitContext => ({
    needHelper: (h) => helpers.add(h),
    name: (sym) => {
      switch (symbols.get(sym)) {
        case 'parameter':
          usedParams.add(sym);
          return `p_${sym}`;
        case 'input':
          (inLoop ? loopInputs : initInputs).add(sym);
          return inLoop ? `u_${sym}` : `in_${sym}[0]${bang}`;
        case 'builtin':
          if (sym === 'dt') {
            usesDt = true;
            return 'dt';
          }
          if (sym === 't') return inLoop ? 'm' : '0';
          if (inLoop) usesYear = true;
          return inLoop ? 'yr' : String(set.startYear);
        default:
          return `v_${sym}`;
      }
    },
  });
  const initCtx = makeContext(false);
  const loopCtx = makeContext(true);
  const emit = (e: Expr, ctx: EmitContext): string => emitExpr(e, ctx);

  const inits = model.stocks.map((s) => `  let v_${s.id}${num} = ${emit(s.init, initCtx)};`);
  const nStocks = model.stocks.length;
  const loads = model.stocks.map((s, i) => `    v_${s.id} = state${bang}[${i}]${bang};`);
  const saves = (indent: string): string[] => model.stocks.map((s, i) => `${indent}state${bang}[${i}] = v_${s.id};`);
  const auxLines = neededAuxes(model).map((a) => `      const v_${a.id}${num} = ${emit(a.expr, loopCtx)};`);
  const rateLines = model.stocks.map((s) => `      const r_${s.id}${num} = ${emit(s.rate, loopCtx)};`);
  const nOut = spec.outputs.length;
  const total = set.months * nOut;

  const lines: string[] = [];
  if (!ts) lines.push(`  'use strict';`);
  if (!ts && checkpoint)
    lines.push(
      `  if (from === undefined) from = 0;`,
      `  if (saveAt === undefined) saveAt = -1;`,
      `  if (to === undefined) to = ${set.months};`,
    );
  lines.push(
    `  if (p.length !== ${spec.parameters.length}) throw new RangeError('run: expected ${spec.parameters.length} parameters, got ' + p.length);`,
    `  if (inp.length !== ${spec.inputs.length}) throw new RangeError('run: expected ${spec.inputs.length} input series, got ' + inp.length);`,
    `  for (let k = 0; k < ${spec.inputs.length}; k++) if ((inp[k]?.length ?? 0) < ${set.months}) throw new RangeError('run: input series ' + k + ' is shorter than ${set.months} months');`,
    `  if (out.length < ${total}) throw new RangeError('run: out needs ${total} values, got ' + out.length);`,
  );
  if (checkpoint)
    lines.push(
      `  if (!Number.isInteger(from) || from < 0 || from > ${set.months}) throw new RangeError('run: from must be an integer month in [0, ${set.months}], got ' + from);`,
      `  if (!Number.isInteger(saveAt) || saveAt < -1 || saveAt > ${set.months} || (saveAt >= 0 && saveAt < from)) throw new RangeError('run: saveAt must be -1 or an integer month in [from, ${set.months}], got ' + saveAt);`,
      `  if (!Number.isInteger(to) || to < from || to > ${set.months}) throw new RangeError('run: to must be an integer month in [from, ${set.months}], got ' + to);`,
      `  if ((from > 0 || saveAt >= 0) && (state === undefined || state.length < ${nStocks})) throw new RangeError('run: state needs ${nStocks} values');`,
    );
  for (const h of HELPER_ORDER) if (helpers.has(h)) lines.push(`  ${ts ? HELPERS[h].ts : HELPERS[h].js}`);
  spec.parameters.forEach((id, k) => {
    if (usedParams.has(id)) lines.push(`  const p_${id}${num} = p[${k}]${bang};`);
  });
  spec.inputs.forEach((id, k) => {
    if (initInputs.has(id) || loopInputs.has(id)) lines.push(`  const in_${id} = inp[${k}]${bang};`);
  });
  if (usesDt) lines.push(`  const dt${num} = 1 / ${set.spm};`);
  lines.push(...inits);
  if (checkpoint && nStocks > 0) lines.push(`  if (from > 0) {`, ...loads, `  }`);
  lines.push(`  for (let m = ${checkpoint ? 'from' : '0'}; m < ${checkpoint ? 'to' : set.months}; m++) {`);
  if (checkpoint && nStocks > 0) lines.push(`    if (m === saveAt) {`, ...saves('      '), `    }`);
  for (const id of spec.inputs) if (loopInputs.has(id)) lines.push(`    const u_${id}${num} = in_${id}[m]${bang};`);
  lines.push(`    for (let s = 0; s < ${set.spm}; s++) {`);
  if (usesYear) lines.push(`      const yr${num} = ${set.startYear} + (m + s / ${set.spm}) / 12;`);
  lines.push(...auxLines);
  if (nOut > 0) {
    lines.push(`      if (s === 0) {`, `        const o = m * ${nOut};`);
    for (const [k, id] of spec.outputs.entries()) lines.push(`        out[${k === 0 ? 'o' : `o + ${k}`}] = v_${id};`);
    lines.push(`      }`);
  }
  lines.push(...rateLines);
  for (const s of model.stocks) {
    lines.push(`      v_${s.id} = v_${s.id} + r_${s.id} * dt;`);
    if (s.nonNegative) lines.push(`      if (v_${s.id} < 0) v_${s.id} = 0;`);
  }
  lines.push(`    }`, `  }`);
  if (checkpoint && nStocks > 0) lines.push(`  if (saveAt === ${set.months}) {`, ...saves('    '), `  }`);
  return lines;
}

/** Generates the text of `function run(p, inp, out, from, state, saveAt, to) { ... }` for a spec; same spec, same text. */
export function generateRunSource(spec: ModelSpec, opts: GenerateOptions): string {
  const body = emitBody(parseEquations(spec), settingsOf(opts), false, true);
  return ['function run(p, inp, out, from, state, saveAt, to) {', ...body, '}', ''].join('\n');
}

/** Returns the ids of a spec's stocks in the order a run's `state` holds them. */
export function stockIds(spec: ModelSpec): string[] {
  return parseEquations(spec).stocks.map((s) => s.id);
}

/** Compiles a spec into a run function (the generated text, instantiated with `new Function`). */
export function compileRun(spec: ModelSpec, opts: GenerateOptions): RunFn {
  const source = generateRunSource(spec, opts);
  // The text comes only from whitelisted, re-emitted expressions, never from the spec verbatim.
  return new Function(`return (${source});`)() as RunFn;
}

/** Generates a complete TypeScript module exporting `GENERATED` (the layout) and `runModel`. */
export function generateModule(spec: ModelSpec, opts: GenerateOptions): string {
  const set = settingsOf(opts);
  const parsed = parseEquations(spec);
  const body = emitBody(parsed, set, true, false);
  const from = emitBody(parsed, set, true, true);
  const list = (ids: readonly string[]): string => `[${ids.map((id) => JSON.stringify(id)).join(', ')}]`;
  return [
    '// Generated from src/model/equations.ts by `npm run generate`. Do not edit this file:',
    '// change the equations and run `npm run generate` again.',
    '',
    '/** Describes the layout `runModel` reads and writes: ids in order, months, steps and start year. */',
    'export const GENERATED = {',
    `  parameters: ${list(spec.parameters)},`,
    `  inputs: ${list(spec.inputs)},`,
    `  outputs: ${list(spec.outputs)},`,
    `  months: ${set.months},`,
    `  stepsPerMonth: ${set.spm},`,
    `  startYear: ${set.startYear},`,
    `  stocks: ${list(parsed.stocks.map((s) => s.id))},`,
    '} as const;',
    '',
    '/**',
    ' * Runs the model once: writes out[m * outputs.length + k] for output k at the start of month m. With',
    ' * `from` > 0 it starts at month `from` with the stocks read from `state` (ordered as `stocks`) and',
    ' * writes only months ≥ from; with `saveAt` ≥ 0 it saves the stocks at the start of month `saveAt` in `state`;',
    ' * with `to` below the months it stops before month `to`.',
    ' */',
    `export function runModel(p: Float64Array, inp: readonly Float64Array[], out: Float64Array, from = 0, state?: Float64Array, saveAt = -1, to = ${set.months}): void {`,
    `  if (from !== 0 || saveAt !== -1 || to !== ${set.months}) {`,
    '    runModelFrom(p, inp, out, from, state, saveAt, to);',
    '    return;',
    '  }',
    ...body,
    '}',
    '',
    '/** Runs the model from month `from` to month `to` and saves the stocks at month `saveAt` (see runModel); kept apart so full runs stay as fast. */',
    'function runModelFrom(p: Float64Array, inp: readonly Float64Array[], out: Float64Array, from: number, state: Float64Array | undefined, saveAt: number, to: number): void {',
    ...from,
    '}',
    '',
  ].join('\n');
}
