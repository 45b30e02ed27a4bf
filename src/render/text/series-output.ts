/**
 * Turns ensemble results into the `run` command's JSON object, CSV and yearly table. Pure: strings out.
 */
import type { Band, EnsembleResult, Scenario } from '../../model/types.js';
import { HISTORY, MONTHS, OUTPUTS, SCENARIO_START, resolveAssumptions } from '../../model/scenario-model.js';
import { yearlyMean } from '../../model/history.js';
import { catalogueOf, inLang, localeOf, msg } from '../../text/i18n.js';
import { unitLabel } from '../../model/units.js';

/** Rounds to 6 significant digits so output stays readable and stable. */
export function round6(v: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  return Number(v.toPrecision(6));
}

function bandSlice(b: Band, from: number): Record<'p10' | 'p25' | 'p50' | 'p75' | 'p90', number[]> {
  const pick = (a: Float64Array) => Array.from(a.subarray(from), round6);
  return { p10: pick(b.p10), p25: pick(b.p25), p50: pick(b.p50), p75: pick(b.p75), p90: pick(b.p90) };
}

/** Identifies a scenario in outputs. */
export interface ScenarioRef {
  readonly name: string;
  readonly file: string;
  readonly fingerprint: string;
}

/** Bands of every output over the scenario period (2019-01 on), keyed by output id. */
export function seriesObject(e: EnsembleResult): Record<string, ReturnType<typeof bandSlice>> {
  const out: Record<string, ReturnType<typeof bandSlice>> = {};
  for (const o of OUTPUTS) {
    const b = e.bands[o.id];
    if (b) out[o.id] = bandSlice(b, SCENARIO_START);
  }
  return out;
}

/** Builds the one JSON object `palancas run --format json` prints, in English: JSON is data in every language. */
export function runJson(args: Parameters<typeof runJsonIn>[0]): ReturnType<typeof runJsonIn> {
  return inLang('en', () => runJsonIn(args));
}

function runJsonIn(args: {
  scenario: Scenario;
  ref: ScenarioRef;
  result: EnsembleResult;
  baseline: EnsembleResult;
  baselineRef: ScenarioRef;
}): Record<string, unknown> {
  const { scenario, ref, result, baseline, baselineRef } = args;
  const histMonths = MONTHS.slice(0, SCENARIO_START);
  const histBand = result.bands.homicides;
  return {
    // The JSON is data: the same in every language, so its notice stays in English.
    notice: catalogueOf('en').common.notForecast,
    scenario: { name: ref.name, file: ref.file, fingerprint: ref.fingerprint, description: scenario.description },
    seed: result.seed,
    runs: result.runs,
    months: MONTHS.slice(SCENARIO_START),
    units: Object.fromEntries(OUTPUTS.map((o) => [o.id, o.unit])),
    labels: Object.fromEntries(OUTPUTS.map((o) => [o.id, o.label])),
    series: seriesObject(result),
    baseline: { scenario: baselineRef, series: seriesObject(baseline) },
    history: {
      observed: { homicides: HISTORY.homicides.map((h) => ({ year: h.year, value: h.value, source: h.source })) },
      model: {
        months: histMonths,
        homicides_p50: histBand ? Array.from(histBand.p50.subarray(0, SCENARIO_START), round6) : [],
      },
    },
    levers: scenario.levers,
    camps: scenario.camps,
    assumptions: resolveAssumptions(scenario).map((a) => ({
      id: a.id,
      label: a.label,
      value: a.effective.value,
      unit: a.unit,
      low: a.effective.low,
      high: a.effective.high,
      distribution: a.distribution,
      kind: a.kind,
      source: a.source,
      confidence: a.confidence,
      ...(a.camp !== undefined ? { camp: a.camp } : {}),
      ...(a.override !== undefined ? { override: a.override } : {}),
      changed: a.changed,
    })),
  };
}

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One row per month (2019-01 on); columns name the output, percentile and unit. English in every language. */
export function runCsv(result: EnsembleResult, baseline: EnsembleResult): string {
  return inLang('en', () => runCsvIn(result, baseline));
}

function runCsvIn(result: EnsembleResult, baseline: EnsembleResult): string {
  const header = ['month'];
  for (const o of OUTPUTS) {
    for (const q of ['p10', 'p50', 'p90'] as const) header.push(`${o.id}_${q} (${o.unit})`);
    header.push(`${o.id}_baseline_p50 (${o.unit})`);
  }
  const lines = [header.map(csvCell).join(',')];
  for (let m = SCENARIO_START; m < MONTHS.length; m++) {
    const row = [MONTHS[m] as string];
    for (const o of OUTPUTS) {
      const b = result.bands[o.id];
      const base = baseline.bands[o.id];
      for (const q of ['p10', 'p50', 'p90'] as const) row.push(b ? String(round6(b[q][m] as number)) : '');
      row.push(base ? String(round6(base.p50[m] as number)) : '');
    }
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Formats a number with thousands separators and sensible precision. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : 2;
  return v.toLocaleString(localeOf(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Yearly mean of a band's percentiles. */
function yearBand(b: Band, year: number): { p10: number; p50: number; p90: number } {
  return { p10: yearlyMean(b.p10, year), p50: yearlyMean(b.p50, year), p90: yearlyMean(b.p90, year) };
}

const TABLE_OUTPUTS = ['homicides', 'cartel_revenue', 'workforce', 'fiscal_cost'] as const;

/** A plain-text yearly table: median and P10–P90 for key outputs, with the baseline median beside. */
export function runTable(
  ref: ScenarioRef,
  result: EnsembleResult,
  baseline: EnsembleResult,
  baselineName: string,
): string {
  const lines: string[] = [];
  lines.push(`${ref.name} — ${msg.common.notForecastShort}`);
  lines.push(msg.render.series.runLine(result.seed, result.runs, ref.fingerprint, baselineName));
  for (const id of TABLE_OUTPUTS) {
    const meta = OUTPUTS.find((o) => o.id === id);
    const b = result.bands[id];
    const base = baseline.bands[id];
    if (!meta || !b || !base) continue;
    lines.push('');
    lines.push(`${meta.label} (${unitLabel(meta.unit)})`);
    lines.push(msg.render.series.tableHead);
    for (let y = 2019; y <= 2030; y++) {
      const v = yearBand(b, y);
      const bv = yearlyMean(base.p50, y);
      const change = bv !== 0 ? ((v.p50 - bv) / Math.abs(bv)) * 100 : 0;
      const band = `${fmt(v.p10)} – ${fmt(v.p90)}`;
      const sign = change > 0 ? '+' : '';
      // toFixed keeps the exact digits this table has always had; both locales write the decimal point as '.'.
      lines.push(
        `  ${y}  ${fmt(v.p50).padStart(10)}   ${band.padEnd(24)} ${fmt(bv).padStart(10)}   ${`${sign}${change.toFixed(1)}%`.padStart(7)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
