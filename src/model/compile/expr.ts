// text-exempt-file: the equation compiler talks to model authors and writes code, not to users
/**
 * The whitelist: turns one mathjs expression into a small typed tree, refusing anything that is not
 * plain arithmetic over known symbols. Only `parse` is taken from mathjs; nothing is evaluated here.
 */
import { parse } from 'mathjs';
import type { MathNode } from 'mathjs';
import { ModelCompileError } from './errors.js';
import type { EquationPart } from './errors.js';

/** Binary operators an equation may use (mathjs spelling). */
export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '<' | '>' | '<=' | '>=' | '==' | '!=' | 'and' | 'or';

/** Functions an equation may call. */
export type FunctionName = 'min' | 'max' | 'abs' | 'exp' | 'log' | 'sqrt' | 'floor' | 'clamp' | 'ramp' | 'step';

/** A checked expression: numbers, symbols, whitelisted operators and calls only. */
export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'sym'; readonly name: string }
  | { readonly kind: 'unary'; readonly op: '-' | '+' | 'not'; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'cond'; readonly test: Expr; readonly then: Expr; readonly otherwise: Expr }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly args: readonly Expr[] };

/** Argument counts of the whitelisted functions: [least, most]. */
export const FUNCTION_ARITY: ReadonlyMap<string, readonly [number, number]> = new Map<
  FunctionName,
  readonly [number, number]
>([
  ['min', [2, Infinity]],
  ['max', [2, Infinity]],
  ['abs', [1, 1]],
  ['exp', [1, 1]],
  ['log', [1, 1]],
  ['sqrt', [1, 1]],
  ['floor', [1, 1]],
  ['clamp', [3, 3]],
  ['ramp', [3, 3]],
  ['step', [2, 2]],
]);

/** The form every symbol and id must take. */
export const SYMBOL_PATTERN = /^[a-z_][a-z0-9_]*$/;

/** What each refused mathjs construct is called in error messages. */
const NODE_WORDS: Readonly<Record<string, string>> = {
  AccessorNode: 'property or index access',
  IndexNode: 'index',
  AssignmentNode: 'assignment',
  FunctionAssignmentNode: 'function definition',
  ArrayNode: 'array',
  ObjectNode: 'object',
  RangeNode: 'range',
  BlockNode: 'more than one statement',
  RelationalNode: 'chained comparison (write a < b and b < c)',
};

/** Error reasons, kept together (they are shown to people writing equations). */
const REASONS = {
  syntax: (detail: string) => `syntax error: ${detail}`,
  notFinite: (piece: string) => `only finite numbers are allowed, not ${piece}`,
  symbolForm: (piece: string) => `symbol ${piece} is not lower-case snake_case`,
  bareFunction: (piece: string) => `${piece} is a function; call it with arguments`,
  unknownSymbol: (piece: string) => `unknown symbol ${piece}`,
  implicit: (piece: string) => `implicit multiplication ${piece} is not allowed (write the * sign)`,
  operator: (op: string, piece: string) => `operator "${op}" is not allowed: ${piece}`,
  functionName: (name: string) => `function ${name} is not allowed`,
  arity: (name: string, want: string, got: number, piece: string) =>
    `"${name}" takes ${want} argument(s), got ${got}: ${piece}`,
  construct: (type: string, piece: string) => `${NODE_WORDS[type] ?? type} ${piece} is not allowed`,
};

const BINARY_OPS: ReadonlySet<string> = new Set<BinaryOp>([
  '+',
  '-',
  '*',
  '/',
  '^',
  '<',
  '>',
  '<=',
  '>=',
  '==',
  '!=',
  'and',
  'or',
]);

/** Where an expression comes from, for error messages. */
export interface ExprSource {
  readonly equation: string;
  readonly part: EquationPart;
  readonly text: string;
}

// The few mathjs node fields the walker reads (mathjs types them as a loose generic union).
interface RawNode {
  readonly type: string;
  readonly value?: unknown;
  readonly name?: string;
  readonly content?: MathNode;
  readonly op?: string;
  readonly fn?: { readonly type: string; readonly name?: string } | string;
  readonly args?: readonly MathNode[];
  readonly implicit?: boolean;
  readonly condition?: MathNode;
  readonly trueExpr?: MathNode;
  readonly falseExpr?: MathNode;
  toString(): string;
}

/** Parses one expression and checks it against the whitelist and the known symbols. */
export function parseExpression(src: ExprSource, isKnown: (name: string) => boolean): Expr {
  const fail = (reason: string): never => {
    throw new ModelCompileError(src.equation, src.text, reason, src.part);
  };
  let root: MathNode;
  try {
    root = parse(src.text);
  } catch (e) {
    return fail(REASONS.syntax(e instanceof Error ? e.message : String(e)));
  }
  const walk = (node: MathNode): Expr => {
    const n = node as unknown as RawNode;
    const piece = (): string => `"${n.toString().replace(/\s*\n\s*/g, ' ')}"`;
    switch (n.type) {
      case 'ConstantNode':
        if (typeof n.value !== 'number' || !Number.isFinite(n.value)) return fail(REASONS.notFinite(piece()));
        return { kind: 'num', value: n.value };
      case 'SymbolNode': {
        const name = n.name ?? '';
        if (!SYMBOL_PATTERN.test(name)) return fail(REASONS.symbolForm(piece()));
        if (isKnown(name)) return { kind: 'sym', name };
        if (FUNCTION_ARITY.has(name)) return fail(REASONS.bareFunction(piece()));
        return fail(REASONS.unknownSymbol(piece()));
      }
      case 'ParenthesisNode':
        return walk(n.content as MathNode);
      case 'ConditionalNode':
        return {
          kind: 'cond',
          test: walk(n.condition as MathNode),
          // biome-ignore lint/suspicious/noThenProperty: a node of the expression tree, never awaited
          then: walk(n.trueExpr as MathNode),
          otherwise: walk(n.falseExpr as MathNode),
        };
      case 'OperatorNode': {
        const args = n.args ?? [];
        const op = n.op ?? '';
        if (n.implicit === true) return fail(REASONS.implicit(piece()));
        if (args.length === 1 && (op === '-' || op === '+' || op === 'not')) {
          return { kind: 'unary', op, arg: walk(args[0] as MathNode) };
        }
        if (args.length === 2 && BINARY_OPS.has(op)) {
          return {
            kind: 'binary',
            op: op as BinaryOp,
            left: walk(args[0] as MathNode),
            right: walk(args[1] as MathNode),
          };
        }
        return fail(REASONS.operator(op, piece()));
      }
      case 'FunctionNode': {
        const fn = n.fn;
        const name = typeof fn === 'object' && fn.type === 'SymbolNode' ? (fn.name ?? '') : '';
        const arity = FUNCTION_ARITY.get(name);
        if (arity === undefined) return fail(REASONS.functionName(name === '' ? piece() : `"${name}"`));
        const args = n.args ?? [];
        if (args.length < arity[0] || args.length > arity[1]) {
          const want = arity[1] === Infinity ? `at least ${arity[0]}` : String(arity[0]);
          return fail(REASONS.arity(name, want, args.length, piece()));
        }
        return { kind: 'call', fn: name as FunctionName, args: args.map(walk) };
      }
      default:
        return fail(REASONS.construct(n.type, piece()));
    }
  };
  return walk(root);
}

/** Lists the symbols an expression reads, each once, in order of first appearance. */
export function symbolsOf(expr: Expr): string[] {
  const seen = new Set<string>();
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case 'num':
        return;
      case 'sym':
        seen.add(e.name);
        return;
      case 'unary':
        visit(e.arg);
        return;
      case 'binary':
        visit(e.left);
        visit(e.right);
        return;
      case 'cond':
        visit(e.test);
        visit(e.then);
        visit(e.otherwise);
        return;
      case 'call':
        e.args.forEach(visit);
        return;
    }
  };
  visit(expr);
  return [...seen];
}
