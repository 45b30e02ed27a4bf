/**
 * `palancas compare A B`: two scenarios side by side at chosen years and over the whole period.
 */
import { UsageError, type Command } from '../command.js';
import { yearlyMean } from '../../model/history.js';
import { engine } from '../../port/index.js';
import type { EnsembleResult } from '../../model/types.js';
import { expectPositionals, parseInteger, parseStrict } from '../command-support.js';
import { loadForCli, refOf } from '../scenario-input.js';
import { parseCamps, parseSeed, withSettings } from '../common-options.js';
import { fmt, round6 } from '../../render/text/series-output.js';
import { inLang, msg } from '../../text/i18n.js';
import { fixed } from '../numbers.js';
import { unitLabel } from '../../model/units.js';

const ROWS = ['homicides', 'homicides_oc', 'cartel_revenue', 'workforce', 'forces_total', 'fiscal_cost'] as const;
const YEARS = [2021, 2024, 2030] as const;
/** The period of the rows summed over 2019–2030, as JSON writes it in every language. */
export const TOTAL_PERIOD = '2019–2030 total';
/** Outputs that are flows per year can be summed over 2019–2030; stocks cannot. */
const SUMMABLE = new Set(['homicides', 'homicides_oc', 'cartel_revenue', 'fiscal_cost']);

interface CompareRow {
  id: string;
  label: string;
  unit: string;
  period: string;
  a: number;
  b: number;
  diff: number;
  pct: number | null;
}

/** Builds the comparison rows from two ensembles (medians). */
export function compareRows(a: EnsembleResult, b: EnsembleResult): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const id of ROWS) {
    const meta = engine.outputs.find((o) => o.id === id);
    const ba = a.bands[id];
    const bb = b.bands[id];
    if (!meta || !ba || !bb) continue;
    const push = (period: string, va: number, vb: number, unit: string) =>
      rows.push({
        id,
        label: meta.label,
        unit,
        period,
        a: round6(va),
        b: round6(vb),
        diff: round6(va - vb),
        pct: vb !== 0 ? round6(((va - vb) / Math.abs(vb)) * 100) : null,
      });
    for (const y of YEARS) push(String(y), yearlyMean(ba.p50, y), yearlyMean(bb.p50, y), meta.unit);
    if (SUMMABLE.has(id)) {
      let sa = 0;
      let sb = 0;
      for (let y = 2019; y <= 2030; y++) {
        sa += yearlyMean(ba.p50, y);
        sb += yearlyMean(bb.p50, y);
      }
      push(TOTAL_PERIOD, sa, sb, meta.unit.replace('/yr', ''));
    }
  }
  return rows;
}

/** The compare command. */
export const command: Command = {
  name: 'compare',
  get summary() {
    return msg.cli.compare.summary;
  },
  get usage() {
    return msg.cli.compare.usage;
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict('compare', {
      args: [...argv],
      allowPositionals: true,
      options: {
        runs: { type: 'string' },
        seed: { type: 'string' },
        camp: { type: 'string', multiple: true },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      ctx.out(command.usage);
      return 0;
    }
    expectPositionals('compare', positionals, 2, 'twoFilesNoComma');
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(msg.cli.support.badFormatTableJson(format));
    const camps = parseCamps(values.camp);
    const la = await loadForCli(positionals[0] as string, ctx);
    const lb = await loadForCli(positionals[1] as string, ctx);
    if (!la || !lb) return 2;
    const runs = parseInteger('--runs', values.runs, la.scenario.runs, 1, 100_000);
    const seed = parseSeed(values.seed) ?? la.scenario.seed;
    const a = withSettings(la.scenario, { camps, seed, runs });
    const b = withSettings(lb.scenario, { camps, seed, runs });
    const outputs = [...ROWS];
    const ra = engine.runEnsemble(a, { outputs });
    const rb = engine.runEnsemble(b, { outputs });
    const rows = compareRows(ra, rb);
    if (format === 'json') {
      // JSON is data: its labels are English whatever the language in force.
      ctx.out(
        inLang(
          'en',
          () =>
            `${JSON.stringify({ notice: msg.common.notForecast, a: refOf(a, la.ref.file), b: refOf(b, lb.ref.file), seed, runs, rows: compareRows(ra, rb) })}\n`,
        ),
      );
      return 0;
    }
    const t = msg.cli.compare;
    const lines = [t.title(a.name, b.name, seed, String(runs)), ''];
    lines.push(
      `${t.output.padEnd(34)} ${t.period.padEnd(16)} ${'A'.padStart(12)} ${'B'.padStart(12)} ${'A − B'.padStart(12)} ${'%'.padStart(8)}`,
    );
    let last = '';
    for (const r of rows) {
      const label = r.id === last ? '' : `${r.label} (${unitLabel(r.unit)})`;
      last = r.id;
      const pct = r.pct === null ? '—' : `${r.pct > 0 ? '+' : ''}${fixed(r.pct, 1)}%`;
      const period = r.period === TOTAL_PERIOD ? t.total : r.period;
      lines.push(
        `${label.slice(0, 34).padEnd(34)} ${period.padEnd(16)} ${fmt(r.a).padStart(12)} ${fmt(r.b).padStart(12)} ${fmt(r.diff).padStart(12)} ${pct.padStart(8)}`,
      );
    }
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
