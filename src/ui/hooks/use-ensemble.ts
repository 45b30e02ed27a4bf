/**
 * Ensemble bands for a scenario, recomputed without blocking input: started at once (or after an optional
 * debounce), run in chunks through the engine's async ensemble, and cancelled (AbortSignal) when the scenario
 * changes again, so keys held down cost at most a chunk each. The last bands stay on screen while new ones
 * are computed.
 */
import { useEffect, useRef, useState } from 'react';
import type { EnsembleResult, Scenario } from '../../model/types.js';
import { scenarioKey } from '../app-state.js';
import type { UiEngine } from '../engine-port.js';

/** The state of one ensemble: the last result, whether a newer one is being computed, and any error. */
export interface EnsembleState {
  readonly result: EnsembleResult | undefined;
  readonly computing: boolean;
  readonly error: string | undefined;
  /** Scenario key of `result`. */
  readonly key: string | undefined;
}

/** Options of `useEnsemble`. */
export interface UseEnsembleOptions {
  /** Runs per ensemble. */
  readonly runs: number;
  /** Wait this long after a change before computing, once bands are on screen. @default DEFAULT_DEBOUNCE_MS */
  readonly debounceMs?: number;
  /** Runs per chunk between yields to the event loop. @default 50 */
  readonly chunk?: number;
  /** Runs of a quick preview computed first (0 for none). @default 200 */
  readonly previewRuns?: number;
  /** Keep bands only for these outputs (much faster than all of them); all when undefined. */
  readonly outputs?: readonly string[];
}

/** Debounce of a recompute after a change (ms): none, as a change aborts the computation it replaces. */
export const DEFAULT_DEBOUNCE_MS = 0;

function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'name' in e && (e as { name: unknown }).name === 'AbortError';
}

/** A full ensemble taking longer than this (ms) is preceded by a quick preview the next time: about one frame. */
export const PREVIEW_OVER_MS = 33;

/** What the hook keeps between renders; `computing` is derived from `done` against the current key. */
interface Held {
  readonly result: EnsembleResult | undefined;
  readonly error: string | undefined;
  /** Key of `result` (undefined for a preview). */
  readonly key: string | undefined;
  /** The key whose computation last ended, with bands or with an error. */
  readonly done: string | undefined;
}

/** Compute ensemble bands for `scenario` (or nothing for undefined), debounced and cancellable. */
export function useEnsemble(engine: UiEngine, scenario: Scenario | undefined, opts: UseEnsembleOptions): EnsembleState {
  const [held, setHeld] = useState<Held>({ result: undefined, error: undefined, key: undefined, done: undefined });
  const hasResult = useRef(false);
  /** How long the last full ensemble took (ms), or undefined before the first. */
  const lastFullMs = useRef<number | undefined>(undefined);
  const outputsKey = opts.outputs?.join(',') ?? '*';
  const key = scenario === undefined ? undefined : `${scenarioKey(scenario)}|${opts.runs}|${outputsKey}`;
  const outputsRef = useRef(opts.outputs);
  outputsRef.current = opts.outputs;
  const latest = useRef(scenario);
  latest.current = scenario;

  useEffect(() => {
    const s = latest.current;
    if (key === undefined || s === undefined) {
      setHeld({ result: undefined, error: undefined, key: undefined, done: undefined });
      hasResult.current = false;
      return undefined;
    }
    const controller = new AbortController();
    const delay = hasResult.current ? (opts.debounceMs ?? DEFAULT_DEBOUNCE_MS) : 0;
    const outputs = outputsRef.current;
    const run = (runs: number): Promise<EnsembleResult> =>
      engine.runEnsembleAsync(s, {
        runs,
        seed: s.seed,
        chunk: opts.chunk ?? 50,
        signal: controller.signal,
        ...(outputs ? { outputs } : {}),
      });
    // A quick preview from the first runs (the same draws as the full ensemble's first runs), then all runs.
    // The preview is left out once a full ensemble is known to take about a frame or less: it would only
    // put off the full one.
    const preview = opts.previewRuns ?? 200;
    const previewPays = lastFullMs.current === undefined || lastFullMs.current > PREVIEW_OVER_MS;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          if (preview > 0 && preview < opts.runs && previewPays) {
            const first = await run(preview);
            if (controller.signal.aborted) return;
            hasResult.current = true;
            setHeld((prev) => ({ ...prev, result: first, error: undefined, key: undefined }));
          }
          const t0 = performance.now();
          const result = await run(opts.runs);
          if (controller.signal.aborted) return;
          lastFullMs.current = performance.now() - t0;
          hasResult.current = true;
          setHeld({ result, error: undefined, key, done: key });
        } catch (e: unknown) {
          if (controller.signal.aborted || isAbort(e)) return;
          setHeld((prev) => ({ ...prev, error: e instanceof Error ? e.message : String(e), done: key }));
        }
      })();
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [engine, key, opts.runs, opts.debounceMs, opts.chunk, opts.previewRuns]);

  // Computing from the render that changes the key on, so the keypress frame already says so (no second
  // commit right after it, which Ink's frame throttle would make the chart's frame wait for).
  return { result: held.result, error: held.error, key: held.key, computing: key !== undefined && held.done !== key };
}
