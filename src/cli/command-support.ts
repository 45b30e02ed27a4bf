/**
 * Helpers shared by the analysis commands (sensitivity, crux, evidence, attribute, ledger, claim): strict
 * argument parsing with clean usage errors, option checks, and loading scenario files through the command
 * line's own loader (paths or preset names).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CommandContext } from './command.js';
import type { Scenario } from '../model/types.js';
import { loadForCli } from './scenario-input.js';
import { suggest } from '../scenario/suggest.js';

/** User-facing strings of this module, kept together for translation. */
export const SUPPORT_MESSAGES = {
  seeHelp: (name: string) => `Run 'palancas ${name} --help' for usage.`,
  badFormat: (v: string) => `--format must be 'table' or 'json', not '${v}'.`,
  badInteger: (opt: string, v: string, min: number, max: number) =>
    `${opt} must be a whole number from ${min} to ${max}, not '${v}'.`,
  positionals: (name: string, want: string, got: number) =>
    `${name} expects ${want}, got ${got} file argument${got === 1 ? '' : 's'}.`,
  unknownOption: (name: string, option: string, hint: string | undefined) =>
    `${name}: unknown option '${option}'.${hint === undefined ? '' : ` Did you mean '${hint}'?`}`,
  missingValue: (name: string, option: string) => `${name}: option '${option}' needs a value.`,
  unexpectedArgument: (name: string, arg: string) =>
    `${name}: unexpected argument '${arg}'; this command takes no files.`,
  badArguments: (name: string, message: string) => `${name}: ${message}.`,
} as const;

/** Rewrites one of Node's argument-parsing errors as a short sentence, with a "did you mean" for options. */
export function describeParseError(name: string, error: unknown, options: readonly string[]): string {
  const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return SUPPORT_MESSAGES.unknownOption(name, quoted, quoted.startsWith('--') ? suggest(quoted, options) : undefined);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return SUPPORT_MESSAGES.missingValue(name, quoted.split(' ')[0] ?? quoted);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return SUPPORT_MESSAGES.unexpectedArgument(name, quoted);
  return SUPPORT_MESSAGES.badArguments(name, (message.split('.')[0] ?? message).trim());
}

/** The options several commands take, defined once: pick the ones a command takes with `optionsOf`. */
export const OPTIONS = {
  metric: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  top: { type: 'string' },
  width: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The shared option definitions of the given names, for a parseArgs options table. */
export function optionsOf<K extends keyof typeof OPTIONS>(...names: K[]): Pick<typeof OPTIONS, K> {
  return Object.fromEntries(names.map((n) => [n, OPTIONS[n]])) as Pick<typeof OPTIONS, K>;
}

/** Output format of the analysis commands. */
export type OutputFormat = 'table' | 'json';

/** Parses argv strictly; every parse problem becomes a one-line UsageError that points to --help. */
export function parseStrict<T extends ParseArgsConfig>(name: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ ...config, strict: true });
  } catch (error) {
    const options = Object.keys(config.options ?? {}).map((o) => `--${o}`);
    throw new UsageError(`${describeParseError(name, error, options)} ${SUPPORT_MESSAGES.seeHelp(name)}`);
  }
}

/** Checks the --format option. */
export function parseFormat(value: string | undefined): OutputFormat {
  const v = value ?? 'table';
  if (v !== 'table' && v !== 'json') throw new UsageError(SUPPORT_MESSAGES.badFormat(v));
  return v;
}

/** Parses a whole-number option within [min, max]; `fallback` when absent. */
export function parseInteger(
  opt: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
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
