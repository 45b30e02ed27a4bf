/**
 * A progress bar on standard error for long commands: a bar, the count done and the time left, redrawn in
 * place at most ten times a second. Only when standard error is a terminal; elsewhere nothing is written.
 */

import { msg } from '../text/i18n.js';
import { count } from './numbers.js';

/** The time left in words: whole seconds under a minute (at least 1), else whole minutes. */
function timeLeft(seconds: number): string {
  return msg.cli.progress.left(Math.max(1, Math.round(seconds)), Math.round(seconds / 60), seconds < 60);
}

/** Where a bar is drawn: a writable terminal stream (tests pass a fake). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** A running bar. */
export interface Progress {
  /** Sets how much is done (out of the total given at the start), and optionally a new label. */
  update(done: number, label?: string): void;
  /** Clears the bar's line. */
  end(): void;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;
const CLEAR_LINE = '\r\u001b[2K';

/** Draws the line of a bar at `done` of `total`, `elapsedMs` after the start. Pure. */
export function progressLine(label: string, done: number, total: number, elapsedMs: number, columns = 80): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
  const left = done > 0 && done < total ? timeLeft(((elapsedMs / done) * (total - done)) / 1000) : '';
  const line = msg.cli.progress.line(label, bar, count(done), count(total), left);
  const max = Math.max(10, columns - 1);
  return Array.from(line).length > max ? Array.from(line).slice(0, max).join('') : line;
}

/**
 * Starts a bar of `total` steps on `stream`, or returns undefined when the stream is not a terminal (a pipe,
 * a file), so callers write nothing there.
 */
export function startProgress(
  stream: ProgressStream,
  label: string,
  total: number,
  now: () => number = () => performance.now(),
): Progress | undefined {
  if (stream.isTTY !== true) return undefined;
  const start = now();
  let last = -Infinity;
  let shown = false;
  let text = label;
  const draw = (done: number): void => {
    stream.write(`${CLEAR_LINE}${progressLine(text, done, total, now() - start, stream.columns ?? 80)}`);
    shown = true;
  };
  draw(0);
  last = now();
  return {
    update(done, newLabel) {
      const t = now();
      const relabel = newLabel !== undefined && newLabel !== text;
      if (newLabel !== undefined) text = newLabel;
      if (!relabel && t - last < REDRAW_MS && done < total) return;
      last = t;
      draw(done);
    },
    end() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
