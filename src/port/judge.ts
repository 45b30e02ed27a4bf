/**
 * Judging a debate round on the model: what differs between the two cases, the effect of aff over neg on the
 * round's metric (pairedEffect, through the same path as `palancas claim`), the effect under each recorded
 * attack (the change applied to both cases: an attack questions the world, not one side's policy), the
 * single-assumption cruxes between the cases, and the verdict by the round's rule.
 */
import { advantage, isMetricId, METRICS, metricNamed, type Metric } from '../analysis/metrics.js';
import type { Effect } from '../analysis/stats.js';
import type { Scenario } from '../model/types.js';
import { fingerprintScenario } from '../scenario/fingerprint.js';
import { applyAttack, type Round, type RoundAttack, type RoundRegistry, type Side } from '../scenario/round.js';
import { analyzeClaim, analyzeCrux } from './analyses.js';
import { ASSUMPTIONS, LEVERS, leverValues, MODEL_VERSION, resolveAssumptions } from './engine.js';

/** Ensemble size of a new round: large enough for a stable median, small enough to judge in under 2 s. */
export const DEFAULT_ROUND_RUNS = 200;

/** The verdict of a round: the side the effect favours, or a tie. */
export type Verdict = Side | 'tie';

/** One setting that differs between the cases: a lever's value, an assumption's value, or a camp. */
export type Difference =
  | {
      readonly kind: 'lever' | 'assumption';
      readonly id: string;
      readonly label: string;
      readonly unit: string;
      readonly aff: number;
      readonly neg: number;
    }
  | {
      readonly kind: 'camp';
      readonly id: string;
      readonly label: string;
      readonly unit: string;
      readonly aff: string;
      readonly neg: string;
    };

/** A recorded attack judged: the effect with its change applied to both cases, and whether the verdict flips. */
export interface JudgedAttack {
  readonly attack: RoundAttack;
  readonly effect: Effect;
  readonly verdict: Verdict;
  readonly flips: boolean;
}

/** One change of a crux: an assumption moved from its central value to where the verdict flips. */
export interface CruxChange {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/**
 * A crux between the cases: the changes that flip who leads at central values (one assumption each for now;
 * sets of several fit the same shape), and how far that is as a share of the ranges.
 */
export interface RoundCrux {
  readonly changes: readonly CruxChange[];
  readonly distance: number;
  readonly label: string;
  readonly unit: string;
}

/** A judged round. */
export interface Judgement {
  readonly round: Round;
  readonly metric: Metric;
  readonly verdict: Verdict;
  /** The effect of aff over neg (aff − neg) on the metric from the round's paired runs. */
  readonly effect: Effect;
  readonly differences: readonly Difference[];
  readonly attacks: readonly JudgedAttack[];
  /** Who leads at central values, which the cruxes flip (may differ from the verdict, which is the median). */
  readonly centralLeader: Verdict;
  readonly cruxes: readonly RoundCrux[];
}

/** What a round is read against on the shipped model. */
export const ROUND_REGISTRY: RoundRegistry = {
  levers: LEVERS,
  assumptions: ASSUMPTIONS,
  modelVersion: MODEL_VERSION,
  isMetric: (id) => METRICS.some((m) => m.id === id) || isMetricId(id),
  metricIds: METRICS.map((m) => m.id),
};

/** The verdict from an effect's median: the side it favours by more than the tie margin, else a tie. */
export function verdictOf(metric: Pick<Metric, 'better'>, effect: Pick<Effect, 'p50'>, tieMargin: number): Verdict {
  const lead = advantage(metric, effect.p50, 0);
  if (!Number.isFinite(lead) || Math.abs(lead) <= tieMargin) return 'tie';
  return lead > 0 ? 'aff' : 'neg';
}

/** The settings that differ between the cases, levers first, then assumptions in the model's order. */
export function differences(aff: Scenario, neg: Scenario): Difference[] {
  const out: Difference[] = [];
  const la = leverValues(aff);
  const ln = leverValues(neg);
  for (const l of LEVERS) {
    const a = la[l.id] as number;
    const n = ln[l.id] as number;
    if (a !== n) out.push({ kind: 'lever', id: l.id, label: l.label, unit: l.unit, aff: a, neg: n });
  }
  const ra = resolveAssumptions(aff);
  const rn = resolveAssumptions(neg);
  ra.forEach((a, i) => {
    const n = rn[i];
    if (n === undefined) return;
    if ((a.camp ?? '') !== (n.camp ?? '')) {
      out.push({ kind: 'camp', id: a.id, label: a.label, unit: '', aff: a.camp ?? '', neg: n.camp ?? '' });
    }
    const own = a.override !== undefined || n.override !== undefined;
    const sameCamp = (a.camp ?? '') === (n.camp ?? '');
    const e = a.effective;
    const f = n.effective;
    const differ = e.value !== f.value || e.low !== f.low || e.high !== f.high;
    if (differ && (sameCamp || own)) {
      out.push({ kind: 'assumption', id: a.id, label: a.label, unit: a.unit, aff: e.value, neg: f.value });
    }
  });
  return out;
}

/** What a judgement computes: everything (the default), or without the cruxes, or only the first n attacks. */
export interface JudgeOptions {
  /** true (every attack, the default), false (none) or how many of the first attacks. */
  readonly attacks?: boolean | number;
  readonly cruxes?: boolean;
}

/** Most effects remembered between judgements of the same round (the judge view judges it in steps). */
const MEMO_SIZE = 64;
const memo = new Map<string, Effect>();

/**
 * The effect of a over b on the metric from paired runs, remembered by both fingerprints (every setting and
 * the model version), the metric, runs and seed: the same inputs give the same numbers, so a judgement in steps
 * runs each ensemble once.
 */
function pairedEffectOf(a: Scenario, b: Scenario, metric: Metric, runs: number, seed: string): Effect {
  const key = JSON.stringify([
    fingerprintScenario(a, ROUND_REGISTRY, MODEL_VERSION),
    fingerprintScenario(b, ROUND_REGISTRY, MODEL_VERSION),
    metric.id,
    runs,
    seed,
  ]);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const effect = analyzeClaim(a, b, metric, { runs, seed }).effect;
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(key, effect);
  return effect;
}

/** Judges a round on the shipped model (blocking: about a second at the default runs). */
export function judgeRound(round: Round, opts: JudgeOptions = {}): Judgement {
  const metric = metricNamed(round.rule.metric);
  const { runs, seed, tieMargin } = round.rule;
  const aff = round.aff.scenario;
  const neg = round.neg.scenario;
  const effectOf = (a: Scenario, b: Scenario): Effect => pairedEffectOf(a, b, metric, runs, seed);
  const effect = effectOf(aff, neg);
  const verdict = verdictOf(metric, effect, tieMargin);
  const count =
    opts.attacks === false ? 0 : opts.attacks === true || opts.attacks === undefined ? Infinity : opts.attacks;
  const attacks: JudgedAttack[] = round.attacks.slice(0, count).map((attack) => {
    const e = effectOf(applyAttack(aff, attack), applyAttack(neg, attack));
    const v = verdictOf(metric, e, tieMargin);
    return { attack, effect: e, verdict: v, flips: v !== verdict };
  });
  let cruxes: RoundCrux[] = [];
  let centralLeader: Verdict = 'tie';
  if (opts.cruxes !== false) {
    // Central runs: the one run per case the crux scan moves one assumption at a time.
    const report = analyzeCrux(aff, neg, metric, { runs, seed, confirmTop: 0 });
    centralLeader = report.leader === 'A' ? 'aff' : report.leader === 'B' ? 'neg' : 'tie';
    cruxes = report.rows.flatMap((r) =>
      r.flip === null || r.distance === null
        ? []
        : [{ changes: [{ id: r.id, from: r.value, to: r.flip }], distance: r.distance, label: r.label, unit: r.unit }],
    );
  }
  return { round, metric, verdict, effect, differences: differences(aff, neg), attacks, centralLeader, cruxes };
}
