import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { command as run } from '../../src/cli/commands/run.js';
import { command as compare } from '../../src/cli/commands/compare.js';
import { command as assumptions } from '../../src/cli/commands/assumptions.js';
import { command as levers } from '../../src/cli/commands/levers.js';
import { command as validate } from '../../src/cli/commands/validate.js';
import { command as calibrate } from '../../src/cli/commands/calibrate.js';
import { command as hindcast } from '../../src/cli/commands/hindcast.js';
import { command as theories } from '../../src/cli/commands/theories.js';
import { command as sensitivity } from '../../src/cli/commands/sensitivity.js';
import { command as crux } from '../../src/cli/commands/crux.js';
import { command as evidence } from '../../src/cli/commands/evidence.js';
import { command as attribute } from '../../src/cli/commands/attribute.js';
import { command as ledger } from '../../src/cli/commands/ledger.js';
import { command as claim } from '../../src/cli/commands/claim.js';
import { command as brief } from '../../src/cli/commands/brief.js';
import { command as report } from '../../src/cli/commands/report.js';
import { command as debate } from '../../src/cli/commands/debate.js';
import { count, fixed } from '../../src/cli/numbers.js';
import { progressLine } from '../../src/cli/progress.js';
import { setLang } from '../../src/text/i18n.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

/** Runs the built command line with no locale from the machine, then the given variables. */
function palancas(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SPANISH = { LANG: 'es_MX.UTF-8' };

beforeAll(() => {
  if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
});

afterEach(() => setLang('en'));

describe('the language of the command line', () => {
  it('gives Spanish help with --lang es and with LANG=es_MX.UTF-8, documenting --lang in both languages', () => {
    const en = palancas(['--help']);
    const flag = palancas(['--lang', 'es', '--help']);
    const env = palancas(['--help'], SPANISH);
    expect(en.code).toBe(0);
    expect(en.out).toContain('Usage:');
    expect(en.out).toContain('--lang es|en');
    expect(flag.code).toBe(0);
    expect(flag.out).toContain('Uso:');
    expect(flag.out).toContain('Comandos:');
    expect(flag.out).toContain('Modelo ilustrativo, no un pronóstico.');
    expect(flag.out).toContain('--lang es|en');
    expect(flag.out).not.toContain('Usage:');
    expect(env.out).toBe(flag.out);
    expect(palancas(['--help', '--lang=es']).out).toBe(flag.out);
  });

  it("gives a command's help in Spanish, the option names unchanged", () => {
    const r = palancas(['run', '--help', '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Uso: palancas run ARCHIVO \[opciones\]/);
    for (const option of ['--runs N', '--seed S', '--camp', '--baseline', '--format table|json|csv']) {
      expect(r.out).toContain(option);
    }
    expect(r.out).not.toContain('default');
  });

  it('reports usage errors in Spanish with the same exit code', () => {
    const en = palancas(['run', 'status-quo', '--formt', 'json']);
    const es = palancas(['run', 'status-quo', '--formt', 'json'], SPANISH);
    expect(en.code).toBe(2);
    expect(es.code).toBe(2);
    expect(en.err).toBe(
      "palancas: run: unknown option '--formt'. Did you mean '--format'? Run 'palancas run --help' for usage.\n",
    );
    expect(es.err).toBe(
      "palancas: run: opción desconocida '--formt'. ¿Quiso decir '--format'? Ejecute 'palancas run --help' para ver cómo se usa.\n",
    );
    const missing = palancas(['run'], SPANISH);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('espera un archivo de escenario');
    const unknown = palancas(['runn', '--lang', 'es']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("¿Quiso decir 'run'?");
  });

  it('refuses a language it does not speak, with exit code 2', () => {
    const fr = palancas(['--lang', 'fr', '--help']);
    expect(fr.code).toBe(2);
    expect(fr.out).toBe('');
    expect(fr.err).toBe("palancas: --lang takes one of en, es, not 'fr'.\n");
    const frEs = palancas(['--lang=fr', 'levers'], SPANISH);
    expect(frEs.code).toBe(2);
    expect(frEs.err).toBe("palancas: --lang acepta uno de en, es, no 'fr'.\n");
  });

  it('lets LC_ALL beat LC_MESSAGES and LANG, and --lang beat them all', () => {
    const spanish = palancas(['--help'], SPANISH).out;
    const english = palancas(['--help']).out;
    expect(spanish).not.toBe(english);
    expect(palancas(['--help'], { LC_ALL: 'en_US.UTF-8', LANG: 'es_MX.UTF-8' }).out).toBe(english);
    expect(palancas(['--help'], { LC_ALL: 'es_MX.UTF-8', LANG: 'en_US.UTF-8' }).out).toBe(spanish);
    expect(palancas(['--help'], { LC_MESSAGES: 'es_MX.UTF-8', LANG: 'en_US.UTF-8' }).out).toBe(spanish);
    expect(palancas(['--help'], { LC_ALL: '', LANG: 'es_MX.UTF-8' }).out).toBe(spanish);
    expect(palancas(['--lang', 'en', '--help'], { LC_ALL: 'es_MX.UTF-8' }).out).toBe(english);
  });

  it('writes byte-identical JSON and CSV in both languages', () => {
    const runs = ['--runs', '40'];
    const cases = [
      ['run', 'platform-2018', ...runs, '--format', 'json'],
      ['run', 'hard-line', ...runs, '--format', 'csv'],
      ['compare', 'platform-2018', 'status-quo', ...runs, '--format', 'json'],
      ['assumptions', '--format', 'json'],
      ['levers', '--format', 'json'],
      ['theories', '--runs', '20', '--format', 'json'],
      ['claim', 'platform-2018', ...runs, '--format', 'json'],
      ['ledger', 'platform-2018', '--format', 'json'],
      ['attribute', 'platform-2018', 'status-quo', '--format', 'json'],
    ];
    for (const args of cases) {
      const en = palancas(args);
      const es = palancas([...args, '--lang', 'es']);
      expect(en.code, args.join(' ')).toBe(0);
      expect(es.code, args.join(' ')).toBe(0);
      expect(es.out, args.join(' ')).toBe(en.out);
    }
  });

  it('reports a broken scenario file in Spanish at the same file:line:col and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palancas-lang-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'name: x\ndescription: d\nlevers:\n  guard_size: 600000\n  bogus: 1\nruns: 2.5\n');
    const en = palancas(['validate', file]);
    const es = palancas(['validate', file], SPANISH);
    expect(en.code).toBe(2);
    expect(es.code).toBe(2);
    const lines = (text: string) => text.trim().split('\n');
    const where = (line: string) => /^(.*?:\d+:\d+ [\w.]+):/.exec(line)?.[1];
    expect(lines(es.err).map(where)).toEqual(lines(en.err).map(where));
    expect(lines(en.err)).toHaveLength(3);
    expect(es.err).toContain(
      `${file}:4:15 levers.guard_size: 600000 está fuera del rango; valores permitidos: 0–500000`,
    );
    expect(es.err).toContain(`${file}:5:3 levers.bogus: no existe la palanca "bogus"`);
    expect(es.err).toContain(`${file}:6:7 runs: 2.5 no es un número entero; valores permitidos: 1–100000 (corridas)`);
    expect(es.err).not.toMatch(/out of range|unknown|allowed/);
  });
});

describe('the catalogue is read when text is shown', () => {
  const COMMANDS = {
    run,
    compare,
    assumptions,
    levers,
    validate,
    calibrate,
    hindcast,
    theories,
    sensitivity,
    crux,
    evidence,
    attribute,
    ledger,
    claim,
    brief,
    report,
    debate,
  };

  it.each(Object.entries(COMMANDS))('%s: usage and summary follow the language in force', (name, command) => {
    setLang('en');
    const en = command.usage;
    expect(en).toMatch(new RegExp(`^Usage: palancas ${name}\\b`));
    const summary = command.summary;
    setLang('es');
    expect(command.usage).toMatch(new RegExp(`^Uso: palancas ${name}\\b`));
    expect(command.usage).not.toMatch(/\bdefault\b|\bshow this help\b/);
    expect(command.summary).not.toBe(summary);
    setLang('en');
    expect(command.usage).toBe(en);
  });

  it('draws the progress bar in Spanish, with grouped digits', () => {
    setLang('es');
    expect(progressLine('Corriendo', 250, 1000, 5000)).toMatch(
      /^Corriendo \[█{6}░{18}\] 250\/1,000 · faltan unos 15 s$/,
    );
    expect(progressLine('Corriendo', 500, 1000, 120_000)).toContain('faltan unos 2 min');
  });

  it('rounds table numbers as toFixed does, in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      setLang(lang);
      expect(fixed(128.85, 1)).toBe('128.8');
      expect(fixed(-0.04, 1)).toBe('-0.0');
      expect(fixed(0.166666, 2)).toBe('0.17');
      expect(count(100_000)).toBe('100,000');
    }
  });
});
