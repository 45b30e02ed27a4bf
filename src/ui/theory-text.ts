/**
 * Pure text and series for the theory of violence and the hindcast: the theory line of the status line, the
 * hindcast note of the homicide chart, each as variants from longest to shortest so a narrow terminal gets a
 * shorter wording instead of a word cut in half, and the hindcast's yearly band spread over months.
 */
import type { UiHindcast, UiTheory } from './engine-port.js';
import type { HindcastState } from './hooks/use-hindcast.js';
import { formatNumber } from './format.js';
import { msg } from '../text/i18n.js';

/** A percentage for a sentence: one decimal under 10 ("4.0%"), whole above ("26%"). */
export function formatPercent(v: number): string {
  if (!Number.isFinite(v)) return formatNumber(v);
  return `${formatNumber(v, Math.abs(v) < 10 ? 1 : 0)}%`;
}

/** A share (0–1) as a whole percentage ("82%"). */
function sharePct(share: number): string {
  return `${formatNumber(share * 100, 0)}%`;
}

/** The theory line, longest wording first. */
export function theoryVariants(t: UiTheory): string[] {
  const m = msg.ui;
  const name = (id: string): string => m.theoryNames[id] ?? id;
  if (t.id !== 'pooled') {
    const skill = formatNumber(t.skill ?? 0, 2);
    return [m.theoryOne(name(t.id), skill), m.theoryOneMid(name(t.id), skill), m.theoryOneShort(name(t.id))];
  }
  const parts = t.shares.map((x) => m.theoryShare(name(x.id), sharePct(x.share)));
  const top = parts[0];
  return [
    ...(parts.length ? [msg.ui.theoryPooled(parts.join(', '))] : []),
    ...(top !== undefined && parts.length > 1 ? [msg.ui.theoryPooledTop(top)] : []),
    msg.ui.theoryPooledShort,
  ];
}

/** The first (longest) variant that fits in `width` columns, or '' when none does. */
export function pickFit(variants: readonly string[], width: number): string {
  return variants.find((v) => Array.from(v).length <= width) ?? '';
}

/** The hindcast note beside the homicide chart's title, longest wording first ([] when there is none). */
export function hindcastNoteVariants(state: HindcastState, until: number): string[] {
  switch (state.status) {
    case 'idle':
      return [];
    case 'computing':
      return [msg.ui.hindcastComputing(until), msg.ui.hindcastComputingShort];
    case 'error':
      return [msg.ui.hindcastFailed];
    case 'done': {
      const m = formatPercent(state.result.mape);
      const p = formatPercent(state.result.persistence_mape);
      return [
        msg.ui.hindcastLong(until, m, p),
        msg.ui.hindcastMid(until, m, p),
        msg.ui.hindcastShort(m, p),
        msg.ui.hindcastTiny(m),
      ];
    }
  }
}

/** A hindcast's P10–P90 as monthly series over the chart's months: each test year's band over its 12 months. */
export interface HindcastSeries {
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly mid: Float64Array;
  /** First month with a value, and one past the last. */
  readonly from: number;
  readonly to: number;
}

/** Spread a hindcast's yearly P10/P50/P90 over the months ("YYYY-MM") of the chart; NaN elsewhere. */
export function hindcastSeries(h: UiHindcast, months: readonly string[]): HindcastSeries | undefined {
  const n = months.length;
  const low = new Float64Array(n).fill(Number.NaN);
  const high = new Float64Array(n).fill(Number.NaN);
  const mid = new Float64Array(n).fill(Number.NaN);
  const byYear = new Map(h.years.map((y) => [y.year, y]));
  let from = n;
  let to = 0;
  months.forEach((m, i) => {
    const y = byYear.get(Number(m.slice(0, 4)));
    if (y === undefined) return;
    low[i] = y.p10;
    high[i] = y.p90;
    mid[i] = y.p50;
    from = Math.min(from, i);
    to = Math.max(to, i + 1);
  });
  return from < to ? { low, high, mid, from, to } : undefined;
}

/** The test year of a hindcast a month falls in, if any. */
export function hindcastYearAt(
  h: UiHindcast | undefined,
  month: string | undefined,
): UiHindcast['years'][number] | undefined {
  if (h === undefined || month === undefined) return undefined;
  const year = Number(month.slice(0, 4));
  return h.years.find((y) => y.year === year);
}
