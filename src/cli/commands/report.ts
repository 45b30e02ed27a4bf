/**
 * `palancas report [FILE]` (and `palancas` when output is not a terminal): a plain-text report of a scenario
 * against the status quo, with no escape codes, for pipes, files and screen readers.
 */
import type { Command } from '../command.js';
import { engine } from '../../port/index.js';
import { parseInteger, parseStrict } from '../command-support.js';
import { loadBaseline, loadForCli, refOf } from '../scenario-input.js';
import { runTable } from '../../render/text/series-output.js';
import { narrateSeries } from '../../render/narrate.js';
import { msg } from '../../text/i18n.js';
import { unitLabel } from '../../model/units.js';

/** The report command. */
export const command: Command = {
  name: 'report',
  get summary() {
    return msg.cli.report.summary;
  },
  get usage() {
    return msg.cli.report.usage;
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict('report', {
      args: [...argv],
      allowPositionals: true,
      options: { runs: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      ctx.out(command.usage);
      return 0;
    }
    const loaded = await loadForCli(positionals[0] ?? 'platform-2018', ctx);
    const base = await loadBaseline(ctx);
    if (!loaded || !base) return 2;
    const runs = parseInteger('--runs', values.runs, loaded.scenario.runs, 1, 100_000);
    const scenario = { ...loaded.scenario, runs };
    const baseline = { ...base.scenario, seed: scenario.seed, runs };
    const result = engine.runEnsemble(scenario);
    const baseResult = engine.runEnsemble(baseline);
    const ref = refOf(scenario, loaded.ref.file);
    const lines: string[] = [];
    const t = msg.cli.report;
    lines.push(t.banner, '');
    lines.push(`${scenario.name}`);
    lines.push(scenario.description, '');
    lines.push(t.leversHeading);
    const values_ = engine.leverValues(scenario);
    for (const l of engine.levers) {
      const v = values_[l.id] as number;
      const mark = v !== l.default ? '*' : ' ';
      lines.push(t.lever(mark, l.label, String(v), unitLabel(l.unit), String(l.default)));
    }
    lines.push('');
    for (const id of ['homicides', 'cartel_revenue'] as const) {
      const meta = engine.outputs.find((o) => o.id === id)!;
      const b = result.bands[id]!;
      lines.push(
        narrateSeries({
          label: meta.label,
          unit: meta.unit,
          months: engine.months,
          p50: b.p50,
          baseline: baseResult.bands[id]!.p50,
          startIndex: engine.scenarioStart,
        }),
      );
    }
    lines.push('');
    ctx.out(`${lines.join('\n')}\n`);
    ctx.out(runTable(ref, result, baseResult, baseline.name));
    const changed = engine.resolveAssumptions(scenario).filter((a) => a.changed);
    ctx.out(t.changedHeading(changed.length === 0));
    for (const a of changed) {
      const drawn =
        a.override === 'range'
          ? t.drawn(String(a.effective.low), String(a.effective.high))
          : a.override === 'fixed'
            ? t.fixed
            : '';
      const how = [a.camp ? t.camp(a.camp) : '', drawn].filter((x) => x !== '').join(', ');
      ctx.out(t.changed(a.label, String(a.effective.value), a.unit, how, a.source));
    }
    ctx.out(t.footer);
    return 0;
  },
};
