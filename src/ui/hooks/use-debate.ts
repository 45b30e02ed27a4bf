/**
 * Debate results for the open view (and the explain view's effect), computed lazily: only when the view is shown, one event-loop turn after
 * the request (so the overlay first draws "computing…"), abandoned when the request changes, and kept in a
 * small cache so switching back is instant.
 */
import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../model/types.js';
import { scenarioKey } from '../app-state.js';
import { CRUX_SET_MAX, type DebateTab } from '../debate.js';
import type { Effect } from '../../analysis/stats.js';
import type {
  DebateAttribution,
  DebateClaim,
  DebateCruxes,
  DebateCruxSets,
  DebateSensitivity,
  UiDebate,
} from '../engine-port.js';
import { LruMap } from '../../model/lru.js';

/** What to compute: one view of scenario A against baseline B on one metric, or the effect of A over B alone. */
export interface DebateRequest {
  /**
   * A view of the debate overlay, 'cruxSets' for the sets of changes that flip A over B (under the cruxes view,
   * from the claim's runs and seed), or 'effect' for the effect of A over B (the explain view's).
   */
  readonly tab: DebateTab | 'cruxSets' | 'effect';
  readonly metricId: string;
  /** The language the results are worded in (labels and sentences are kept with them). */
  readonly lang: string;
  readonly a: Scenario;
  readonly b: Scenario;
  /** Paired runs, seed and names of the claim card (runs and seed of the effect too). */
  readonly claim: { readonly runs: number; readonly seed: string; readonly aName: string; readonly bName: string };
}

/** A computed view. */
export type DebateValue =
  | { readonly tab: 'sensitivity'; readonly value: DebateSensitivity }
  | { readonly tab: 'cruxes'; readonly value: DebateCruxes }
  | { readonly tab: 'cruxSets'; readonly value: DebateCruxSets }
  | { readonly tab: 'attribution'; readonly value: DebateAttribution }
  | { readonly tab: 'claim'; readonly value: DebateClaim }
  | { readonly tab: 'effect'; readonly value: Effect };

/** Where the open view stands. */
export type DebateState =
  | { readonly status: 'idle' }
  | { readonly status: 'computing' }
  | { readonly status: 'done'; readonly result: DebateValue }
  | { readonly status: 'error'; readonly message: string };

/** Results kept for switching back and forth. */
const CACHE_SIZE = 32;

/** Key a request: equal for requests that give the same result. */
export function debateKey(r: DebateRequest): string {
  const c =
    r.tab === 'claim'
      ? `|${r.claim.runs}|${r.claim.seed}|${r.claim.aName}|${r.claim.bName}`
      : r.tab === 'effect' || r.tab === 'cruxSets'
        ? `|${r.claim.runs}|${r.claim.seed}`
        : '';
  return `${r.tab}|${r.lang}|${r.metricId}|${scenarioKey(r.a)}|${r.tab === 'sensitivity' ? '' : scenarioKey(r.b)}${c}`;
}

async function compute(debate: UiDebate, r: DebateRequest, signal: AbortSignal): Promise<DebateValue> {
  switch (r.tab) {
    case 'sensitivity':
      return { tab: r.tab, value: await debate.sensitivity(r.a, r.metricId, signal) };
    case 'cruxes':
      return { tab: r.tab, value: await debate.cruxes(r.a, r.b, r.metricId, signal) };
    case 'cruxSets':
      return {
        tab: r.tab,
        value: await debate.cruxSets(
          r.a,
          r.b,
          r.metricId,
          { runs: r.claim.runs, seed: r.claim.seed, maxSet: CRUX_SET_MAX },
          signal,
        ),
      };
    case 'attribution':
      return { tab: r.tab, value: await debate.attribution(r.a, r.b, r.metricId, signal) };
    case 'claim':
      return { tab: r.tab, value: await debate.claim(r.a, r.b, r.metricId, r.claim, signal) };
    case 'effect':
      return { tab: r.tab, value: await debate.effect(r.a, r.b, r.metricId, r.claim, signal) };
  }
}

function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'name' in e && (e as { name: unknown }).name === 'AbortError';
}

/** Compute the requested view (nothing for undefined), after one turn of the event loop, cancellable. */
export function useDebate(debate: UiDebate, request: DebateRequest | undefined): DebateState {
  const cache = useRef(new LruMap<string, DebateValue>(CACHE_SIZE));
  const [, setDone] = useState(0);
  const [error, setError] = useState<{ key: string; message: string } | undefined>(undefined);
  const key = request === undefined ? undefined : debateKey(request);
  const latest = useRef(request);
  latest.current = request;

  useEffect(() => {
    const r = latest.current;
    if (key === undefined || r === undefined || cache.current.has(key)) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      compute(debate, r, controller.signal).then(
        (value) => {
          if (controller.signal.aborted) return;
          cache.current.set(key, value);
          setDone((n) => n + 1);
        },
        (e: unknown) => {
          if (controller.signal.aborted || isAbort(e)) return;
          setError({ key, message: e instanceof Error ? e.message : String(e) });
        },
      );
    }, 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [debate, key]);

  if (key === undefined) return { status: 'idle' };
  const hit = cache.current.get(key);
  if (hit) return { status: 'done', result: hit };
  if (error?.key === key) return { status: 'error', message: error.message };
  return { status: 'computing' };
}
