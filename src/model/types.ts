/**
 * Types shared by the model, the scenario files, the command line and the terminal UI.
 * Everything here is plain data: no I/O, no terminal, no randomness.
 */

import type { AssumptionId, CampId, LeverId, OutputId } from './ids.js';

export type { AssumptionId, CampId, LeverId, OutputId };

/**
 * Where a figure comes from: the 2018 article, a cited research source, arithmetic on sourced figures
 * ('derived': the source shows the arithmetic), or a modeller's guess (including figures no source confirms).
 */
export const ASSUMPTION_KINDS = ['article', 'research', 'derived', 'guess'] as const;
export type AssumptionKind = (typeof ASSUMPTION_KINDS)[number];

/** How sure the figure is, from the source's own confidence code (S1/S2 high-medium, S3/M low). */
export type Confidence = 'high' | 'medium' | 'low';

/** How a Monte Carlo run draws the assumption inside its low/high range. */
export type Distribution =
  | 'fixed' // always the value
  | 'uniform' // flat between low and high
  | 'triangular' // low, mode = value, high
  | 'pert' // beta-PERT with mode = value (smoother than triangular)
  | 'loguniform'; // flat in log space between low and high (both > 0)

/**
 * One contested position on an assumption, switchable by name (e.g. `rand` vs `us_government`). Its `label` and
 * `source` are words in the language in force, read from the text catalogue on each access (see
 * src/model/assumptions.ts); everything else is data.
 */
export interface Camp {
  /** Short snake_case name used in scenario files and `--camp id=NAME`. */
  readonly id: CampId;
  /** Plain words, e.g. "RAND 2010: marijuana is 15–26% of drug-export revenue". */
  readonly label: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /**
   * Citation, and where in it; the arithmetic for 'derived'. Empty only when `kind` is 'guess'. The citations stay
   * in their original language; the words around them are in the language in force.
   */
  readonly source: string;
  readonly kind: AssumptionKind;
  /** How sure this camp's figure is, when it differs from the assumption's own confidence. */
  readonly confidence?: Confidence;
}

/**
 * One labeled assumption: every number the model uses that is not a lever or a history input. Its `label`, `unit`,
 * `source`, `note` and its camps' words are in the language in force, read from the text catalogue on each access
 * (see src/model/assumptions.ts); ids, figures, kinds and confidences are data and never change with the language.
 */
export interface Assumption {
  /** snake_case; also the symbol the equations use. */
  readonly id: AssumptionId;
  readonly label: string;
  readonly value: number;
  /** For people to read ("people", "US$ bn/yr"), in the language in force; no code compares it. */
  readonly unit: string;
  readonly low: number;
  readonly high: number;
  readonly distribution: Distribution;
  readonly kind: AssumptionKind;
  /**
   * Citation and where it says so (research/article), the arithmetic and the figures it uses (derived), or
   * why this guess (guess). Names original documents only, never the project's research notes. The citations
   * stay in their original language; the words around them are in the language in force.
   */
  readonly source: string;
  /** For maintainers: the row of the research notes the figure was taken from (not shown to users). */
  readonly sourceRow?: string;
  readonly confidence: Confidence;
  /** Optional longer explanation shown in the assumption browser. */
  readonly note?: string;
  /** Contested assumptions: the positions a user can switch between. */
  readonly camps?: readonly Camp[];
  /** Id of the camp that gives `value/low/high` by default (must be one of `camps`). */
  readonly defaultCamp?: CampId;
}

/** How a lever is set on screen. */
export type LeverControl = 'toggle' | 'number' | 'year';

/** One policy lever. Numbers only: toggles are 0/1 so equations can multiply by them. */
export interface Lever {
  readonly id: LeverId;
  readonly label: string;
  readonly unit: string;
  readonly control: LeverControl;
  readonly min: number;
  readonly max: number;
  /** Step for the arrow keys. */
  readonly step: number;
  /** The value in the status-quo world (the 2006–2018 strategy continued). */
  readonly default: number;
  /** The article's words this lever comes from (a short quote or close paraphrase, with who said it). */
  readonly articleWords: string;
  /** 'article': one of the five levers the article describes; 'extra': other levers it mentions. */
  readonly group: 'article' | 'extra';
  /** Which of the five article levers (or extra lever) this setting belongs to, for grouping on screen. */
  readonly family: string;
}

/** An equation in mathjs syntax. Stocks integrate `rate` (per month) from `init`. */
export type Equation =
  | {
      readonly id: string;
      readonly kind: 'stock';
      readonly label: string;
      readonly unit: string;
      /** Initial value at 2007-01 (may use assumptions and levers, not other stocks). */
      readonly init: string;
      /** Net rate of change per month. */
      readonly rate: string;
      /** Clamp the stock at zero after each step (people, money). */
      readonly nonNegative?: boolean;
    }
  | {
      readonly id: string;
      readonly kind: 'aux';
      readonly label: string;
      readonly unit: string;
      readonly expr: string;
    };

/** What the whole model is made of, as data. */
export interface ModelSpec {
  readonly equations: readonly Equation[];
  /** Equation ids recorded every month, in order. */
  readonly outputs: readonly string[];
  /** Ids of assumptions (parameters) in the order the generated function reads them. */
  readonly parameters: readonly string[];
  /** Ids of exogenous monthly input series, in order. */
  readonly inputs: readonly string[];
}

/** The range a scenario gives to draw one of its assumption values over. */
export interface AssumptionRange {
  readonly low: number;
  readonly high: number;
}

/** A scenario: lever settings, assumption overrides and camps, seed and ensemble size. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly seed: string;
  readonly runs: number;
  /** Lever id → value. Missing levers take their status-quo default. */
  readonly levers: Readonly<Partial<Record<LeverId, number>>>;
  /**
   * Assumption id → value the scenario sets. Without an entry in `assumptionRanges` the value is fixed:
   * every run uses it, nothing is drawn.
   */
  readonly assumptions: Readonly<Partial<Record<AssumptionId, number>>>;
  /**
   * Assumption id → the range to draw a set value over (the value is the centre, the assumption's own
   * distribution shape is kept). Only ids that also have a value in `assumptions` count.
   */
  readonly assumptionRanges?: Readonly<Partial<Record<AssumptionId, AssumptionRange>>>;
  /** Assumption id → camp id. */
  readonly camps: Readonly<Partial<Record<AssumptionId, CampId>>>;
  /** Where the settings come from (shown with the scenario). */
  readonly sources?: readonly string[];
}

/**
 * The ids a scenario's record sets (`levers`, `assumptions`, `assumptionRanges`, `camps`), in the record's own
 * order: `Object.keys`, typed with the record's id type.
 */
export function idsOf<K extends string>(r: Readonly<Partial<Record<K, unknown>>>): K[] {
  return Object.keys(r) as K[];
}

/** P10/P25/P50/P75/P90 per month for one output. */
export interface Band {
  readonly p10: Float64Array;
  readonly p25: Float64Array;
  readonly p50: Float64Array;
  readonly p75: Float64Array;
  readonly p90: Float64Array;
}

/** The result of an ensemble: a band per output, aligned with `months`. */
export interface EnsembleResult {
  /** "YYYY-MM" for every month simulated. */
  readonly months: readonly string[];
  readonly runs: number;
  readonly seed: string;
  readonly bands: Readonly<Record<string, Band>>;
}
