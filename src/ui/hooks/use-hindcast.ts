/**
 * The hindcast of the scenario's assumptions for the homicide chart, computed lazily: never in the first
 * frame, only once the curves on screen are ready and the settings have been still for a moment, again only
 * when the assumptions or camps change (levers act from 2019 and play no part), abandoned when they change
 * meanwhile (a result that arrives for older settings is dropped), and cached so switching back is instant.
 */
import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../model/types.js';
import type { UiEngine, UiHindcast } from '../engine-port.js';
import { LruMap } from '../../model/lru.js';

/** The last year a hindcast is constrained on: it projects the four years after it. */
export const HINDCAST_UNTIL = 2014;

/** Milliseconds the settings must stay unchanged before a hindcast starts. */
export const HINDCAST_WAIT_MS = 250;

/** Hindcasts kept for switching back and forth. */
const CACHE_SIZE = 16;

/** Where the hindcast of the current settings stands. */
export type HindcastState =
  | { readonly status: 'idle' }
  | { readonly status: 'computing' }
  | { readonly status: 'done'; readonly result: UiHindcast }
  | { readonly status: 'error'; readonly message: string };

/** Options of `useHindcast`. */
export interface UseHindcastOptions {
  /** The theory to hindcast ('pooled' or a theory's id). */
  readonly theory: string;
  /** False while the curves on screen are being computed: the hindcast waits for them. */
  readonly ready: boolean;
  /** @default HINDCAST_WAIT_MS */
  readonly waitMs?: number;
  /** @default HINDCAST_UNTIL */
  readonly until?: number;
}

/** A key equal for scenarios whose hindcasts are the same: assumption settings, camps, theory and year. */
export function hindcastKey(s: Scenario, theory: string, until: number): string {
  const sorted = (r: Readonly<Record<string, unknown>>): [string, unknown][] =>
    Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([until, theory, sorted(s.assumptions), sorted(s.assumptionRanges ?? {}), sorted(s.camps)]);
}

function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'name' in e && (e as { name: unknown }).name === 'AbortError';
}

/** Compute the hindcast of `scenario` (nothing for undefined) once the screen is idle, cancellable. */
export function useHindcast(engine: UiEngine, scenario: Scenario | undefined, opts: UseHindcastOptions): HindcastState {
  const cache = useRef(new LruMap<string, UiHindcast>(CACHE_SIZE));
  const [, setDone] = useState(0);
  const [error, setError] = useState<{ key: string; message: string } | undefined>(undefined);
  const until = opts.until ?? HINDCAST_UNTIL;
  const key = scenario === undefined ? undefined : hindcastKey(scenario, opts.theory, until);
  const latest = useRef(scenario);
  latest.current = scenario;
  const theory = opts.theory;

  useEffect(() => {
    const s = latest.current;
    if (key === undefined || s === undefined || !opts.ready || cache.current.has(key)) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      engine.hindcast(s, { until, theory }, controller.signal).then(
        (value) => {
          // Settings changed while it ran: the result is for settings no longer on screen.
          if (controller.signal.aborted) return;
          cache.current.set(key, value);
          setDone((n) => n + 1);
        },
        (e: unknown) => {
          if (controller.signal.aborted || isAbort(e)) return;
          setError({ key, message: e instanceof Error ? e.message : String(e) });
        },
      );
    }, opts.waitMs ?? HINDCAST_WAIT_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [engine, key, theory, until, opts.ready, opts.waitMs]);

  if (key === undefined) return { status: 'idle' };
  const hit = cache.current.get(key);
  if (hit) return { status: 'done', result: hit };
  if (error?.key === key) return { status: 'error', message: error.message };
  return { status: 'computing' };
}
