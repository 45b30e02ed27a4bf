/**
 * `palancas brief A [B] -o FILE.md|FILE.html`: a brief for a debate judge, with charts, the comparison, claim
 * cards, the cruxes, the attribution, evidence sets, the cost ledgers and every assumption with its source.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { UsageError, type Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import { engine } from '../../port/index.js';
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
import { msg } from '../../text/i18n.js';

const NAME = 'brief';

/** The two formats, chosen by the output file's extension. */
type BriefFormat = 'markdown' | 'html';

/** Picks the format from the file name, or throws a UsageError. */
export function formatFor(file: string): BriefFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new UsageError(msg.cli.brief.badExtension(file));
}

/** Why `target` cannot be written (no such folder, no permission, a folder in the way), or undefined. */
async function cannotWrite(target: string): Promise<string | undefined> {
  const folder = await fs.stat(dirname(target)).catch(() => undefined);
  if (folder === undefined) return msg.cli.brief.noFolder(dirname(target));
  try {
    if (!folder.isDirectory()) return msg.cli.brief.notAFolder(dirname(target));
    await fs.access(dirname(target), fsConstants.W_OK);
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) return msg.cli.brief.isAFolder;
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The brief command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.cli.brief.summary;
  },
  get usage() {
    return msg.cli.brief.usage;
  },
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
      ctx.out(command.usage);
      return 0;
    }
    if (positionals.length < 1 || positionals.length > 2)
      throw new UsageError(msg.cli.brief.positionals(positionals.length));
    const output = values.output;
    if (output === undefined || output === '') throw new UsageError(msg.cli.brief.needOutput);
    const format = formatFor(output);
    const metricId = values.metric ?? 'homicides_total';
    metricNamed(metricId); // throws a UsageError listing the metrics
    const seedOption = parseSeed(values.seed); // checked before any file is read

    // A folder that cannot take the brief is found before the model runs, not after.
    const target = isAbsolute(output) ? output : resolve(ctx.cwd, output);
    const unwritable = await cannotWrite(target);
    if (unwritable !== undefined) {
      ctx.err(msg.cli.brief.writeFailed(output, unwritable));
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
    const bar = ctx.progress?.(msg.cli.brief.progressStart, briefSteps(values.quick === true));
    let step = 0;
    let data: ReturnType<typeof assembleBrief>;
    try {
      data = assembleBrief({
        engine,
        a: { scenario: a, file: positionals[0] ?? '', fingerprint: fp(a, positionals[0] ?? '') },
        ...(b ? { b: { scenario: b, file: positionals[1] ?? '', fingerprint: fp(b, positionals[1] ?? '') } } : {}),
        reproduce,
        metricId,
        quick: values.quick === true,
        progress: (text) => bar?.update(step++, msg.cli.brief.progress(text)),
      });
    } finally {
      bar?.end();
    }
    const text = format === 'html' ? briefHtml(data) : briefMarkdown(data);
    try {
      await writeFileAtomic(target, text, { overwrite: true });
    } catch (error) {
      ctx.err(msg.cli.brief.writeFailed(output, error instanceof Error ? error.message : String(error)));
      return 1;
    }
    ctx.out(msg.cli.brief.wrote(output, format, data.charts.length, data.omitted?.length ?? 0));
    return 0;
  },
};
