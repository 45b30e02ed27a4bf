/**
 * The words of the brief and the helpers both renderers share (how a lever value or a source reads, which
 * years a chart table shows). Strings are kept together for a later translation.
 */
import { formatNumber, formatPercent, formatSigned } from '../../text/format.js';
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

/** Every user-facing string of the brief. */
export const BRIEF_TEXT = {
  notForecast: 'Illustrative model, not a forecast.',
  notForecastLong:
    'palancas is a toy system-dynamics model of the 2018 Mexican drug-policy debate. Its curves show what follows from the labeled assumptions below, with ranges from a seeded Monte Carlo; they are not predictions of what will happen.',
  reproduce: 'Reproduce this brief with:',
  scenarios: 'Scenarios',
  scenarioA: 'Scenario A',
  scenarioB: 'Scenario B',
  field: 'Field',
  name: 'Name',
  description: 'Description',
  file: 'File',
  fingerprint: 'Fingerprint',
  seed: 'Seed',
  runs: 'Runs',
  modelVersion: 'Model version',
  settingSources: 'Sources of the settings',
  levers: 'Lever settings',
  lever: 'Lever',
  value: 'Value',
  articleWords: "The article's words",
  statusQuoMark: '(status quo)',
  on: 'on',
  off: 'off',
  charts: 'Charts',
  chartsMarkdownNote:
    'The HTML version of this brief draws these as charts; here each is a sentence and a table of yearly medians.',
  year: 'Year',
  p10: 'P10',
  p50: 'Median',
  p90: 'P90',
  historySource: 'History:',
  fitBandOf: (name: string) => `${name}: fit to 2007–2018, P10–P90`,
  hindcastOf: (until: number, theory: string) => `Hindcast from ${until} (${theory}): P10–P90, median`,
  hindcastTitle: (until: number) => `Hindcast from ${until}`,
  hindcastNote: (until: number, runs: number, seed: string) =>
    `Runs constrained on the observations of 2007–${until} only, then run on to 2018 with the troops deployed and leaders removed as they were; ${runs} runs, seed "${seed}". The same rows as 'palancas hindcast --until ${until}'.`,
  observed: 'Observed (INEGI)',
  inside: 'Inside P10–P90',
  no: 'no',
  hindcastScores: (mape: string, persistence: string, coverage: string) =>
    `MAPE ${mape} against ${persistence} for persistence (the last year carried forward); coverage ${coverage}.`,
  theories: 'Theories of violence',
  theoriesNote:
    "Each theory's skill is its rolling-origin hindcast error against persistence's (1 − MAPE ratio; 0 = no better); a pooled ensemble gives each theory a share of its runs in proportion to its skill (floored at 0). 'palancas theories' lists each theory's hindcasts.",
  theory: 'Theory',
  skill: 'Skill',
  pooledShare: 'Pooled share',
  inScenario: 'In scenario A',
  bandOf: (name: string) => `${name}: P10–P90`,
  hatchedBandOf: (name: string) => `${name}: P10–P90 (hatched)`,
  p10B: 'P10 (B)',
  p50B: 'Median (B)',
  p90B: 'P90 (B)',
  compare: 'Comparison',
  metric: 'Metric',
  difference: 'Difference',
  percent: '%',
  shareBetter: 'A better in',
  cruxes: 'Cruxes: what the conclusion hinges on',
  cruxesNote:
    'For each assumption, the value inside its range at which the ranking flips, with everything else at its central value. Distance is how far that is from the current value, as a share of the range.',
  assumption: 'Assumption',
  current: 'Current',
  range: 'Range',
  flipsAt: 'Flips at',
  distance: 'Distance',
  source: 'Source',
  holds: 'holds across the range',
  sensitivity: 'Sensitivity',
  sensitivityNote: 'Each input moved alone from the low to the high end of its range, everything else central.',
  atLow: 'At low end',
  atHigh: 'At high end',
  swing: 'Swing',
  attribution: 'What each lever contributes',
  attributionNote:
    'Shapley shares split the whole difference fairly across levers, interactions included; one-at-a-time is the effect of switching that lever alone. Both use central runs (every assumption at its central value), so the end points can differ from the medians in the comparison.',
  leverOrFamily: 'Lever',
  shapley: 'Shapley share',
  oneAtATime: 'One at a time',
  interaction: 'Interaction (total minus one-at-a-time sum)',
  total: 'Total',
  byYear: 'Year by year',
  byYearNote: (unit: string) =>
    `Each lever's Shapley share of that year's difference (${unit}, central runs); the shares add up to the total difference.`,
  totalDifference: 'Total difference',
  ledger: 'Cost ledger',
  ledgerNote: 'US$ bn a year (yearly means of the central run). Cannabis tax is revenue; net = costs − tax.',
  costGuard: 'National Guard',
  costMilitary: 'Military (vs 2018)',
  costYouth: 'Youth programmes',
  costAmnesty: 'Amnesty',
  cannabisTax: 'Cannabis tax',
  net: 'Net cost',
  perHomicide: 'Cost per homicide averted',
  perHomicideNote:
    'Each scenario against the status-quo levers under its own assumption settings: 2019–2030 totals of central runs.',
  scenario: 'Scenario',
  netTotal: 'Net cost 2019–2030 (US$ bn)',
  extraNet: 'Extra net cost vs status quo (US$ bn)',
  averted: 'Homicides averted vs status quo',
  perAverted: 'US$ per homicide averted',
  noneAverted: 'none averted',
  claims: 'Claim cards',
  claimsNote:
    'Each sentence comes from the paired runs above (run i of A and of B share their assumption draws). The command under it prints the same sentence.',
  evidence: 'Evidence sets',
  evidenceNote:
    'An evidence set is one combination of camps of the contested assumptions (one view of who is right). To keep the brief fast, each set is judged at central values (every other assumption at its central value), not with an ensemble.',
  evidenceCommand: 'The same counts, with the failing sets:',
  contestedHead: 'Contested assumption',
  camps: 'Camps',
  failingSets: 'Sets where A does not beat B',
  margin: (unit: string) => `A's advantage (${unit})`,
  noneFail: 'It holds in every evidence set.',
  moreFailing: (n: number) =>
    `…and ${n} more failing set${n === 1 ? '' : 's'} (run the command above for all of them).`,
  assumptions: 'Assumptions',
  assumptionsNote:
    'Every number the model uses that is not a lever. Kind: article (the 2018 article), research (a cited study), derived (arithmetic on sourced figures, shown in the source), guess (a modeller’s guess, or a figure no source confirms). Changed: set by a scenario; fixed: every run uses the value.',
  id: 'Id',
  label: 'Label',
  unit: 'Unit',
  low: 'Low',
  high: 'High',
  kind: 'Kind',
  camp: 'Camp',
  changed: 'Changed',
  yes: 'yes',
  guess: "modeller's guess",
  derived: 'derived',
  fixed: 'fixed',
  drawnOver: 'drawn over its own range',
  omitted: 'Left out of this brief',
  figure: 'Figure',
  footer:
    'Made with palancas. Illustrative model, not a forecast: every number above follows from the assumptions listed, each with its source.',
} as const;

/** Formats a lever value for a table: on/off for toggles, plain digits for years, 4 significant figures otherwise. */
export function leverValueText(l: Pick<BriefLever, 'value' | 'unit' | 'control'>): string {
  if (l.control === 'toggle') return l.value ? BRIEF_TEXT.on : BRIEF_TEXT.off;
  if (l.control === 'year') return String(Math.round(l.value));
  return formatNumber(l.value, 4);
}

/**
 * The source cell of an assumption row: its citation, "derived: " and the arithmetic, or "modeller's guess"
 * (with the reason when given).
 */
export function sourceText(a: Pick<BriefAssumption, 'kind' | 'source'>): string {
  const s = a.source.trim();
  if (a.kind === 'guess') {
    if (s === '') return BRIEF_TEXT.guess;
    // Sources that already say so (or say the figure is unconfirmed) are not prefixed.
    return /^(modell?er[’']s guess|unconfirmed)/i.test(s) ? s : `${BRIEF_TEXT.guess}: ${s}`;
  }
  if (a.kind === 'derived' && s !== '') return /^derived\b/i.test(s) ? s : `${BRIEF_TEXT.derived}: ${s}`;
  return s || BRIEF_TEXT.guess;
}

/** The "changed" cell of an assumption row: "yes", with "fixed" or "drawn over its own range" for an override. */
export function changedText(a: Pick<BriefAssumption, 'changed' | 'override'>): string {
  if (!a.changed) return '';
  if (a.override === undefined) return BRIEF_TEXT.yes;
  return `${BRIEF_TEXT.yes}, ${a.override === 'fixed' ? BRIEF_TEXT.fixed : BRIEF_TEXT.drawnOver}`;
}

/** Formats a number for tables (4 significant figures). */
export function num(x: number): string {
  return formatNumber(x, 4);
}

/** Formats a signed difference for tables. */
export function signed(x: number): string {
  return formatSigned(x, 3);
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
  const show = (l: BriefLever): string => `${leverValueText(l)}${l.isDefault ? ` ${BRIEF_TEXT.statusQuoMark}` : ''}`;
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
    y.observed >= y.p10 && y.observed <= y.p90 ? BRIEF_TEXT.yes : BRIEF_TEXT.no,
  ]);
}

/** The hindcast's scores in one line. */
export function hindcastScoreLine(h: NonNullable<BriefChart['hindcast']>): string {
  return BRIEF_TEXT.hindcastScores(pct(h.mape), pct(h.persistence_mape), pct(100 * h.coverage));
}

/** The theory table: label (id), skill, pooled share, whether A's runs use it, and the source. */
export function theoryRows(t: NonNullable<BriefData['theories']>): string[][] {
  return t.rows.map((r) => [
    `${r.label} (${r.id})`,
    formatNumber(r.skill, 2),
    pct(100 * r.share),
    r.active ? BRIEF_TEXT.yes : BRIEF_TEXT.no,
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
    v.dollarsPerHomicideAverted === null ? BRIEF_TEXT.noneAverted : `US$${formatNumber(v.dollarsPerHomicideAverted)}`,
  ];
}

/** The ledgers a brief shows: A's, then B's when there is one. */
export function ledgersOf(data: BriefData): BriefLedger[] {
  return [data.ledger, data.ledgerB].filter((l): l is BriefLedger => l !== undefined);
}

/** The year-by-year attribution as table cells: header, then one row per year (shares, then the total). */
export function attributionYearTable(b: BriefAttributionByYear): { head: string[]; rows: string[][] } {
  return {
    head: [BRIEF_TEXT.year, ...b.rows.map((r) => r.label), BRIEF_TEXT.totalDifference],
    rows: b.years.map((year, i) => [
      String(year),
      ...b.rows.map((r) => signed(r.values[i] ?? Number.NaN)),
      signed((b.end[i] ?? Number.NaN) - (b.start[i] ?? Number.NaN)),
    ]),
  };
}
