// text-exempt-file: the equation compiler talks to model authors and writes code, not to users
/**
 * Turns a ModelSpec into a checked, ordered model: every id known and unique, every expression
 * parsed once against the whitelist, auxiliaries and stock initial values in dependency order.
 */
import type { ModelSpec } from '../types.js';
import { ModelCompileError } from './errors.js';
import type { EquationPart } from './errors.js';
import { FUNCTION_ARITY, SYMBOL_PATTERN, parseExpression, symbolsOf } from './expr.js';
import type { Expr } from './expr.js';
import { topologicalOrder } from './order.js';

/** What a symbol names. */
export type SymbolKind = 'stock' | 'aux' | 'parameter' | 'input' | 'builtin';

/** Symbols every equation may read: month index, fractional calendar year, months per step. */
export const BUILTINS: readonly string[] = ['t', 'year', 'dt'];

/** A stock whose expressions passed the whitelist. */
export interface ParsedStock {
  readonly id: string;
  readonly init: Expr;
  readonly rate: Expr;
  readonly initText: string;
  readonly rateText: string;
  readonly nonNegative: boolean;
}

/** An auxiliary whose expression passed the whitelist. */
export interface ParsedAux {
  readonly id: string;
  readonly expr: Expr;
  readonly text: string;
}

/** A checked model: stocks in initial-value order, auxiliaries in dependency order. */
export interface ParsedModel {
  readonly spec: ModelSpec;
  readonly symbols: ReadonlyMap<string, SymbolKind>;
  readonly stocks: readonly ParsedStock[];
  readonly auxes: readonly ParsedAux[];
}

const NUM0: Expr = { kind: 'num', value: 0 };

/** Error reasons, kept together (they are shown to people writing equations). */
const REASONS = {
  idForm: (id: string) => `id "${id}" is not lower-case snake_case`,
  reserved: (id: string) => `id "${id}" is reserved`,
  twice: (id: string, before: string, kind: string) => `id "${id}" is declared twice (${before} and ${kind})`,
  initUsesAux: (aux: string) => `an initial value may not use the auxiliary "${aux}"`,
  notAnEquation: (id: string) => `output "${id}" is not an equation`,
  cycle: (path: readonly string[]) => `cycle: ${path.join(' -> ')}`,
  initCycle: (path: readonly string[]) => `cycle among initial values: ${path.join(' -> ')}`,
};

/** Names an id may not take: functions, words mathjs reads as constants or operators, object internals. */
const RESERVED: ReadonlySet<string> = new Set([
  ...FUNCTION_ARITY.keys(),
  ...['true', 'false', 'null', 'undefined', 'and', 'or', 'not', 'xor', 'mod', 'to', 'in'],
  ...['constructor', 'prototype', '__proto__'],
]);

/** Parses and checks every expression of a spec once, and orders auxiliaries and stock inits. */
export function parseEquations(spec: ModelSpec): ParsedModel {
  const symbols = new Map<string, SymbolKind>(BUILTINS.map((b) => [b, 'builtin']));
  const declare = (id: string, kind: SymbolKind): void => {
    const fail = (reason: string): never => {
      throw new ModelCompileError(id, '', reason, 'id');
    };
    if (!SYMBOL_PATTERN.test(id)) fail(REASONS.idForm(id));
    if (RESERVED.has(id)) fail(REASONS.reserved(id));
    const before = symbols.get(id);
    if (before !== undefined) fail(REASONS.twice(id, before, kind));
    symbols.set(id, kind);
  };
  for (const eq of spec.equations) declare(eq.id, eq.kind);
  for (const id of spec.parameters) declare(id, 'parameter');
  for (const id of spec.inputs) declare(id, 'input');
  const isKnown = (name: string): boolean => symbols.has(name);
  const read = (equation: string, part: EquationPart, text: string): Expr =>
    parseExpression({ equation, part, text }, isKnown);

  const stocks = new Map<string, ParsedStock>();
  const auxes = new Map<string, ParsedAux>();
  for (const eq of spec.equations) {
    if (eq.kind === 'stock') {
      const init = read(eq.id, 'init', eq.init);
      const auxUsed = symbolsOf(init).find((s) => symbols.get(s) === 'aux');
      if (auxUsed !== undefined) {
        throw new ModelCompileError(eq.id, eq.init, REASONS.initUsesAux(auxUsed), 'init');
      }
      const rate = read(eq.id, 'rate', eq.rate);
      stocks.set(eq.id, {
        id: eq.id,
        init,
        rate,
        initText: eq.init,
        rateText: eq.rate,
        nonNegative: eq.nonNegative === true,
      });
    } else {
      auxes.set(eq.id, { id: eq.id, expr: read(eq.id, 'expr', eq.expr), text: eq.expr });
    }
  }
  for (const out of spec.outputs) {
    if (!stocks.has(out) && !auxes.has(out)) {
      throw new ModelCompileError(out, '', REASONS.notAnEquation(out), 'output');
    }
  }

  const auxOrder = topologicalOrder([...auxes.keys()], (id) => symbolsOf(auxes.get(id)?.expr ?? NUM0));
  if ('cycle' in auxOrder) {
    const first = auxes.get(auxOrder.cycle.path[0] ?? '');
    throw new ModelCompileError(first?.id ?? '', first?.text ?? '', REASONS.cycle(auxOrder.cycle.path));
  }
  const initOrder = topologicalOrder([...stocks.keys()], (id) => symbolsOf(stocks.get(id)?.init ?? NUM0));
  if ('cycle' in initOrder) {
    const first = stocks.get(initOrder.cycle.path[0] ?? '');
    throw new ModelCompileError(
      first?.id ?? '',
      first?.initText ?? '',
      REASONS.initCycle(initOrder.cycle.path),
      'init',
    );
  }
  return {
    spec,
    symbols,
    stocks: initOrder.order.map((id) => stocks.get(id) as ParsedStock),
    auxes: auxOrder.order.map((id) => auxes.get(id) as ParsedAux),
  };
}
