/**
 * The debate tools of the explorer wired to the real model: sensitivity, cruxes and attribution from
 * central (deterministic) runs, the claim and the effect of A over B from a small paired ensemble. Long scans are split into slices of
 * about SLICE_MS between event-loop turns, so keys keep being read while they run.
 */
import { advantage, metricNamed, type Metric } from '../analysis/metrics.js';
import {
  analyzeAttribution,
  assumptionItems,
  centralMetric,
  cruxSetSteps,
  makeCentralEvaluator,
  perRunMetric,
} from './analyses.js';
import { buildClaim } from '../analysis/claim.js';
import { pairedEffect } from '../analysis/stats.js';
import { findCruxes } from '../analysis/crux.js';
import { computeSensitivity, type RangeItem } from '../analysis/sensitivity.js';
import { abortError } from '../model/ensemble.js';
import type { Scenario } from '../model/types.js';
import type { DebateMetric, DebateTools } from './engine-port.js';

/** Longest stretch of model runs between two event-loop turns, in milliseconds. */
export const SLICE_MS = 40;

/** Give the event loop a turn (input, rendering), then reject if the work was abandoned meanwhile. */
export async function yieldTurn(signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) throw abortError();
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw abortError();
}

/**
 * Run a stepwise computation (a generator that pauses between steps) to its end, yielding to the event loop
 * whenever a slice has taken SLICE_MS or more; rejects with an AbortError once `signal` aborts.
 */
export async function runSliced<T>(steps: Generator<void, T, void>, signal?: AbortSignal): Promise<T> {
  await yieldTurn(signal);
  let t0 = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - t0 >= SLICE_MS) {
      await yieldTurn(signal);
      t0 = performance.now();
    }
  }
}

/** Run `work` on each item, yielding to the event loop whenever a slice has taken SLICE_MS or more. */
export async function forEachSliced<T>(
  items: readonly T[],
  work: (item: T) => void,
  signal?: AbortSignal,
): Promise<void> {
  function* each(): Generator<void, void, void> {
    for (const item of items) {
      work(item);
      yield;
    }
  }
  await runSliced(each(), signal);
}

/** Wrap an evaluation of (item, x) in a cache, so a second pass over the same points costs nothing. */
function cached(f: (item: RangeItem, x: number) => number): (item: RangeItem, x: number) => number {
  const memo = new Map<string, number>();
  return (item, x) => {
    const key = `${item.id}\u0000${x}`;
    let v = memo.get(key);
    if (v === undefined) {
      v = f(item, x);
      memo.set(key, v);
    }
    return v;
  };
}

function lookup(id: string): Metric | undefined {
  try {
    return metricNamed(id);
  } catch {
    return undefined;
  }
}

function metricOf(id: string): Metric {
  const m = lookup(id);
  // text-exempt: the explorer passes only metric ids it listed itself
  if (m === undefined) throw new Error(`unknown metric ${id}`);
  return m;
}

/** The metric in each of the paired runs of A and of B (same runs and seed), a turn of the event loop before each. */
async function pairedRuns(
  a: Scenario,
  b: Scenario,
  metric: Metric,
  opts: { readonly runs: number; readonly seed: string },
  signal?: AbortSignal,
): Promise<{ perRunA: Float64Array; perRunB: Float64Array }> {
  await yieldTurn(signal);
  const perRunA = perRunMetric(a, metric, opts.runs, opts.seed);
  await yieldTurn(signal);
  const perRunB = perRunMetric(b, metric, opts.runs, opts.seed);
  return { perRunA, perRunB };
}

/** Build the debate tools on the real model; `fingerprint` is the port's. */
export function realDebate(fingerprint: (s: Scenario) => string): DebateTools {
  return {
    metric(id): DebateMetric | undefined {
      const m = lookup(id);
      return m === undefined
        ? undefined
        : { id: m.id, label: m.label, unit: m.unit, better: m.better, phrase: m.phrase };
    },
    async sensitivity(s, metricId, signal) {
      const metric = metricOf(metricId);
      const items = assumptionItems(s);
      const evaluate = makeCentralEvaluator(s, metric);
      const at = cached((item, x) => evaluate(item.id, x));
      // First pass in slices fills the cache; the second (instant) pass ranks the rows as the analysis does.
      await forEachSliced(
        items,
        (item) => {
          if (item.high > item.low) {
            at(item, item.low);
            at(item, item.high);
          }
        },
        signal,
      );
      return computeSensitivity(metric, centralMetric(s, metric), items, at);
    },
    async cruxes(a, b, metricId, signal) {
      const metric = metricOf(metricId);
      await yieldTurn(signal);
      const margin = advantage(metric, centralMetric(a, metric), centralMetric(b, metric));
      const items = assumptionItems(a);
      const evalA = makeCentralEvaluator(a, metric);
      const evalB = makeCentralEvaluator(b, metric);
      const marginAt = cached((item, x) => advantage(metric, evalA(item.id, x), evalB(item.id, x)));
      await forEachSliced(items, (item) => void findCruxes([item], margin, marginAt), signal);
      return findCruxes(items, margin, marginAt);
    },
    async cruxSets(a, b, metricId, opts, signal) {
      return runSliced(cruxSetSteps(a, b, metricOf(metricId), opts), signal);
    },
    async attribution(a, b, metricId, signal) {
      const metric = metricOf(metricId);
      await yieldTurn(signal);
      // maxLevers 0: always one player per lever family (at most 2^8 central runs).
      const r = analyzeAttribution(a, b, metric, 0);
      return {
        start: r.start,
        end: r.end,
        rows: r.rows.map((row) => ({ id: row.id, label: row.label, shapley: row.shapley })),
      };
    },
    async effect(a, b, metricId, opts, signal) {
      const metric = metricOf(metricId);
      const { perRunA, perRunB } = await pairedRuns(a, b, metric, opts, signal);
      return pairedEffect(perRunA, perRunB, metric.better);
    },
    async claim(a, b, metricId, opts, signal) {
      const metric = metricOf(metricId);
      const { perRunA, perRunB } = await pairedRuns(a, b, metric, opts, signal);
      const c = buildClaim({ aName: opts.aName, bName: opts.bName, metric, perRunA, perRunB });
      return { sentence: c.sentence, effect: c.effect, seed: opts.seed };
    },
    fingerprint,
  };
}
