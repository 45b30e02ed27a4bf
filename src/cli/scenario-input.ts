/**
 * Loading scenario files for the command line: relative paths resolve against the working directory, a bare
 * preset name (`platform-2018`) resolves to the shipped preset, and problems print as one line each.
 */
import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { CommandContext } from './command.js';
import type { Scenario } from '../model/types.js';
import { engine } from '../port/index.js';
import { loadRoundFile, loadScenarioFile } from '../scenario/scenario-files.js';
import { looksLikeRound, type Round } from '../scenario/round.js';
import { formatProblem, type ScenarioRegistry } from '../scenario/parse-scenario.js';
import { presetsDir } from './paths.js';
import { msg } from '../text/i18n.js';
import type { ScenarioRef } from '../render/text/series-output.js';

/** The lever and assumption tables scenario files are checked against. */
export const REGISTRY: ScenarioRegistry = engine.registry;

/** Resolves a path as typed, or a preset name such as `status-quo`. */
export function resolveScenarioPath(path: string, cwd: string): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  if (existsSync(abs)) return abs;
  const preset = join(presetsDir(), path.endsWith('.yaml') ? path : `${path}.yaml`);
  return existsSync(preset) ? preset : abs;
}

/** A loaded scenario with how to name it in output. */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly ref: ScenarioRef;
}

/** Loads one scenario file; prints problems to stderr and returns null when it has any. */
export async function loadForCli(path: string, ctx: CommandContext): Promise<LoadedScenario | null> {
  const abs = resolveScenarioPath(path, ctx.cwd);
  const result = await loadScenarioFile(abs, REGISTRY);
  if (!result.ok) {
    for (const p of result.problems) ctx.err(`${formatProblem({ ...p, file: path })}\n`);
    return null;
  }
  for (const w of result.warnings) ctx.err(`${msg.cli.input.warning(formatProblem({ ...w, file: path }))}\n`);
  return { scenario: result.scenario, ref: refOf(result.scenario, path) };
}

/** Names a scenario in output: its name, the file as typed, and its fingerprint. */
export function refOf(s: Scenario, file: string): ScenarioRef {
  return { name: s.name, file, fingerprint: engine.fingerprint(s) };
}

/** Loads the shipped status-quo preset (the baseline everything is compared with). */
export async function loadBaseline(ctx: CommandContext): Promise<LoadedScenario | null> {
  return loadForCli(join(presetsDir(), 'status-quo.yaml'), ctx);
}

/** Tells whether a bare name is a shipped preset. */
export function presetExists(name: string): boolean {
  return existsSync(join(presetsDir(), `${name}.yaml`));
}

/** How much of a file is read to tell a debate round from a scenario. */
const SNIFF_BYTES = 4096;

/** Tells whether a file (a path as resolved) is a debate round: its first lines carry the round mark. */
export function isRoundFile(abs: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return looksLikeRound(buffer.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Loads a debate round (both scenarios checked against their fingerprints, every attack against both cases);
 * prints every problem to stderr naming the file as typed and returns null when there is any.
 */
export async function loadRoundForCli(path: string, ctx: CommandContext): Promise<Round | null> {
  const abs = isAbsolute(path) ? path : resolve(ctx.cwd, path);
  const result = await loadRoundFile(abs, engine.roundRegistry);
  if (!result.ok) {
    for (const p of result.problems) ctx.err(`${formatProblem({ ...p, file: path })}\n`);
    return null;
  }
  return result.round;
}
