/**
 * The same model built with the `simulation` package (Insight Maker's engine): one Variable per parameter,
 * a Converter per input series (troops, leader removals, observed homicides), one Variable per auxiliary,
 * every stock with one net flow, monthly Euler steps over 288 months. Equations are translated from the checked expression trees of
 * src/model/equations.ts into the package's syntax. The package is AGPL and only used by the benchmark,
 * so it is imported dynamically.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Expr } from '../src/model/compile/expr.js';
import { parseEquations } from '../src/model/compile/parse.js';
import type { ParsedModel } from '../src/model/compile/parse.js';
import { GENERATED } from '../src/model/generated/model.gen.js';
import { MODEL_SPEC } from '../src/model/equations.js';

const MONTHS = 288;
const START_YEAR = 2007;
const YEAR = 'sim_year';
const PACKAGE = 'simulation';

/** A run function with the generated model's signature. */
export type SimRun = (p: Float64Array, inp: readonly Float64Array[], out: Float64Array) => void;

/** Writes a number so the package reads back the same double. */
function lit(x: number): string {
  const s = String(x);
  return s.includes('e') ? `(${x.toExponential().replace('e+', 'e')})` : s;
}

/** The package's spelling of the model's ramp (0 before start, linear over duration, then 1). */
function ramp(x: string, start: string, duration: Expr, durationText: string): string {
  const linear = `Max(0, Min(1, (${x} - ${start}) / ${durationText}))`;
  if (duration.kind === 'num' && duration.value > 0) return linear;
  return `IfThenElse(${durationText} <= 0, IfThenElse(${x} >= ${start}, 1, 0), ${linear})`;
}

/** Translates one checked expression into the package's formula syntax, fully parenthesized. */
export function toSimulationSyntax(e: Expr, refs: Set<string>): string {
  const t = (x: Expr): string => toSimulationSyntax(x, refs);
  switch (e.kind) {
    case 'num':
      return lit(e.value);
    case 'sym': {
      const name = e.name === 'year' ? YEAR : e.name;
      if (e.name === 't' || e.name === 'dt') throw new Error(`simulation model: builtin ${e.name} is not translated`);
      refs.add(name);
      return `[${name}]`;
    }
    case 'unary':
      if (e.op === 'not') return `(not ${t(e.arg)})`;
      return `(${e.op}${t(e.arg)})`;
    case 'binary': {
      const op = e.op === '==' ? '=' : e.op;
      return `(${t(e.left)} ${op} ${t(e.right)})`;
    }
    case 'cond':
      return `IfThenElse(${t(e.test)}, ${t(e.then)}, ${t(e.otherwise)})`;
    case 'call': {
      const a = e.args.map(t);
      switch (e.fn) {
        case 'min':
          return `Min(${a.join(', ')})`;
        case 'max':
          return `Max(${a.join(', ')})`;
        case 'abs':
          return `Abs(${a[0]})`;
        case 'exp':
          return `Exp(${a[0]})`;
        case 'log':
          return `Ln(${a[0]})`;
        case 'sqrt':
          return `Sqrt(${a[0]})`;
        case 'floor':
          return `Floor(${a[0]})`;
        case 'clamp':
          return `Max(${a[1]}, Min(${a[2]}, ${a[0]}))`;
        case 'step':
          return `IfThenElse(${a[0]} >= ${a[1]}, 1, 0)`;
        case 'ramp':
          return ramp(a[0]!, a[1]!, e.args[2]!, a[2]!);
      }
    }
  }
  throw new Error('simulation model: unknown expression');
}

// Minimal structural view of the package's API (its own types are JSDoc-generated and loose).
interface SimPrimitive {
  value: string;
}
interface SimResults {
  series(p: SimPrimitive): number[];
}
interface SimModel {
  Variable(c: { name: string; value: string }): SimPrimitive;
  Converter(c: {
    name: string;
    input: 'Time';
    interpolation: 'Discrete' | 'Linear';
    values: { x: number; y: number }[];
  }): SimPrimitive;
  Stock(c: { name: string; initial: string }): SimPrimitive;
  Flow(
    start: SimPrimitive | null,
    end: SimPrimitive | null,
    c: { name: string; rate: string; nonNegative: boolean },
  ): SimPrimitive;
  Link(a: SimPrimitive, b: SimPrimitive): unknown;
  simulate(): SimResults;
}

/**
 * Imports the package. Loaders that follow tsconfig "paths" (tsx) map the name to its type declarations,
 * so when the plain import fails the package's `main` file is imported from its folder instead.
 */
async function loadPackage(): Promise<{ Model: new (c: object) => SimModel }> {
  const specifier: string = PACKAGE;
  try {
    return (await import(specifier)) as { Model: new (c: object) => SimModel };
  } catch {
    const resolved = createRequire(import.meta.url).resolve(specifier);
    const marker = `${sep}node_modules${sep}${PACKAGE}${sep}`;
    const at = resolved.lastIndexOf(marker);
    if (at < 0) throw new Error(`cannot locate the ${PACKAGE} package (resolved ${resolved})`);
    const dir = resolved.slice(0, at + marker.length);
    const main = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { main: string }).main;
    return (await import(pathToFileURL(join(dir, main)).href)) as { Model: new (c: object) => SimModel };
  }
}

/** What `buildSimulationRun` returns: the run function and the package's version of each equation. */
export interface SimulationModel {
  readonly run: SimRun;
  /** Translated formulas by primitive name, for display and debugging. */
  readonly formulas: ReadonlyMap<string, string>;
}

/**
 * Builds the model with the `simulation` package once; each call of `run` sets the parameter values and
 * the input series, simulates, and writes the outputs in the generated layout.
 */
export async function buildSimulationRun(): Promise<SimulationModel> {
  const mod = await loadPackage();
  const parsed: ParsedModel = parseEquations(MODEL_SPEC);
  const m = new mod.Model({
    timeStart: 0,
    timeLength: MONTHS - 1,
    timeStep: 1,
    timeUnits: 'Months',
    algorithm: 'Euler',
  });
  const prims = new Map<string, SimPrimitive>();
  const refsOf = new Map<string, Set<string>>();
  const formulas = new Map<string, string>();

  const params = GENERATED.parameters.map((id) => {
    const v = m.Variable({ name: id, value: '0' });
    prims.set(id, v);
    return v;
  });
  const inputs = GENERATED.inputs.map((id) => {
    const c = m.Converter({ name: id, input: 'Time', interpolation: 'Discrete', values: [{ x: 0, y: 0 }] });
    prims.set(id, c);
    return c;
  });
  prims.set(YEAR, m.Variable({ name: YEAR, value: `${START_YEAR} + Months() / 12` }));

  for (const a of parsed.auxes) {
    const refs = new Set<string>();
    const f = toSimulationSyntax(a.expr, refs);
    prims.set(a.id, m.Variable({ name: a.id, value: f }));
    refsOf.set(a.id, refs);
    formulas.set(a.id, f);
  }
  for (const s of parsed.stocks) {
    const initRefs = new Set<string>();
    const init = toSimulationSyntax(s.init, initRefs);
    const stock = m.Stock({ name: s.id, initial: init });
    prims.set(s.id, stock);
    refsOf.set(s.id, initRefs);
    formulas.set(s.id, init);
  }
  for (const s of parsed.stocks) {
    const refs = new Set<string>();
    let rate = toSimulationSyntax(s.rate, refs);
    // dt is one month: a rate of at least −stock is exactly the generated code's clamp at zero.
    if (s.nonNegative) {
      rate = `Max(${rate}, -[${s.id}])`;
      refs.add(s.id);
    }
    const name = `${s.id}_net`;
    const flow = m.Flow(null, prims.get(s.id)!, { name, rate, nonNegative: false });
    prims.set(name, flow);
    refsOf.set(name, refs);
    formulas.set(name, rate);
  }
  for (const [name, refs] of refsOf) {
    const to = prims.get(name)!;
    for (const r of refs) {
      const from = prims.get(r);
      if (from === undefined) throw new Error(`simulation model: ${name} reads unknown ${r}`);
      if (from !== to) m.Link(from, to);
    }
  }

  const outputs = GENERATED.outputs.map((id) => {
    const p = prims.get(id);
    if (p === undefined) throw new Error(`simulation model: no primitive for output ${id}`);
    return p;
  });
  const nOut = outputs.length;

  const run: SimRun = (p, inp, out) => {
    if (inp.length !== inputs.length)
      throw new RangeError(`simulation model: expected ${inputs.length} input series, got ${inp.length}`);
    for (let k = 0; k < params.length; k++) params[k]!.value = lit(p[k]!);
    inputs.forEach((c, j) => {
      const series = inp[j]!;
      const points = Array.from({ length: MONTHS }, (_, x) => ({ x, y: series[x]! }));
      (c as unknown as { values: { x: number; y: number }[] }).values = points;
    });
    const res = m.simulate();
    for (let k = 0; k < nOut; k++) {
      const s = res.series(outputs[k]!);
      for (let mo = 0; mo < MONTHS; mo++) out[mo * nOut + k] = Number(s[mo]);
    }
  };
  return { run, formulas };
}
