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
import { type Catalogue, inLang, msg } from '../text/i18n.js';

/** Rewrites one of Node's argument-parsing errors as a short sentence, with a "did you mean" for options. */
export function describeParseError(name: string, error: unknown, options: readonly string[]): string {
  const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return msg.cli.support.unknownOption(name, quoted, quoted.startsWith('--') ? suggest(quoted, options) : undefined);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return msg.cli.support.missingValue(name, quoted.split(' ')[0] ?? quoted);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return msg.cli.support.unexpectedArgument(name, quoted);
  return msg.cli.support.badArguments(name, (message.split('.')[0] ?? message).trim());
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
    throw new UsageError(`${describeParseError(name, error, options)} ${msg.cli.support.seeHelp(name)}`);
  }
}

/** Checks the --format option. */
export function parseFormat(value: string | undefined): OutputFormat {
  const v = value ?? 'table';
  if (v !== 'table' && v !== 'json') throw new UsageError(msg.cli.support.badFormat(v));
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
    throw new UsageError(msg.cli.support.badInteger(opt, value, String(min), String(max)));
  }
  return n;
}

/** What a command can expect as file arguments, as the catalogue words it. */
export type Want = keyof Catalogue['cli']['support']['want'];

/** Checks the number of file arguments. */
export function expectPositionals(name: string, positionals: readonly string[], count: number, want: Want): void {
  if (positionals.length !== count) {
    throw new UsageError(msg.cli.support.positionals(name, msg.cli.support.want[want], positionals.length));
  }
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

/**
 * Runs `build` (an analysis) with English in force when the output is JSON, so its labels and sentences are the
 * same in every language; otherwise in the language in force.
 */
export function inOutputLanguage<T>(format: string, build: () => T): T {
  return format === 'json' ? inLang('en', build) : build();
}
