// text-exempt-file: the equation compiler talks to model authors and writes code, not to users
/**
 * Writes a checked expression as a plain, fully parenthesised JavaScript expression over numbers.
 * Comparisons and logic give 0/1 where a number is needed, so every value stays a number.
 */
import type { Expr } from './expr.js';

/** Names the helpers an emitted expression may call (defined once at the top of the run function). */
export type Helper = 'clamp' | 'ramp' | 'step';

/** How symbols are spelled in the emitted code, and where helper use is recorded. */
export interface EmitContext {
  readonly name: (symbol: string) => string;
  readonly needHelper: (helper: Helper) => void;
}

const MATH_FN: Readonly<Record<string, string>> = {
  min: 'Math.min',
  max: 'Math.max',
  abs: 'Math.abs',
  exp: 'Math.exp',
  log: 'Math.log',
  sqrt: 'Math.sqrt',
  floor: 'Math.floor',
};

const COMPARE: Readonly<Record<string, string>> = {
  '<': '<',
  '>': '>',
  '<=': '<=',
  '>=': '>=',
  '==': '===',
  '!=': '!==',
};

/** Spells a finite number as a JavaScript literal that reads back to the same value. */
export function numberLiteral(value: number): string {
  if (Object.is(value, -0)) return '(-0)';
  return value < 0 ? `(${String(value)})` : String(value);
}

/** Emits one expression as JavaScript text. */
export function emitExpr(expr: Expr, ctx: EmitContext): string {
  // `truth` spells a condition (JavaScript truthiness: 0 and NaN are false); `go` spells a number.
  const truth = (e: Expr): string => {
    if (e.kind === 'unary' && e.op === 'not') return `!${truth(e.arg)}`;
    if (e.kind !== 'binary') return go(e);
    if (e.op === 'and') return `(${truth(e.left)} && ${truth(e.right)})`;
    if (e.op === 'or') return `(${truth(e.left)} || ${truth(e.right)})`;
    const cmp = COMPARE[e.op];
    return cmp === undefined ? go(e) : `(${go(e.left)} ${cmp} ${go(e.right)})`;
  };
  const go = (e: Expr): string => {
    switch (e.kind) {
      case 'num':
        return numberLiteral(e.value);
      case 'sym':
        return ctx.name(e.name);
      case 'unary':
        return e.op === 'not' ? `(${truth(e)} ? 1 : 0)` : `(${e.op}${go(e.arg)})`;
      case 'cond':
        return `(${truth(e.test)} ? ${go(e.then)} : ${go(e.otherwise)})`;
      case 'binary':
        if (e.op === '^') return `Math.pow(${go(e.left)}, ${go(e.right)})`;
        if (e.op === 'and' || e.op === 'or' || COMPARE[e.op] !== undefined) return `(${truth(e)} ? 1 : 0)`;
        return `(${go(e.left)} ${e.op} ${go(e.right)})`;
      case 'call': {
        const args = e.args.map(go).join(', ');
        const math = MATH_FN[e.fn];
        if (math !== undefined) return `${math}(${args})`;
        const helper = e.fn as Helper;
        ctx.needHelper(helper);
        return `h_${helper}(${args})`;
      }
    }
  };
  return go(expr);
}
