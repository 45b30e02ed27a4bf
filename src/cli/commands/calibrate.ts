/**
 * `palancas calibrate`: how the history constraint went for a scenario (acceptance and effective sample
 * size per theory) and how its kept runs fit INEGI homicides 2007–2018.
 */
import type { Command } from '../command.js';
import { engine, DEFAULT_RUNS } from '../../port/index.js';
import { loadScenarios, parseFormat, parseInteger, parseStrict, optionsOf } from '../command-support.js';
import { fmt } from '../../render/text/series-output.js';
import { msg } from '../../text/i18n.js';
import { fixed } from '../numbers.js';
import { jsonLine } from '../../render/text/analysis-text.js';

const pct = (x: number) => `${fixed(x, 1)}%`;

/** The calibrate command. */
export const command: Command = {
  name: 'calibrate',
  get summary() {
    return msg.cli.calibrate.summary;
  },
  get usage() {
    return msg.cli.calibrate.usage;
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict('calibrate', {
      args: [...argv],
      allowPositionals: true,
      options: { ...optionsOf('runs', 'seed', 'format', 'help') },
    });
    if (values.help) {
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    const runs = parseInteger('--runs', values.runs, DEFAULT_RUNS, 1, 100_000);
    let s = engine.statusQuo();
    if (positionals.length > 0) {
      const loaded = await loadScenarios(positionals.slice(0, 1), ctx);
      if (loaded === null) return 2;
      s = loaded[0]!;
    }
    const r = engine.constraintReport(s, { runs, ...(values.seed !== undefined ? { seed: values.seed } : {}) });
    if (format === 'json') {
      ctx.out(jsonLine(() => r));
      return 0;
    }
    const t = msg.cli.calibrate;
    const lines = [t.title(s.name, String(r.runs), r.seed), ''];
    // Each column is as wide as its English layout, or wider when the heading needs it.
    const c = t.theoryColumns;
    const w = (heading: string, width: number): number => Math.max(width, heading.length + 2);
    const widths = [w(c.runs, 6), w(c.tried, 10), w(c.acceptance, 13), w(c.filled, 9), w(c.ess, 8)] as const;
    const [wRuns, wTried, wAcceptance, wFilled, wEss] = widths;
    lines.push(
      `  ${c.theory.padEnd(14)}${c.runs.padStart(wRuns)}${c.tried.padStart(wTried)}${c.acceptance.padStart(wAcceptance)}${c.filled.padStart(wFilled)}${c.ess.padStart(wEss)}`,
    );
    for (const th of r.theories) {
      lines.push(
        `  ${th.theory.padEnd(14)}${String(th.runs).padStart(wRuns)}${String(th.tried).padStart(wTried)}${pct(100 * th.acceptance).padStart(wAcceptance)}${String(th.filled).padStart(wFilled)}${fixed(th.ess, 0).padStart(wEss)}`,
      );
    }
    const y = t.yearColumns;
    lines.push(
      '',
      `  ${y.year.padEnd(4)}${y.observed.padStart(11)}${'P10'.padStart(9)}${'P50'.padStart(9)}${'P90'.padStart(9)}${y.central.padStart(10)}`,
    );
    for (const row of r.years) {
      lines.push(
        `  ${row.year}  ${fmt(row.observed).padStart(9)}${fmt(row.p10).padStart(9)}${fmt(row.p50).padStart(9)}${fmt(row.p90).padStart(9)}${fmt(row.central).padStart(10)}`,
      );
    }
    lines.push('');
    lines.push(t.fit(pct(r.mape), pct(r.centralMape), String(Math.round(100 * r.coverage))));
    lines.push(t.members(fmt(r.workforce2012.model), fmt(r.workforce2012.observed)));
    lines.push(t.filledNote);
    lines.push(t.essNote);
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
