/**
 * The engine port: the one interface through which the command line, the explorer and the brief reach the
 * model engine (engine.ts) and the analyses wired to it (analyses.ts). `engine` in index.ts is its one real
 * implementation; tests pass stand-ins that implement the members they need (see tests/helpers/fake-engine.ts).
 */
import type { ScenarioRegistry } from '../scenario/parse-scenario.js';
import type { Metric } from '../analysis/metrics.js';
import type { Effect } from '../analysis/stats.js';
import type { CruxSetReport } from '../analysis/reports.js';
import type { Assumption, Equation, Lever, Scenario } from '../model/types.js';
import type * as Analyses from './analyses.js';
import type * as Engine from './engine.js';
import type * as Judge from './judge.js';

export type { OutputMeta, ResolvedAssumption } from './engine.js';

/** One observed point of history. */
export interface HistoryPoint {
  readonly year: number;
  readonly value: number;
  readonly source: string;
}

/** A metric the debate tools compare scenarios on (one number per run, e.g. homicides 2019–2030). */
export interface DebateMetric {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly better: 'lower' | 'higher';
  /** The metric as the subject of a sentence, e.g. "total homicides over 2019–2030". */
  readonly phrase: string;
}

/** One assumption of a debate table: its value in the central run, its range and its source. */
export interface DebateAssumptionRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly source: string;
}

/** One bar of a sensitivity tornado: the metric with one assumption at its low and at its high end. */
export interface DebateSensitivityRow extends DebateAssumptionRow {
  readonly atLow: number;
  readonly atHigh: number;
}

/** One-at-a-time sensitivity of a metric to every assumption, largest swing first, central runs only. */
export interface DebateSensitivity {
  /** The metric with every assumption central. */
  readonly base: number;
  readonly rows: readonly DebateSensitivityRow[];
}

/** One assumption's crux: where "A beats B" flips inside its range, or null when it holds. */
export interface DebateCruxRow extends DebateAssumptionRow {
  readonly flip: number | null;
  /** |flip − value| as a share of the range, or null when it holds. */
  readonly distance: number | null;
  /** Smallest lead of the central leader over the scan. */
  readonly closestMargin: number;
}

/** The crux table of "A beats B on the metric" at central values: cruxes nearest first, then the rest. */
export interface DebateCruxes {
  /** A's advantage over B at central values (positive: A better). */
  readonly margin: number;
  readonly leader: 'A' | 'B' | 'tie';
  readonly rows: readonly DebateCruxRow[];
}

/**
 * "What you would have to believe": the smallest sets of assumption changes that flip the verdict of A over B,
 * each confirmed with the paired effect (the report of `palancas crux --max-set`).
 */
export type DebateCruxSets = CruxSetReport;

/** One player's Shapley share of A − B. */
export interface DebateAttributionRow {
  /** Lever family id (or the assumption-settings player). */
  readonly id: string;
  readonly label: string;
  readonly shapley: number;
}

/** A − B split into each lever family's exact Shapley share, central runs only. */
export interface DebateAttribution {
  /** B's value. */
  readonly start: number;
  /** A's value. */
  readonly end: number;
  readonly rows: readonly DebateAttributionRow[];
}

/** A claim card from paired runs of A and B: its sentence and the effect it states. */
export interface DebateClaim {
  readonly sentence: string;
  readonly effect: Effect;
  readonly seed: string;
}

/**
 * The debate tools. Each is asynchronous so a long computation can be split between event-loop turns (no
 * turn blocks input for long) and abandoned through `signal` (rejecting with an AbortError).
 */
export interface DebateTools {
  /** Metric facts by id; undefined for an unknown id. */
  metric(id: string): DebateMetric | undefined;
  sensitivity(s: Scenario, metricId: string, signal?: AbortSignal): Promise<DebateSensitivity>;
  cruxes(a: Scenario, b: Scenario, metricId: string, signal?: AbortSignal): Promise<DebateCruxes>;
  /** The smallest sets of up to `maxSet` assumption changes that flip A over B, from `runs` paired runs. */
  cruxSets(
    a: Scenario,
    b: Scenario,
    metricId: string,
    opts: { readonly runs: number; readonly seed: string; readonly maxSet: number },
    signal?: AbortSignal,
  ): Promise<DebateCruxSets>;
  attribution(a: Scenario, b: Scenario, metricId: string, signal?: AbortSignal): Promise<DebateAttribution>;
  claim(
    a: Scenario,
    b: Scenario,
    metricId: string,
    opts: { readonly runs: number; readonly seed: string; readonly aName: string; readonly bName: string },
    signal?: AbortSignal,
  ): Promise<DebateClaim>;
  /** The effect of A over B on the metric from paired runs (pairedEffect): the number a claim card states. */
  effect(
    a: Scenario,
    b: Scenario,
    metricId: string,
    opts: { readonly runs: number; readonly seed: string },
    signal?: AbortSignal,
  ): Promise<Effect>;
  /** The scenario's fingerprint: its settings and the model version hashed (not its seed or runs). */
  fingerprint(s: Scenario): string;
}

/** One theory's part in the theory of violence a scenario runs under. */
export interface TheoryShare {
  readonly id: string;
  /** Rolling-origin hindcast skill against persistence (0 = no better). */
  readonly skill: number;
  /** Share of a pooled ensemble's runs (0–1). */
  readonly share: number;
}

/**
 * The theory of violence a scenario runs under (the `violence_theory` camp), as the explorer shows it.
 * Instant: no model runs.
 */
export interface TheoryInForce {
  /** 'pooled', or the id of the one theory. */
  readonly id: string;
  readonly label: string;
  /** The theory's hindcast skill; undefined for the pool. */
  readonly skill?: number;
  /** The theories the runs come from, largest share first, zero shares left out. */
  readonly shares: readonly TheoryShare[];
}

/** One test year of a hindcast: INEGI's count and the projected band. */
export interface HindcastViewYear {
  readonly year: number;
  readonly observed: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/**
 * A hindcast: runs constrained on 2007..`until` only, projected to 2018, scored against INEGI (MAPEs in
 * percent; coverage as the share of test years inside P10–P90).
 */
export interface HindcastView {
  readonly until: number;
  readonly theory: string;
  readonly years: readonly HindcastViewYear[];
  readonly mape: number;
  readonly persistence_mape: number;
  readonly coverage: number;
}

/** Observed history by output id: INEGI's homicide counts, the only series the charts and the brief draw. */
export interface ObservedHistory {
  readonly homicides: readonly HistoryPoint[];
  readonly [output: string]: readonly HistoryPoint[] | undefined;
}

/** The engine and the analyses, as every caller above the port reaches them. Plain data in, plain data out. */
export interface EnginePort {
  // ---------------------------------------------------------------- what the model is made of
  /** The levers, with their ranges, status-quo defaults and the article's words. */
  readonly levers: readonly Lever[];
  /** Names of the lever families (attribution groups levers by family when many differ). */
  readonly leverFamilies: readonly { readonly id: string; readonly label: string }[];
  readonly assumptions: readonly Assumption[];
  readonly equations: readonly Equation[];
  /** Display facts of every output series. */
  readonly outputs: readonly Engine.OutputMeta[];
  /** "YYYY-MM" for every simulated month, 2007-01 … 2030-12. */
  readonly months: readonly string[];
  /** Index in `months` of 2019-01, the first month levers act. */
  readonly scenarioStart: number;
  readonly history: ObservedHistory;
  /** Changes whenever equations, assumptions or levers change what a scenario computes. */
  readonly modelVersion: string;
  /** The levers and assumptions scenario files are read and checked against. */
  readonly registry: ScenarioRegistry;

  // ---------------------------------------------------------------- scenarios
  /** Every lever at its default, every assumption central, default camps. */
  statusQuo(): Scenario;
  /** Every assumption with the scenario's camp and override applied. */
  resolveAssumptions(s: Scenario): Engine.ResolvedAssumption[];
  /** The value of every lever in a scenario (a lever it does not set takes its default). */
  leverValues(s: Scenario): Record<string, number>;
  /** The scenario's fingerprint: its settings and the model version hashed (not its seed or runs). */
  fingerprint(s: Scenario): string;
  /** The status-quo levers under the scenario's own assumption settings (the fair baseline for it). */
  baselineFor(s: Scenario): Scenario;

  // ---------------------------------------------------------------- runs
  /** The seeded ensemble of a scenario: P10–P90 bands of every output (or the given ones) over all months. */
  readonly runEnsemble: typeof Engine.runEnsemble;
  /** The same ensemble in chunks between event-loop turns, with progress; rejects with an AbortError. */
  readonly runEnsembleAsync: typeof Engine.runEnsembleAsync;
  /** The central run (with optional assumption overrides): every output, every month. */
  readonly runCentral: typeof Engine.runCentral;
  /** The ensemble's bands and, from the same runs, each run's value of each metric (as runPerRun gives them). */
  readonly runEnsembleWithMetrics: typeof Engine.runEnsembleWithMetrics;
  /** The ensemble with each run reduced to one number; paired across scenarios with the same seed. */
  readonly runPerRun: typeof Engine.runPerRun;
  /** A metric of the central run (with optional assumption overrides). */
  centralMetric(s: Scenario, metric: Metric, overrides?: Readonly<Record<string, number>>): number;
  /**
   * A metric of one scenario's central run with at most one assumption moved per call (none: the central run
   * itself): the numbers of centralMetric, with the run's parameters built once for every call.
   */
  readonly centralEvaluator: typeof Analyses.makeCentralEvaluator;

  // ---------------------------------------------------------------- history constraint, hindcasts, theories
  /** How the history constraint went for a scenario's ensemble, and how its runs fit 2007–2018. */
  readonly constraintReport: typeof Engine.constraintReport;
  /**
   * The kept candidates of the history-constrained pools a one-file page of A against a reference needs at
   * their camps and after any one camp move: the page rebuilds those pools without the rejection loop.
   */
  pagePools(scenario: Scenario, reference: Scenario): Engine.KeptPool[];
  /** Hindcast of a scenario's assumptions: constrained on 2007..until, projected to 2018. */
  readonly hindcastOf: typeof Engine.hindcastOf;
  /** hindcastOf on a worker thread while the caller goes on: returns the function that waits for it. */
  readonly hindcastLater: typeof Engine.hindcastLater;
  /** A's margin over B at central values in each evidence set, on a worker thread: returns the function that waits. */
  readonly centralEvidenceMarginsLater: typeof Analyses.centralEvidenceMarginsLater;
  /** The theories of violence with their sources, skill and pooled share (instant). */
  readonly theoryList: typeof Engine.theoryList;
  /** The theories of violence with their hindcasts to 2012 and 2014. */
  readonly theories: typeof Engine.theories;
  /** The theory of violence `s` runs under, with its skill or the pool's shares (instant: no model runs). */
  theory(s: Scenario): TheoryInForce;
  /**
   * The hindcast of `s`'s assumptions from `until` under one theory (or 'pooled'), started one event-loop turn
   * after it is asked for and yielding between pools; rejects with an AbortError when `signal` aborts.
   */
  hindcast(
    s: Scenario,
    opts: { readonly until: number; readonly theory: string },
    signal?: AbortSignal,
  ): Promise<HindcastView>;

  // ---------------------------------------------------------------- analyses
  readonly analyzeSensitivity: typeof Analyses.analyzeSensitivity;
  readonly analyzeCrux: typeof Analyses.analyzeCrux;
  /** "What you would have to believe": the smallest sets of up to K assumption changes that flip A over B. */
  readonly analyzeCruxSets: typeof Analyses.analyzeCruxSets;
  /** The assumptions with camps that evidence sets combine (the theory of violence left out). */
  readonly contestedAssumptions: typeof Analyses.contestedAssumptions;
  readonly analyzeEvidence: typeof Analyses.analyzeEvidence;
  readonly analyzeAttribution: typeof Analyses.analyzeAttribution;
  readonly analyzeLedger: typeof Analyses.analyzeLedger;
  readonly analyzeClaim: typeof Analyses.analyzeClaim;
  /** The debate tools of the explorer: the analyses in slices between event-loop turns, abortable. */
  readonly debate: DebateTools;

  // ---------------------------------------------------------------- debate rounds
  /** What round files are read and checked against: levers, assumptions, model version and metrics. */
  readonly roundRegistry: typeof Judge.ROUND_REGISTRY;
  /** Judges a round: differences, the effect of aff over neg, each attack's effect, cruxes and the verdict. */
  readonly judgeRound: typeof Judge.judgeRound;
}
