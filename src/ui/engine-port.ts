/**
 * What the explorer needs from the engine and from scenario files, as plain interfaces, so the app can be
 * rendered in tests with a small fake engine and in the product with the real one.
 */
import type { Assumption, EnsembleResult, Equation, Lever, Scenario } from '../model/types.js';

/** Display facts of one output series. */
export interface OutputMeta {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly group: 'revenue' | 'violence' | 'workforce' | 'forces' | 'fiscal';
}

/** An assumption with its value in a given scenario (override and camp applied). */
export interface ResolvedAssumption extends Assumption {
  readonly effective: { readonly value: number; readonly low: number; readonly high: number };
  readonly camp?: string;
  readonly changed: boolean;
}

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

/** One bar of a sensitivity tornado: the metric with one assumption at its low and at its high end. */
export interface DebateSensitivityRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly atLow: number;
  readonly atHigh: number;
  readonly source: string;
}

/** One-at-a-time sensitivity of a metric to every assumption, largest swing first, central runs only. */
export interface DebateSensitivity {
  /** The metric with every assumption central. */
  readonly base: number;
  readonly rows: readonly DebateSensitivityRow[];
}

/** One assumption's crux: where "A beats B" flips inside its range, or null when it holds. */
export interface DebateCruxRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly source: string;
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

/** A claim card from paired runs of A and B. */
export interface DebateClaim {
  readonly sentence: string;
  /** Spread of the per-run % difference (A − B) / |B| × 100. */
  readonly pct: { readonly p10: number; readonly p50: number; readonly p90: number };
  readonly runs: number;
  readonly seed: string;
  /** Runs in which A is strictly better. */
  readonly wins: number;
}

/**
 * The debate tools. Each is asynchronous so a long computation can be split between event-loop turns (no
 * turn blocks input for long) and abandoned through `signal` (rejecting with an AbortError).
 */
export interface UiDebate {
  /** Metric facts by id; undefined for an unknown id. */
  metric(id: string): DebateMetric | undefined;
  sensitivity(s: Scenario, metricId: string, signal?: AbortSignal): Promise<DebateSensitivity>;
  cruxes(a: Scenario, b: Scenario, metricId: string, signal?: AbortSignal): Promise<DebateCruxes>;
  attribution(a: Scenario, b: Scenario, metricId: string, signal?: AbortSignal): Promise<DebateAttribution>;
  claim(
    a: Scenario,
    b: Scenario,
    metricId: string,
    opts: { readonly runs: number; readonly seed: string; readonly aName: string; readonly bName: string },
    signal?: AbortSignal,
  ): Promise<DebateClaim>;
  /** The scenario's fingerprint (every setting, seed, runs and model version hashed). */
  fingerprint(s: Scenario): string;
}

/** One theory's part in the theory of violence a scenario runs under. */
export interface UiTheoryShare {
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
export interface UiTheory {
  /** 'pooled', or the id of the one theory. */
  readonly id: string;
  readonly label: string;
  /** The theory's hindcast skill; undefined for the pool. */
  readonly skill?: number;
  /** The theories the runs come from, largest share first, zero shares left out. */
  readonly shares: readonly UiTheoryShare[];
}

/** One test year of a hindcast: INEGI's count and the projected band. */
export interface UiHindcastYear {
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
export interface UiHindcast {
  readonly until: number;
  readonly theory: string;
  readonly years: readonly UiHindcastYear[];
  readonly mape: number;
  readonly persistence_mape: number;
  readonly coverage: number;
}

/** The engine functions and tables the explorer reads. */
export interface UiEngine {
  readonly levers: readonly Lever[];
  readonly assumptions: readonly Assumption[];
  readonly outputs: readonly OutputMeta[];
  readonly months: readonly string[];
  readonly scenarioStart: number;
  readonly equations: readonly Equation[];
  readonly history: Readonly<Record<string, readonly HistoryPoint[]>>;
  resolveAssumptions(s: Scenario): ResolvedAssumption[];
  runEnsembleAsync(
    s: Scenario,
    opts: { runs?: number; seed?: string; chunk?: number; signal?: AbortSignal; outputs?: readonly string[] },
  ): Promise<EnsembleResult>;
  runCentral(s: Scenario): Record<string, Float64Array>;
  /** The theory of violence `s` runs under, with its skill or the pool's shares (instant). */
  theory(s: Scenario): UiTheory;
  /**
   * The hindcast of `s`'s assumptions from `until` under one theory (or 'pooled'): levers play no part, as
   * they act from 2019. Takes from a fraction of a second to a few seconds; rejects with an AbortError when
   * `signal` is aborted before it starts.
   */
  hindcast(
    s: Scenario,
    opts: { readonly until: number; readonly theory: string },
    signal?: AbortSignal,
  ): Promise<UiHindcast>;
  /** The debate tools (sensitivity, cruxes, attribution, claim). */
  readonly debate: UiDebate;
}

/** Result of loading a scenario file. */
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Result of saving a scenario file. */
export type SaveResult = { ok: true } | { ok: false; exists: boolean; message: string };

/** A brief of one scenario against the status quo, as the explorer asks for it. */
export interface BriefRequest {
  /** Where to write, as typed; `.html`/`.htm` or `.md`/`.markdown` picks the format. */
  readonly path: string;
  /** The scenario with its unsaved edits, its runs (capped) and its seed already applied. */
  readonly scenario: Scenario;
  /** The scenario's file as shown in the brief, or '' when it has none. */
  readonly file: string;
  /** The brief's reproduce line: the exact command, or what must be saved first. */
  readonly reproduce: string;
  /** Replace an existing file; when false an existing file is left alone and reported. */
  readonly overwrite: boolean;
}

/** Result of writing a brief. */
export type BriefResult = { ok: true } | { ok: false; exists: boolean; message: string };

/** File access for the explorer; paths are as typed by the user (relative to the working directory). */
export interface UiFiles {
  load(path: string): Promise<LoadResult>;
  save(path: string, scenario: Scenario, overwrite: boolean): Promise<SaveResult>;
  /** Scenario files offered in the open and compare pickers. */
  list(): Promise<string[]>;
  /** Tell whether a file exists at a typed path. */
  exists(path: string): Promise<boolean>;
  /** Build the brief (runs the model for a few seconds, blocking) and write it atomically. */
  exportBrief(request: BriefRequest): Promise<BriefResult>;
}
