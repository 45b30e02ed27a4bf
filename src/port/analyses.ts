/**
 * The analysis tools wired to the model engine: each function builds the `evaluate` the pure analysis needs
 * out of central runs (runCentral) and paired ensembles (runPerRun), and returns plain data for the command
 * line, the terminal UI and the brief.
 */
import {
  ASSUMPTIONS,
  EQUATIONS,
  LEVERS,
  OUTPUT_INDEX,
  centralParameters,
  leverValues,
  resolveAssumptions,
  runCentral,
  runPerRun,
  statusQuo,
} from './engine.js';
import { GENERATED, runModel } from '../model/generated/model.gen.js';
import { MONTH_COUNT as HISTORY_MONTHS } from '../model/history.js';
import { MODEL_INPUTS, THEORY_ASSUMPTION } from '../model/pools.js';
import {
  type Assumption,
  type AssumptionId,
  type Camp,
  type CampId,
  idsOf,
  type LeverId,
  type Scenario,
} from '../model/types.js';
import { leverValue } from '../model/scenario-defaults.js';
import { attribute, planPlayers, type Player } from '../analysis/attribution.js';
import type {
  AttributionReport,
  CruxCheck,
  CruxReport,
  CruxSetChangeRow,
  CruxSetReport,
  EvidenceReport,
  SensitivityReport,
} from '../analysis/reports.js';

export type { AttributionReport, CruxCheck, CruxReport, CruxSetReport, EvidenceReport, SensitivityReport };
import { buildClaim, type Claim } from '../analysis/claim.js';
import { findCruxes, type FlipSearchOptions, type Leader } from '../analysis/crux.js';
import {
  confirming,
  cruxSetReport,
  MAX_SET_SIZE,
  runThrough,
  screening,
  startScreen,
  turned,
  type ConfirmResult,
  type ScreenResult,
  type SetChange,
  type SetOption,
} from '../analysis/crux-sets.js';
import { assumptionOverride, withFixedValue, withoutOverride } from '../model/overrides.js';
import {
  assessEvidenceSets,
  countEvidenceSets,
  enumerateEvidenceSets,
  type ContestedAssumption,
  applyEvidenceSet,
  MAX_EVIDENCE_SETS,
  type EvidenceSet,
} from '../analysis/evidence.js';
import { buildLedger, findDrivers, type Driver, type EquationText, type Ledger } from '../analysis/ledger.js';
import {
  advantage,
  getMetric,
  metricNamed,
  metricReducer,
  yearlyMetrics,
  SCENARIO_YEARS,
  type Metric,
} from '../analysis/metrics.js';
import { computeSensitivity, type RangeItem } from '../analysis/sensitivity.js';
import { pairedEffect, spread, summarizePaired, type Effect } from '../analysis/stats.js';
import { msg } from '../text/i18n.js';
import { startInBackground } from './threads.js';

/** Default ensemble sizes of the tools. */
export const DEFAULT_CRUX_RUNS = 1000;
export const DEFAULT_EVIDENCE_RUNS = 200;
/** How many top cruxes are checked with extra ensembles. */
export const DEFAULT_CONFIRM_TOP = 3;

function withLevers(s: Scenario, levers: Readonly<Record<string, number>>): Scenario {
  return { ...s, levers: { ...s.levers, ...levers } };
}

/** Evaluates a metric on one central run of the scenario (with optional assumption overrides). */
export function centralMetric(s: Scenario, metric: Metric, overrides?: Readonly<Record<string, number>>): number {
  const series = runCentral(s, overrides);
  return metric.fromSeries((id) => seriesOf(series, id));
}

/**
 * Makes a fast central evaluator for one scenario: the central run's parameter vector is built once, then
 * each call sets one assumption and reruns the model into a reused buffer, reading the metric without
 * copying series. Gives the same numbers as `centralMetric(s, metric, { [id]: x })` (tested), several times
 * faster, which matters for the crux scan (two runs per point, ~25 points per assumption).
 */
export function makeCentralEvaluator(s: Scenario, metric: Metric): (id?: string, x?: number) => number {
  const evaluate = makeCentralSetEvaluator(s, metric);
  return (id, x) => evaluate(id !== undefined && x !== undefined ? [[id, x]] : []);
}

/**
 * The fast central evaluator (see makeCentralEvaluator) with several assumptions set at once: each call
 * reruns the central run with the given (id, value) pairs on top.
 */
export function makeCentralSetEvaluator(
  s: Scenario,
  metric: Metric,
): (overrides: readonly (readonly [string, number])[]) => number {
  const base = centralParameters(s);
  const position = new Map<string, number>(GENERATED.parameters.map((id, i) => [id, i]));
  const p = new Float64Array(base.length);
  const out = new Float64Array(HISTORY_MONTHS * GENERATED.outputs.length);
  const reduce = metricReducer(metric, HISTORY_MONTHS);
  return (overrides) => {
    p.set(base);
    for (const [id, x] of overrides) {
      const i = position.get(id);
      // text-exempt: a programming error (an id the code itself passes), never caused by input
      if (i === undefined) throw new Error(`the model has no parameter ${id}`);
      p[i] = x;
    }
    runModel(p, MODEL_INPUTS, out);
    return reduce(out, OUTPUT_INDEX);
  };
}

function seriesOf(series: Record<string, Float64Array>, id: string): Float64Array {
  const s = series[id];
  // text-exempt: a programming error (an id the code itself passes), never caused by input
  if (s === undefined) throw new Error(`the model has no output ${id}`);
  return s;
}

/**
 * Lists the scenario's assumptions as ranges: their value in the central run (the kept draw that fits history
 * best, which the analyses move one at a time) and their effective (camp-aware) low and high.
 */
export function assumptionItems(s: Scenario): RangeItem[] {
  const central = centralParameters(s);
  const position = new Map<string, number>(GENERATED.parameters.map((id, i) => [id, i]));
  return resolveAssumptions(s).map((a) => {
    const item: RangeItem = {
      kind: 'assumption',
      id: a.id,
      label: a.label,
      value: central[position.get(a.id) as number] as number,
      low: a.effective.low,
      high: a.effective.high,
      unit: a.unit,
      source: a.source,
    };
    return a.camp === undefined ? item : { ...item, camp: a.camp };
  });
}

/** Lists the levers as ranges from their minimum to their maximum, at the scenario's value. */
export function leverItems(s: Scenario): RangeItem[] {
  return LEVERS.map((l) => ({
    kind: 'lever',
    id: l.id,
    label: l.label,
    value: leverValue(s, l),
    low: l.min,
    high: l.max,
    unit: l.unit,
    source: l.articleWords,
  }));
}

/** Runs a paired ensemble of a metric: one value per run, same seed for every scenario. */
export function perRunMetric(s: Scenario, metric: Metric, runs: number, seed: string): Float64Array {
  return runPerRun(s, { runs, seed }, metricReducer(metric));
}

// ---------------------------------------------------------------- sensitivity

/** Runs one-at-a-time sensitivity of a metric to every assumption (and optionally every lever). */
export function analyzeSensitivity(
  s: Scenario,
  metric: Metric,
  opts: { readonly levers?: boolean; readonly runs?: number; readonly seed?: string } = {},
): SensitivityReport {
  const items = [...assumptionItems(s), ...(opts.levers === true ? leverItems(s) : [])];
  const base = centralMetric(s, metric);
  const evaluate = makeCentralEvaluator(s, metric);
  const result = computeSensitivity(metric, base, items, (item, x) =>
    item.kind === 'assumption' ? evaluate(item.id, x) : centralMetric(withLevers(s, { [item.id]: x }), metric),
  );
  if (opts.runs === undefined || opts.runs <= 0) return result;
  const seed = opts.seed ?? s.seed;
  return { ...result, ensemble: { runs: opts.runs, seed, ...spread(perRunMetric(s, metric, opts.runs, seed)) } };
}

// ---------------------------------------------------------------- crux

/** Finds the assumptions on which "A beats B on the metric" flips, and checks the top ones with the ensemble. */
export function analyzeCrux(
  a: Scenario,
  b: Scenario,
  metric: Metric,
  opts: FlipSearchOptions & { readonly runs?: number; readonly seed?: string; readonly confirmTop?: number } = {},
): CruxReport {
  const va = centralMetric(a, metric);
  const vb = centralMetric(b, metric);
  const items = assumptionItems(a);
  const evalA = makeCentralEvaluator(a, metric);
  const evalB = makeCentralEvaluator(b, metric);
  const result = findCruxes(
    items,
    advantage(metric, va, vb),
    (item, x) => advantage(metric, evalA(item.id, x), evalB(item.id, x)),
    opts,
  );
  const runs = opts.runs ?? DEFAULT_CRUX_RUNS;
  const seed = opts.seed ?? a.seed;
  const ensemble = {
    seed,
    ...summarizePaired(perRunMetric(a, metric, runs, seed), perRunMetric(b, metric, runs, seed), metric.better),
  };
  const checks: CruxCheck[] = [];
  const top = result.rows.filter((r) => r.flip !== null).slice(0, opts.confirmTop ?? DEFAULT_CONFIRM_TOP);
  for (const row of top) {
    const flip = row.flip ?? row.value;
    const value = row.value <= flip ? row.high : row.low;
    const shift = (s: Scenario): Scenario => ({ ...s, assumptions: { ...s.assumptions, [row.id]: value } });
    const paired = summarizePaired(
      perRunMetric(shift(a), metric, runs, seed),
      perRunMetric(shift(b), metric, runs, seed),
      metric.better,
    );
    checks.push({ id: row.id, value, paired });
  }
  return { ...result, a: va, b: vb, ensemble, checks };
}

// ---------------------------------------------------------------- crux sets

/** Paired runs behind `crux --max-set` (its verdict and each set's effect). */
export const DEFAULT_CRUX_SET_RUNS = 200;
/** Candidate sets checked with the paired ensemble by default. */
export const DEFAULT_CRUX_SET_CONFIRM = 12;
/** Sets reported by default. */
export const DEFAULT_CRUX_SET_TOP = 10;

/** What `crux --max-set` searches and checks. */
export interface CruxSetOptions {
  /** Most changes per set (1–3). */
  readonly maxSet: number;
  readonly runs?: number;
  readonly seed?: string;
  /** Candidates checked with the ensemble. */
  readonly confirm?: number;
  /** Most sets reported. */
  readonly top?: number;
}

/** A scenario with a set's changes: values fixed (any range dropped), camps switched (any override dropped). */
function withChanges(s: Scenario, changes: readonly SetChange[]): Scenario {
  let out = s;
  for (const c of changes) {
    const id = c.id as AssumptionId;
    if (c.kind === 'range') out = withFixedValue(out, id, c.to);
    else {
      const cleared = withoutOverride(out, id);
      out = { ...cleared, camps: { ...cleared.camps, [id]: c.to as CampId } };
    }
  }
  return out;
}

/**
 * The options a crux set may change, from A's settings: every assumption it does not fix, inside its range
 * (from the central run's value); every other camp of a contested assumption (the theory of violence left out,
 * as in evidence sets) that neither scenario overrides.
 */
function setOptions(a: Scenario, b: Scenario): SetOption[] {
  const ranges: SetOption[] = assumptionItems(a).map((i) => ({
    kind: 'range',
    id: i.id,
    value: i.value,
    low: i.low,
    high: i.high,
  }));
  const campsOf = (s: Scenario) => new Map(resolveAssumptions(s).map((r) => [r.id as string, r.camp]));
  const campsA = campsOf(a);
  const campsB = campsOf(b);
  const camps: SetOption[] = [];
  for (const c of contestedAssumptions()) {
    const id = c.id as AssumptionId;
    if (assumptionOverride(a, id) !== undefined || assumptionOverride(b, id) !== undefined) continue;
    // Only where A and B stand in the same camp: the switch then moves both from one position to another.
    const from = campsA.get(c.id);
    if (from === undefined || campsB.get(c.id) !== from) continue;
    for (const k of c.camps) if (k.id !== from) camps.push({ kind: 'camp', id: c.id, from, to: k.id });
  }
  return [...ranges, ...camps];
}

/** The camp of an assumption by ids (undefined for unknown ids). */
function campNamed(id: string, campId: string): Camp | undefined {
  return ASSUMPTIONS.find((x) => x.id === id)?.camps?.find((k) => k.id === campId);
}

/** A's advantage from an effect (pairedEffect is A − B): positive when A is better. */
function advantageOf(metric: Metric, e: Effect): number {
  return metric.better === 'lower' ? -e.p50 : e.p50;
}

/**
 * "What you would have to believe", in steps: the verdict from the paired ensemble, the screen of every set of
 * up to `maxSet` changes on central runs (a camp switch screened as its camp's central value), then the nearest
 * candidates checked with the paired ensemble (the decisive effect). Pauses after the verdict, after each set
 * screened and after each ensemble, so the explorer can spread it over event-loop turns.
 */
export function* cruxSetSteps(
  a: Scenario,
  b: Scenario,
  metric: Metric,
  opts: CruxSetOptions,
): Generator<void, CruxSetReport, void> {
  const runs = opts.runs ?? DEFAULT_CRUX_SET_RUNS;
  const seed = opts.seed ?? a.seed;
  const maxSet = Math.max(1, Math.min(MAX_SET_SIZE, Math.floor(opts.maxSet)));
  const effectOf = (changes: readonly SetChange[]): Effect => {
    const sa = withChanges(a, changes);
    const sb = withChanges(b, changes);
    return pairedEffect(perRunMetric(sa, metric, runs, seed), perRunMetric(sb, metric, runs, seed), metric.better);
  };
  // The verdict's two ensembles a pause apart (each may first build its history-constrained pool).
  const verdictA = perRunMetric(a, metric, runs, seed);
  yield;
  const verdictEffect = pairedEffect(verdictA, perRunMetric(b, metric, runs, seed), metric.better);
  yield;
  const adv = advantageOf(metric, verdictEffect);
  const leader: Leader = adv > 0 ? 'A' : adv < 0 ? 'B' : 'tie';
  const evalA = makeCentralSetEvaluator(a, metric);
  const evalB = makeCentralSetEvaluator(b, metric);
  const overridesOf = (changes: readonly SetChange[]): [string, number][] =>
    changes.map((c) => [c.id, c.kind === 'range' ? c.to : (campNamed(c.id, c.to)?.value ?? Number.NaN)]);
  const margin = (changes: readonly SetChange[]): number => {
    const o = overridesOf(changes);
    return advantage(metric, evalA(o), evalB(o));
  };
  const centralMargin = margin([]);
  const sign: 1 | -1 = adv > 0 ? 1 : -1;
  const centralAgrees = leader !== 'tie' && !turned(centralMargin, sign);
  const options = setOptions(a, b);
  let screen: ScreenResult = { candidates: [], screened: 0, flat: 0, evaluations: 0 };
  let confirmed: ConfirmResult<Effect> = { sets: [], checked: 0, evaluations: 0 };
  if (centralAgrees) {
    screen = yield* screening(startScreen(options, sign, margin, { maxSet }), maxSet);
    confirmed = yield* confirming(
      screen.candidates,
      options,
      sign,
      (changes) => {
        const effect = effectOf(changes);
        return { advantage: advantageOf(metric, effect), effect };
      },
      { top: opts.top ?? DEFAULT_CRUX_SET_TOP, budget: 5 * (opts.confirm ?? DEFAULT_CRUX_SET_CONFIRM) },
    );
  }
  const resolved = new Map(resolveAssumptions(a).map((r) => [r.id as string, r]));
  const row = (c: SetChange): CruxSetChangeRow => {
    const r = resolved.get(c.id);
    const camp = c.kind === 'camp' ? campNamed(c.id, c.to) : undefined;
    return {
      kind: c.kind,
      id: c.id,
      from: c.from,
      to: c.to,
      label: camp?.label ?? r?.label ?? c.id,
      unit: r?.unit ?? '',
      source: camp?.source ?? r?.source ?? '',
    };
  };
  return cruxSetReport({
    leader,
    verdict: verdictEffect,
    centralMargin,
    centralAgrees,
    options,
    screen,
    confirmed,
    maxSet,
    runs,
    seed,
    row,
  });
}

/** The smallest sets of up to `maxSet` assumption changes that flip the verdict of A over B (see cruxSetSteps). */
export function analyzeCruxSets(a: Scenario, b: Scenario, metric: Metric, opts: CruxSetOptions): CruxSetReport {
  return runThrough(cruxSetSteps(a, b, metric, opts));
}

// ---------------------------------------------------------------- evidence sets

/**
 * Lists the contested assumptions (those with camps) that evidence sets combine. The theory of violence is
 * left out: it picks the model's structure, each theory needs its own history constraint, and `palancas
 * theories` compares them; a scenario or `--camp violence_theory=ID` fixes it for the evidence sets.
 */
export function contestedAssumptions(): ContestedAssumption[] {
  return ASSUMPTIONS.filter(
    (a): a is Assumption & { camps: NonNullable<Assumption['camps']> } =>
      (a.camps?.length ?? 0) > 0 && a.id !== THEORY_ASSUMPTION,
  ).map((a) => ({ id: a.id, label: a.label, camps: a.camps.map((c) => ({ id: c.id, label: c.label })) }));
}

/** Runs A and B in every combination of camps and counts where A still beats B. */
export function analyzeEvidence(
  a: Scenario,
  b: Scenario,
  metric: Metric,
  opts: {
    readonly runs?: number;
    readonly seed?: string;
    readonly onProgress?: (done: number, total: number) => void;
  } = {},
): EvidenceReport {
  const contested = contestedAssumptions();
  const n = countEvidenceSets(contested);
  let done = 0;
  if (n > MAX_EVIDENCE_SETS) throw new RangeError(msg.port.tooManyEvidenceSets(n, MAX_EVIDENCE_SETS));
  const runs = opts.runs ?? DEFAULT_EVIDENCE_RUNS;
  const seed = opts.seed ?? a.seed;
  const ids = new Set(contested.map((c) => c.id));
  const dropped = [...new Set([...Object.keys(a.assumptions), ...Object.keys(b.assumptions)])]
    .filter((id) => ids.has(id))
    .sort();
  const result = assessEvidenceSets(enumerateEvidenceSets(contested), (set) => {
    const sa = applyEvidenceSet(a, set);
    const sb = applyEvidenceSet(b, set);
    const central = advantage(metric, centralMetric(sa, metric), centralMetric(sb, metric));
    if (runs <= 0) return { central };
    const paired = summarizePaired(
      perRunMetric(sa, metric, runs, seed),
      perRunMetric(sb, metric, runs, seed),
      metric.better,
    );
    opts.onProgress?.(++done, n);
    return { central, ensembleMedian: paired.advantage.p50, shareABetter: paired.shareABetter };
  });
  return { ...result, contested, runs, seed, droppedOverrides: dropped };
}

/** A's margin over B on a metric at central values in each evidence set, in the sets' order. */
export function centralEvidenceMargins(
  a: Scenario,
  b: Scenario,
  metricId: string,
  sets: readonly EvidenceSet[],
): number[] {
  const metric = metricNamed(metricId);
  return sets.map((set) =>
    advantage(metric, centralMetric(applyEvidenceSet(a, set), metric), centralMetric(applyEvidenceSet(b, set), metric)),
  );
}

/**
 * centralEvidenceMargins computed on a worker thread while the caller goes on: returns a function that waits
 * for them. Without a worker (or when it fails) the function computes them here: the same numbers, and an
 * error in this thread's language.
 */
export function centralEvidenceMarginsLater(
  a: Scenario,
  b: Scenario,
  metricId: string,
  sets: readonly EvidenceSet[],
): () => number[] {
  const wait = startInBackground<number[]>({ type: 'evidence', args: [a, b, metricId, sets] });
  return () => {
    if (wait !== undefined) {
      try {
        return wait();
      } catch {
        // Computed again here.
      }
    }
    return centralEvidenceMargins(a, b, metricId, sets);
  };
}

// ---------------------------------------------------------------- attribution

/** Id of the player that stands for assumption overrides and camps. */
export const ASSUMPTIONS_PLAYER = 'assumption_settings';

function assumptionSettingsDiffer(a: Scenario, b: Scenario): boolean {
  const key = (s: Scenario): string => {
    const camps = ASSUMPTIONS.map(
      (x) => `${x.id}=${s.camps[x.id] ?? x.defaultCamp ?? ''}:${s.assumptions[x.id] ?? ''}`,
    );
    const extra = idsOf(s.assumptions)
      .filter((id) => !ASSUMPTIONS.some((x) => x.id === id))
      .sort()
      .map((id) => `${id}:${s.assumptions[id] ?? ''}`);
    return [...camps, ...extra].join('|');
  };
  return key(a) !== key(b);
}

/** Splits A − B on a metric (and on each year) into each differing lever's exact Shapley share. */
export function analyzeAttribution(a: Scenario, b: Scenario, metric: Metric, maxLevers = 8): AttributionReport {
  const differing = LEVERS.filter((l) => leverValue(a, l) !== leverValue(b, l));
  const plan = planPlayers(differing, maxLevers);
  const players: Player<LeverId>[] = [...plan.players];
  const hasAssumptionPlayer = assumptionSettingsDiffer(a, b);
  if (hasAssumptionPlayer)
    players.push({
      id: ASSUMPTIONS_PLAYER,
      get label() {
        return msg.port.assumptionSettings;
      },
      levers: [],
    });
  const yearly = yearlyMetrics(metric);
  const valuesA = leverValues(a);
  const result = attribute(players, SCENARIO_YEARS, (mask) => {
    const levers: Record<string, number> = {};
    let useA = false;
    players.forEach((p, i) => {
      if ((mask & (1 << i)) === 0) return;
      if (p.id === ASSUMPTIONS_PLAYER && p.levers.length === 0) useA = true;
      for (const id of p.levers) levers[id] = valuesA[id] as number;
    });
    const base: Scenario = useA ? { ...b, assumptions: a.assumptions, camps: a.camps } : b;
    const series = runCentral(withLevers(base, levers));
    const get = (id: string): Float64Array => seriesOf(series, id);
    return [metric.fromSeries(get), ...yearly.map((m) => m.fromSeries(get))];
  });
  return { ...result, grouped: plan.grouped, differingLevers: differing.map((l) => l.id) };
}

// ---------------------------------------------------------------- ledger

let equationTexts: EquationText[] | undefined;

function equationsAsText(): EquationText[] {
  equationTexts ??= EQUATIONS.map((e) => ({ id: e.id, text: e.kind === 'aux' ? e.expr : `${e.init} ${e.rate}` }));
  return equationTexts;
}

/** Lists the assumptions an output's equation (and the equations it reads directly) mention. */
export function driversOf(outputId: string): Driver[] {
  return findDrivers(
    outputId,
    equationsAsText(),
    ASSUMPTIONS.map((a) => ({ id: a.id, label: a.label })),
  );
}

/** The status-quo levers with the scenario's own assumption settings (the fair baseline for it). */
export function baselineFor(s: Scenario): Scenario {
  const sq = statusQuo();
  return { ...s, name: sq.name, description: sq.description, levers: sq.levers };
}

/** Builds the cost ledger of a scenario against the status quo under the same assumption settings. */
export function analyzeLedger(s: Scenario): Ledger {
  const series = runCentral(s);
  const base = runCentral(baselineFor(s));
  return buildLedger(
    (id) => seriesOf(series, id),
    (id) => seriesOf(base, id),
    driversOf,
  );
}

// ---------------------------------------------------------------- claim

/** Computes a claim from paired runs of A and B (same seed, same runs). */
export function analyzeClaim(
  a: Scenario,
  b: Scenario,
  metric: Metric,
  opts: { readonly runs: number; readonly seed: string; readonly aName?: string; readonly bName?: string },
): Claim {
  return buildClaim({
    aName: opts.aName ?? a.name,
    bName: opts.bName ?? b.name,
    metric,
    perRunA: perRunMetric(a, metric, opts.runs, opts.seed),
    perRunB: perRunMetric(b, metric, opts.runs, opts.seed),
  });
}

// ---------------------------------------------------------------- benchmark

/** Timings of one crux + attribution pass, in milliseconds (when a clock is given). */
export interface BenchResult {
  readonly cruxMs: number;
  readonly attributionMs: number;
  readonly totalMs: number;
  readonly cruxRows: number;
  readonly evaluations: number;
}

/**
 * Runs the crux finder (with its 1,000-run paired ensembles and top-crux checks) and the attribution for
 * two scenarios, for the benchmark. Pass a clock (e.g. performance.now) to get timings; without one they are 0.
 */
export function benchCruxAndAttribution(
  a: Scenario,
  b: Scenario,
  opts: { readonly metric?: Metric; readonly runs?: number; readonly now?: () => number } = {},
): BenchResult {
  const now = opts.now ?? (() => 0);
  const metric = opts.metric ?? getMetric('homicides_total');
  const t0 = now();
  const crux = analyzeCrux(a, b, metric, { runs: opts.runs ?? DEFAULT_CRUX_RUNS });
  const t1 = now();
  const attribution = analyzeAttribution(a, b, metric);
  const t2 = now();
  return {
    cruxMs: t1 - t0,
    attributionMs: t2 - t1,
    totalMs: t2 - t0,
    cruxRows: crux.rows.length,
    evaluations: attribution.evaluations,
  };
}
