/**
 * `palancas brief A [B] -o FILE.md|FILE.html`: a brief for a debate judge, with charts, the comparison, claim
 * cards, the cruxes, the attribution, evidence sets, the cost ledgers and every assumption with its source.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { UsageError, type Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import * as engine from '../../port/engine.js';
import type { Scenario } from '../../model/types.js';
import { formatCommand } from '../../analysis/claim.js';
import { parseInteger, parseStrict } from '../command-support.js';
import { metricNamed } from '../../analysis/metrics.js';
import { MAX_RUNS, MIN_RUNS } from '../../scenario/parse-scenario.js';
import { loadForCli, refOf } from '../scenario-input.js';
import { writeFileAtomic } from '../../scenario/scenario-files.js';
import { assembleBrief, briefSteps } from '../../port/brief.js';
import { briefHtml } from '../../render/brief/brief-html.js';
import { briefMarkdown } from '../../render/brief/brief-markdown.js';

const NAME = 'brief';

const USAGE = `Usage: palancas brief A [B] -o FILE.md|FILE.html [options]

A and B are scenario files or preset names (status-quo, platform-2018, full-legalization, hard-line,
what-happened).

Writes a brief for a debate judge: scenario A against B (or against the status-quo levers under A's own
assumption settings), with charts and their one-sentence descriptions (B's P10–P90 band hatched beside A's),
a comparison table over paired runs, claim cards with the exact 'palancas claim' command for each, the cruxes
(assumptions whose value flips the ranking), each lever's share of the difference overall and year by year,
the evidence sets (camp combinations, judged at central values) in which A beats B, the cost ledgers of A and
B with each one's cost per homicide averted, and every assumption with its source. The format follows the extension: .md for Markdown, .html
for one self-contained page (inline SVG charts, no scripts, opens offline, prints well).
Illustrative model, not a forecast.

Options:
  -o, --output FILE   where to write the brief (.md, .markdown, .html or .htm); replaced atomically
  --runs N            Monte Carlo runs (default: A's runs); B and the baseline use the same
  --seed S            random seed (default: A's seed); B and the baseline use the same
  --metric M          metric for cruxes, sensitivity, attribution, evidence sets and the first claim card
                      (default homicides_total)
  --quick             leave out cruxes, sensitivity, attribution and evidence sets (they take many model runs)
  -h, --help          show this help
`;

// User-facing strings of this command.
const MSG = {
  needOutput: "brief: -o FILE.md or -o FILE.html is required. Run 'palancas brief --help' for usage.",
  badExtension: (file: string) => `brief: cannot tell the format of '${file}': use a name ending in .md or .html.`,
  positionals: (got: number) =>
    `brief expects one or two scenario files (A [B]), got ${got}. Run 'palancas brief --help' for usage.`,
  writeFailed: (file: string, why: string) => `brief: could not write ${file}: ${why}\n`,
  notAFolder: (dir: string) => `${dir} is not a folder`,
  noFolder: (dir: string) => `there is no folder ${dir}`,
  isAFolder: 'it is a folder',
  wrote: (file: string, format: string, charts: number, omitted: number) =>
    `Wrote ${file} (${format}, ${charts} charts${omitted ? `, ${omitted} section${omitted === 1 ? '' : 's'} left out: see the end of the brief` : ''}).\n`,
  progressStart: 'Writing the brief',
  progress: (text: string) => `Brief: ${text}`,
} as const;

/** The two formats, chosen by the output file's extension. */
type BriefFormat = 'markdown' | 'html';

/** Picks the format from the file name, or throws a UsageError. */
export function formatFor(file: string): BriefFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new UsageError(MSG.badExtension(file));
}

/** Why `target` cannot be written (no such folder, no permission, a folder in the way), or undefined. */
async function cannotWrite(target: string): Promise<string | undefined> {
  const folder = await fs.stat(dirname(target)).catch(() => undefined);
  if (folder === undefined) return MSG.noFolder(dirname(target));
  try {
    if (!folder.isDirectory()) return MSG.notAFolder(dirname(target));
    await fs.access(dirname(target), fsConstants.W_OK);
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) return MSG.isAFolder;
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The brief command. */
export const command: Command = {
  name: NAME,
  summary: 'Write a brief (Markdown or self-contained HTML with charts) for A [vs B]',
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        runs: { type: 'string' },
        seed: { type: 'string' },
        metric: { type: 'string' },
        quick: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      ctx.out(USAGE);
      return 0;
    }
    if (positionals.length < 1 || positionals.length > 2) throw new UsageError(MSG.positionals(positionals.length));
    const output = values.output;
    if (output === undefined || output === '') throw new UsageError(MSG.needOutput);
    const format = formatFor(output);
    const metricId = values.metric ?? 'homicides_total';
    metricNamed(metricId); // throws a UsageError listing the metrics
    const seedOption = parseSeed(values.seed); // checked before any file is read

    // A folder that cannot take the brief is found before the model runs, not after.
    const target = isAbsolute(output) ? output : resolve(ctx.cwd, output);
    const unwritable = await cannotWrite(target);
    if (unwritable !== undefined) {
      ctx.err(MSG.writeFailed(output, unwritable));
      return 1;
    }

    // Load every file first so all problems print at once.
    const loaded = [];
    for (const path of positionals) loaded.push(await loadForCli(path, ctx));
    if (loaded.some((l) => l === null)) return 2;
    const first = loaded[0]?.scenario;
    const second = loaded[1]?.scenario;
    if (first === undefined) return 2;
    const runs = parseInteger('--runs', values.runs, first.runs, MIN_RUNS, MAX_RUNS);
    const seed = seedOption ?? first.seed;
    const settle = (s: Scenario): Scenario => ({ ...s, runs, seed });
    const a = settle(first);
    const b = second === undefined ? undefined : settle(second);

    const reproduce = formatCommand([
      'palancas',
      NAME,
      ...positionals,
      '-o',
      output,
      '--runs',
      String(runs),
      '--seed',
      seed,
      ...(values.metric !== undefined ? ['--metric', metricId] : []),
      ...(values.quick ? ['--quick'] : []),
    ]);
    const fp = (s: Scenario, file: string): string => refOf(s, file).fingerprint;
    // On a terminal, a bar over the assembly's steps, labelled with the step under way; nothing elsewhere.
    const bar = ctx.progress?.(MSG.progressStart, briefSteps(values.quick === true));
    let step = 0;
    let data;
    try {
      data = assembleBrief({
        engine,
        a: { scenario: a, file: positionals[0] ?? '', fingerprint: fp(a, positionals[0] ?? '') },
        ...(b ? { b: { scenario: b, file: positionals[1] ?? '', fingerprint: fp(b, positionals[1] ?? '') } } : {}),
        reproduce,
        metricId,
        quick: values.quick === true,
        progress: (text) => bar?.update(step++, MSG.progress(text)),
      });
    } finally {
      bar?.end();
    }
    const text = format === 'html' ? briefHtml(data) : briefMarkdown(data);
    try {
      await writeFileAtomic(target, text, { overwrite: true });
    } catch (error) {
      ctx.err(MSG.writeFailed(output, error instanceof Error ? error.message : String(error)));
      return 1;
    }
    ctx.out(MSG.wrote(output, format === 'html' ? 'HTML' : 'Markdown', data.charts.length, data.omitted?.length ?? 0));
    return 0;
  },
};
