/**
 * `palancas page A [--vs B] -o FILE.html`: one self-contained HTML page with live levers. The page carries
 * scenario A, its reference (B, or the status quo) and the page script (dist/page-app.js, built by
 * scripts/build.mjs from src/port/page-app.ts); in the browser it reruns the same seeded ensemble as
 * `palancas run` on every change.
 */
import { existsSync, promises as fs } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { UsageError, type Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import { engine } from '../../port/index.js';
import type { Scenario } from '../../model/types.js';
import { parseInteger, parseStrict } from '../command-support.js';
import { loadBaseline, loadForCli } from '../scenario-input.js';
import { writeFileAtomic } from '../../scenario/scenario-files.js';
import { scenarioToYaml } from '../../scenario/serialize-scenario.js';
import { pageHtml } from '../../render/page/page-html.js';
import { packageRoot } from '../paths.js';
import { currentLang, msg } from '../../text/i18n.js';

const NAME = 'page';

/** Runs in the page unless --runs says otherwise: enough for bands, quick enough to redraw on each change. */
export const PAGE_RUNS = 200;

/**
 * Most runs for which the page carries its pools' kept candidates (beyond, the page would grow by about
 * 40 kB per 100 runs, and its ensembles alone take longer than a redraw should).
 */
export const PAGE_POOL_RUNS = 500;

/** Most runs a page may ask the browser for. */
export const PAGE_MAX_RUNS = 5000;

/** Where the page script is: next to the bundled command line, or in dist/ of the package under tsx. */
export function pageScriptPath(): string {
  return join(packageRoot(), 'dist', 'page-app.js');
}

/** The page command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.cli.page.summary;
  },
  get usage() {
    return msg.cli.page.usage;
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        vs: { type: 'string' },
        runs: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      ctx.out(command.usage);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(msg.cli.page.positionals(positionals.length));
    const output = values.output;
    if (output === undefined || output === '') throw new UsageError(msg.cli.page.needOutput);
    const ext = extname(output).toLowerCase();
    if (ext !== '.html' && ext !== '.htm') throw new UsageError(msg.cli.page.badExtension(output));
    const seedOption = parseSeed(values.seed);
    const runs = parseInteger('--runs', values.runs, PAGE_RUNS, 1, PAGE_MAX_RUNS);
    const scriptFile = pageScriptPath();
    if (!existsSync(scriptFile)) {
      ctx.err(`${msg.cli.page.noBundle(scriptFile)}\n`);
      return 1;
    }

    const first = await loadForCli(positionals[0] as string, ctx);
    const second = values.vs !== undefined ? await loadForCli(values.vs, ctx) : await loadBaseline(ctx);
    if (!first || !second) return 2;
    const seed = seedOption ?? first.scenario.seed;
    const settle = (s: Scenario): Scenario => ({ ...s, runs, seed });
    const scenario = settle(first.scenario);
    const reference = settle(second.scenario);
    const yamlFile = `${basename(output, extname(output))}.yaml`;
    const html = pageHtml({
      scenario,
      reference,
      data: {
        lang: currentLang(),
        scenario,
        reference,
        yamlFile,
        versus: values.vs !== undefined,
        pools: runs <= PAGE_POOL_RUNS ? engine.pagePools(scenario, reference) : [],
      },
      script: await fs.readFile(scriptFile, 'utf8'),
      yaml: scenarioToYaml(scenario, engine.registry),
    });
    const target = isAbsolute(output) ? output : resolve(ctx.cwd, output);
    try {
      await writeFileAtomic(target, html, { overwrite: true });
    } catch (error) {
      ctx.err(msg.cli.page.writeFailed(output, error instanceof Error ? error.message : String(error)));
      return 1;
    }
    ctx.out(msg.cli.page.wrote(output, Math.ceil(Buffer.byteLength(html) / 1024), runs));
    return 0;
  },
};
