/**
 * Ensemble bands for a scenario, recomputed without blocking input: started at once (or after an optional
 * debounce), run in chunks through the engine's async ensemble, and cancelled (AbortSignal) when the scenario
 * changes again, so keys held down cost at most a chunk each. The last bands stay on screen while new ones
 * are computed.
 *
 * Complete ensembles are kept (a few, by key), and once the scenario's own ensemble is on screen the hook
 * computes, one after another in idle time, the ensembles of the scenarios the next key is likely to ask for
 * (`likely`: the selected lever a step up and down). A key that lands on a kept ensemble shows its bands in
 * the very render that shows the key, one frame; a key that lands on one still being computed takes it over
 * instead of starting again. Kept or not, the bands are those of the same computation, bit for bit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EnsembleResult, Scenario } from '../../model/types.js';
import { scenarioKey } from '../app-state.js';
import type { UiEngine } from '../engine-port.js';
import { LruMap } from '../../model/lru.js';

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
  /**
   * Scenarios the next change is likely to lead to, most likely first: their full ensembles are computed in
   * idle time once the scenario's own is done, so a key that leads to one is drawn at once. @default none
   */
  readonly likely?: readonly Scenario[];
  /** Complete ensembles kept for keys that come back (0: none). @default KEPT_ENSEMBLES */
  readonly keep?: number;
}

/** Debounce of a recompute after a change (ms): none, as a change aborts the computation it replaces. */
export const DEFAULT_DEBOUNCE_MS = 0;

/** Complete ensembles kept per hook (the scenario's, the likely next ones and the last few shown). */
export const KEPT_ENSEMBLES = 8;

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

/** A full ensemble being computed ahead of time for a likely next scenario. */
interface Ahead {
  readonly key: string;
  readonly controller: AbortController;
  readonly promise: Promise<EnsembleResult>;
}

const NOTHING: Held = { result: undefined, error: undefined, key: undefined, done: undefined };

/** Ensemble key of a scenario: its settings, the runs and the kept outputs. */
function ensembleKey(s: Scenario, runs: number, outputsKey: string): string {
  return `${scenarioKey(s)}|${runs}|${outputsKey}`;
}

/** Compute ensemble bands for `scenario` (or nothing for undefined), debounced and cancellable. */
export function useEnsemble(engine: UiEngine, scenario: Scenario | undefined, opts: UseEnsembleOptions): EnsembleState {
  // The held state is a ref (set through `setHeld`, which also re-renders) so that a render can take a kept
  // ensemble for a new key without a second render.
  const held = useRef<Held>(NOTHING);
  const [, setTick] = useState(0);
  const setHeld = useCallback((next: Held | ((prev: Held) => Held)): void => {
    held.current = typeof next === 'function' ? next(held.current) : next;
    setTick((n) => n + 1);
  }, []);
  const hasResult = useRef(false);
  /** How long the last full ensemble took (ms), or undefined before the first. */
  const lastFullMs = useRef<number | undefined>(undefined);
  /** Complete ensembles by key, oldest first. */
  const kept = useRef(new LruMap<string, EnsembleResult>(KEPT_ENSEMBLES));
  const ahead = useRef<Ahead | undefined>(undefined);
  kept.current.limit = opts.keep ?? KEPT_ENSEMBLES;
  const outputsKey = opts.outputs?.join(',') ?? '*';
  const key = scenario === undefined ? undefined : ensembleKey(scenario, opts.runs, outputsKey);
  const outputsRef = useRef(opts.outputs);
  outputsRef.current = opts.outputs;
  const latest = useRef(scenario);
  latest.current = scenario;
  const likely = (opts.likely ?? []).map((s) => ({ scenario: s, key: ensembleKey(s, opts.runs, outputsKey) }));
  const likelyRef = useRef(likely);
  likelyRef.current = likely;
  const likelyKey = likely.map((l) => l.key).join('\n');

  /** A scenario's ensemble at `runs` runs, in chunks, with bands of `outputs` (all when undefined). */
  const ensembleOf = useCallback(
    (s: Scenario, runs: number, signal: AbortSignal, outputs: readonly string[] | undefined) =>
      engine.runEnsembleAsync(s, {
        runs,
        seed: s.seed,
        chunk: opts.chunk ?? 50,
        signal,
        ...(outputs ? { outputs } : {}),
      }),
    [engine, opts.chunk],
  );

  // A kept ensemble for the new key is shown by this very render.
  const hit = key === undefined ? undefined : kept.current.get(key);
  if (hit !== undefined && held.current.done !== key) {
    held.current = { result: hit, error: undefined, key, done: key };
    hasResult.current = true;
  }

  useEffect(() => {
    const s = latest.current;
    if (key === undefined || s === undefined) {
      setHeld(NOTHING);
      hasResult.current = false;
      return undefined;
    }
    // A likely ensemble still being computed for another key is of no use now.
    const running = ahead.current;
    if (running !== undefined && running.key !== key) {
      running.controller.abort();
      ahead.current = undefined;
    }
    const done = kept.current.get(key);
    if (done !== undefined) {
      // Kept after this key's render (computed ahead, finished in between): shown now.
      if (held.current.done !== key) setHeld({ result: done, error: undefined, key, done: key });
      return undefined;
    }
    const controller = new AbortController();
    /** This key's full ensemble is done: kept and shown. */
    const finished = (result: EnsembleResult): void => {
      kept.current.set(key, result);
      hasResult.current = true;
      setHeld({ result, error: undefined, key, done: key });
    };
    /** This key's ensemble failed (not aborted): the error is shown over the last bands. */
    const failed = (e: unknown): void => {
      if (controller.signal.aborted || isAbort(e)) return;
      setHeld((prev) => ({ ...prev, error: e instanceof Error ? e.message : String(e), done: key }));
    };
    // The ensemble computed ahead for this very key is taken over, not started again.
    if (running?.key === key) {
      ahead.current = undefined;
      running.promise.then((result) => {
        if (!controller.signal.aborted) finished(result);
      }, failed);
      return () => {
        controller.abort();
        running.controller.abort();
      };
    }
    const delay = hasResult.current ? (opts.debounceMs ?? DEFAULT_DEBOUNCE_MS) : 0;
    const outputs = outputsRef.current;
    const run = (runs: number): Promise<EnsembleResult> => ensembleOf(s, runs, controller.signal, outputs);
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
          finished(result);
        } catch (e: unknown) {
          failed(e);
        }
      })();
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [ensembleOf, key, opts.runs, opts.debounceMs, opts.previewRuns, setHeld]);

  // Once the scenario's own ensemble is done, the likely next ones, one at a time, each in chunks.
  const ready = key !== undefined && held.current.done === key && held.current.key === key;
  useEffect(() => {
    if (!ready || likelyKey === '') return undefined;
    let stopped = false;
    const outputs = outputsRef.current;
    const list = likelyRef.current;
    void (async () => {
      for (const l of list) {
        if (stopped) return;
        if (kept.current.has(l.key)) continue;
        let a = ahead.current;
        if (a?.key !== l.key) {
          a?.controller.abort();
          const controller = new AbortController();
          const promise = ensembleOf(l.scenario, opts.runs, controller.signal, outputs);
          // Taken over or abandoned, its rejection is handled where it is awaited.
          promise.catch(() => undefined);
          a = { key: l.key, controller, promise };
          ahead.current = a;
        }
        try {
          const result = await a.promise;
          kept.current.set(l.key, result);
        } catch {
          return;
        } finally {
          if (ahead.current === a) ahead.current = undefined;
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, [ensembleOf, ready, likelyKey, opts.runs]);

  useEffect(
    () => () => {
      ahead.current?.controller.abort();
      ahead.current = undefined;
    },
    [],
  );

  // Computing from the render that changes the key on, so the keypress frame already says so (no second
  // commit right after it, which Ink's frame throttle would make the chart's frame wait for).
  const h = held.current;
  return { result: h.result, error: h.error, key: h.key, computing: key !== undefined && h.done !== key };
}
