/**
 * What the analysis tools report once run against the engine: each analysis's result plus what was run
 * (runs, seed, checks). Types only, so renderers can read them without knowing the engine.
 */
import type { AttributionResult } from './attribution.js';
import type { CruxResult } from './crux.js';
import type { ContestedAssumption, EvidenceResult } from './evidence.js';
import type { SensitivityResult } from './sensitivity.js';
import type { PairedSummary, Spread } from './stats.js';

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
