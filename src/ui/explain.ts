/**
 * What moved a curve against the baseline: the effect over paired runs (explainEffectText, computed by the
 * engine port), then, in the central run, a one-at-a-time swap. For each lever (and assumption) the scenario
 * changes, run the central model with only that setting put back to the baseline, and rank by the effect on
 * the curve's 2019–2030 sum. Pure: it calls the engine's deterministic central run.
 */
import type { Assumption, Lever, Scenario } from '../model/types.js';
import type { Effect } from '../analysis/stats.js';
import { msg } from '../text/i18n.js';
import { leverValue } from './app-state.js';
import { effectAmount } from './debate.js';
import { formatDelta, formatSignedPercent } from './format.js';

/** One setting's effect on the curve. */
export interface Contribution {
  readonly kind: 'lever' | 'assumption' | 'camp';
  readonly id: string;
  readonly label: string;
  /** Curve sum with the scenario minus curve sum with only this setting reset (positive = it raised the curve). */
  readonly effect: number;
}

/** The explanation of one curve. */
export interface Explanation {
  readonly scenarioTotal: number;
  readonly baselineTotal: number;
  readonly contributions: readonly Contribution[];
}

/** Where the explain view's effect stands: the curve's 2019–2030 total over paired runs (pairedEffect). */
export type ExplainEffect =
  | { readonly status: 'computing'; readonly runs: number }
  | { readonly status: 'done'; readonly runs: number; readonly unit: string; readonly value: Effect }
  | { readonly status: 'error'; readonly runs: number; readonly message: string };

/**
 * The explain view's line on the effect of the scenario over the baseline: the same number (pairedEffect) the
 * claim card, `palancas claim` and `palancas compare` state for the same runs and seed.
 */
export function explainEffectText(e: ExplainEffect): string {
  const m = msg.ui;
  if (e.status === 'computing') return m.explainEffectComputing(e.runs);
  if (e.status === 'error') return m.explainEffectFailed(e.message);
  const v = e.value;
  const pct = formatSignedPercent(v.pct.p50) || msg.common.notAvailable;
  return m.explainEffect(e.runs, effectAmount(v.p50, e.unit), formatDelta(v.p10), formatDelta(v.p90), pct, v.wins);
}

/** The engine pieces the explanation needs. */
export interface ExplainEngine {
  readonly levers: readonly Lever[];
  readonly assumptions: readonly Assumption[];
  readonly scenarioStart: number;
  runCentral(s: Scenario): Record<string, Float64Array>;
}

/** Sum a monthly annual-rate series over the scenario period, in annual units (sum of months / 12). */
export function periodSum(series: ArrayLike<number> | undefined, from: number): number {
  if (!series) return NaN;
  let s = 0;
  for (let m = from; m < series.length; m++) s += series[m] ?? 0;
  return s / 12;
}

/** Mean of a series over one calendar year (its annual value, since months are annual rates). */
export function yearValue(series: ArrayLike<number> | undefined, months: readonly string[], year: number): number {
  if (!series) return NaN;
  const start = months.indexOf(`${year}-01`);
  if (start < 0) return NaN;
  let s = 0;
  let n = 0;
  for (let m = start; m < Math.min(start + 12, series.length); m++) {
    s += series[m] ?? 0;
    n++;
  }
  return n > 0 ? s / n : NaN;
}

function without<T>(r: Readonly<Record<string, T>>, key: string, replacement: T | undefined): Record<string, T> {
  const out: Record<string, T> = { ...r };
  delete out[key];
  if (replacement !== undefined) out[key] = replacement;
  return out;
}

/** Explain how `scenario` moved curve `outputId` against `baseline`, largest effect first. */
export function explainCurve(
  engine: ExplainEngine,
  scenario: Scenario,
  baseline: Scenario,
  outputId: string,
): Explanation {
  const from = engine.scenarioStart;
  const total = (s: Scenario): number => periodSum(engine.runCentral(s)[outputId], from);
  const scenarioTotal = total(scenario);
  const baselineTotal = total(baseline);
  const contributions: Contribution[] = [];
  for (const l of engine.levers) {
    const v = leverValue(scenario, l);
    const b = leverValue(baseline, l);
    if (v === b) continue;
    const swapped = { ...scenario, levers: { ...scenario.levers, [l.id]: b } };
    contributions.push({ kind: 'lever', id: l.id, label: l.label, effect: scenarioTotal - total(swapped) });
  }
  for (const a of engine.assumptions) {
    if (scenario.assumptions[a.id] !== undefined && scenario.assumptions[a.id] !== baseline.assumptions[a.id]) {
      const swapped = { ...scenario, assumptions: without(scenario.assumptions, a.id, baseline.assumptions[a.id]) };
      contributions.push({ kind: 'assumption', id: a.id, label: a.label, effect: scenarioTotal - total(swapped) });
    }
    if (scenario.camps[a.id] !== undefined && scenario.camps[a.id] !== baseline.camps[a.id]) {
      const swapped = {
        ...scenario,
        camps: without(scenario.camps, a.id, baseline.camps[a.id]),
        assumptions: without(scenario.assumptions, a.id, baseline.assumptions[a.id]),
      };
      contributions.push({
        kind: 'camp',
        id: a.id,
        label: msg.ui.explainCamp(a.label, scenario.camps[a.id] ?? ''),
        effect: scenarioTotal - total(swapped),
      });
    }
  }
  contributions.sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect));
  return { scenarioTotal, baselineTotal, contributions };
}
