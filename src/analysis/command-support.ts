/**
 * Helpers shared by the analysis commands (sensitivity, crux, evidence, attribute, ledger, claim): strict
 * argument parsing with clean usage errors, option checks, and loading scenario files through the command
 * line's own loader (paths or preset names).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CommandContext } from '../cli/command.js';
import type { Scenario } from '../model/types.js';
import { loadForCli } from '../cli/scenario-input.js';

/** User-facing strings of this module, kept together for translation. */
export const SUPPORT_MESSAGES = {
  seeHelp: (name: string) => `Run 'palancas ${name} --help' for usage.`,
  badFormat: (v: string) => `--format must be 'table' or 'json', not '${v}'.`,
  badInteger: (opt: string, v: string, min: number, max: number) =>
    `${opt} must be a whole number from ${min} to ${max}, not '${v}'.`,
  positionals: (name: string, want: string, got: number) =>
    `palancas ${name} expects ${want}, got ${got} file argument${got === 1 ? '' : 's'}.`,
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

/**
 * Loads scenario files (paths or preset names) with the command line's loader, which prints every problem
 * to stderr naming the file as the user typed it; returns null when any file has problems.
 */
export async function loadScenarios(paths: readonly string[], ctx: CommandContext): Promise<Scenario[] | null> {
  const out: Scenario[] = [];
  let failed = false;
  for (const path of paths) {
    const loaded = await loadForCli(path, ctx);
    if (loaded) out.push(loaded.scenario);
    else failed = true;
  }
  return failed ? null : out;
}

/** Chooses the chart width: the --width option, else 100 columns. */
export function chartWidth(value: string | undefined): number {
  return parseInteger('--width', value, 100, 40, 400);
}
