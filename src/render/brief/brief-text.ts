/**
 * The helpers both brief renderers share (how a lever value or a source reads, which years a chart table
 * shows). The words come from the catalogue (`msg.render.brief`), read on each call.
 */
import { formatNumber, formatPercent, formatQuantity, formatSigned, formatSignedQuantity } from '../../text/format.js';
import { unitLabel } from '../../model/units.js';
import { msg } from '../../text/i18n.js';
import { yearlyMeans } from '../narrate.js';
import type {
  BriefAssumption,
  BriefAttributionByYear,
  BriefChart,
  BriefData,
  BriefLedger,
  BriefLedgerRow,
  BriefLever,
} from './brief-types.js';

/** Formats a lever value for a table: on/off for toggles, plain digits for years, 4 significant figures otherwise. */
export function leverValueText(l: Pick<BriefLever, 'value' | 'unit' | 'control'>): string {
  if (l.control === 'toggle') return l.value ? msg.render.brief.on : msg.render.brief.off;
  if (l.control === 'year') return String(Math.round(l.value));
  return formatNumber(l.value, 4);
}

/**
 * The source cell of an assumption row: its citation, "derived: " and the arithmetic, or "modeller's guess"
 * (with the reason when given).
 */
export function sourceText(a: Pick<BriefAssumption, 'kind' | 'source'>): string {
  const T = msg.render.brief;
  const s = a.source.trim();
  // A source that already opens with the word (in either language) is not prefixed again.
  const opensWith = (word: string): boolean => s.toLowerCase().startsWith(word.toLowerCase());
  if (a.kind === 'guess') {
    if (s === '') return T.guess;
    // Sources that already say so (or say the figure is unconfirmed) are not prefixed.
    return /^(modell?er[’']s guess|unconfirmed)/i.test(s) || opensWith(T.guess) ? s : `${T.guess}: ${s}`;
  }
  if (a.kind === 'derived' && s !== '') return /^derived\b/i.test(s) || opensWith(T.derived) ? s : `${T.derived}: ${s}`;
  return s || T.guess;
}

/** The "kind" cell of an assumption row: the kind in words (article, research, derived, guess). */
export function kindText(kind: BriefAssumption['kind']): string {
  return msg.render.kinds[kind] ?? kind;
}

/** The "changed" cell of an assumption row: "yes", with "fixed" or "drawn over its own range" for an override. */
export function changedText(a: Pick<BriefAssumption, 'changed' | 'override'>): string {
  if (!a.changed) return '';
  if (a.override === undefined) return msg.render.brief.yes;
  return `${msg.render.brief.yes}, ${a.override === 'fixed' ? msg.render.brief.fixed : msg.render.brief.drawnOver}`;
}

/** Formats a number for tables (4 significant figures). */
export function num(x: number): string {
  return formatNumber(x, 4);
}

/** A range for tables: "low–high", or one number when both ends read the same. */
export function spanText(low: number, high: number): string {
  return num(low) === num(high) ? num(low) : `${num(low)}–${num(high)}`;
}

/** Formats a signed difference for tables. */
export function signed(x: number): string {
  return formatSigned(x, 3);
}

/** Formats the P10–P90 range of a difference ("−250,000 to −140,000"), or an em dash when it is missing. */
export function rangeText(p10: number | undefined, p90: number | undefined): string {
  if (p10 === undefined || p90 === undefined || !Number.isFinite(p10) || !Number.isFinite(p90)) return '—';
  return msg.render.brief.rangeOf(signed(p10), signed(p90));
}

/** Formats a percentage change with its sign, or an em dash. */
export function pctText(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '—';
  const t = formatPercent(p);
  return p > 0 ? `+${t}` : t;
}

/** One merged lever row: A's value and B's (when there is a B). */
export interface LeverRow {
  readonly label: string;
  /** The lever's unit (empty for toggles and years, whose values say it all). */
  readonly unit: string;
  readonly a: string;
  readonly b?: string;
  readonly articleWords: string;
}

/** Merges A's and B's lever settings into rows, marking status-quo values. */
export function leverRows(data: BriefData): LeverRow[] {
  const bById = new Map((data.b?.levers ?? []).map((l) => [l.id, l]));
  const show = (l: BriefLever): string =>
    `${leverValueText(l)}${l.isDefault ? ` ${msg.render.brief.statusQuoMark}` : ''}`;
  return data.a.levers.map((l) => {
    const b = bById.get(l.id);
    const unit = l.control === 'toggle' || l.control === 'year' ? '' : l.unit;
    return {
      label: l.label,
      unit,
      a: show(l),
      ...(data.b ? { b: b ? show(b) : '—' } : {}),
      articleWords: l.articleWords,
    };
  });
}

/** A percentage for a sentence or a cell, two significant figures ("4%", "3.4%", "26%"). */
export function pct(v: number): string {
  return Number.isFinite(v) ? formatPercent(v) : '—';
}

/** The hindcast table: one row per test year (year, observed, P10, median, P90, inside). */
export function hindcastRows(h: NonNullable<BriefChart['hindcast']>): string[][] {
  return h.years.map((y) => [
    String(y.year),
    num(y.observed),
    num(y.p10),
    num(y.p50),
    num(y.p90),
    y.observed >= y.p10 && y.observed <= y.p90 ? msg.render.brief.yes : msg.render.brief.no,
  ]);
}

/** The hindcast's scores in one line. */
export function hindcastScoreLine(h: NonNullable<BriefChart['hindcast']>): string {
  return msg.render.brief.hindcastScores(pct(h.mape), pct(h.persistence_mape), pct(100 * h.coverage));
}

/** The theory table: label (id), skill, pooled share, whether A's runs use it, and the source. */
export function theoryRows(t: NonNullable<BriefData['theories']>): string[][] {
  return t.rows.map((r) => [
    `${r.label} (${r.id})`,
    formatNumber(r.skill, 2),
    pct(100 * r.share),
    r.active ? msg.render.brief.yes : msg.render.brief.no,
    r.source,
  ]);
}

/** Years a chart's table shows: 2019, 2021, 2024, 2027 and 2030 where present, else first, middle and last. */
export function tableYears(chart: BriefChart): number[] {
  const years = yearlyMeans(chart.months, chart.bandA.p50, chart.startIndex).map((y) => y.year);
  const wanted = [2019, 2021, 2024, 2027, 2030].filter((y) => years.includes(y));
  if (wanted.length >= 2) return wanted;
  const mid = years[Math.floor(years.length / 2)];
  return [...new Set([years[0], mid, years[years.length - 1]].filter((y): y is number => y !== undefined))];
}

/** Yearly means of a chart's series for the given years (NaN when missing). */
export function chartYearRows(
  chart: BriefChart,
  years: readonly number[],
): { year: number; p10: number; p50: number; p90: number; ref?: number; ref10?: number; ref90?: number }[] {
  const at = (series: ArrayLike<number>): Map<number, number> =>
    new Map(yearlyMeans(chart.months, series, chart.startIndex).map((y) => [y.year, y.value]));
  const p10 = at(chart.bandA.p10);
  const p50 = at(chart.bandA.p50);
  const p90 = at(chart.bandA.p90);
  const ref = chart.reference ? at(chart.reference.p50) : undefined;
  const ref10 = chart.reference?.p10 ? at(chart.reference.p10) : undefined;
  const ref90 = chart.reference?.p90 ? at(chart.reference.p90) : undefined;
  return years.map((year) => ({
    year,
    p10: p10.get(year) ?? Number.NaN,
    p50: p50.get(year) ?? Number.NaN,
    p90: p90.get(year) ?? Number.NaN,
    ...(ref ? { ref: ref.get(year) ?? Number.NaN } : {}),
    ...(ref10 && ref90 ? { ref10: ref10.get(year) ?? Number.NaN, ref90: ref90.get(year) ?? Number.NaN } : {}),
  }));
}

/** Sums ledger columns over the years. */
export function ledgerTotals(rows: readonly BriefLedgerRow[]): Omit<BriefLedgerRow, 'year'> {
  const t = { costGuard: 0, costMilitary: 0, costYouth: 0, costAmnesty: 0, cannabisTax: 0, net: 0 };
  for (const r of rows) {
    t.costGuard += r.costGuard;
    t.costMilitary += r.costMilitary;
    t.costYouth += r.costYouth;
    t.costAmnesty += r.costAmnesty;
    t.cannabisTax += r.cannabisTax;
    t.net += r.net;
  }
  return t;
}

/** One row of the cost-per-homicide table: a scenario's totals against its status-quo baseline. */
export function perHomicideRow(l: BriefLedger): string[] | undefined {
  const v = l.vsBaseline;
  if (!v) return undefined;
  return [
    l.scenarioLabel,
    num(v.netTotal),
    signed(v.extraNetCost),
    num(v.homicidesAverted),
    v.dollarsPerHomicideAverted === null
      ? msg.render.brief.noneAverted
      : `US$${formatNumber(v.dollarsPerHomicideAverted)}`,
  ];
}

/** The ledgers a brief shows: A's, then B's when there is one. */
export function ledgersOf(data: BriefData): BriefLedger[] {
  return [data.ledger, data.ledgerB].filter((l): l is BriefLedger => l !== undefined);
}

/** The year-by-year attribution as table cells: header, then one row per year (shares, then the total). */
export function attributionYearTable(b: BriefAttributionByYear): { head: string[]; rows: string[][] } {
  return {
    head: [msg.render.brief.year, ...b.rows.map((r) => r.label), msg.render.brief.totalDifference],
    rows: b.years.map((year, i) => [
      String(year),
      ...b.rows.map((r) => signed(r.values[i] ?? Number.NaN)),
      signed((b.end[i] ?? Number.NaN) - (b.start[i] ?? Number.NaN)),
    ]),
  };
}

/** What the first page shows: the claim, its effect and wins, the top cruxes and the levers that carry it. */
export interface Glance {
  /** The brief's first claim (the brief's own metric), when the comparison ran. */
  readonly claim?: string;
  /** The median per-run % difference with its P10–P90. */
  readonly effect?: string;
  /** Paired runs A won, out of all. */
  readonly won?: string;
  /** Up to three crux lines: flips nearest first, then the widest swings whose ranking holds. */
  readonly cruxes: readonly string[];
  /** Up to three lever lines, largest Shapley share first. */
  readonly levers: readonly string[];
}

/** Lines the first page shows at most in each list. */
const GLANCE_ROWS = 3;

/** The first page's contents, from the sections the brief already has. */
export function glance(data: BriefData): Glance {
  const T = msg.render.brief;
  const c = data.claims?.[0];
  const cruxes: string[] = [];
  for (const r of data.cruxes?.rows ?? []) {
    if (cruxes.length >= GLANCE_ROWS || r.flip === null) continue;
    cruxes.push(
      T.glanceCruxFlip(
        r.label,
        `${num(r.current)} ${unitLabel(r.unit)}`.trim(),
        num(r.flip),
        r.distance === null ? '—' : formatPercent(100 * r.distance),
      ),
    );
  }
  const s = data.sensitivity;
  if (s) {
    const flipping = new Set((data.cruxes?.rows ?? []).filter((r) => r.flip !== null).map((r) => r.id));
    for (const r of s.rows) {
      if (cruxes.length >= GLANCE_ROWS) break;
      if (flipping.has(r.id)) continue;
      cruxes.push(
        T.glanceCruxSwing(
          r.label,
          s.metricLabel,
          formatQuantity(r.low, s.unit),
          formatQuantity(r.high, s.unit),
          data.cruxes !== undefined,
        ),
      );
    }
  }
  const at = data.attribution;
  const levers = at
    ? [...at.rows]
        .sort((x, y) => Math.abs(y.shapley) - Math.abs(x.shapley))
        .slice(0, GLANCE_ROWS)
        .map((r) => T.glanceLever(r.label, formatSignedQuantity(r.shapley, at.unit)))
    : [];
  return {
    ...(c
      ? {
          claim: c.sentence,
          effect: T.glanceEffectText(pctText(c.effect.pct.p50), pctText(c.effect.pct.p10), pctText(c.effect.pct.p90)),
          won: T.glanceWonText(c.effect.wins, c.effect.runs, formatPercent(100 * c.effect.winShare)),
        }
      : {}),
    cruxes,
    levers,
  };
}

/** The levers the brief lists in its table, and the labels of those it names in one sentence instead. */
export function leverSplit(data: BriefData): {
  readonly rows: LeverRow[];
  readonly same: string[];
  readonly sentence: string;
} {
  const bById = new Map((data.b?.levers ?? []).map((l) => [l.id, l]));
  const rows = leverRows(data);
  const shown: LeverRow[] = [];
  const same: string[] = [];
  data.a.levers.forEach((l, i) => {
    const row = rows[i];
    if (!row) return;
    const b = bById.get(l.id);
    const alike = data.b ? b !== undefined && b.value === l.value : l.isDefault;
    if (alike) same.push(l.label);
    else shown.push(row);
  });
  const sentence =
    same.length === 0
      ? ''
      : data.b
        ? msg.render.brief.sameLevers(same.join('; '))
        : msg.render.brief.defaultLevers(same.join('; '));
  return { rows: shown, same, sentence };
}

/** The confidence cell of an assumption row, in words. */
export function confidenceText(a: Pick<BriefAssumption, 'confidence'>): string {
  return a.confidence === undefined ? '—' : msg.render.brief.confidenceLevels[a.confidence];
}

/** The ledger columns, each with its heading and whether it is zero in every year. */
export function ledgerColumns(
  l: BriefLedger,
): { key: keyof Omit<BriefLedgerRow, 'year'>; head: string; zero: boolean }[] {
  const T = msg.render.brief;
  const keys = ['costGuard', 'costMilitary', 'costYouth', 'costAmnesty', 'cannabisTax', 'net'] as const;
  return keys.map((key) => ({
    key,
    head: T[key],
    zero: l.rows.every((r) => num(Math.abs(r[key])) === '0'),
  }));
}

/** Assumptions listed as one row: the first, and the ids of those after it with the same figures and source. */
export interface AssumptionGroup {
  readonly first: BriefAssumption;
  readonly sameIds: readonly string[];
}

/** Groups consecutive assumptions whose figures, unit, kind, confidence, source, camp and change are the same. */
export function assumptionGroups(list: readonly BriefAssumption[]): AssumptionGroup[] {
  const key = (a: BriefAssumption): string =>
    JSON.stringify([a.value, a.low, a.high, a.unit, a.kind, a.confidence, a.source, a.camp, a.changed, a.override]);
  const groups: { first: BriefAssumption; sameIds: string[] }[] = [];
  for (const a of list) {
    const last = groups.at(-1);
    if (last && key(last.first) === key(a)) last.sameIds.push(a.id);
    else groups.push({ first: a, sameIds: [] });
  }
  return groups;
}
