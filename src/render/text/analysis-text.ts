/**
 * Plain-text renderings of the analysis reports, for the command line and the plain-text report. Pure: each
 * function returns the text (ending in a newline); width and ASCII mode are parameters.
 */
import { formatNumber, formatSigned } from '../../text/format.js';
import { inLang, msg, type Catalogue } from '../../text/i18n.js';
import type {
  AttributionReport,
  CruxReport,
  CruxSetChangeRow,
  CruxSetReport,
  EvidenceReport,
  SensitivityReport,
} from '../../analysis/reports.js';
import type { Ledger } from '../../analysis/ledger.js';
import type { Metric } from '../../analysis/metrics.js';
import { drawTornado, drawWaterfall } from './text-charts.js';
import { unitLabel } from '../../model/units.js';

/** Rendering options. */
export interface RenderOptions {
  readonly width: number;
  readonly ascii: boolean;
  /** Rows to show in long tables. */
  readonly top?: number;
}

/**
 * The analysis texts in the language in force. Every property read goes to the catalogue
 * (`msg.render.analysisText`), so a language switch shows on the next rendering.
 */
export const RENDER_MESSAGES: Catalogue['render']['analysisText'] = new Proxy(
  {} as Catalogue['render']['analysisText'],
  {
    get: (_target, key) => msg.render.analysisText[key as keyof Catalogue['render']['analysisText']],
  },
);

function pct(share: number): string {
  return `${formatNumber(share * 100, 3)}%`;
}

/** What a sensitivity input is (assumption or lever), in words; the JSON keeps the id. */
function kindName(kind: string): string {
  return (msg.render.analysisText.inputKinds as Readonly<Record<string, string>>)[kind] ?? kind;
}

function end(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Renders a sensitivity report: tornado chart, then the inputs with values and sources. */
export function renderSensitivity(r: SensitivityReport, scenarioName: string, o: RenderOptions): string {
  const M = msg.render.analysisText;
  const top = o.top ?? 15;
  const rows = r.rows.slice(0, top);
  const lines = [
    M.sensitivityTitle(r.metric.label, unitLabel(r.metric.unit), scenarioName),
    M.sensitivityHow,
    M.central(formatNumber(r.base), unitLabel(r.metric.unit)),
  ];
  if (r.ensemble !== undefined) {
    const e = r.ensemble;
    lines.push(
      M.ensemble(
        e.runs,
        e.seed,
        formatNumber(e.p10),
        formatNumber(e.p50),
        formatNumber(e.p90),
        unitLabel(r.metric.unit),
      ),
    );
  }
  lines.push('');
  const bars = rows.map((row) => ({
    label: row.id,
    atLow: row.atLow,
    atHigh: row.atHigh,
    note: `${formatNumber(row.low)} → ${formatNumber(row.atLow)} | ${formatNumber(row.high)} → ${formatNumber(row.atHigh)}`,
  }));
  lines.push(...drawTornado(bars, r.base, formatNumber(r.base), { width: o.width, ascii: o.ascii }));
  lines.push('', M.details);
  for (const row of rows) lines.push(M.detailRow(row.id, kindName(row.kind), row.camp, row.label, row.source));
  if (r.rows.length > rows.length) lines.push(M.more(r.rows.length - rows.length));
  lines.push('', M.disclaimer);
  return end(lines);
}

/** Renders a crux report. */
export function renderCrux(r: CruxReport, names: { a: string; b: string }, metric: Metric, o: RenderOptions): string {
  const M = msg.render.analysisText;
  const top = o.top ?? 15;
  const unit = metric.unit;
  const answer = r.leader === 'A' ? M.yes : r.leader === 'B' ? M.no : M.tie;
  const lines = [
    M.cruxQuestion(names.a, names.b, metric.label),
    M.cruxCentral(answer, formatNumber(Math.abs(r.margin)), unit, formatNumber(r.a), formatNumber(r.b)),
    M.cruxEnsemble(
      r.ensemble.runs,
      r.ensemble.seed,
      pct(r.ensemble.shareABetter),
      formatSigned(r.ensemble.advantage.p10),
      formatSigned(r.ensemble.advantage.p90),
      unit,
    ),
    '',
  ];
  const cruxes = r.rows.filter((row) => row.flip !== null);
  const holds = r.rows.filter((row) => row.flip === null);
  if (cruxes.length === 0) lines.push(M.noCrux);
  else {
    lines.push(M.cruxHeader);
    cruxes.slice(0, top).forEach((row, i) => {
      lines.push(
        M.cruxRow(
          i + 1,
          row.id,
          formatNumber(row.value),
          formatNumber(row.flip ?? Number.NaN, 4),
          pct(row.distance ?? Number.NaN),
          `${formatNumber(row.low)}–${formatNumber(row.high)} ${unitLabel(row.unit)}`.trimEnd(),
        ),
      );
      lines.push(`       ${row.label}. ${row.source}`);
    });
    if (cruxes.length > top) lines.push(M.more(cruxes.length - top));
  }
  if (r.checks.length > 0) {
    lines.push('', M.checksHeader);
    for (const c of r.checks)
      lines.push(M.check(c.id, formatNumber(c.value), pct(c.paired.shareABetter), c.paired.runs));
  }
  if (holds.length > 0) {
    lines.push('', M.holds(holds.length));
    for (const row of holds.slice(0, 5)) lines.push(M.holdsRow(row.id, formatSigned(row.closestMargin), unit));
    if (holds.length > 5) lines.push(M.more(holds.length - 5));
  }
  lines.push('', M.disclaimer);
  return end(lines);
}

/** A change of a crux set in words: "label: from → to unit" (camp ids for a camp switch). */
function changeText(c: CruxSetChangeRow): string {
  const M = msg.render.analysisText;
  if (c.kind === 'camp') return M.setCamp(c.id, c.label, String(c.from), String(c.to));
  return M.setValue(c.id, c.label, formatNumber(Number(c.from)), formatNumber(Number(c.to)), unitLabel(c.unit));
}

/** Renders "what you would have to believe": the verdict, then the sets that flip it, each with its sources. */
export function renderCruxSets(
  r: CruxSetReport,
  names: { a: string; b: string },
  metric: Metric,
  o: RenderOptions,
): string {
  const M = msg.render.analysisText;
  const top = o.top ?? 15;
  const unit = unitLabel(metric.unit);
  const e = r.verdict.effect;
  const leader = r.verdict.leader === 'A' ? names.a : r.verdict.leader === 'B' ? names.b : undefined;
  const lines = [
    M.cruxQuestion(names.a, names.b, metric.label),
    leader === undefined
      ? M.setVerdictTie(r.runs, r.seed)
      : M.setVerdict(
          leader,
          r.runs,
          r.seed,
          formatSigned(e.p50),
          formatSigned(e.p10),
          formatSigned(e.p90),
          unit,
          pct(e.winShare),
        ),
    '',
  ];
  if (!r.centralAgrees && leader !== undefined) lines.push(M.setCentralDisagrees(formatSigned(r.centralMargin), unit));
  else if (r.sets.length === 0) lines.push(M.setNone(r.maxSet));
  else {
    lines.push(M.setHeader(r.maxSet), M.setDistanceRule, '');
    r.sets.slice(0, top).forEach((set, i) => {
      const x = set.effect;
      lines.push(
        M.setRow(
          i + 1,
          formatNumber(set.distance),
          formatSigned(x.p50),
          formatSigned(x.p10),
          formatSigned(x.p90),
          unit,
          pct(x.winShare),
        ),
      );
      for (const c of set.changes) lines.push(`       ${changeText(c)}`, `         ${c.source}`);
    });
    if (r.sets.length > top) lines.push(M.more(r.sets.length - top));
  }
  if (r.sets.length === 0 && r.closest !== undefined && leader !== undefined) {
    lines.push(
      M.setClosest(
        r.closest.changes.map(changeText).join('; '),
        formatSigned(r.closest.margin),
        formatSigned(r.centralMargin),
        unit,
      ),
    );
  }
  const s = r.search;
  lines.push('', M.setSearch(s.options, s.flat, s.screened, s.candidates, s.checked, s.ensembleEvaluations, r.runs));
  lines.push('', M.disclaimer);
  return end(lines);
}

/** Renders an evidence-set report. */
export function renderEvidence(r: EvidenceReport, names: { a: string; b: string }, metric: Metric): string {
  const M = msg.render.analysisText;
  const lines = [M.evidenceVerdict(names.a, names.b, metric.label, r.kCentral, r.n)];
  if (r.kEnsemble !== undefined) lines.push(M.evidenceEnsemble(r.kEnsemble, r.n, r.runs, r.seed));
  lines.push('', M.contested);
  for (const c of r.contested) lines.push(`  ${c.id} (${c.label}): ${c.camps.map((k) => k.id).join(', ')}`);
  if (r.droppedOverrides.length > 0) lines.push(M.dropped(r.droppedOverrides.join(', ')));
  lines.push('');
  if (r.failing.length === 0) lines.push(M.noneFail);
  else {
    lines.push(M.failingHeader);
    for (const row of r.failing) {
      lines.push(
        `  ${Object.entries(row.set)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}`,
      );
      lines.push(
        M.failRow(
          formatSigned(row.central),
          row.ensembleMedian === undefined ? '–' : formatSigned(row.ensembleMedian),
          row.shareABetter === undefined ? '–' : pct(row.shareABetter),
          unitLabel(metric.unit),
        ),
      );
    }
  }
  lines.push('', M.disclaimer);
  return end(lines);
}

/** Renders an attribution report: waterfall, shares, interaction and the split by year. */
export function renderAttribution(
  r: AttributionReport,
  names: { a: string; b: string },
  metric: Metric,
  o: RenderOptions,
): string {
  const M = msg.render.analysisText;
  const unit = metric.unit;
  const lines = [
    M.attributionTitle(names.a, names.b, metric.label),
    M.attributionTotal(formatSigned(r.total), unit, formatNumber(r.start), formatNumber(r.end)),
  ];
  if (r.grouped) lines.push(M.grouped(r.differingLevers.length));
  if (r.rows.length === 0) {
    lines.push(M.noPlayers, '', M.disclaimer);
    return end(lines);
  }
  lines.push('');
  lines.push(
    ...drawWaterfall(
      { label: `B: ${names.b}`, value: r.start, note: formatNumber(r.start) },
      r.rows.map((row) => ({ label: row.id, delta: row.shapley, note: formatSigned(row.shapley) })),
      { label: `A: ${names.a}`, value: r.end, note: formatNumber(r.end) },
      { width: o.width, ascii: o.ascii },
    ),
  );
  lines.push('', M.attributionHeader);
  for (const row of r.rows) {
    lines.push(`  ${row.id}: ${formatSigned(row.shapley)} | ${formatSigned(row.oneAtATime)} ${unit}  (${row.label})`);
  }
  lines.push(M.interaction(formatSigned(r.interaction), unit), '', M.byYear);
  const labelW = Math.min(24, Math.max(4, ...r.rows.map((row) => row.id.length)));
  const cell = (s: string): string => s.padStart(8);
  lines.push(`${''.padEnd(labelW)}${r.years.map((y) => cell(String(y))).join('')}`);
  for (const row of r.rows) {
    lines.push(
      `${row.id.slice(0, labelW).padEnd(labelW)}${row.shapleyByYear.map((v) => cell(formatSigned(v, 2))).join('')}`,
    );
  }
  lines.push('', M.disclaimer);
  return end(lines);
}

/** Renders the cost ledger. */
export function renderLedger(l: Ledger, name: string): string {
  const M = msg.render.analysisText;
  const labelW = Math.max(...[...l.lines, l.net].map((x) => x.label.length));
  const cell = (s: string): string => s.padStart(7);
  const lines = [M.ledgerTitle(name), ''];
  lines.push(`${''.padEnd(labelW)}${l.years.map((y) => cell(String(y))).join('')}${cell(M.ledgerTotal)}`);
  for (const line of [...l.lines, l.net]) {
    lines.push(
      `${line.label.padEnd(labelW)}${line.byYear.map((v) => cell(formatNumber(v, 2))).join('')}${cell(formatNumber(line.total, 3))}`,
    );
  }
  lines.push('', M.ledgerVs(formatSigned(l.extraNetCost), formatNumber(l.baselineNetTotal)));
  lines.push(
    l.dollarsPerHomicideAverted === null
      ? M.notAverted(formatNumber(l.homicidesAverted))
      : M.averted(formatNumber(l.homicidesAverted), formatNumber(l.dollarsPerHomicideAverted)),
  );
  lines.push('', M.drivers);
  for (const line of [...l.lines, l.net]) {
    const ids = line.drivers.map((d) => `${d.id} (${d.label})`).join('; ');
    lines.push(`  ${line.label}: ${ids === '' ? M.noDrivers : ids}`);
  }
  const hom = l.homicideDrivers.map((d) => d.id).join(', ');
  lines.push(`  ${M.homicidesLine}: ${hom === '' ? M.noDrivers : hom}`);
  lines.push('', M.disclaimer);
  return end(lines);
}

/**
 * One line of compact JSON of the value `build` returns. The value is built and written with English in force,
 * so every label in it is English whatever language the user reads: JSON is the same data in every language.
 */
export function jsonLine(build: () => unknown): string {
  return inLang('en', () => `${JSON.stringify(build())}\n`);
}

/**
 * Converts the report `build` returns to indented JSON text: typed arrays become arrays, non-finite numbers
 * become null. Built and written with English in force, as `jsonLine` is: JSON is the same in every language.
 */
export function toJson(build: () => unknown): string {
  return inLang(
    'en',
    () =>
      `${JSON.stringify(
        build(),
        (_key, v: unknown) => {
          if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
          if (typeof v === 'number' && !Number.isFinite(v)) return null;
          return v;
        },
        2,
      )}\n`,
  );
}
