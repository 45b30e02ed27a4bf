/**
 * The browser's stand-in for threads.ts in the page bundle (scripts/build.mjs swaps it in): a page has no
 * worker threads to call synchronously, so every ensemble runs on one thread, with the same results.
 */
export { PARALLEL_RUNS } from '../model/pools.js';

/** Most threads used: one. */
export const MAX_THREADS = 1;

/** Threads an ensemble uses: one. */
export function defaultThreads(): number {
  return 1;
}

/** Nothing to stop. */
export function stopThreads(): void {}

/** No workers: callers compute on this thread. */
export function callWorkers<T>(_requests: readonly { value: unknown; transfer?: ArrayBuffer[] }[]): T[] | undefined {
  return undefined;
}

/** No workers: callers compute on this thread. */
export function startInBackground<T>(_value: unknown): (() => T) | undefined {
  return undefined;
}
