/**
 * Entry of the terminal explorer: load the scenario and the status-quo baseline, render the app in the
 * alternate screen, and resolve to the exit code once it quits (q or Ctrl-C, through the app's keymap).
 */
import { promises as fs } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { render } from 'ink';
import { engine } from '../port/index.js';
import type { Scenario } from '../model/types.js';
import { formatProblem } from '../scenario/parse-scenario.js';
import type { ScenarioRegistry } from '../scenario/parse-scenario.js';
import {
  ScenarioSaveError,
  listScenarioFiles,
  loadScenarioFile,
  saveScenarioFile,
} from '../scenario/scenario-files.js';
import { App } from './app.js';
import { JudgeApp } from './judge-app.js';
import type { Round, Side } from '../scenario/round.js';
import { writeBrief } from './brief-export.js';
import type { UiFiles } from './engine-port.js';
import { RENDER_OPTIONS } from './render-options.js';
import { colorFromEnv } from './theme.js';

/** Options of `runExplorer`. */
export interface ExplorerOptions {
  /** Scenario file to open; defaults to scenarios/platform-2018.yaml under `rootDir`. */
  readonly scenarioPath?: string;
  /** The package root (two levels up from dist/cli.js); shipped scenarios are in its scenarios/ folder. */
  readonly rootDir?: string;
  /** Working directory that typed paths resolve against. @default process.cwd() */
  readonly cwd?: string;
  /** A scenario to open as it is, with no file (a debate round's case); wins over `scenarioPath`. */
  readonly scenario?: Scenario;
}

const ALT_SCREEN_ON = '\u001b[?1049h';
const ALT_SCREEN_OFF = '\u001b[?1049l';

/**
 * Scenario files on disk: typed paths resolve against `cwd`; pickers list `rootDir/scenarios` and `cwd/scenarios`;
 * briefs are built with the real model and written atomically.
 */
export function diskFiles(registry: ScenarioRegistry, rootDir: string, cwd: string): UiFiles {
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(cwd, p));
  const show = (p: string): string => {
    const r = relative(cwd, p);
    return r.startsWith('..') ? p : r;
  };
  return {
    async load(path) {
      const r = await loadScenarioFile(abs(path), registry);
      if (r.ok) return { ok: true, scenario: r.scenario };
      return {
        ok: false,
        message: r.problems
          .slice(0, 3)
          .map((x) => formatProblem({ ...x, file: path }))
          .join('; '),
      };
    },
    async save(path, scenario, overwrite) {
      try {
        await saveScenarioFile(abs(path), scenario, registry, { overwrite });
        return { ok: true };
      } catch (e) {
        if (e instanceof ScenarioSaveError) return { ok: false, exists: e.code === 'exists', message: e.message };
        return { ok: false, exists: false, message: e instanceof Error ? e.message : String(e) };
      }
    },
    async exists(path) {
      try {
        await fs.lstat(abs(path));
        return true;
      } catch {
        return false;
      }
    },
    exportBrief: (request) => writeBrief(request, { cwd }),
    async list() {
      const dirs = [...new Set([join(rootDir, 'scenarios'), join(cwd, 'scenarios')])];
      const all = (await Promise.all(dirs.map((d) => listScenarioFiles(d)))).flat().map(show);
      return [...new Set(all)].sort();
    },
  };
}

/** Open the explorer on a TTY; resolves to the exit code (0 after a normal quit, 2 when the file is bad). */
export async function runExplorer(opts: ExplorerOptions): Promise<number> {
  const cwd = opts.cwd ?? process.cwd();
  const rootDir = opts.rootDir ?? cwd;
  const registry = engine.registry;
  const files = diskFiles(registry, rootDir, cwd);

  const baselineFile = join(rootDir, 'scenarios', 'status-quo.yaml');
  const b = await loadScenarioFile(baselineFile, registry);
  const baseline: Scenario = b.ok ? b.scenario : engine.statusQuo();

  let scenario: Scenario;
  let path: string | undefined;
  if (opts.scenario !== undefined) {
    scenario = opts.scenario;
  } else if (opts.scenarioPath !== undefined) {
    const file = isAbsolute(opts.scenarioPath) ? opts.scenarioPath : resolve(cwd, opts.scenarioPath);
    const r = await loadScenarioFile(file, registry);
    if (!r.ok) {
      for (const p of r.problems) process.stderr.write(`${formatProblem({ ...p, file: opts.scenarioPath })}\n`);
      return 2;
    }
    scenario = r.scenario;
    // Shown relative to the working directory when it is inside it (prompts and printed commands stay short).
    const rel = relative(cwd, file);
    path = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : opts.scenarioPath;
  } else {
    const file = join(rootDir, 'scenarios', 'platform-2018.yaml');
    const r = await loadScenarioFile(file, registry);
    scenario = r.ok ? r.scenario : baseline;
    path = r.ok ? relative(cwd, file) : undefined;
  }

  const color = colorFromEnv(process.env);
  process.stdout.write(ALT_SCREEN_ON);
  const restore = (): void => {
    process.stdout.write(ALT_SCREEN_OFF);
  };
  process.once('exit', restore);
  try {
    const instance = render(
      <App
        engine={engine}
        files={files}
        scenario={scenario}
        baseline={baseline}
        color={color}
        {...(path !== undefined ? { path } : {})}
      />,
      { ...RENDER_OPTIONS, patchConsole: true },
    );
    await instance.waitUntilExit();
    return 0;
  } finally {
    process.off('exit', restore);
    restore();
  }
}

/**
 * Open the judge view of a debate round on a TTY (the round already read and checked). Resolves when it closes,
 * with the side whose case the user chose to explore (a or n), or undefined after q or Esc.
 */
export async function runJudgeView(opts: { readonly round: Round; readonly file: string }): Promise<Side | undefined> {
  const color = colorFromEnv(process.env);
  process.stdout.write(ALT_SCREEN_ON);
  const restore = (): void => {
    process.stdout.write(ALT_SCREEN_OFF);
  };
  process.once('exit', restore);
  try {
    let open: Side | undefined;
    const onLeave = (side: Side | undefined): void => {
      open = side;
    };
    const instance = render(
      <JudgeApp engine={engine} round={opts.round} file={opts.file} color={color} onLeave={onLeave} />,
      {
        ...RENDER_OPTIONS,
        patchConsole: true,
      },
    );
    await instance.waitUntilExit();
    return open;
  } finally {
    process.off('exit', restore);
    restore();
  }
}
