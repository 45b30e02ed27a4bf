/**
 * Pure helpers of the explorer's brief export (x): the default file name, the format from the extension, the
 * runs used, and the brief's reproduce line, which is a command only when the scenario is saved as it is.
 */
import { formatCommand } from '../analysis/claim.js';
import type { Scenario } from '../model/types.js';
import { msg } from '../text/i18n.js';

/** Runs a brief written from the explorer uses at most, so it is ready in a few seconds. */
export const BRIEF_MAX_RUNS = 1000;

/** The two formats of a brief. */
export type BriefFormat = 'html' | 'markdown';

/** Pick the format from a file name's extension, or undefined when it is neither HTML nor Markdown. */
export function briefFormat(path: string): BriefFormat | undefined {
  const m = /\.([A-Za-z]+)$/.exec(path.trim());
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  return undefined;
}

/** Turn a scenario name into a file-name slug (lower case, ASCII letters and digits joined by hyphens). */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** Suggest where to write a scenario's brief: `<slug>-brief.html` in the working directory. */
export function defaultBriefPath(s: Scenario): string {
  return `${slugify(s.name, 'scenario')}-brief.html`;
}

/** Return the runs a brief from the explorer uses: the scenario's own, at most BRIEF_MAX_RUNS. */
export function briefRuns(s: Scenario): number {
  return Math.max(1, Math.min(s.runs, BRIEF_MAX_RUNS));
}

/** Inputs of the reproduce line. */
export interface ReproduceInput {
  /** The scenario's file, or undefined when it has none. */
  readonly path: string | undefined;
  /** Whether the scenario differs from its file. */
  readonly dirty: boolean;
  /** Where a scenario without a file would be saved (offered by s). */
  readonly saveAs: string;
  /** The brief's own path as typed. */
  readonly output: string;
  readonly runs: number;
  readonly seed: string;
}

/** Return the scenario file the brief's commands name: its own, or the one it should be saved as. */
export function briefScenarioFile(r: Pick<ReproduceInput, 'path' | 'saveAs'>): string {
  return r.path ?? r.saveAs;
}

/** Build the `palancas brief` argv that rebuilds the brief from the scenario's file. */
export function briefArgv(file: string, output: string, runs: number, seed: string): string[] {
  return ['palancas', 'brief', file, '-o', output, '--runs', String(runs), '--seed', seed];
}

/**
 * Build the brief's reproduce line: the exact command when the scenario is saved with no changes; otherwise a
 * first line saying it must be saved first (to which file), then the command that works once it is.
 */
export function briefReproduce(r: ReproduceInput): string {
  const file = briefScenarioFile(r);
  const command = formatCommand(briefArgv(file, r.output, r.runs, r.seed));
  if (r.path !== undefined && !r.dirty) return command;
  const note = r.path === undefined ? msg.ui.briefReproduceNoFile(file) : msg.ui.briefReproduceUnsaved(file);
  return `${note}\n${command}`;
}
