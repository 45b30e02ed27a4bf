/**
 * `palancas calibrate`: how well the status-quo run reproduces INEGI homicides 2007–2018, and (with --fit)
 * the values of the calibrated assumptions that fit best.
 */
import { UsageError, type Command } from '../command.js';
import { ASSUMPTIONS, HISTORY, runCentral, statusQuo, yearlyMean } from '../../engine.js';
import { fitReport, nelderMead, type FitReport } from '../../model/calibrate.js';
import { parseStrict } from '../../analysis/command-support.js';
import { fmt } from '../report/series-output.js';

const USAGE = `Usage: palancas calibrate [--fit] [--format table|json]

Runs the status quo at central values and compares its homicides with INEGI's counts for 2007–2018 (the only
years used: later years are the out-of-sample check). Prints the error per year and the mean absolute
percentage error (MAPE), both for the free run and for the run anchored to 2018 that scenarios use.
With --fit, searches the calibrated assumptions (${'oc_violence_scale, fragmentation_rate, consolidation_months'})
for the best fit and prints the values found; it does not change any file.
`;

/** The assumptions fitted to history. */
export const CALIBRATED = ['oc_violence_scale', 'fragmentation_rate', 'consolidation_months'] as const;

function report(overrides: Record<string, number> | undefined, anchored: boolean): FitReport {
  const series = runCentral(statusQuo(), overrides, { anchored });
  const hom = series['homicides'] as Float64Array;
  return fitReport(HISTORY.homicides, (y) => yearlyMean(hom, y));
}

/** The calibrate command. */
export const command: Command = {
  name: 'calibrate',
  summary: 'show the fit to INEGI homicides 2007–2018 (MAPE per year and overall)',
  usage: USAGE,
  async run(argv, ctx) {
    const { values } = parseStrict('calibrate', {
      args: [...argv],
      options: { fit: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      ctx.out(USAGE);
      return 0;
    }
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, not '${format}'.`);
    const free = report(undefined, false);
    const anchored = report(undefined, true);
    const workforce2012 = yearlyMean(runCentral(statusQuo())['workforce'] as Float64Array, 2012);
    let fitted: Record<string, number> | undefined;
    let fittedMape: number | undefined;
    if (values.fit) {
      const start = CALIBRATED.map((id) => ASSUMPTIONS.find((a) => a.id === id)!.value);
      const objective = (x: readonly number[]) => {
        if (x.some((v) => !(v > 0))) return 1e9;
        const o = Object.fromEntries(CALIBRATED.map((id, i) => [id, x[i] as number]));
        return report(o, false).mape;
      };
      const best = nelderMead(objective, start, { iterations: 150 });
      fitted = Object.fromEntries(CALIBRATED.map((id, i) => [id, Number((best.x[i] as number).toPrecision(4))]));
      fittedMape = best.value;
    }
    if (format === 'json') {
      ctx.out(`${JSON.stringify({ series: 'INEGI homicides', years: '2007–2018', free, anchored, workforce2012, ...(fitted ? { fitted, fittedMape } : {}) })}\n`);
      return 0;
    }
    const lines = ['Status quo at central values vs INEGI homicides (deaths per year), 2007–2018', ''];
    lines.push(`  year   observed   model (free)   error   model (anchored)   error`);
    free.rows.forEach((r, i) => {
      const a = anchored.rows[i]!;
      lines.push(`  ${r.year}  ${fmt(r.observed).padStart(9)}  ${fmt(r.model).padStart(13)}  ${`${r.ape.toFixed(1)}%`.padStart(6)}  ${fmt(a.model).padStart(17)}  ${`${a.ape.toFixed(1)}%`.padStart(6)}`);
    });
    lines.push('');
    lines.push(`  MAPE: ${free.mape.toFixed(1)}% (free run), ${anchored.mape.toFixed(1)}% (anchored to 2018, as scenarios run)`);
    lines.push(`  Cartel members in 2012: ${fmt(workforce2012)} (Prieto-Curiel et al. start from 115,000)`);
    if (fitted) {
      lines.push('');
      lines.push(`  Best fit found (free run MAPE ${fittedMape!.toFixed(2)}%):`);
      for (const [id, v] of Object.entries(fitted)) lines.push(`    ${id}: ${v}`);
    }
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
