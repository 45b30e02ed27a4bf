/**
 * A progress bar on standard error for long commands: a bar, the count done and the time left, redrawn in
 * place at most ten times a second. Only when standard error is a terminal; elsewhere nothing is written.
 */

/** User-facing text of this module, kept together for translation. */
export const PROGRESS_MESSAGES = {
  line: (label: string, bar: string, done: number, total: number, left: string) =>
    `${label} ${bar} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}${left}`,
  left: (seconds: number) =>
    ` · about ${seconds < 60 ? `${Math.max(1, Math.round(seconds))} s` : `${Math.round(seconds / 60)} min`} left`,
} as const;

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
  const left = done > 0 && done < total ? PROGRESS_MESSAGES.left(((elapsedMs / done) * (total - done)) / 1000) : '';
  const line = PROGRESS_MESSAGES.line(label, bar, done, total, left);
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
