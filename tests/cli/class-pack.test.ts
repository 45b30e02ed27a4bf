import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerFromOutputs, type PackKey } from '../../src/analysis/class-pack.js';
import { UsageError, type Command, type CommandContext } from '../../src/cli/command.js';
import { command as attribute } from '../../src/cli/commands/attribute.js';
import { command as claim } from '../../src/cli/commands/claim.js';
import { command as klass, PACK_FILES } from '../../src/cli/commands/class.js';
import { command as crux } from '../../src/cli/commands/crux.js';
import { engine } from '../../src/port/index.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { checkXml } from '../render/xml-check.js';
import { parseAnswers } from '../../src/cli/class-answers.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const SHIPPED = join(root, 'packs', 'mexico-2018');
const SHIPPED_ES = join(root, 'packs', 'mexico-2018-es');

interface Ran {
  code: number;
  out: string;
  err: string;
}

async function run(cmd: Command, argv: string[], cwd = root): Promise<Ran> {
  let out = '';
  let err = '';
  const ctx: CommandContext = { out: (t) => (out += t), err: (t) => (err += t), cwd, color: false };
  const code = await cmd.run(argv, ctx);
  return { code, out, err };
}

function palancas(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
let pack: string;
let key: PackKey;

/** The answers file text for the given answers (question id → answer text, undefined: line left out). */
function answersText(answers: Record<string, string | undefined>): string {
  return `${Object.entries(answers)
    .filter(([, v]) => v !== undefined)
    .map(([id, v]) => `${id}: ${v}`)
    .join('\n')}\n`;
}

/** Every answer of the key as a student would write it: numbers rounded to three significant figures. */
function rightAnswers(): Record<string, string | undefined> {
  return Object.fromEntries(
    key.questions.map((q) => [q.id, typeof q.answer === 'number' ? String(Number(q.answer.toPrecision(3))) : q.answer]),
  );
}

function writeAnswers(name: string, answers: Record<string, string | undefined>): string {
  const file = join(dir, name);
  writeFileSync(file, answersText(answers));
  return file;
}

beforeAll(async () => {
  if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'palancas-class-'));
  pack = join(dir, 'pack');
  const r = await run(klass, ['new', pack]);
  expect(r.code, r.err).toBe(0);
  key = JSON.parse(readFileSync(join(pack, PACK_FILES.key), 'utf8')) as PackKey;
}, 120_000);

describe('palancas class new', () => {
  it('writes every file: the scenarios, both worksheets, the answer key, the blank answers and key.json', () => {
    const files = readdirSync(pack).sort();
    const expected = [...Object.values(PACK_FILES), ...key.scenarios.map((s) => s.file)].sort();
    expect(files).toEqual(expected);
    expect(key.motions).toEqual(['cannabis', 'guard']);
    for (const s of key.scenarios) {
      const parsed = parseScenario(readFileSync(join(pack, s.file), 'utf8'), s.file, engine.registry);
      expect(parsed.ok, s.file).toBe(true);
      if (parsed.ok) expect(engine.fingerprint(parsed.scenario)).toBe(s.fingerprint);
    }
    const blank = readFileSync(join(pack, PACK_FILES.answers), 'utf8');
    for (const q of key.questions) expect(blank).toMatch(new RegExp(`^${q.id.replace('.', '\\.')}:`, 'm'));
    const answerKey = readFileSync(join(pack, PACK_FILES.answerKey), 'utf8');
    for (const q of key.questions)
      for (const c of q.commands) expect(answerKey).toContain(`palancas ${c.argv.join(' ')}`);
  });

  it("gives answers equal to what each question's stated command prints, run in the pack folder", async () => {
    const commands: Record<string, Command> = { claim, attribute, crux };
    const printed = new Map<string, unknown>();
    for (const q of key.questions) {
      const outputs: unknown[] = [];
      for (const c of q.commands) {
        const line = c.argv.join(' ');
        if (!printed.has(line)) {
          const [name, ...args] = c.argv;
          const cmd = commands[name ?? ''];
          expect(cmd, line).toBeDefined();
          const r = await run(cmd as Command, args, pack);
          expect(r.code, `${line}\n${r.err}`).toBe(0);
          printed.set(line, JSON.parse(r.out));
        }
        outputs.push(printed.get(line));
      }
      expect(answerFromOutputs(q, outputs), q.id).toBe(q.answer);
    }
    // Every kind of question is asked of each motion (a flip only where the verdict flips).
    const kinds = new Set(key.questions.map((q) => q.kind));
    for (const k of ['effect', 'win_share', 'camp_switch', 'lever_share', 'top_lever', 'crux'])
      expect(kinds).toContain(k);
  }, 120_000);

  it('writes a worksheet page that is self-contained: no links, no scripts, nothing fetched', () => {
    const html = readFileSync(join(pack, PACK_FILES.worksheetHtml), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|\shref=|@import|url\(/i);
    for (const q of key.questions) expect(html).toContain(q.id);
    expect(html).toContain('@media print');
    expect(checkXml(html, { html: true }).problems).toEqual([]);
  });

  it('refuses a folder that is not empty unless --force', async () => {
    await expect(run(klass, ['new', pack])).rejects.toThrow(UsageError);
    const r = palancas(['class', 'new', pack, '--motion', 'guard']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not empty.*--force/);
  });

  it('writes into a folder that is not empty with --force, only the motions asked for', async () => {
    const copy = join(dir, 'forced');
    cpSync(pack, copy, { recursive: true });
    const r = await run(klass, ['new', copy, '--motion', 'guard', '--force']);
    expect(r.code, r.err).toBe(0);
    const forced = JSON.parse(readFileSync(join(copy, PACK_FILES.key), 'utf8')) as PackKey;
    expect(forced.motions).toEqual(['guard']);
    expect(forced.questions.map((q) => q.id)).toEqual(
      key.questions.filter((q) => q.motion === 'guard').map((q) => q.id),
    );
    // The same seed and runs give the same answers whichever motions are asked for.
    for (const q of forced.questions) expect(q.answer).toBe(key.questions.find((k) => k.id === q.id)?.answer);
  }, 60_000);

  it('ships a pack that is current: regenerating it gives the same files, byte for byte', () => {
    for (const name of readdirSync(pack)) {
      expect(readFileSync(join(SHIPPED, name), 'utf8'), name).toBe(readFileSync(join(pack, name), 'utf8'));
    }
    expect(readdirSync(SHIPPED).sort()).toEqual(readdirSync(pack).sort());
    // The Spanish pack has the same key: key.json is the same in every language.
    expect(readFileSync(join(SHIPPED_ES, PACK_FILES.key), 'utf8')).toBe(
      readFileSync(join(pack, PACK_FILES.key), 'utf8'),
    );
    expect(readFileSync(join(SHIPPED_ES, PACK_FILES.worksheetMd), 'utf8')).toMatch(/Pregunta 1/);
  });
});

describe('palancas class check', () => {
  it('grades right answers right (exit 0)', async () => {
    const file = writeAnswers('right.yaml', rightAnswers());
    const r = await run(klass, ['check', pack, file]);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain(`${key.questions.length} of ${key.questions.length} right.`);
    expect(r.err).toBe('');
  });

  it('grades a wrong answer wrong and a missing one wrong, listing them (exit 1)', async () => {
    const answers = rightAnswers();
    const effect = key.questions.find((q) => q.id === 'guard.effect');
    expect(typeof effect?.answer).toBe('number');
    // 5% off the expected value: outside the stated ±2%.
    answers['guard.effect'] = String((effect?.answer as number) * 1.05);
    answers['cannabis.top_lever'] = 'guard_military_share';
    answers['cannabis.crux'] = undefined;
    answers['guard.win_share'] = '';
    const file = writeAnswers('wrong.yaml', answers);
    const r = await run(klass, ['check', pack, file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^guard\.effect\s.*\swrong$/m);
    expect(r.out).toMatch(/^cannabis\.top_lever\s.*\swrong$/m);
    expect(r.out).toMatch(/^cannabis\.crux\s.*\sno answer$/m);
    expect(r.out).toMatch(/^guard\.win_share\s.*\sno answer$/m);
    expect(r.out).toContain('Wrong or missing: cannabis.top_lever, cannabis.crux, guard.effect, guard.win_share.');
    const json = await run(klass, ['check', pack, file, '--format', 'json']);
    expect(json.code).toBe(1);
    const d = JSON.parse(json.out) as { wrong: string[]; questions: { id: string; status: string }[] };
    expect(d.wrong).toEqual(['cannabis.top_lever', 'cannabis.crux', 'guard.effect', 'guard.win_share']);
    expect(d.questions.find((q) => q.id === 'cannabis.crux')?.status).toBe('no_answer');
    // Through the real command line too.
    expect(palancas(['class', 'check', pack, file]).code).toBe(1);
  });

  it('grades an answer just inside the tolerance right and one just outside wrong', async () => {
    const q = key.questions.find((x) => x.id === 'guard.win_share');
    const expected = q?.answer as number;
    const inside = writeAnswers('inside.yaml', { ...rightAnswers(), 'guard.win_share': String(expected - 0.9) });
    const outside = writeAnswers('outside.yaml', { ...rightAnswers(), 'guard.win_share': String(expected - 1.1) });
    expect((await run(klass, ['check', pack, inside])).code).toBe(0);
    const r = await run(klass, ['check', pack, outside]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Wrong or missing: guard.win_share.');
  });

  it('reports a broken answers file with file, line and field, and exits 2', () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, `# my answers\nguard.effect: -66,200\ncannabis.efect: 3\nguard.top_lever: 5\n`);
    const r = palancas(['class', 'check', pack, file]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${file}:2:15 guard.effect: expected a plain number`);
    expect(r.err).toContain(
      `${file}:3:1 cannabis.efect: no question 'cannabis.efect' in this pack. Did you mean 'cannabis.effect'?`,
    );
    expect(r.err).toMatch(
      new RegExp(`${file}:4:18 guard\\.top_lever: expected an id; allowed one of .*drawdown_share`),
    );
    expect(r.err).not.toMatch(/\n\s+at /);
    writeFileSync(file, 'guard.effect: [1, 2\n');
    const y = palancas(['class', 'check', pack, file]);
    expect(y.code).toBe(2);
    expect(y.err).toMatch(new RegExp(`${file}:\\d+:\\d+:? not valid YAML`));
  });

  it('reads answers strictly: blank lines are no answer; repeats, aliases and lists are problems with their line', () => {
    const blank = parseAnswers(readFileSync(join(pack, PACK_FILES.answers), 'utf8'), 'answers.yaml', key);
    expect(blank.ok).toBe(true);
    if (blank.ok) expect([...blank.answers.values()].every((v) => v === null)).toBe(true);
    expect(parseAnswers('', 'a.yaml', key).ok).toBe(true);
    const twice = parseAnswers('guard.effect: 1\nguard.effect: 2\n', 'a.yaml', key);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.problems[0]?.line).toBe(2);
    const alias = parseAnswers('guard.effect: &x 1\nguard.win_share: *x\n', 'a.yaml', key);
    expect(alias.ok).toBe(false);
    const list = parseAnswers('guard.crux:\n  - a\n', 'a.yaml', key);
    expect(list.ok).toBe(false);
    if (!list.ok) expect(list.problems[0]).toMatchObject({ line: 2, path: 'guard.crux' });
    expect(parseAnswers('- 1\n', 'a.yaml', key).ok).toBe(false);
  });

  it('says when a scenario file has changed since the key was made', async () => {
    const copy = join(dir, 'edited');
    cpSync(pack, copy, { recursive: true });
    const guard = join(copy, 'national-guard.yaml');
    writeFileSync(guard, readFileSync(guard, 'utf8').replace('guard_size: 300000', 'guard_size: 100000'));
    const file = writeAnswers('right2.yaml', rightAnswers());
    const r = await run(klass, ['check', copy, file]);
    const was = key.scenarios.find((s) => s.file === 'national-guard.yaml')?.fingerprint ?? '?';
    expect(r.err).toContain(`national-guard.yaml has changed since the key was made (fingerprint ${was}, now `);
    expect(r.code).toBe(0);
  });
});
