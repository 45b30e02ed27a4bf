#!/usr/bin/env node
/**
 * The `palancas` command: subcommands for scripts and teachers, the terminal explorer for people, and a
 * plain-text report when output is not a terminal.
 */
import process from 'node:process';
import { UsageError, type Command, type CommandContext } from './cli/command.js';
import { AnalysisError } from './analysis/errors.js';
import { guardOutput } from './cli/output.js';
import { startProgress } from './cli/progress.js';
import { packageRoot, packageVersion } from './cli/paths.js';
import { suggest } from './scenario/suggest.js';
import { clearFalseCi } from './ui/theme.js';
import { LANGS, langFromEnv, msg, parseLang, setLang } from './text/i18n.js';

/** Loads a command's module only when it runs, so start-up stays fast. */
const COMMANDS: Readonly<Record<string, { summary: string; load: () => Promise<{ command: Command }> }>> = {
  run: {
    summary: 'run a scenario: bands against the status-quo baseline (table, json or csv)',
    load: () => import('./cli/commands/run.js'),
  },
  compare: {
    summary: 'compare two scenarios at 2021, 2024, 2030 and over 2019–2030',
    load: () => import('./cli/commands/compare.js'),
  },
  assumptions: {
    summary: 'list every assumption with value, range, kind and source',
    load: () => import('./cli/commands/assumptions.js'),
  },
  levers: {
    summary: "list the levers with unit, range, default and the article's words",
    load: () => import('./cli/commands/levers.js'),
  },
  validate: {
    summary: 'check scenario files (file, line, field, allowed range)',
    load: () => import('./cli/commands/validate.js'),
  },
  calibrate: {
    summary: 'the history constraint: acceptance, effective sample size, fit to 2007–2018',
    load: () => import('./cli/commands/calibrate.js'),
  },
  hindcast: {
    summary: 'constrain on 2007..Y, project to 2018, score against INEGI and persistence',
    load: () => import('./cli/commands/hindcast.js'),
  },
  theories: {
    summary: 'rival theories of the violence: sources, hindcast score, pooled share',
    load: () => import('./cli/commands/theories.js'),
  },
  sensitivity: {
    summary: 'tornado: how far each assumption moves a metric',
    load: () => import('./cli/commands/sensitivity.js'),
  },
  crux: { summary: 'the assumption values at which "A beats B" flips', load: () => import('./cli/commands/crux.js') },
  evidence: { summary: 'A vs B under every combination of camps', load: () => import('./cli/commands/evidence.js') },
  attribute: {
    summary: "split A − B into each lever's contribution (Shapley)",
    load: () => import('./cli/commands/attribute.js'),
  },
  ledger: {
    summary: 'fiscal cost per lever and year, cost per homicide averted',
    load: () => import('./cli/commands/ledger.js'),
  },
  claim: {
    summary: 'a one-sentence claim card with the command that reproduces it',
    load: () => import('./cli/commands/claim.js'),
  },
  brief: {
    summary: 'a Markdown or self-contained HTML brief for a judge',
    load: () => import('./cli/commands/brief.js'),
  },
  report: {
    summary: 'a plain-text report of a scenario against the status quo',
    load: () => import('./cli/commands/report.js'),
  },
};

const HELP = () => `palancas ${packageVersion()} — what-if simulator of Mexico's 2018 drug-policy levers.
Illustrative model, not a forecast.

Usage:
  palancas [FILE]              open the explorer on FILE (default: scenarios/platform-2018.yaml);
                               prints a plain-text report when output is not a terminal
  palancas <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`)
  .join('\n')}

Run 'palancas <command> --help' for a command's options. FILE may be a path or a preset name
(status-quo, platform-2018, full-legalization, hard-line, what-happened). NO_COLOR turns colour off.
`;

function hint(word: string): string {
  const hit = suggest(word, Object.keys(COMMANDS));
  return hit === undefined ? '' : ` Did you mean '${hit}'?`;
}

/**
 * Takes the global `--lang es|en` (or `--lang=es`) out of the arguments before a `--` and sets the language:
 * the option wins, else LC_ALL, LC_MESSAGES and LANG (es_* is Spanish), else English.
 */
function chooseLanguage(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  const head = end < 0 ? [...argv] : argv.slice(0, end);
  const tail = end < 0 ? [] : argv.slice(end);
  let chosen: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < head.length; i++) {
    const a = head[i] as string;
    if (a === '--lang') {
      chosen = head[i + 1] ?? '';
      i++;
    } else if (a.startsWith('--lang=')) chosen = a.slice('--lang='.length);
    else rest.push(a);
  }
  setLang(langFromEnv(process.env));
  if (chosen !== undefined) {
    const lang = parseLang(chosen);
    if (lang === undefined) throw new UsageError(msg.cli.langInvalid(chosen, LANGS.join(', ')));
    setLang(lang);
  }
  return [...rest, ...tail];
}

async function main(rawArgv: readonly string[]): Promise<number> {
  clearFalseCi(process.env);
  let argv: readonly string[];
  try {
    argv = chooseLanguage(rawArgv);
  } catch (error) {
    process.stderr.write(`palancas: ${(error as Error).message}\n`);
    return 2;
  }
  const isTTY = process.stdout.isTTY === true && process.stdin.isTTY === true;
  const ctx: CommandContext = {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    color: process.stdout.isTTY === true && !('NO_COLOR' in process.env && process.env['NO_COLOR'] !== ''),
    progress: (label, total) => startProgress(process.stderr, label, total),
  };
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    ctx.out(HELP());
    return 0;
  }
  // --version anywhere before a `--` (also after a command) prints the version.
  const end = argv.indexOf('--');
  if (first === '-v' || (end < 0 ? argv : argv.slice(0, end)).includes('--version')) {
    ctx.out(`${packageVersion()}\n`);
    return 0;
  }
  try {
    if (first !== undefined && !first.startsWith('-') && COMMANDS[first]) {
      const { command } = await COMMANDS[first].load();
      return await command.run(rest, ctx);
    }
    if (first !== undefined && first.startsWith('-') && first !== '--report') {
      throw new UsageError(`unknown option '${first}'. Run 'palancas --help'.`);
    }
    const files = argv.filter((a) => a !== '--report');
    if (files.length > 1)
      throw new UsageError(`unknown command '${files[0]}'.${hint(files[0] as string)} Run 'palancas --help'.`);
    const file = files[0];
    if (file !== undefined && !/[./]/.test(file) && !(await import('./cli/scenario-input.js')).presetExists(file)) {
      throw new UsageError(`unknown command or scenario '${file}'.${hint(file)} Run 'palancas --help'.`);
    }
    if (isTTY && !argv.includes('--report')) {
      const { runExplorer } = await import('./ui/main.js');
      const { resolveScenarioPath } = await import('./cli/scenario-input.js');
      return await runExplorer({
        rootDir: packageRoot(),
        ...(file !== undefined ? { scenarioPath: resolveScenarioPath(file, ctx.cwd) } : {}),
      });
    }
    const { command } = await COMMANDS['report']!.load();
    return await command.run(file !== undefined ? [file] : [], ctx);
  } catch (error) {
    if (error instanceof UsageError || error instanceof AnalysisError) {
      ctx.err(`palancas: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.err(`palancas: unexpected error: ${message}\n`);
    if (process.env['PALANCAS_DEBUG'] && error instanceof Error && error.stack) ctx.err(`${error.stack}\n`);
    return 1;
  }
}

const output = guardOutput(process);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code === 0 && output.failed() ? 1 : code;
  },
  (error: unknown) => {
    process.stderr.write(`palancas: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
