/**
 * `palancas debate new | attack | judge`: a debate round. `new` locks both sides' scenarios by fingerprint
 * in a round file that states the verdict rule up front; `attack` records a rebuttal (an assumption value or
 * a camp, with the side's source note); `judge` shows what differs, the effect of aff over neg, the effect
 * under each attack, the cruxes and the verdict.
 */
import { isAbsolute, resolve } from 'node:path';
import { UsageError, type Command, type CommandContext } from '../command.js';
import { parseCamps, parseSeed } from '../common-options.js';
import { parseFormat, parseInteger, parseStrict, optionsOf } from '../command-support.js';
import { loadForCli, loadRoundForCli } from '../scenario-input.js';
import { DEFAULT_ROUND_RUNS, engine, type Judgement } from '../../port/index.js';
import { describeMetric, metricNamed } from '../../analysis/metrics.js';
import type { Effect } from '../../analysis/stats.js';
import type { AssumptionId, Scenario } from '../../model/types.js';
import {
  attackProblem,
  MAX_ATTACKS,
  type Round,
  type RoundAttack,
  SIDES,
  type Side,
  sideFingerprint,
} from '../../scenario/round.js';
import { ScenarioSaveError, saveRoundFile } from '../../scenario/scenario-files.js';
import { formatProblem } from '../../scenario/parse-scenario.js';
import { suggest } from '../../scenario/suggest.js';
import { toJson } from '../../render/text/analysis-text.js';
import { formatPercent, formatQuantity } from '../../text/format.js';
import { attackChange, effectLine, effectRange, ruleWords } from '../../render/text/round-text.js';
import { differenceValue } from '../../ui/format.js';
import { msg } from '../../text/i18n.js';

const NAME = 'debate';
const SUBCOMMANDS = ['new', 'attack', 'judge'] as const;
/** Most cruxes the text lists (JSON has them all). */
const TEXT_CRUXES = 8;

/** The judgement as text for people: motion, rule and verdict first, then the numbers, attacks and cruxes. */
export function renderJudgement(j: Judgement): string {
  const t = msg.round;
  const { round, metric, effect } = j;
  const unit = metric.unit;
  const name = (side: Side): string => round[side].scenario.name;
  const lines: string[] = [
    t.motion(round.motion),
    `${t.rule}: ${ruleWords(round.rule, metric)}`,
    '',
    j.verdict === 'tie' ? t.verdict('tie', '') : t.verdict(j.verdict, name(j.verdict)),
    t.effectHead(metric.label, effect.runs, round.rule.seed),
    `  ${effectLine(effect, unit)}`,
    `  ${t.medians(formatQuantity(effect.medianA, unit), formatQuantity(effect.medianB, unit))}`,
    `  ${t.locked(`${name('aff')} ${round.aff.fingerprint}`, `${name('neg')} ${round.neg.fingerprint}`, engine.modelVersion)}`,
    '',
    t.differencesHead(j.differences.length),
  ];
  const labelWidth = Math.min(48, Math.max(0, ...j.differences.map((d) => d.label.length)));
  for (const d of j.differences) {
    const label = d.label.length > labelWidth ? `${d.label.slice(0, labelWidth - 1)}\u2026` : d.label;
    lines.push(
      `  ${t.kind[d.kind].padEnd(10)} ${label.padEnd(labelWidth)}  aff ${differenceValue(d, 'aff', engine.levers)}  \u00b7  neg ${differenceValue(d, 'neg', engine.levers)}`,
    );
  }
  lines.push('', t.attacksHead(j.attacks.length));
  if (j.attacks.length > 0) {
    const c = t.attackColumns;
    const changes = j.attacks.map((a) => attackChange(a.attack));
    const effects = j.attacks.map((a) => effectRange(a.effect, unit));
    const cw = Math.max(c.change.length, ...changes.map((x) => x.length));
    const ew = Math.max(c.effect.length, ...effects.map((x) => x.length));
    lines.push(
      `  ${c.n.padStart(2)}  ${c.side.padEnd(4)}  ${c.change.padEnd(cw)}  ${c.effect.padEnd(ew)}  ${c.verdict}`,
    );
    j.attacks.forEach((a, i) => {
      const verdict = `${t.verdictName(a.verdict)}, ${a.flips ? t.flips : t.holds}`;
      lines.push(
        `  ${String(i + 1).padStart(2)}  ${a.attack.side.padEnd(4)}  ${(changes[i] ?? '').padEnd(cw)}  ${(effects[i] ?? '').padEnd(ew)}  ${verdict}`,
      );
      lines.push(`      ${t.note(a.attack.note)}`);
    });
  }
  lines.push('', t.cruxesHead(j.cruxes.length, j.centralLeader));
  for (const c of j.cruxes.slice(0, TEXT_CRUXES)) {
    const change = c.changes[0];
    if (change === undefined) continue;
    lines.push(
      `  ${t.crux(c.label, formatQuantity(change.from, c.unit), formatQuantity(change.to, c.unit), formatPercent(100 * c.distance))}`,
    );
  }
  if (j.cruxes.length > TEXT_CRUXES) lines.push(`  ${t.more(j.cruxes.length - TEXT_CRUXES)}`);
  lines.push('', t.disclaimer);
  return `${lines.join('\n')}\n`;
}

/** An effect as JSON writes it: the spec's four numbers first, then the runs and each side's median. */
function effectJson(e: Effect): Record<string, number> {
  return {
    p10: e.p10,
    p50: e.p50,
    p90: e.p90,
    win_share: e.winShare,
    runs: e.runs,
    median_aff: e.medianA,
    median_neg: e.medianB,
  };
}

/** The judgement as one JSON object (English, whatever the language in force). */
export function judgementJson(j: Judgement, file: string): Record<string, unknown> {
  const { round } = j;
  return {
    command: 'debate-judge',
    notice: msg.common.notForecast,
    file,
    motion: round.motion,
    metric: describeMetric(j.metric),
    verdict: j.verdict,
    rule: {
      words: ruleWords(round.rule, j.metric),
      runs: round.rule.runs,
      seed: round.rule.seed,
      tie_margin: round.rule.tieMargin,
      attacks_apply_to: 'both',
    },
    effect: effectJson(j.effect),
    sides: Object.fromEntries(
      SIDES.map((s) => [s, { name: round[s].scenario.name, file: round[s].file, fingerprint: round[s].fingerprint }]),
    ),
    model_version: engine.modelVersion,
    differences: j.differences,
    attacks: j.attacks.map((a, i) => ({
      index: i + 1,
      side: a.attack.side,
      kind: a.attack.kind,
      id: a.attack.id,
      ...(a.attack.kind === 'assumption' ? { value: a.attack.value } : { camp: a.attack.camp }),
      note: a.attack.note,
      effect: effectJson(a.effect),
      verdict: a.verdict,
      flips: a.flips,
    })),
    central_leader: j.centralLeader,
    cruxes: j.cruxes,
  };
}

/** Judges a round file and prints the judgement; exit 2 when the file has problems (a tampered side among them). */
export async function judgeFile(path: string, format: 'table' | 'json', ctx: CommandContext): Promise<number> {
  const round = await loadRoundForCli(path, ctx);
  if (round === null) return 2;
  // JSON is built in English (labels included), whatever the language in force.
  if (format === 'json') ctx.out(toJson(() => judgementJson(engine.judgeRound(round), path)));
  else ctx.out(renderJudgement(engine.judgeRound(round)));
  return 0;
}

/** Checks that a subcommand got exactly one round file. */
function oneRound(sub: string, positionals: readonly string[]): string {
  const [path] = positionals;
  if (positionals.length !== 1 || path === undefined) throw new UsageError(msg.round.oneRound(sub, positionals.length));
  return path;
}

function requireOption(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(msg.round.needOption(option));
  return value;
}

async function runNew(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseStrict(`${NAME} new`, {
    args: [...argv],
    allowPositionals: false,
    options: {
      ...optionsOf('metric', 'runs', 'seed', 'help'),
      motion: { type: 'string' },
      aff: { type: 'string' },
      neg: { type: 'string' },
      'tie-margin': { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    },
  });
  if (values.help === true) {
    ctx.out(command.usage);
    return 0;
  }
  const motion = requireOption(values.motion, '--motion');
  const affPath = requireOption(values.aff, '--aff');
  const negPath = requireOption(values.neg, '--neg');
  const out = requireOption(values.output, '--output');
  const metric = metricNamed(values.metric ?? 'homicides_total');
  const runs = parseInteger('--runs', values.runs, DEFAULT_ROUND_RUNS, 1, 100_000);
  const tieText = values['tie-margin'];
  const tieMargin = tieText === undefined ? 0 : Number(tieText);
  if (tieText !== undefined && (tieText.trim() === '' || !Number.isFinite(tieMargin) || tieMargin < 0)) {
    throw new UsageError(msg.round.badTie(tieText));
  }
  const la = await loadForCli(affPath, ctx);
  const ln = await loadForCli(negPath, ctx);
  if (la === null || ln === null) return 2;
  const seed = parseSeed(values.seed) ?? la.scenario.seed;
  const sideOf = (file: string, s: Scenario) => {
    const scenario = { ...s, runs, seed };
    return { file, fingerprint: sideFingerprint(scenario, engine.roundRegistry), scenario };
  };
  const rule = { metric: metric.id, runs, seed, tieMargin, words: '' };
  const round: Round = {
    motion,
    rule: { ...rule, words: ruleWords(rule, metric) },
    aff: sideOf(affPath, la.scenario),
    neg: sideOf(negPath, ln.scenario),
    attacks: [],
  };
  const code = await save(out, round, values.force === true, ctx);
  if (code === 0) ctx.out(`${msg.round.wrote(out, round.aff.fingerprint, round.neg.fingerprint)}\n`);
  return code;
}

/** Writes the round atomically; the problems of a round that would not read back are printed (exit 2). */
async function save(path: string, round: Round, overwrite: boolean, ctx: CommandContext): Promise<number> {
  const abs = isAbsolute(path) ? path : resolve(ctx.cwd, path);
  try {
    await saveRoundFile(abs, round, engine.roundRegistry, { overwrite });
    return 0;
  } catch (error) {
    if (error instanceof ScenarioSaveError && error.code === 'exists') throw new UsageError(msg.round.exists(path));
    if (error instanceof ScenarioSaveError && error.code === 'invalid') {
      for (const p of error.problems) ctx.err(`${formatProblem({ ...p, file: path })}\n`);
      return 2;
    }
    ctx.err(`palancas: ${msg.round.cannotWrite(path, error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

/** Reads `--assumption ID=VALUE` into an id and a number. */
function parseAssumptionChange(text: string): { id: AssumptionId; value: number } {
  const m = /^([a-z0-9_]+)=(.+)$/.exec(text.trim());
  const value = m === null ? Number.NaN : Number(m[2]);
  if (m === null || (m[2] ?? '').trim() === '' || !Number.isFinite(value)) {
    throw new UsageError(msg.round.assumptionForm(text));
  }
  return { id: m[1] as AssumptionId, value };
}

async function runAttack(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseStrict(`${NAME} attack`, {
    args: [...argv],
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      side: { type: 'string' },
      assumption: { type: 'string' },
      camp: { type: 'string' },
      note: { type: 'string' },
    },
  });
  if (values.help === true) {
    ctx.out(command.usage);
    return 0;
  }
  const path = oneRound('attack', positionals);
  const sideText = requireOption(values.side, '--side');
  if (!(SIDES as readonly string[]).includes(sideText)) throw new UsageError(msg.round.badSide(sideText));
  const side = sideText as Side;
  if ((values.assumption === undefined) === (values.camp === undefined)) throw new UsageError(msg.round.oneChange);
  const note = requireOption(values.note, '--note');
  const round = await loadRoundForCli(path, ctx);
  if (round === null) return 2;
  let attack: RoundAttack;
  let option: string;
  if (values.assumption !== undefined) {
    option = `--assumption ${values.assumption}`;
    attack = { side, kind: 'assumption', ...parseAssumptionChange(values.assumption), note };
  } else {
    option = `--camp ${values.camp}`;
    const camps = parseCamps([values.camp as string]);
    const [id, camp] = Object.entries(camps)[0] as [AssumptionId, NonNullable<Scenario['camps'][AssumptionId]>];
    attack = { side, kind: 'camp', id, camp, note };
  }
  const problem = attackProblem(attack, { aff: round.aff.scenario, neg: round.neg.scenario }, engine.roundRegistry);
  if (problem !== undefined) throw new UsageError(msg.round.badAttack(option, problem.message, problem.allowed));
  if (round.attacks.length >= MAX_ATTACKS) {
    throw new UsageError(msg.round.tooManyAttacks(round.attacks.length + 1, MAX_ATTACKS));
  }
  const next: Round = { ...round, attacks: [...round.attacks, attack] };
  const code = await save(path, next, true, ctx);
  if (code === 0) ctx.out(`${msg.round.recorded(next.attacks.length, side, attackChange(attack), path)}\n`);
  return code;
}

async function runJudge(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseStrict(`${NAME} judge`, {
    args: [...argv],
    allowPositionals: true,
    options: optionsOf('format', 'help'),
  });
  if (values.help === true) {
    ctx.out(command.usage);
    return 0;
  }
  const format = parseFormat(values.format);
  return judgeFile(oneRound('judge', positionals), format, ctx);
}

/** The debate command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.round.summary;
  },
  get usage() {
    return msg.round.usage(String(DEFAULT_ROUND_RUNS));
  },
  async run(argv, ctx) {
    const [sub, ...rest] = argv;
    if (sub === '--help' || sub === '-h' || sub === 'help') {
      ctx.out(command.usage);
      return 0;
    }
    if (sub === undefined) throw new UsageError(msg.round.subcommandMissing);
    if (sub === 'new') return runNew(rest, ctx);
    if (sub === 'attack') return runAttack(rest, ctx);
    if (sub === 'judge') return runJudge(rest, ctx);
    const hit = suggest(sub, SUBCOMMANDS);
    throw new UsageError(msg.round.subcommandUnknown(sub, hit === undefined ? '' : msg.round.didYouMean(hit)));
  },
};
