/**
 * Loading, saving and listing scenario files on disk. Saving is atomic: the text goes to a temporary file in
 * the same folder, is flushed to disk, and only then replaces (or, without overwrite, is linked to) the
 * target, so a crash never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import type { Dirent } from 'node:fs';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Scenario } from '../model/types.js';
import {
  MAX_SCENARIO_CHARS,
  parseScenario,
  type ParseScenarioResult,
  type ScenarioProblem,
  type ScenarioRegistry,
} from './parse-scenario.js';
import { scenarioToYaml } from './serialize-scenario.js';
import { type ParseRoundResult, parseRound, type Round, type RoundRegistry, roundToYaml } from './round.js';
import { decodeUtf8 } from './utf8.js';
import { msg } from '../text/i18n.js';

/** A byte as it is named in a problem: 0xC3. */
export function byteName(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** File name endings listed as scenario files. */
export const SCENARIO_EXTENSIONS = ['.yaml', '.yml'] as const;

/** Why a save failed: the target exists, the scenario would not read back, or the disk write failed. */
export type SaveErrorCode = 'exists' | 'invalid' | 'write-failed';

/** A failed save, with a message ready to show and the problems when the scenario itself is invalid. */
export class ScenarioSaveError extends Error {
  override readonly name = 'ScenarioSaveError';

  constructor(
    readonly code: SaveErrorCode,
    message: string,
    readonly path: string,
    readonly problems: readonly ScenarioProblem[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The file operations a save uses; replaceable in tests to simulate a failing disk. */
export interface SaveIo {
  open: typeof fs.open;
  rename: typeof fs.rename;
  link: typeof fs.link;
  unlink: typeof fs.unlink;
  stat: typeof fs.stat;
}

/** Options for `saveScenarioFile`. */
export interface SaveOptions {
  /** Replace an existing file. Without it, saving over an existing file fails with code 'exists'. */
  readonly overwrite: boolean;
  /** File operations to use (tests only). */
  readonly io?: SaveIo;
}

const REAL_IO: SaveIo = { open: fs.open, rename: fs.rename, link: fs.link, unlink: fs.unlink, stat: fs.stat };

/** Describes an unknown thrown value briefly (the error code when there is one). */
function reason(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Returns a one-problem failure result for a file that could not be read. */
function unreadable(file: string, message: string): { ok: false; problems: ScenarioProblem[] } {
  return { ok: false, problems: [{ file, line: 1, column: 1, path: '', message }] };
}

/**
 * Reads and parses a scenario file. Never throws: a missing, unreadable or oversized file comes back as a
 * problem. Problems name the file as `path` was given.
 */
export async function loadScenarioFile(path: string, registry: ScenarioRegistry): Promise<ParseScenarioResult> {
  const read = await readYamlFile(path);
  return read.ok ? parseScenario(read.text, path, registry) : read;
}

/**
 * Reads and parses a debate round file, with the checks and limits of scenario files; never throws. Each
 * side's fingerprint is recomputed: a side whose scenario no longer matches it is listed in `tampered`.
 */
export async function loadRoundFile(path: string, registry: RoundRegistry): Promise<ParseRoundResult> {
  const read = await readYamlFile(path);
  return read.ok ? parseRound(read.text, path, registry) : { ...read, tampered: [] };
}

/** Reads a YAML file's text (UTF-8, within the size limit); a missing or unreadable file comes back as a problem. */
async function readYamlFile(
  path: string,
): Promise<
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problems: ScenarioProblem[] }
> {
  try {
    const info = await fs.stat(path);
    if (!info.isFile()) return unreadable(path, msg.scenario.file.cannotRead(msg.scenario.file.notAFile));
    // Characters never exceed bytes in UTF-8, so a file within the byte limit is within the text limit.
    if (info.size > MAX_SCENARIO_CHARS * 4)
      return unreadable(path, msg.scenario.file.tooLarge(String(info.size), String(MAX_SCENARIO_CHARS)));
    const decoded = decodeUtf8(await fs.readFile(path));
    if (!decoded.ok) {
      const p = decoded.problem;
      if (p.kind === 'utf16') return unreadable(path, msg.scenario.file.utf16(p.order));
      return {
        ok: false,
        problems: [
          {
            file: path,
            line: p.line,
            column: p.column,
            path: '',
            message: msg.scenario.file.notUtf8(String(p.offset), byteName(p.byte)),
          },
        ],
      };
    }
    return { ok: true, text: decoded.text };
  } catch (error) {
    return unreadable(path, msg.scenario.file.cannotRead(reason(error)));
  }
}

/** Returns whether a path exists (without following a dangling link into an error). */
async function exists(io: SaveIo, path: string): Promise<boolean> {
  try {
    await io.stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves a scenario as YAML at `path`, atomically.
 *
 * Throws `ScenarioSaveError` with code 'exists' when the file exists and `overwrite` is false, 'invalid'
 * when the written text would not read back without problems, and 'write-failed' when the disk refuses;
 * in every case the target is left as it was and the temporary file is removed.
 */
export async function saveScenarioFile(
  path: string,
  scenario: Scenario,
  registry: ScenarioRegistry,
  options: SaveOptions,
): Promise<void> {
  const text = scenarioToYaml(scenario, registry);
  const check = parseScenario(text, path, registry);
  await saveChecked(path, text, check.ok ? [] : check.problems, options);
}

/**
 * Saves a debate round as YAML at `path`, atomically, as `saveScenarioFile` saves a scenario (the same
 * errors); the text must read back as a round without problems.
 */
export async function saveRoundFile(
  path: string,
  round: Round,
  registry: RoundRegistry,
  options: SaveOptions,
): Promise<void> {
  const text = roundToYaml(round, registry);
  const check = parseRound(text, path, registry);
  await saveChecked(path, text, check.ok ? [] : check.problems, options);
}

/** Writes text that was checked to read back (`problems` empty), refusing to replace a file unless told to. */
async function saveChecked(
  path: string,
  text: string,
  problems: readonly ScenarioProblem[],
  options: SaveOptions,
): Promise<void> {
  const io = options.io ?? REAL_IO;
  if (problems.length > 0) throw new ScenarioSaveError('invalid', msg.scenario.file.invalid(path), path, problems);
  if (!options.overwrite && (await exists(io, path))) {
    throw new ScenarioSaveError('exists', msg.scenario.file.exists(path), path);
  }

  try {
    await writeFileAtomic(path, text, { overwrite: options.overwrite, io });
  } catch (error) {
    if (reason(error) === 'EEXIST' && !options.overwrite) {
      throw new ScenarioSaveError('exists', msg.scenario.file.exists(path), path, [], { cause: error });
    }
    const why = error instanceof LinkError ? error.message : reason(error);
    throw new ScenarioSaveError('write-failed', msg.scenario.file.writeFailed(path, why), path, [], { cause: error });
  }
}

/** Temporary files of an interrupted save older than this are removed by the next save to the same file. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** The temporary-file name of a save to `target`: hidden, in the same folder, with a random part. */
function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A link that cannot be written through (it points nowhere). */
class LinkError extends Error {
  override readonly name = 'LinkError';
}

/**
 * The file a write to `path` should change: `path` itself, or, when it is a symbolic link, the file it
 * points to (so the link stays a link). A link to nothing is refused.
 */
async function writeTarget(path: string): Promise<{ target: string; mode: number | undefined }> {
  let info: Awaited<ReturnType<typeof fs.lstat>>;
  try {
    info = await fs.lstat(path);
  } catch {
    return { target: path, mode: undefined };
  }
  let target = path;
  if (info.isSymbolicLink()) {
    try {
      target = await fs.realpath(path);
    } catch {
      throw new LinkError(msg.scenario.file.danglingLink(await fs.readlink(path).catch(() => '?')));
    }
    info = await fs.stat(target);
  }
  return { target, mode: info.mode & 0o7777 };
}

/** Removes temporary files left by interrupted saves to `target` (best effort; recent ones may be in use). */
async function removeStaleTemps(target: string, now: number): Promise<void> {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await fs.readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const file = join(dirname(target), name);
    try {
      const info = await fs.lstat(file);
      if (info.isFile() && now - info.mtimeMs > STALE_TEMP_MS) await fs.unlink(file);
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/**
 * Writes `text` to `path` atomically: a temporary file in the same folder, flushed, then renamed over the
 * target (or, without `overwrite`, linked so an existing file is never replaced). An existing file keeps its
 * permissions; a symbolic link is written through to the file it points to. Stale temporary files of
 * interrupted saves are removed first. On failure the target is as it was and the temporary file is gone;
 * the error (with its code) is thrown.
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  options: { readonly overwrite: boolean; readonly io?: SaveIo },
): Promise<void> {
  const io = options.io ?? REAL_IO;
  const { target, mode } = await writeTarget(path);
  await removeStaleTemps(target, Date.now());
  const temp = tempName(target);
  let created = false;
  try {
    const handle = await io.open(temp, 'wx', mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(text, 'utf8');
      // open() applies the umask; an overwrite keeps exactly the old file's permissions.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await io.rename(temp, target);
      created = false;
    } else {
      await linkWithoutReplacing(io, temp, target);
    }
  } catch (error) {
    if (created) await io.unlink(temp).catch(() => undefined);
    throw error;
  }
  if (created) await io.unlink(temp).catch(() => undefined);
  await syncFolder(dirname(target));
}

/** Error codes of file systems that cannot make hard links. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Gives the temporary file the target's name without replacing a file that is there. link() fails with
 * EEXIST if the target appeared since it was checked; where links are not supported, check and rename.
 */
async function linkWithoutReplacing(io: SaveIo, temp: string, path: string): Promise<void> {
  try {
    await io.link(temp, path);
  } catch (error) {
    if (!NO_LINKS.has(reason(error))) throw error;
    if (await exists(io, path)) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
    await io.rename(temp, path);
  }
}

/** Flushes a folder's entry list so the rename survives a crash; best effort (not all systems allow it). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot open or sync a folder; the file itself is already flushed.
  }
}

/**
 * Lists the scenario files (.yaml, .yml) directly in a folder, as paths joined to `dir`, sorted by name.
 * Hidden files (such as temporary files of an interrupted save) are skipped; a missing folder gives [].
 */
export async function listScenarioFiles(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .filter((e) => SCENARIO_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext)))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(dir, name));
}
