/**
 * What the explorer needs from the engine and from scenario files, as plain interfaces, so the app can be
 * rendered in tests with a small fake engine and in the product with the real one. The engine part is the
 * engine port's (src/port/engine-port.ts); the files part is the explorer's own.
 */
import type { EnginePort } from '../port/engine-port.js';
import type { Scenario } from '../model/types.js';

export type {
  DebateAttribution,
  DebateAttributionRow,
  DebateClaim,
  DebateCruxes,
  DebateCruxRow,
  DebateCruxSets,
  DebateMetric,
  DebateSensitivity,
  DebateSensitivityRow,
  DebateTools as UiDebate,
  HindcastView as UiHindcast,
  HindcastViewYear as UiHindcastYear,
  HistoryPoint,
  OutputMeta,
  ResolvedAssumption,
  TheoryInForce as UiTheory,
  TheoryShare as UiTheoryShare,
} from '../port/engine-port.js';

/** The members of the engine port the explorer reads. */
export type UiEngine = Pick<
  EnginePort,
  | 'levers'
  | 'assumptions'
  | 'outputs'
  | 'months'
  | 'scenarioStart'
  | 'equations'
  | 'history'
  | 'resolveAssumptions'
  | 'runEnsembleAsync'
  | 'runCentral'
  | 'theory'
  | 'hindcast'
  | 'debate'
>;

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
