/**
 * Ensemble bands for a scenario, recomputed without blocking input: debounced, run in chunks through the
 * engine's async ensemble, and cancelled (AbortSignal) when the scenario changes again. The last bands stay
 * on screen while new ones are computed.
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
  /** Wait this long after the last change before computing. @default 120 */
  readonly debounceMs?: number;
  /** Runs per chunk between yields to the event loop. @default 50 */
  readonly chunk?: number;
  /** Runs of a quick preview computed first (0 for none). @default 200 */
  readonly previewRuns?: number;
  /** Keep bands only for these outputs (much faster than all of them); all when undefined. */
  readonly outputs?: readonly string[];
}

function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'name' in e && (e as { name: unknown }).name === 'AbortError';
}

/** Compute ensemble bands for `scenario` (or nothing for undefined), debounced and cancellable. */
export function useEnsemble(engine: UiEngine, scenario: Scenario | undefined, opts: UseEnsembleOptions): EnsembleState {
  const [state, setState] = useState<EnsembleState>({ result: undefined, computing: scenario !== undefined, error: undefined, key: undefined });
  const hasResult = useRef(false);
  const outputsKey = opts.outputs?.join(',') ?? '*';
  const key = scenario === undefined ? undefined : `${scenarioKey(scenario)}|${opts.runs}|${outputsKey}`;
  const outputsRef = useRef(opts.outputs);
  outputsRef.current = opts.outputs;
  const latest = useRef(scenario);
  latest.current = scenario;

  useEffect(() => {
    const s = latest.current;
    if (key === undefined || s === undefined) {
      setState({ result: undefined, computing: false, error: undefined, key: undefined });
      hasResult.current = false;
      return undefined;
    }
    setState((prev) => (prev.key === key ? prev : { ...prev, computing: true }));
    const controller = new AbortController();
    const delay = hasResult.current ? (opts.debounceMs ?? 120) : 0;
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
    const preview = opts.previewRuns ?? 200;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          if (preview > 0 && preview < opts.runs) {
            const first = await run(preview);
            if (controller.signal.aborted) return;
            hasResult.current = true;
            setState({ result: first, computing: true, error: undefined, key: undefined });
          }
          const result = await run(opts.runs);
          if (controller.signal.aborted) return;
          hasResult.current = true;
          setState({ result, computing: false, error: undefined, key });
        } catch (e: unknown) {
          if (controller.signal.aborted || isAbort(e)) return;
          setState((prev) => ({ ...prev, computing: false, error: e instanceof Error ? e.message : String(e) }));
        }
      })();
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [engine, key, opts.runs, opts.debounceMs, opts.chunk, opts.previewRuns]);

  return state;
}
