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
import { type Catalogue, LANGS, langFromEnv, msg, parseLang, setLang } from './text/i18n.js';

/** Loads a command's module only when it runs, so start-up stays fast. Summaries are in the catalogue. */
const COMMANDS: Readonly<Record<keyof Catalogue['cli']['top']['summaries'], () => Promise<{ command: Command }>>> = {
  run: () => import('./cli/commands/run.js'),
  compare: () => import('./cli/commands/compare.js'),
  assumptions: () => import('./cli/commands/assumptions.js'),
  levers: () => import('./cli/commands/levers.js'),
  validate: () => import('./cli/commands/validate.js'),
  calibrate: () => import('./cli/commands/calibrate.js'),
  hindcast: () => import('./cli/commands/hindcast.js'),
  theories: () => import('./cli/commands/theories.js'),
  sensitivity: () => import('./cli/commands/sensitivity.js'),
  crux: () => import('./cli/commands/crux.js'),
  evidence: () => import('./cli/commands/evidence.js'),
  attribute: () => import('./cli/commands/attribute.js'),
  ledger: () => import('./cli/commands/ledger.js'),
  claim: () => import('./cli/commands/claim.js'),
  brief: () => import('./cli/commands/brief.js'),
  page: () => import('./cli/commands/page.js'),
  report: () => import('./cli/commands/report.js'),
  class: () => import('./cli/commands/class.js'),
  debate: () => import('./cli/commands/debate.js'),
};
type CommandName = keyof typeof COMMANDS;

function isCommand(word: string): word is CommandName {
  return Object.hasOwn(COMMANDS, word);
}

/** The top-level help, in the language in force. */
function help(): string {
  const summaries = msg.cli.top.summaries;
  const commands = (Object.keys(COMMANDS) as CommandName[])
    .map((name) => `  ${name.padEnd(12)} ${summaries[name]}`)
    .join('\n');
  return msg.cli.top.help(packageVersion(), commands);
}

function hint(word: string): string {
  const hit = suggest(word, Object.keys(COMMANDS));
  return hit === undefined ? '' : msg.cli.top.didYouMean(hit);
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
    color: process.stdout.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
    progress: (label, total) => startProgress(process.stderr, label, total),
  };
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    ctx.out(help());
    return 0;
  }
  // --version anywhere before a `--` (also after a command) prints the version.
  const end = argv.indexOf('--');
  if (first === '-v' || (end < 0 ? argv : argv.slice(0, end)).includes('--version')) {
    ctx.out(`${packageVersion()}\n`);
    return 0;
  }
  try {
    if (first !== undefined && !first.startsWith('-') && isCommand(first)) {
      const { command } = await COMMANDS[first]();
      return await command.run(rest, ctx);
    }
    if (first?.startsWith('-') && first !== '--report') {
      throw new UsageError(msg.cli.top.unknownOption(first));
    }
    const files = argv.filter((a) => a !== '--report');
    if (files.length > 1)
      throw new UsageError(msg.cli.top.unknownCommand(files[0] as string, hint(files[0] as string)));
    const file = files[0];
    if (file !== undefined && !/[./]/.test(file) && !(await import('./cli/scenario-input.js')).presetExists(file)) {
      throw new UsageError(msg.cli.top.unknownCommandOrScenario(file, hint(file)));
    }
    if (file !== undefined) {
      // A debate round opens in the judge view; without a terminal (or with --report) its judgement prints.
      const input = await import('./cli/scenario-input.js');
      if (input.isRoundFile(input.resolveScenarioPath(file, ctx.cwd))) {
        if (!isTTY || argv.includes('--report'))
          return await (await import('./cli/commands/debate.js')).judgeFile(file, 'table', ctx);
        const round = await input.loadRoundForCli(file, ctx);
        if (round === null) return 2;
        const { runExplorer, runJudgeView } = await import('./ui/main.js');
        const open = await runJudgeView({ round, file });
        return open === undefined ? 0 : await runExplorer({ rootDir: packageRoot(), scenario: round[open].scenario });
      }
    }
    if (isTTY && !argv.includes('--report')) {
      const { runExplorer } = await import('./ui/main.js');
      const { resolveScenarioPath } = await import('./cli/scenario-input.js');
      return await runExplorer({
        rootDir: packageRoot(),
        ...(file !== undefined ? { scenarioPath: resolveScenarioPath(file, ctx.cwd) } : {}),
      });
    }
    const { command } = await COMMANDS.report();
    return await command.run(file !== undefined ? [file] : [], ctx);
  } catch (error) {
    if (error instanceof UsageError || error instanceof AnalysisError) {
      ctx.err(`palancas: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.err(`palancas: ${msg.cli.top.unexpectedError(message)}\n`);
    if (process.env.PALANCAS_DEBUG && error instanceof Error && error.stack) ctx.err(`${error.stack}\n`);
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
