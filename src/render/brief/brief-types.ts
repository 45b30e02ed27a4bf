/**
 * Everything a brief shows, as plain data. The command line assembles it from the engine and the analysis
 * functions; `briefMarkdown` and `briefHtml` only render it. Optional sections are left out when absent.
 */

import type { Effect } from '../../analysis/stats.js';
import type { AssumptionKind, Confidence } from '../../model/types.js';

/** One lever as a scenario sets it. */
export interface BriefLever {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** The article's words the lever comes from. */
  readonly articleWords: string;
  /** True when the value is the status-quo default. */
  readonly isDefault: boolean;
  /** 'toggle' shows as on/off, 'year' without separators. */
  readonly control?: 'toggle' | 'number' | 'year';
}

/** One scenario in the brief, with what is needed to reproduce it. */
export interface BriefScenario {
  readonly name: string;
  readonly description: string;
  /** The scenario file as given on the command line. */
  readonly file: string;
  /** Short hash of the settings (levers, overrides, camps) and model version. */
  readonly fingerprint: string;
  readonly seed: string;
  readonly runs: number;
  readonly modelVersion: string;
  readonly levers: readonly BriefLever[];
  /** Where the settings come from. */
  readonly sources?: readonly string[];
}

/** P10/P50/P90 of one output, aligned with the chart's months. */
export interface BriefBand {
  readonly p10: ArrayLike<number>;
  readonly p50: ArrayLike<number>;
  readonly p90: ArrayLike<number>;
}

/** One time-series chart: scenario A's band, a reference line (status quo or B), and history. */
export interface BriefChart {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly months: readonly string[];
  /** First month of the scenario period (band and lines start here). */
  readonly startIndex: number;
  readonly bandA: BriefBand;
  /** The status-quo baseline or scenario B: its median, and its band when known. */
  readonly reference?: {
    readonly label: string;
    readonly p50: ArrayLike<number>;
    readonly p10?: ArrayLike<number>;
    readonly p90?: ArrayLike<number>;
  };
  readonly history?: {
    readonly months: readonly string[];
    readonly values: ArrayLike<number>;
    readonly label: string;
    readonly source: string;
  };
  /** The chart in one sentence (screen readers, pasting into a case). */
  readonly narration: string;
  /** Scenario A's P10–P90 over the history months (before `startIndex`): the constrained runs' fit to history. */
  readonly historyBand?: { readonly p10: ArrayLike<number>; readonly p90: ArrayLike<number> };
  /** The hindcast drawn beside the history (homicides only). */
  readonly hindcast?: BriefHindcast;
}

/** One test year of a hindcast. */
export interface BriefHindcastYear {
  readonly year: number;
  readonly observed: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/**
 * A hindcast: runs constrained on 2007..`until` only, projected to 2018 and scored against the observations
 * (MAPEs in percent; coverage the share of test years inside P10–P90).
 */
export interface BriefHindcast {
  readonly until: number;
  /** 'pooled' or a theory id. */
  readonly theory: string;
  readonly runs: number;
  readonly seed: string;
  readonly years: readonly BriefHindcastYear[];
  readonly mape: number;
  readonly persistence_mape: number;
  readonly coverage: number;
  /** The scores in one sentence. */
  readonly summary: string;
}

/** One theory of violence as the brief lists it. */
export interface BriefTheory {
  readonly id: string;
  readonly label: string;
  readonly source: string;
  /** Rolling-origin hindcast skill against persistence (0 = no better). */
  readonly skill: number;
  /** Share of a pooled ensemble's runs (0–1). */
  readonly share: number;
  /** True when scenario A's runs come from this theory (all of them, or its share of a pool). */
  readonly active: boolean;
}

/** Which theory of violence scenario A runs under, and every theory with its skill, pooled share and sources. */
export interface BriefTheories {
  /** 'pooled' or a theory id. */
  readonly active: string;
  readonly summary: string;
  readonly rows: readonly BriefTheory[];
}

/** One row of the comparison table. */
export interface BriefCompareRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** A's and B's medians over the runs. */
  readonly a: number;
  readonly b: number;
  /** The effect of A over B (pairedEffect): the median of the paired run differences A − B. */
  readonly diff: number;
  /** Optional: P10 and P90 of the paired run differences. */
  readonly diffP10?: number;
  readonly diffP90?: number;
  /** The median of the paired differences in % of B, or null when there is none (B is zero). */
  readonly pct: number | null;
  /** Optional: share of paired runs (0–1) in which A beats B on this metric. */
  readonly shareABetter?: number;
}

/** The comparison table: A against B (or against the status quo when there is no B). */
export interface BriefCompare {
  readonly aLabel: string;
  readonly bLabel: string;
  /** What the numbers are (e.g. "medians over the runs"). */
  readonly note: string;
  readonly rows: readonly BriefCompareRow[];
}

/** One assumption in the crux table: the value at which the ranking flips, if any. */
export interface BriefCruxRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly current: number;
  readonly low: number;
  readonly high: number;
  /** The flip value nearest the current value, or null when the ranking holds across the range. */
  readonly flip: number | null;
  /** |flip − current| as a share of the range (0–1), or null. */
  readonly distance: number | null;
  readonly source: string;
  readonly kind?: AssumptionKind;
}

/** Which assumptions the conclusion "A beats B on the metric" hinges on. */
export interface BriefCruxes {
  readonly metricLabel: string;
  /** One sentence: who leads at central values and by how much. */
  readonly summary: string;
  readonly rows: readonly BriefCruxRow[];
}

/** One input's swing of the metric (tornado). */
export interface BriefSensitivity {
  readonly metricLabel: string;
  readonly unit: string;
  readonly base: number;
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly low: number;
    readonly high: number;
    readonly source: string;
  }[];
  readonly narration: string;
}

/** How the difference between the reference and A splits across levers (or lever families). */
export interface BriefAttribution {
  readonly metricLabel: string;
  readonly unit: string;
  readonly startLabel: string;
  readonly endLabel: string;
  readonly start: number;
  readonly end: number;
  /** Total minus the sum of one-at-a-time effects. */
  readonly interaction: number;
  readonly rows: readonly { readonly label: string; readonly shapley: number; readonly oneAtATime: number }[];
  readonly narration: string;
  /** The same split year by year (each year's value of the metric's family), when the metric has one. */
  readonly byYear?: BriefAttributionByYear;
}

/** Shapley shares per year: one value per player and year, aligned with `years`; they sum to end − start. */
export interface BriefAttributionByYear {
  readonly years: readonly number[];
  /** Unit of one year's value (e.g. "deaths"). */
  readonly unit: string;
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly rows: readonly { readonly label: string; readonly values: readonly number[] }[];
  /** One sentence on how the split moves over the years. */
  readonly narration: string;
}

/** One year of the cost ledger, US$ bn (cannabis tax is revenue, shown positive; net = costs − tax). */
export interface BriefLedgerRow {
  readonly year: number;
  readonly costGuard: number;
  readonly costMilitary: number;
  readonly costYouth: number;
  readonly costAmnesty: number;
  readonly cannabisTax: number;
  readonly net: number;
}

/** The cost ledger of one scenario. */
export interface BriefLedger {
  readonly scenarioLabel: string;
  readonly rows: readonly BriefLedgerRow[];
  /** Optional one-sentence summary (e.g. cost per homicide averted). */
  readonly summary?: string;
  /** 2019–2030 totals against the status-quo levers under the scenario's own assumption settings. */
  readonly vsBaseline?: {
    /** Net fiscal cost 2019–2030, US$ bn. */
    readonly netTotal: number;
    /** Net cost minus the baseline's, US$ bn. */
    readonly extraNetCost: number;
    /** Baseline homicides minus the scenario's (positive: fewer deaths). */
    readonly homicidesAverted: number;
    /** US$ per homicide averted, or null when none are averted. */
    readonly dollarsPerHomicideAverted: number | null;
  };
}

/** A claim card: one sentence with its P10–P90, and the exact command that prints the same sentence. */
export interface BriefClaim {
  readonly metricId: string;
  readonly sentence: string;
  /** The effect the sentence states (the same numbers as the comparison table's row for the metric). */
  readonly effect: Effect;
  /** The `palancas claim …` argv, and the same as one shell line. */
  readonly argv: readonly string[];
  readonly command: string;
}

/** In how many evidence sets (combinations of contested camps) A beats B, and where it does not. */
export interface BriefEvidence {
  readonly metricLabel: string;
  readonly unit: string;
  /** Number of evidence sets. */
  readonly n: number;
  /** Sets in which A beats B at central values. */
  readonly k: number;
  readonly summary: string;
  readonly contested: readonly { readonly id: string; readonly label: string; readonly camps: readonly string[] }[];
  /** The first failing sets: camp per contested assumption, and A's margin (positive: A better). */
  readonly failing: readonly { readonly set: Readonly<Record<string, string>>; readonly margin: number }[];
  /** All failing sets, listed or not. */
  readonly failingCount: number;
  /** The `palancas evidence …` command that gives the same counts, when there is one. */
  readonly command?: string;
}

/** One assumption as the brief lists it. */
export interface BriefAssumption {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly low: number;
  readonly high: number;
  readonly kind: AssumptionKind;
  /** How sure the figure is (the selected camp's own confidence when it has one). */
  readonly confidence?: Confidence;
  readonly source: string;
  readonly camp?: string;
  /** True when a scenario changed it (override or camp). */
  readonly changed: boolean;
  /** How the scenario sets the value: fixed (no run draws it) or drawn over the scenario's own range. */
  readonly override?: 'fixed' | 'range';
}

/** Everything in a brief. */
export interface BriefData {
  readonly title: string;
  readonly a: BriefScenario;
  readonly b?: BriefScenario;
  /** The exact command that rebuilds this brief. */
  readonly reproduce: string;
  readonly charts: readonly BriefChart[];
  readonly compare?: BriefCompare;
  readonly cruxes?: BriefCruxes;
  readonly sensitivity?: BriefSensitivity;
  readonly attribution?: BriefAttribution;
  readonly ledger?: BriefLedger;
  /** The cost ledger of scenario B, when there is one. */
  readonly ledgerB?: BriefLedger;
  readonly claims?: readonly BriefClaim[];
  readonly evidence?: BriefEvidence;
  /** The theory of violence of scenario A, with every theory's skill and sources. */
  readonly theories?: BriefTheories;
  /** The assumption table of scenario A (B's changes are marked in `changed` too). */
  readonly assumptions: readonly BriefAssumption[];
  /** Sections left out and why (e.g. an analysis that could not run), shown so readers know. */
  readonly omitted?: readonly string[];
}
