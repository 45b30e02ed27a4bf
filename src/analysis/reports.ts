/**
 * What the analysis tools report once run against the engine: each analysis's result plus what was run
 * (runs, seed, checks). Types only, so renderers can read them without knowing the engine.
 */
import type { AttributionResult } from './attribution.js';
import type { CruxResult, Leader } from './crux.js';
import type { ContestedAssumption, EvidenceResult } from './evidence.js';
import type { SensitivityResult } from './sensitivity.js';
import type { Effect, PairedSummary, Spread } from './stats.js';

/** Sensitivity plus, optionally, the ensemble spread of the metric for scale. */
export interface SensitivityReport extends SensitivityResult {
  readonly ensemble?: { readonly runs: number; readonly seed: string } & Spread;
}

/** A top crux re-checked with the ensemble, its central value moved beyond the flip. */
export interface CruxCheck {
  readonly id: string;
  /** The far end of the range past the flip, used as the assumption's central value in both scenarios. */
  readonly value: number;
  readonly paired: PairedSummary;
}

/** Crux table plus ensemble checks. */
export interface CruxReport extends CruxResult {
  /** A and B at central values. */
  readonly a: number;
  readonly b: number;
  /** Paired ensemble at the current values. */
  readonly ensemble: { readonly seed: string } & PairedSummary;
  readonly checks: readonly CruxCheck[];
}

/** Evidence-set verdict plus what was run. */
export interface EvidenceReport extends EvidenceResult {
  readonly contested: readonly ContestedAssumption[];
  readonly runs: number;
  readonly seed: string;
  /** Assumption overrides in A or B that the evidence sets replace by a camp's value. */
  readonly droppedOverrides: readonly string[];
}

/** Attribution plus how the players were formed. */
export interface AttributionReport extends AttributionResult {
  /** True when players are lever families because more than 8 levers differ. */
  readonly grouped: boolean;
  /** Lever ids whose values differ between A and B. */
  readonly differingLevers: readonly string[];
}

/** One change of a crux set, with what a reader needs to weigh it. */
export interface CruxSetChangeRow {
  readonly kind: 'range' | 'camp';
  readonly id: string;
  /** A value (range) or a camp id (camp), in A's settings. */
  readonly from: number | string;
  readonly to: number | string;
  /** The assumption's label; for a camp switch, the label of the camp switched to. */
  readonly label: string;
  readonly unit: string;
  /** Where the figure comes from; for a camp switch, the source of the camp switched to. */
  readonly source: string;
}

/** A set of changes that turns "A beats B" around, confirmed with the paired ensemble. */
export interface CruxSetRow {
  readonly changes: readonly CruxSetChangeRow[];
  /** Sum of each change's move in units of its range; a camp switch counts CAMP_SWITCH_DISTANCE. */
  readonly distance: number;
  /** The effect of A over B (pairedEffect) with the changes applied to both. */
  readonly effect: Effect;
}

/** "What you would have to believe": the smallest sets of assumption changes that flip the verdict. */
export interface CruxSetReport {
  /** The paired effect without changes, and who it favours. */
  readonly verdict: { readonly leader: Leader; readonly effect: Effect };
  /** A's advantage in the central run (the screen's margin) without changes. */
  readonly centralMargin: number;
  /** False when the central run favours the other side than the ensemble (the screen is then skipped). */
  readonly centralAgrees: boolean;
  readonly sets: readonly CruxSetRow[];
  /**
   * Central run only: the screened corner (every change at the end of its range, or switched) that came
   * nearest to turning the verdict around, with A's advantage there. Absent when nothing was screened.
   */
  readonly closest?: {
    readonly changes: readonly CruxSetChangeRow[];
    readonly distance: number;
    readonly margin: number;
  };
  readonly maxSet: number;
  readonly runs: number;
  readonly seed: string;
  /** What the search did: options offered and left out as flat, sets screened on central runs, candidates found
   * there, candidates checked with the ensemble, and the model evaluations of each stage. */
  readonly search: {
    readonly options: number;
    readonly flat: number;
    readonly screened: number;
    readonly candidates: number;
    readonly checked: number;
    readonly centralEvaluations: number;
    readonly ensembleEvaluations: number;
  };
}
