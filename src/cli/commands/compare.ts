/**
 * `palancas compare A B`: two scenarios side by side at chosen years and over the whole period: each side's
 * median and the effect of A over B from paired runs (the same definition as claims and briefs).
 */
import { UsageError, type Command } from '../command.js';
import { engine } from '../../port/index.js';
import type { Scenario } from '../../model/types.js';
import { betterOf, spanReducer, yearSpan } from '../../analysis/metrics.js';
import { pairedEffect } from '../../analysis/stats.js';
import { expectPositionals, parseInteger, parseStrict } from '../command-support.js';
import { loadForCli, refOf } from '../scenario-input.js';
import { parseCamps, parseSeed, withSettings } from '../common-options.js';
import { fmt, round6 } from '../../render/text/series-output.js';
import { msg } from '../../text/i18n.js';
import { jsonLine } from '../../render/text/analysis-text.js';
import { fixed } from '../numbers.js';
import { unitLabel } from '../../model/units.js';
import { wrap } from '../../ui/format.js';

const ROWS = ['homicides', 'homicides_oc', 'cartel_revenue', 'workforce', 'forces_total', 'fiscal_cost'] as const;
const YEARS = [2021, 2024, 2030] as const;
/** Width of the output-label column of the table. */
const LABEL_WIDTH = 34;
/** The period of the rows summed over 2019–2030, as JSON writes it in every language. */
export const TOTAL_PERIOD = '2019–2030 total';
/** Outputs that are flows per year can be summed over 2019–2030; stocks cannot. */
const SUMMABLE = new Set(['homicides', 'homicides_oc', 'cartel_revenue', 'fiscal_cost']);

/**
 * One row: A's and B's medians, and the effect of A over B (pairedEffect: the median of the paired run
 * differences, its P10–P90, the same in % of B, and the share of paired runs in which A does better).
 */
interface CompareRow {
  id: string;
  label: string;
  unit: string;
  period: string;
  a: number;
  b: number;
  diff: number;
  diffP10: number;
  diffP90: number;
  pct: number | null;
  /** Null for an output with no better direction (troops on the streets). */
  shareABetter: number | null;
}

/** What a row reads from each run: one output over one year, or summed over 2019–2030. */
interface RowSpan {
  readonly id: (typeof ROWS)[number];
  readonly period: string;
  readonly unit: string;
  readonly from: number;
  readonly to: number;
}

function rowSpans(): RowSpan[] {
  const spans: RowSpan[] = [];
  for (const id of ROWS) {
    const meta = engine.outputs.find((o) => o.id === id);
    if (!meta) continue;
    for (const y of YEARS) spans.push({ id, period: String(y), unit: meta.unit, ...yearSpan(y) });
    if (SUMMABLE.has(id))
      spans.push({
        id,
        period: TOTAL_PERIOD,
        unit: meta.unit.replace('/yr', ''),
        from: engine.scenarioStart,
        to: engine.months.length,
      });
  }
  return spans;
}

/** Every row's value in each run of the scenario's paired ensemble, in one pass over the runs. */
function perRunValues(s: Scenario, spans: readonly RowSpan[]): number[][] {
  const reducers = spans.map((r) => spanReducer(r.id, r.from, r.to, engine.months.length));
  const values: number[][] = spans.map(() => []);
  engine.runPerRun(s, { runs: s.runs, seed: s.seed }, (out, index) => {
    for (const [k, r] of reducers.entries()) values[k]?.push(r(out, index));
    return 0;
  });
  return values;
}

/** Builds the comparison rows from paired runs of A and B (same seed and runs). */
export function compareRows(a: Scenario, b: Scenario): CompareRow[] {
  const spans = rowSpans();
  const va = perRunValues(a, spans);
  const vb = perRunValues(b, spans);
  return spans.map((r, k) => {
    const e = pairedEffect(va[k] ?? [], vb[k] ?? [], betterOf(r.id));
    return {
      id: r.id,
      label: engine.outputs.find((o) => o.id === r.id)?.label ?? r.id,
      unit: r.unit,
      period: r.period,
      a: round6(e.medianA),
      b: round6(e.medianB),
      diff: round6(e.p50),
      diffP10: round6(e.p10),
      diffP90: round6(e.p90),
      pct: Number.isFinite(e.pct.p50) ? round6(e.pct.p50) : null,
      shareABetter: Number.isFinite(e.winShare) ? round6(e.winShare) : null,
    };
  });
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
    const rows = compareRows(a, b);
    if (format === 'json') {
      // JSON is data: its labels are English whatever the language in force.
      ctx.out(
        jsonLine(() => ({
          notice: msg.common.notForecast,
          a: refOf(a, la.ref.file),
          b: refOf(b, lb.ref.file),
          seed,
          runs,
          rows: rows.map((r) => ({ ...r, label: engine.outputs.find((o) => o.id === r.id)?.label ?? r.id })),
        })),
      );
      return 0;
    }
    const t = msg.cli.compare;
    const lines = [t.title(a.name, b.name, seed, String(runs)), t.columns, ''];
    lines.push(
      `${t.output.padEnd(LABEL_WIDTH)} ${t.period.padEnd(16)} ${'A'.padStart(12)} ${'B'.padStart(12)} ${'A − B'.padStart(12)} ${'%'.padStart(8)} ${t.aBetter.padStart(8)}`,
    );
    // Each output's label wraps at spaces over the rows of its group (never cut inside a word); lines left over
    // when the group has fewer rows than the label needs go on rows of their own.
    let pending: string[] = [];
    let last = '';
    for (const [i, r] of rows.entries()) {
      if (r.id !== last) pending = wrap(`${r.label} (${unitLabel(r.unit)})`, LABEL_WIDTH);
      last = r.id;
      const label = pending.shift() ?? '';
      const pct = r.pct === null ? '—' : `${r.pct > 0 ? '+' : ''}${fixed(r.pct, 1)}%`;
      const share = r.shareABetter === null ? '—' : `${fixed(100 * r.shareABetter, 0)}%`;
      const period = r.period === TOTAL_PERIOD ? t.total : r.period;
      lines.push(
        `${label.padEnd(LABEL_WIDTH)} ${period.padEnd(16)} ${fmt(r.a).padStart(12)} ${fmt(r.b).padStart(12)} ${fmt(r.diff).padStart(12)} ${pct.padStart(8)} ${share.padStart(8)}`,
      );
      if (rows[i + 1]?.id !== r.id) for (const rest of pending.splice(0)) lines.push(rest);
    }
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
