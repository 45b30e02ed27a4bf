/**
 * `palancas class new DIR` writes a class pack (scenario files, worksheet, answer key, blank answers, key.json);
 * `palancas class check DIR ANSWERS.yaml` grades a student's answers against the pack's key.
 */
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { UsageError, type Command, type CommandContext } from '../command.js';
import { parseSeed } from '../common-options.js';
import { parseFormat, parseInteger, parseStrict, optionsOf } from '../command-support.js';
import { readAnswersFile } from '../class-answers.js';
import { loadBaseline, loadForCli } from '../scenario-input.js';
import { presetsDir } from '../paths.js';
import { type Grade, type PackKey, PACK_FORMAT, PACK_FORMAT_VERSION, gradeAll } from '../../analysis/class-pack.js';
import { buildClassPack, engine, MOTIONS, MOTION_IDS, PACK_RUNS, type Motion } from '../../port/index.js';
import {
  answerKeyMarkdown,
  answersTemplate,
  answerNumber,
  expectedText,
  packKeyJson,
  toleranceText,
  worksheetHtml,
  worksheetMarkdown,
} from '../../render/class-pack.js';
import { toJson } from '../../render/text/analysis-text.js';
import { DEFAULT_SEED, formatProblem, MAX_RUNS, MIN_RUNS } from '../../scenario/parse-scenario.js';
import { loadScenarioFile, writeFileAtomic } from '../../scenario/scenario-files.js';
import { suggest } from '../../scenario/suggest.js';
import { msg } from '../../text/i18n.js';

const NAME = 'class';
const SUBCOMMANDS = ['new', 'check'] as const;
/** The files of a pack besides its scenarios. */
export const PACK_FILES = {
  worksheetMd: 'worksheet.md',
  worksheetHtml: 'worksheet.html',
  answerKey: 'answer-key.md',
  answers: 'answers.yaml',
  key: 'key.json',
} as const;

/** The class command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.cli.top.summaries.class;
  },
  get usage() {
    return msg.classpack.cli.usage(MOTION_IDS.join(', '), String(PACK_RUNS));
  },
  async run(argv, ctx) {
    const [sub, ...rest] = argv;
    const T = msg.classpack.cli;
    if (sub === '--help' || sub === '-h') {
      ctx.out(command.usage);
      return 0;
    }
    if (sub === undefined) throw new UsageError(T.needSub(SUBCOMMANDS.join(', ')));
    if (sub === 'new') return newPack(rest, ctx);
    if (sub === 'check') return checkPack(rest, ctx);
    const hit = suggest(sub, SUBCOMMANDS);
    throw new UsageError(T.unknownSub(sub, SUBCOMMANDS.join(', '), hit === undefined ? '' : T.didYouMean(hit)));
  },
};

/** Parses --motion (repeated or comma-separated) into motions, in the order given; all when absent. */
export function parseMotions(values: readonly string[] | undefined): Motion[] {
  if (values === undefined || values.length === 0) return [...MOTIONS];
  const out: Motion[] = [];
  for (const word of values.flatMap((v) => v.split(',')).map((w) => w.trim())) {
    const m = MOTIONS.find((x) => x.id === word);
    if (m === undefined) {
      const hit = suggest(word, MOTION_IDS);
      const T = msg.classpack.cli;
      throw new UsageError(T.unknownMotion(word, MOTION_IDS.join(', '), hit === undefined ? '' : T.didYouMean(hit)));
    }
    if (!out.includes(m)) out.push(m);
  }
  return out;
}

/** Whether a folder is absent or empty (throws a UsageError when the path is not a folder). */
async function isEmptyFolder(dir: string, shown: string): Promise<boolean> {
  const info = await fs.stat(dir).catch(() => undefined);
  if (info === undefined) return true;
  if (!info.isDirectory()) throw new UsageError(msg.classpack.cli.notAFolder(shown));
  return (await fs.readdir(dir)).length === 0;
}

async function newPack(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const T = msg.classpack.cli;
  const { values, positionals } = parseStrict(`${NAME} new`, {
    args: [...argv],
    allowPositionals: true,
    options: {
      ...optionsOf('runs', 'seed', 'help'),
      motion: { type: 'string', multiple: true },
      force: { type: 'boolean' },
    },
  });
  if (values.help === true) {
    ctx.out(command.usage);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(T.newPositionals(positionals.length));
  const shown = positionals[0] as string;
  const motions = parseMotions(values.motion);
  const runs = parseInteger('--runs', values.runs, PACK_RUNS, MIN_RUNS, MAX_RUNS);
  const seed = parseSeed(values.seed) ?? DEFAULT_SEED;
  const dir = resolve(ctx.cwd, shown);
  if (!(await isEmptyFolder(dir, shown)) && values.force !== true) throw new UsageError(T.notEmpty(shown));
  const sq = await loadBaseline(ctx);
  const platform = await loadForCli(join(presetsDir(), 'platform-2018.yaml'), ctx);
  if (sq === null || platform === null) return 2;

  const t0 = performance.now();
  const pack = buildClassPack(engine, {
    statusQuo: sq.scenario,
    platform: platform.scenario,
    motions,
    runs,
    seed,
  });
  const seconds = (performance.now() - t0) / 1000;
  const files: { file: string; text: string }[] = [
    ...pack.files,
    { file: PACK_FILES.worksheetMd, text: worksheetMarkdown(pack.key, pack.motions) },
    { file: PACK_FILES.worksheetHtml, text: worksheetHtml(pack.key, pack.motions) },
    { file: PACK_FILES.answerKey, text: answerKeyMarkdown(pack.key) },
    { file: PACK_FILES.answers, text: answersTemplate(pack.key) },
    { file: PACK_FILES.key, text: packKeyJson(pack.key) },
  ];
  await fs.mkdir(dir, { recursive: true });
  for (const f of files) {
    try {
      await writeFileAtomic(join(dir, f.file), f.text, { overwrite: true });
    } catch (error) {
      ctx.err(
        `palancas: ${T.writeFailed(join(shown, f.file), error instanceof Error ? error.message : String(error))}\n`,
      );
      return 1;
    }
  }
  ctx.out(T.wrote(String(files.length), shown, String(pack.key.questions.length), seconds.toFixed(1)));
  ctx.out(T.handOut(shown));
  return 0;
}

/** Reads and checks a pack's key.json; throws a UsageError naming what is wrong. */
export async function readKey(dir: string, shown: string): Promise<PackKey> {
  const T = msg.classpack.cli;
  const file = join(shown, PACK_FILES.key);
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(join(dir, PACK_FILES.key), 'utf8'));
  } catch (error) {
    throw new UsageError(T.noKey(file, error instanceof Error ? error.message : String(error)));
  }
  const k = data as Partial<PackKey> | null;
  if (k === null || typeof k !== 'object' || k.format !== PACK_FORMAT) throw new UsageError(T.notKey(file));
  if (k.formatVersion !== PACK_FORMAT_VERSION)
    throw new UsageError(T.keyVersion(file, String(k.formatVersion), String(PACK_FORMAT_VERSION)));
  const bad = (field: string) => new UsageError(T.badKey(file, field));
  if (typeof k.modelVersion !== 'string') throw bad('modelVersion');
  if (!Array.isArray(k.scenarios)) throw bad('scenarios');
  if (!Array.isArray(k.questions)) throw bad('questions');
  for (const [i, q] of k.questions.entries()) {
    if (q === null || typeof q !== 'object' || typeof q.id !== 'string') throw bad(`questions[${i}].id`);
    if (typeof q.answer !== 'number' && typeof q.answer !== 'string') throw bad(`questions[${i}].answer`);
    if (typeof q.answer === 'number' && (typeof q.tolerance?.value !== 'number' || !Number.isFinite(q.tolerance.value)))
      throw bad(`questions[${i}].tolerance`);
  }
  return k as PackKey;
}

/** Something that has changed since the key was made. */
type Stale =
  | { readonly kind: 'model'; readonly was: string; readonly now: string }
  | { readonly kind: 'missing' | 'broken'; readonly file: string }
  | { readonly kind: 'changed'; readonly file: string; readonly was: string; readonly now: string };

/** What has changed since the key was made: the model version, and each scenario file's fingerprint. */
async function staleness(key: PackKey, dir: string): Promise<Stale[]> {
  const out: Stale[] = [];
  if (key.modelVersion !== engine.modelVersion)
    out.push({ kind: 'model', was: key.modelVersion, now: engine.modelVersion });
  for (const s of key.scenarios) {
    const path = join(dir, s.file);
    const exists = await fs.stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      out.push({ kind: 'missing', file: s.file });
      continue;
    }
    const r = await loadScenarioFile(path, engine.registry);
    if (!r.ok) out.push({ kind: 'broken', file: s.file });
    else {
      const now = engine.fingerprint(r.scenario);
      if (now !== s.fingerprint) out.push({ kind: 'changed', file: s.file, was: s.fingerprint, now });
    }
  }
  return out;
}

/** A change since the key was made, in words. */
function staleText(s: Stale, shownDir: string): string {
  const T = msg.classpack.cli;
  if (s.kind === 'model') return T.modelChanged(s.was, s.now);
  const file = join(shownDir, s.file);
  if (s.kind === 'changed') return T.scenarioChanged(file, s.was, s.now);
  return s.kind === 'missing' ? T.scenarioMissing(file) : T.scenarioBroken(file);
}

/** A student's answer as the table shows it. */
function givenText(g: Grade): string {
  if (g.given === null) return '—';
  return typeof g.given === 'number' ? answerNumber(g.given) : g.given;
}

async function checkPack(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const T = msg.classpack.cli;
  const { values, positionals } = parseStrict(`${NAME} check`, {
    args: [...argv],
    allowPositionals: true,
    options: { ...optionsOf('format', 'help') },
  });
  if (values.help === true) {
    ctx.out(command.usage);
    return 0;
  }
  const format = parseFormat(values.format);
  if (positionals.length !== 2) throw new UsageError(T.checkPositionals(positionals.length));
  const [shownDir, shownAnswers] = positionals as [string, string];
  const dir = resolve(ctx.cwd, shownDir);
  const key = await readKey(dir, shownDir);
  const read = await readAnswersFile(resolve(ctx.cwd, shownAnswers), shownAnswers, key);
  if (!read.ok) {
    for (const p of read.problems) ctx.err(`${formatProblem(p)}\n`);
    return 2;
  }
  const stale = await staleness(key, dir);
  for (const w of stale) ctx.err(`${staleText(w, shownDir)}\n`);
  const grades = gradeAll(key, read.answers);
  const wrong = grades.filter((g) => g.status !== 'right').map((g) => g.id);
  const byId = new Map(key.questions.map((q) => [q.id, q]));
  if (format === 'json') {
    ctx.out(
      toJson(() => ({
        command: NAME,
        pack: shownDir,
        answers: shownAnswers,
        modelVersion: key.modelVersion,
        right: grades.length - wrong.length,
        total: grades.length,
        wrong,
        stale,
        questions: grades.map((g) => ({
          id: g.id,
          status: g.status,
          answer: g.given,
          expected: g.expected,
          unit: byId.get(g.id)?.unit ?? '',
          within: g.within,
        })),
      })),
    );
    return wrong.length === 0 ? 0 : 1;
  }
  const C = T.columns;
  const rows = grades.map((g) => {
    const q = byId.get(g.id);
    return [
      g.id,
      givenText(g),
      q === undefined ? String(g.expected) : expectedText(q),
      q === undefined ? '' : toleranceText(q),
      T.status[g.status] ?? g.status,
    ];
  });
  const header = [C.question, C.given, C.expected, C.tolerance, C.result];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  out.push(T.score(String(grades.length - wrong.length), String(grades.length)));
  out.push(wrong.length === 0 ? T.allRight : T.wrongList(wrong.join(', ')));
  ctx.out(`${out.join('\n')}\n`);
  return wrong.length === 0 ? 0 : 1;
}
