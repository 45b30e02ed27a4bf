/**
 * What a run's parameters are made of, as plain typed arrays: the constrained pool's kept row, the draws of
 * the assumptions that act only from 2019, and the scenario's levers and settings. One definition fills a
 * run from them, on the main thread and in worker threads alike. For large ensembles the arrays live in
 * shared memory, so workers read the pool itself instead of a copy of every run's parameters.
 */

/** The ingredients of every run of one ensemble. */
export interface RunDraws {
  /** The pool's rows: runs × size. */
  readonly rows: Float64Array;
  readonly size: number;
  /** Per run, the values at the history-free positions: runs × free.length. */
  readonly later: Float64Array;
  readonly free: Int32Array;
  /** The scenario's value at each position; written at `fixedAt`. */
  readonly fixed: Float64Array;
  readonly fixedAt: Int32Array;
}

/** Fills run r's parameters: the pool's row, then the later draws, then the scenario's own values. */
export function fillRun(d: RunDraws, r: number, p: Float64Array): void {
  const { rows, size, later, free, fixed, fixedAt } = d;
  p.set(rows.subarray(r * size, (r + 1) * size));
  const nFree = free.length;
  for (let j = 0; j < nFree; j++) p[free[j] as number] = later[r * nFree + j] as number;
  for (let j = 0; j < fixedAt.length; j++) {
    const i = fixedAt[j] as number;
    p[i] = fixed[i] as number;
  }
}

/**
 * A zeroed array of `length` doubles, in memory worker threads share when `shared` (and where shared memory
 * exists: a page opened from file:// has none).
 */
export function runTable(length: number, shared: boolean): Float64Array {
  return shared && typeof SharedArrayBuffer === 'function'
    ? new Float64Array(new SharedArrayBuffer(length * 8))
    : new Float64Array(length);
}
