// text-exempt-file: the equation compiler talks to model authors and writes code, not to users
/**
 * The equation compiler: checks a ModelSpec against a whitelist and turns it into one plain
 * JavaScript function that runs the whole simulation.
 */
export { ModelCompileError } from './errors.js';
export type { EquationPart } from './errors.js';
export { parseExpression, symbolsOf, FUNCTION_ARITY, SYMBOL_PATTERN } from './expr.js';
export type { Expr, BinaryOp, FunctionName, ExprSource } from './expr.js';
export { parseEquations, BUILTINS } from './parse.js';
export type { ParsedModel, ParsedStock, ParsedAux, SymbolKind } from './parse.js';
export { topologicalOrder } from './order.js';
export type { Cycle } from './order.js';
export { emitExpr, numberLiteral } from './emit.js';
export type { EmitContext, Helper } from './emit.js';
export { generateRunSource, compileRun, generateModule, stockIds } from './generate.js';
export type { RunFn, GenerateOptions } from './generate.js';
