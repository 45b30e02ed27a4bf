import type { Progress } from './progress.js';

/** What a command gets from the process: output streams and settings, so commands can be tested without one. */
export interface CommandContext {
  /** Write to standard output (no newline added). */
  readonly out: (text: string) => void;
  /** Write to standard error (no newline added). */
  readonly err: (text: string) => void;
  /** Working directory that relative paths resolve against. */
  readonly cwd: string;
  /** False when NO_COLOR is set or output is not a terminal. */
  readonly color: boolean;
  /**
   * Starts a progress bar of `total` steps on standard error; absent, or returning undefined, when standard
   * error is not a terminal (nothing is shown then).
   */
  readonly progress?: (label: string, total: number) => Progress | undefined;
}

/** One subcommand of `palancas`. */
export interface Command {
  readonly name: string;
  /** One line for `palancas --help`. */
  readonly summary: string;
  /** Full usage text for `palancas <name> --help`. */
  readonly usage: string;
  /** Run with the arguments after the command name; resolve to the exit code (0 ok, 1 failure, 2 bad input). */
  run(argv: readonly string[], ctx: CommandContext): Promise<number>;
}

/** An error the command line reports as one clean line on stderr (no stack trace), with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
