// text-exempt-file: the equation compiler talks to model authors and writes code, not to users
/**
 * The one error the equation compiler throws: it points at the equation, not at the compiler.
 */

/** Which text of an equation an error is about. */
export type EquationPart = 'init' | 'rate' | 'expr' | 'id' | 'output';

/** Reports an equation the compiler refuses, naming the equation and the offending piece. */
export class ModelCompileError extends Error {
  /** Id of the equation (or parameter, input or output) at fault. */
  readonly equation: string;
  /** The expression text at fault; empty when the fault is not in an expression. */
  readonly expression: string;
  /** What is wrong, naming the offending piece. */
  readonly reason: string;
  /** Which part of the equation the expression is. */
  readonly part: EquationPart;

  /** Builds the error and its message from the equation id, expression text and reason. */
  constructor(equation: string, expression: string, reason: string, part: EquationPart = 'expr') {
    const where = part === 'init' || part === 'rate' ? `equation "${equation}" (${part})` : `equation "${equation}"`;
    const what = expression === '' ? '' : ` in "${expression}"`;
    super(`${where}: ${reason}${what}`);
    this.name = 'ModelCompileError';
    this.equation = equation;
    this.expression = expression;
    this.reason = reason;
    this.part = part;
  }
}
