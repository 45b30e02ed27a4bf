/**
 * Helpers shared by the analysis commands (sensitivity, crux, evidence, attribute, ledger, claim): strict
 * argument parsing with clean usage errors, option checks, and loading scenario files through a loader the
 * command passes in (so this module touches no file system itself).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CommandContext } from '../cli/command.js';
import type { Scenario } from '../model/types.js';
import type { ParseScenarioResult } from '../scenario/parse-scenario.js';
import { formatProblem } from '../scenario/parse-scenario.js';
import { resolveScenarioPath } from '../cli/scenario-input.js';

/** User-facing strings of this module, kept together for translation. */
export const SUPPORT_MESSAGES = {
  seeHelp: (name: string) => `Run 'palancas ${name} --help' for usage.`,
  badFormat: (v: string) => `--format must be 'table' or 'json', not '${v}'.`,
  badInteger: (opt: string, v: string, min: number, max: number) =>
    `${opt} must be a whole number from ${min} to ${max}, not '${v}'.`,
  positionals: (name: string, want: string, got: number) =>
    `palancas ${name} expects ${want}, got ${got} file argument${got === 1 ? '' : 's'}.`,
  warning: (text: string) => `warning: ${text}\n`,
} as const;

/** Output format of the analysis commands. */
export type OutputFormat = 'table' | 'json';

/** Parses argv strictly; every parse problem becomes a one-line UsageError that points to --help. */
export function parseStrict<T extends ParseArgsConfig>(name: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ ...config, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error);
    throw new UsageError(`palancas ${name}: ${message} ${SUPPORT_MESSAGES.seeHelp(name)}`);
  }
}

/** Checks the --format option. */
export function parseFormat(value: string | undefined): OutputFormat {
  const v = value ?? 'table';
  if (v !== 'table' && v !== 'json') throw new UsageError(SUPPORT_MESSAGES.badFormat(v));
  return v;
}

/** Parses a whole-number option within [min, max]; `fallback` when absent. */
export function parseInteger(opt: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(SUPPORT_MESSAGES.badInteger(opt, value, min, max));
  }
  return n;
}

/** Checks the number of file arguments. */
export function expectPositionals(name: string, positionals: readonly string[], count: number, want: string): void {
  if (positionals.length !== count) throw new UsageError(SUPPORT_MESSAGES.positionals(name, want, positionals.length));
}

/** Reads a scenario file given its absolute path (the command passes loadScenarioFile with the registry). */
export type ScenarioLoader = (absolutePath: string) => Promise<ParseScenarioResult>;

/**
 * Loads scenario files (relative paths resolve against ctx.cwd). Prints every problem to stderr, naming the
 * file as the user typed it, and returns null when any file has problems; prints warnings and goes on.
 */
export async function loadScenarios(
  paths: readonly string[],
  ctx: CommandContext,
  load: ScenarioLoader,
): Promise<Scenario[] | null> {
  const out: Scenario[] = [];
  let failed = false;
  for (const path of paths) {
    const abs = resolveScenarioPath(path, ctx.cwd);
    const result = await load(abs);
    if (!result.ok) {
      failed = true;
      for (const p of result.problems) ctx.err(`${formatProblem({ ...p, file: path })}\n`);
      continue;
    }
    for (const w of result.warnings) ctx.err(SUPPORT_MESSAGES.warning(formatProblem({ ...w, file: path })));
    out.push(result.scenario);
  }
  return failed ? null : out;
}

/** Chooses the chart width: the --width option, else 100 columns. */
export function chartWidth(value: string | undefined): number {
  return parseInteger('--width', value, 100, 40, 400);
}
