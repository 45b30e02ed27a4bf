/**
 * One-at-a-time sensitivity ("tornado"): the swing of a metric from each input's low to its high end, with
 * every other input at its central value. Pure: the model comes in as an `evaluate` function.
 */
import type { Metric } from './metrics.js';

/** An input that can be moved across a range: an assumption (its range, or its camp's) or a lever. */
export interface RangeItem {
  readonly kind: 'assumption' | 'lever';
  readonly id: string;
  readonly label: string;
  /** The current (central) value in the scenario. */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly unit: string;
  /** Citation for assumptions; the article's words for levers. */
  readonly source: string;
  /** The camp whose range is used, when the assumption is contested. */
  readonly camp?: string;
}

/** One bar of the tornado. */
export interface SensitivityRow extends RangeItem {
  /** Metric with this input at its low end. */
  readonly atLow: number;
  /** Metric with this input at its high end. */
  readonly atHigh: number;
  /** atHigh − atLow. */
  readonly swing: number;
}

/** Tornado data for one scenario and one metric. */
export interface SensitivityResult {
  readonly metric: { readonly id: string; readonly label: string; readonly unit: string; readonly better: string };
  /** Metric with every input central. */
  readonly base: number;
  /** Sorted by |swing|, largest first (ties by id). */
  readonly rows: readonly SensitivityRow[];
}

/** Computes the metric at the value `x` of one input, all other inputs central. */
export type EvaluateAt = (item: RangeItem, x: number) => number;

/** Computes the one-at-a-time swing of every input with a non-empty range and ranks them by |swing|. */
export function computeSensitivity(
  metric: Pick<Metric, 'label' | 'unit' | 'better'> & { readonly id: string },
  base: number,
  items: readonly RangeItem[],
  evaluate: EvaluateAt,
): SensitivityResult {
  const rows: SensitivityRow[] = [];
  for (const item of items) {
    if (!(item.high > item.low)) continue;
    const atLow = evaluate(item, item.low);
    const atHigh = evaluate(item, item.high);
    rows.push({ ...item, atLow, atHigh, swing: atHigh - atLow });
  }
  rows.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    metric: { id: metric.id, label: metric.label, unit: metric.unit, better: metric.better },
    base,
    rows,
  };
}
