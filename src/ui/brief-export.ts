/**
 * The explorer's brief export on disk: the same assembly and renderers as `palancas brief`, for the scenario
 * as it is on screen against the status quo, written atomically. The format follows the file's extension.
 */
import { promises as fs } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { assembleBrief } from '../port/brief.js';
import { engine } from '../port/index.js';
import { briefHtml } from '../render/brief/brief-html.js';
import { briefMarkdown } from '../render/brief/brief-markdown.js';
import { writeFileAtomic } from '../scenario/scenario-files.js';
import { briefFormat } from './brief-request.js';
import type { BriefRequest, BriefResult } from './engine-port.js';
import { msg } from '../text/i18n.js';

/** Options of `writeBrief`. */
export interface WriteBriefOptions {
  /** Working directory that a relative path resolves against. */
  readonly cwd: string;
  /** Leave out cruxes, sensitivity, attribution and evidence sets (as `palancas brief --quick`). @default false */
  readonly quick?: boolean;
}

async function isFile(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Build the brief of `request.scenario` against the status-quo levers under its own assumption settings
 * (blocking for the assembly, a few seconds at 1,000 runs) and write it atomically; every failure comes back
 * as a result, never as an exception. The path and folder are checked before the model runs.
 */
export async function writeBrief(request: BriefRequest, options: WriteBriefOptions): Promise<BriefResult> {
  const format = briefFormat(request.path);
  if (format === undefined) return { ok: false, exists: false, message: msg.ui.briefBadExtension };
  const target = isAbsolute(request.path) ? request.path : resolve(options.cwd, request.path);
  try {
    if (!(await isFolder(dirname(target))))
      return { ok: false, exists: false, message: msg.ui.briefNoFolder(dirname(request.path)) };
    if (!request.overwrite && (await isFile(target)))
      return { ok: false, exists: true, message: msg.ui.briefExists(request.path) };
    const data = assembleBrief({
      engine,
      a: {
        scenario: request.scenario,
        file: request.file,
        fingerprint: engine.fingerprint(request.scenario),
      },
      reproduce: request.reproduce,
      quick: options.quick === true,
    });
    await writeFileAtomic(target, format === 'html' ? briefHtml(data) : briefMarkdown(data), { overwrite: true });
    return { ok: true };
  } catch (e) {
    return { ok: false, exists: false, message: e instanceof Error ? e.message : String(e) };
  }
}
