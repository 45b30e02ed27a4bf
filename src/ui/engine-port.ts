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
}

/** Result of loading a scenario file. */
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Result of saving a scenario file. */
export type SaveResult = { ok: true } | { ok: false; exists: boolean; message: string };

/** File access for the explorer; paths are as typed by the user (relative to the working directory). */
export interface UiFiles {
  load(path: string): Promise<LoadResult>;
  save(path: string, scenario: Scenario, overwrite: boolean): Promise<SaveResult>;
  /** Scenario files offered in the open and compare pickers. */
  list(): Promise<string[]>;
}
