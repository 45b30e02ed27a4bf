/**
 * Which assumptions stand behind a lever or a curve, read from the equation text (symbols are ids).
 * Pure string work: no expression parser is loaded in the explorer.
 */
import type { Equation } from '../model/types.js';

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/g;

/** Tells whether a symbol of the equation text is one of the given ids. */
function isOneOf<A extends string>(ids: ReadonlySet<A>, symbol: string): symbol is A {
  return (ids as ReadonlySet<string>).has(symbol);
}

/** List the identifiers an expression mentions, in order of first appearance. */
export function symbolsOf(expr: string): string[] {
  const seen = new Set<string>();
  for (const m of expr.matchAll(IDENT)) {
    const prev = m.index === undefined || m.index === 0 ? '' : expr[m.index - 1];
    // Skip number exponents such as 1e5 (the "e5" follows a digit) and property access.
    if (prev !== undefined && /[0-9.]/.test(prev)) continue;
    const next = expr[(m.index ?? 0) + m[0].length];
    if (next === '(') continue; // function call
    seen.add(m[0]);
  }
  return [...seen];
}

/** Give the text of every expression in an equation (rate and init for stocks). */
export function equationExprs(eq: Equation): string[] {
  return eq.kind === 'stock' ? [eq.rate, eq.init] : [eq.expr];
}

/** Show an equation the way the model runs it ("d stock/dt = …; stock(2007-01) = …" or "id = …"). */
export function equationText(eq: Equation): string[] {
  return eq.kind === 'stock'
    ? [`d(${eq.id})/dt = ${eq.rate}`, `${eq.id}(2007-01) = ${eq.init}`]
    : [`${eq.id} = ${eq.expr}`];
}

/**
 * Collect the assumptions behind a curve: those in its own equation first, then those of the equations it
 * reads, breadth first, up to `limit`.
 */
export function assumptionsForOutput<A extends string>(
  equations: readonly Equation[],
  assumptionIds: ReadonlySet<A>,
  outputId: string,
  limit = Infinity,
): A[] {
  const byId = new Map(equations.map((e) => [e.id, e]));
  const out: A[] = [];
  const seen = new Set<string>([outputId]);
  const queue = [outputId];
  while (queue.length > 0 && out.length < limit) {
    const id = queue.shift()!;
    const eq = byId.get(id);
    if (!eq) continue;
    for (const sym of equationExprs(eq).flatMap(symbolsOf)) {
      if (seen.has(sym)) continue;
      seen.add(sym);
      if (isOneOf(assumptionIds, sym)) {
        out.push(sym);
        if (out.length >= limit) break;
      } else if (byId.has(sym)) queue.push(sym);
    }
  }
  return out;
}

/** Collect the assumptions that appear next to a lever in the equations that read it, up to `limit`. */
export function assumptionsForLever<A extends string>(
  equations: readonly Equation[],
  assumptionIds: ReadonlySet<A>,
  leverId: string,
  limit = Infinity,
): A[] {
  const out: A[] = [];
  const seen = new Set<string>();
  for (const eq of equations) {
    const syms = equationExprs(eq).flatMap(symbolsOf);
    if (!syms.includes(leverId)) continue;
    for (const s of syms) {
      if (!seen.has(s) && isOneOf(assumptionIds, s)) {
        seen.add(s);
        out.push(s);
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
