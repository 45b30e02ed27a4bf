/**
 * `palancas calibrate`: how the history constraint went for a scenario (acceptance and effective sample
 * size per theory) and how its kept runs fit INEGI homicides 2007–2018.
 */
import type { Command } from '../command.js';
import { engine, DEFAULT_RUNS } from '../../port/index.js';
import { loadScenarios, parseFormat, parseInteger, parseStrict, optionsOf } from '../command-support.js';
import { fmt } from '../../render/text/series-output.js';

const USAGE = `Usage: palancas calibrate [FILE] [--runs N] [--seed S] [--format table|json]

Every run draws its assumptions over their ranges, runs 2007–2018 freely and is kept only if its history
fits the sourced series within their tolerances: INEGI homicides each year, Prieto-Curiel et al.'s 115,000
cartel members in 2012, and the organized-crime share of homicides where a source gives it. A run is kept
when no observation is more than 3 tolerances away (in log terms); nothing after 2018 is used.

Prints, for each theory of violence in the ensemble, the candidates tried, the share kept (acceptance) and
the effective sample size (what weighting the kept runs by their fit would leave), then INEGI's count per year beside the kept runs' P10/P50/P90 and the central run
(the kept run that fits best). FILE defaults to the status quo.
`;

const pct = (x: number) => `${x.toFixed(1)}%`;

/** The calibrate command. */
export const command: Command = {
  name: 'calibrate',
  summary: 'the history constraint: acceptance, effective sample size and fit to 2007–2018',
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict('calibrate', {
      args: [...argv],
      allowPositionals: true,
      options: { ...optionsOf('runs', 'seed', 'format', 'help') },
    });
    if (values.help) {
      ctx.out(USAGE);
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
      ctx.out(`${JSON.stringify(r)}\n`);
      return 0;
    }
    const lines = [
      `History constraint of "${s.name}" (${r.runs} runs, seed ${r.seed}); illustrative model, not a forecast`,
      '',
    ];
    lines.push('  theory          runs     tried   acceptance   filled    ESS*');
    for (const t of r.theories) {
      lines.push(
        `  ${t.theory.padEnd(14)}${String(t.runs).padStart(6)}${String(t.tried).padStart(10)}${pct(100 * t.acceptance).padStart(13)}${String(t.filled).padStart(9)}${t.ess.toFixed(0).padStart(8)}`,
      );
    }
    lines.push('', '  year   observed      P10      P50      P90   central');
    for (const y of r.years) {
      lines.push(
        `  ${y.year}  ${fmt(y.observed).padStart(9)}${fmt(y.p10).padStart(9)}${fmt(y.p50).padStart(9)}${fmt(y.p90).padStart(9)}${fmt(y.central).padStart(10)}`,
      );
    }
    lines.push('');
    lines.push(
      `  MAPE of the median ${pct(r.mape)}, of the central run ${pct(r.centralMape)}; ${Math.round(100 * r.coverage)}% of years inside P10–P90.`,
    );
    lines.push(
      `  Cartel members in 2012: ${fmt(r.workforce2012.model)} (median) against ${fmt(r.workforce2012.observed)} (Prieto-Curiel et al.).`,
    );
    lines.push(
      '  Filled runs did not pass the tolerance; they are the closest candidates left when the budget ran out.',
    );
    lines.push(
      '  * Effective sample size if the kept runs were weighted by their fit; the ensemble counts each kept run once.',
    );
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
