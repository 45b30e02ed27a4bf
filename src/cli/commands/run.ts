/**
 * `palancas run FILE`: the scenario's ensemble against the status-quo baseline, as a table, JSON or CSV.
 */
import { UsageError, type Command } from '../command.js';
import { engine } from '../../port/index.js';
import type { EnsembleResult } from '../../model/types.js';
import { expectPositionals, parseInteger, parseStrict } from '../command-support.js';
import { loadBaseline, loadForCli, refOf } from '../scenario-input.js';
import { parseCamps, parseSeed, withSettings } from '../common-options.js';
import { runCsv, runJson, runTable } from '../../render/text/series-output.js';
import { msg } from '../../text/i18n.js';
import { count } from '../numbers.js';

/** The run command. */
export const command: Command = {
  name: 'run',
  get summary() {
    return msg.cli.run.summary;
  },
  get usage() {
    return msg.cli.run.usage;
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict('run', {
      args: [...argv],
      allowPositionals: true,
      options: {
        runs: { type: 'string' },
        seed: { type: 'string' },
        camp: { type: 'string', multiple: true },
        baseline: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      ctx.out(command.usage);
      return 0;
    }
    expectPositionals('run', positionals, 1, 'oneFileUpper');
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json' && format !== 'csv') {
      throw new UsageError(msg.cli.support.badFormatTableJsonCsv(format));
    }
    const camps = parseCamps(values.camp);
    const seed = parseSeed(values.seed);
    const runs = values.runs === undefined ? undefined : parseInteger('--runs', values.runs, 1000, 1, 100_000);
    const loaded = await loadForCli(positionals[0] as string, ctx);
    if (!loaded) return 2;
    const base = values.baseline !== undefined ? await loadForCli(values.baseline, ctx) : await loadBaseline(ctx);
    if (!base) return 2;
    const scenario = withSettings(loaded.scenario, {
      camps,
      ...(seed !== undefined ? { seed } : {}),
      ...(runs !== undefined ? { runs } : {}),
    });
    const baseline = withSettings(base.scenario, { camps, seed: scenario.seed, runs: scenario.runs });
    // On a terminal, a progress bar over both ensembles (the same results as the plain run, chunk by chunk).
    const bar = ctx.progress?.(msg.cli.run.progress(count(scenario.runs)), scenario.runs + baseline.runs);
    let result: EnsembleResult;
    let baseResult: EnsembleResult;
    if (bar) {
      try {
        result = await engine.runEnsembleAsync(scenario, { onProgress: (done) => bar.update(done) });
        baseResult = await engine.runEnsembleAsync(baseline, {
          onProgress: (done) => bar.update(scenario.runs + done),
        });
      } finally {
        bar.end();
      }
    } else {
      result = engine.runEnsemble(scenario);
      baseResult = engine.runEnsemble(baseline);
    }
    const ref = refOf(scenario, loaded.ref.file);
    const baseRef = refOf(baseline, base.ref.file);
    if (format === 'json')
      ctx.out(`${JSON.stringify(runJson({ scenario, ref, result, baseline: baseResult, baselineRef: baseRef }))}\n`);
    else if (format === 'csv') ctx.out(runCsv(result, baseResult));
    else ctx.out(runTable(ref, result, baseResult, baseline.name));
    return 0;
  },
};
