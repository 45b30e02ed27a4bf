/**
 * Write failures on standard output and standard error. A reader that goes away (EPIPE on stdout, as in
 * `palancas levers | head -1`) ends the command quietly; any other failed write (a full disk, /dev/full, a
 * closed descriptor) ends it with exit code 1 and, when standard error still works, a message there. A
 * failed write never leaves the exit code at 0.
 */

import { msg } from '../text/i18n.js';

/** The parts of a process the guard uses (replaceable in tests). */
export interface GuardedProcess {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  exitCode?: number | string | null | undefined;
  exit(code?: number): never;
}

function codeOf(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Installs error handlers on both streams. Returns `failed()`, which tells whether a write has failed, so
 * the caller can turn a would-be 0 into 1 when it sets the exit code.
 */
export function guardOutput(proc: GuardedProcess): { failed: () => boolean } {
  let failed = false;
  let stderrBroken = false;
  const fail = (): void => {
    failed = true;
    if (proc.exitCode === undefined || proc.exitCode === null || proc.exitCode === 0) proc.exitCode = 1;
  };
  proc.stdout.on('error', (e: unknown) => {
    if (codeOf(e) === 'EPIPE') proc.exit(typeof proc.exitCode === 'number' ? proc.exitCode : 0);
    fail();
    if (!stderrBroken) proc.stderr.write(msg.cli.output.writeFailed(codeOf(e)));
    proc.exit(1);
  });
  proc.stderr.on('error', () => {
    // Nowhere left to say so: remember it, keep running, and make sure the exit code is not 0.
    stderrBroken = true;
    fail();
  });
  return { failed: () => failed };
}
