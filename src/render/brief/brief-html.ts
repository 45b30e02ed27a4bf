/**
 * The brief as one self-contained HTML page: inline CSS (with print rules), inline SVG charts, no scripts,
 * no external links. It opens offline and prints well in greyscale.
 */
import { escapeXml as esc, formatNumber } from '../../text/format.js';
import { bandChartSvg } from '../svg/band-chart.js';
import { tornadoSvg, waterfallSvg } from '../svg/bar-charts.js';
import { currentLang, msg } from '../../text/i18n.js';
import type { BriefData } from './brief-types.js';
import {
  assumptionGroups,
  spanText,
  attributionYearTable,
  changedText,
  confidenceText,
  glance,
  ledgerColumns,
  leverSplit,
  kindText,
  hindcastRows,
  hindcastScoreLine,
  ledgersOf,
  ledgerTotals,
  num,
  pctText,
  rangeText,
  perHomicideRow,
  signed,
  sourceText,
  theoryRows,
} from './brief-text.js';
import { unitLabel } from '../../model/units.js';

/** Chart width in SVG units; the page scales charts to fit. */
const CHART_W = 760;
const CHART_H = 320;

export const BRIEF_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 860px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.6rem; margin: 0.4rem 0 0.8rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid #bbb; padding-bottom: 0.2rem; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 0.4rem; break-after: avoid; }
.banner { border: 3px solid #1a1a1a; padding: 0.6rem 0.9rem; margin: 0 0 1rem; }
.banner strong { font-size: 1.1rem; }
pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
pre { background: #f2f2f2; border: 1px solid #ccc; padding: 0.6rem; white-space: pre-wrap; overflow-wrap: normal; word-break: normal; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; font-size: 0.88rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: break-word; word-break: normal; hyphens: manual; }
th { background: #eee; }
td.n, td.y { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; }
td code { font-size: 0.85em; color: #444; }
table.assumptions { font-size: 0.78rem; }
table.assumptions td.n { white-space: normal; }
table.assumptions tbody { break-inside: avoid; }
table.assumptions tr:first-child td { border-bottom: none; }
table.assumptions tr.source td { border-top: none; color: #333; }
table.assumptions .label { font-weight: 600; }
figure { margin: 1rem 0 1.6rem; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 0.92rem; margin-top: 0.3rem; }
.note { color: #444; font-size: 0.9rem; }
.claim { border-left: 4px solid #1a1a1a; padding: 0.1rem 0 0.1rem 0.8rem; margin: 0.8rem 0; break-inside: avoid; }
.claim p { margin: 0.2rem 0 0.4rem; font-weight: 600; }
.glance .lead { font-size: 1.15rem; font-weight: 600; border-left: 4px solid #1a1a1a; padding-left: 0.8rem; }
.glance table { font-size: 0.95rem; }
.glance ol { margin: 0.3rem 0 0.8rem; padding-left: 1.4rem; }
.small { font-size: 0.85em; }
footer { margin-top: 2.4rem; border-top: 1px solid #bbb; padding-top: 0.6rem; color: #444; font-size: 0.85rem; }
@page { margin: 11mm 11mm 12mm; }
@media print {
  body { font-size: 8.8pt; line-height: 1.28; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 16pt; }
  h2 { font-size: 12.5pt; margin: 0.8rem 0 0.35rem; }
  h3 { font-size: 10.5pt; margin: 0.6rem 0 0.25rem; }
  table { font-size: 7.8pt; margin: 0.3rem 0 0.6rem; }
  th, td { padding: 0.12rem 0.3rem; }
  table.assumptions { font-size: 6.8pt; line-height: 1.2; }
  table.assumptions td { padding: 0.08rem 0.25rem; }
  .glance { break-after: page; }
  .glance .lead { font-size: 12pt; }
  .glance table { font-size: 9.5pt; }
  section.page { break-before: page; }
  figure { margin: 0.4rem 0 0.8rem; }
  figure.band svg { max-height: 47mm; }
  figure.bars svg { max-height: 68mm; }
  figcaption { font-size: 8pt; }
  .note { font-size: 8pt; }
  pre { background: none; padding: 0.3rem; }
  th { background: none; }
  tr { break-inside: avoid; }
  footer { margin-top: 0.6rem; padding-top: 0.3rem; }
  p { margin: 0.35rem 0; }
}
`;

/** A table cell; numbers are right-aligned. */
function td(text: string, numeric = false): string {
  return numeric ? `<td class="n">${esc(text)}</td>` : `<td>${esc(text)}</td>`;
}

/** A year cell: never broken inside. */
function tdYear(text: string): string {
  return `<td class="y">${esc(text)}</td>`;
}

/** An id in a cell, in code, which may wrap only after an underscore. */
function idHtml(id: string): string {
  return `<code>${esc(id).replace(/_/g, '_<wbr>')}</code>`;
}

/** A header row. */
function thead(cells: readonly string[]): string {
  return `<thead><tr>${cells.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
}

/** Wraps a chart in a figure with its narration as the caption. */
function figure(n: number, svg: string, caption: string, extra = '', kind: 'band' | 'bars' = 'band'): string {
  return `<figure class="${kind}">${svg}<figcaption><strong>${esc(msg.render.brief.figure)} ${n}.</strong> ${esc(caption)}${extra}</figcaption></figure>`;
}

/** The first page: the claim, its effect and share of paired runs won, the top cruxes and the levers. */
function glanceHtml(data: BriefData): string {
  const T = msg.render.brief;
  const g = glance(data);
  const list = (items: readonly string[]): string => `<ol>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>`;
  return [
    `<h2>${esc(T.glance)}</h2>`,
    g.claim ? `<p class="lead">${esc(g.claim)}</p>` : '',
    g.effect && g.won
      ? `<table><tbody><tr><th scope="row">${esc(T.glanceEffect)}</th>${td(g.effect)}</tr><tr><th scope="row">${esc(T.glanceWon)}</th>${td(g.won)}</tr></tbody></table>`
      : '',
    `<h3>${esc(T.glanceCruxes)}</h3>`,
    g.cruxes.length ? list(g.cruxes) : `<p>${esc(T.glanceNoCruxes)}</p>`,
    `<h3>${esc(T.glanceLevers)}</h3>`,
    g.levers.length ? list(g.levers) : `<p>${esc(data.attribution ? T.glanceNoLevers : T.glanceNoAttribution)}</p>`,
  ].join('');
}

/** Renders the brief as a self-contained HTML page. Deterministic: the same data always gives the same page. */
export function briefHtml(data: BriefData): string {
  const T = msg.render.brief;
  const body: string[] = [];
  const scen = [data.a, ...(data.b ? [data.b] : [])];
  let fig = 0;

  body.push(
    `<section class="glance"><header><p class="banner"><strong>${esc(msg.common.notForecast)}</strong> ${esc(T.notForecastLong)}</p>`,
    `<h1>${esc(data.title)}</h1></header>`,
    glanceHtml(data),
    `<p class="note">${esc(T.glanceNext)}</p>`,
    `<p>${esc(T.reproduce)}</p><pre><code>${esc(data.reproduce)}</code></pre></section>`,
  );

  // Scenarios.
  const fields: [string, (s: (typeof scen)[number]) => string][] = [
    [T.name, (s) => s.name],
    [T.description, (s) => s.description],
    [T.file, (s) => s.file],
    [T.fingerprint, (s) => s.fingerprint],
    [T.seed, (s) => s.seed],
    [T.runs, (s) => String(s.runs)],
    [T.modelVersion, (s) => s.modelVersion],
    [T.settingSources, (s) => (s.sources ?? []).join('; ') || '—'],
  ];
  body.push(
    `<section class="scenarios"><h2>${esc(T.scenarios)}</h2><table>${thead([T.field, T.scenarioA, ...(data.b ? [T.scenarioB] : [])])}<tbody>`,
    ...fields.map(
      ([label, get]) => `<tr><th scope="row">${esc(label)}</th>${scen.map((s) => td(get(s))).join('')}</tr>`,
    ),
    `</tbody></table>`,
  );
  const levers = leverSplit(data);
  body.push(`<h3>${esc(T.levers)}</h3>`);
  if (levers.rows.length)
    body.push(
      `<table>${thead([T.lever, T.unit, T.scenarioA, ...(data.b ? [T.scenarioB] : []), T.articleWords])}<tbody>`,
      ...levers.rows.map(
        (r) =>
          `<tr>${td(r.label)}${td(unitLabel(r.unit))}${td(r.a, true)}${r.b !== undefined ? td(r.b, true) : ''}${td(r.articleWords)}</tr>`,
      ),
      `</tbody></table>`,
    );
  if (levers.sentence) body.push(`<p class="note">${esc(levers.sentence)}</p>`);
  body.push(`</section>`);

  // Charts.
  if (data.charts.length) {
    body.push(`<section class="page charts"><h2>${esc(T.charts)}</h2>`);
    for (const c of data.charts) {
      const svg = bandChartSvg({
        id: c.id,
        title: `${c.label} (${unitLabel(c.unit)})`,
        unit: c.unit,
        months: c.months,
        band: c.bandA,
        startIndex: c.startIndex,
        width: CHART_W,
        height: CHART_H,
        narration: c.narration,
        scenarioLabel: T.medianOf(data.a.name),
        ...(c.reference?.p10 && c.reference.p90
          ? {
              baselineBand: { p10: c.reference.p10, p90: c.reference.p90 },
              bandLabel: T.bandOf(data.a.name),
              baselineBandLabel: T.hatchedBandOf(c.reference.label),
            }
          : {}),
        ...(c.reference ? { baseline: c.reference.p50, baselineLabel: T.medianOf(c.reference.label) } : {}),
        ...(c.history
          ? { history: { months: c.history.months, values: c.history.values, label: c.history.label } }
          : {}),
        ...(c.historyBand ? { fitBand: { ...c.historyBand, label: T.fitBandOf(data.a.name) } } : {}),
        ...(c.hindcast
          ? {
              hindcast: {
                until: c.hindcast.until,
                years: c.hindcast.years,
                label: T.hindcastOf(c.hindcast.until, c.hindcast.theory),
              },
            }
          : {}),
      });
      const hist = c.history
        ? `<br><span class="small">${esc(T.historySource)} ${esc(c.history.label)}, ${esc(c.history.source)}</span>`
        : '';
      const hc = c.hindcast ? ` ${esc(c.hindcast.summary)}` : '';
      body.push(figure(++fig, svg, c.narration, `${hc}${hist}`));
      if (c.hindcast) {
        const h = c.hindcast;
        body.push(
          `<h3>${esc(T.hindcastTitle(h.until))}</h3><p class="note">${esc(T.hindcastNote(h.until, h.runs, h.seed))}</p><table class="hindcast">`,
          thead([T.year, T.observed, T.p10, T.p50, T.p90, T.inside]),
          `<tbody>`,
          ...hindcastRows(h).map(
            ([year, ...cells]) => `<tr>${tdYear(year ?? '')}${cells.map((x, i) => td(x, i < 4)).join('')}</tr>`,
          ),
          `</tbody></table><p>${esc(hindcastScoreLine(h))}</p>`,
        );
      }
    }
    body.push(`</section>`);
  }

  // Theories of violence.
  if (data.theories) {
    const t = data.theories;
    body.push(
      `<section><h2>${esc(T.theories)}</h2><p>${esc(t.summary)}</p><p class="note">${esc(T.theoriesNote)}</p><table class="theories">`,
      thead([T.theory, T.skill, T.pooledShare, T.inScenario, T.source]),
      `<tbody>`,
      ...theoryRows(t).map(
        ([label, skill, share, active, source]) =>
          `<tr>${td(label ?? '')}${td(skill ?? '', true)}${td(share ?? '', true)}${td(active ?? '')}${td(source ?? '')}</tr>`,
      ),
      `</tbody></table></section>`,
    );
  }

  // Comparison.
  if (data.compare) {
    const cmp = data.compare;
    const withShare = cmp.rows.some((r) => r.shareABetter !== undefined);
    const withRange = cmp.rows.some((r) => r.diffP10 !== undefined);
    body.push(
      `<section><h2>${esc(T.compare)}</h2><p class="note">${esc(cmp.note)}</p><table>`,
      thead([
        T.metric,
        T.unit,
        cmp.aLabel,
        cmp.bLabel,
        T.difference,
        ...(withRange ? [T.differenceRange] : []),
        T.percent,
        ...(withShare ? [T.shareBetter] : []),
      ]),
      `<tbody>`,
      ...cmp.rows.map(
        (r) =>
          `<tr>${td(r.label)}${td(unitLabel(r.unit))}${td(num(r.a), true)}${td(num(r.b), true)}${td(signed(r.diff), true)}${
            withRange ? td(rangeText(r.diffP10, r.diffP90), true) : ''
          }${td(pctText(r.pct), true)}${
            withShare ? td(r.shareABetter === undefined ? '—' : `${formatNumber(100 * r.shareABetter, 3)}%`, true) : ''
          }</tr>`,
      ),
      `</tbody></table></section>`,
    );
  }

  // Claim cards.
  if (data.claims?.length) {
    body.push(
      `<section class="claims"><h2>${esc(T.claims)}</h2><p class="note">${esc(T.claimsNote)}</p>`,
      ...data.claims.map(
        (c) => `<div class="claim"><p>${esc(c.sentence)}</p><pre><code>${esc(c.command)}</code></pre></div>`,
      ),
      `</section>`,
    );
  }

  // Cruxes: the assumptions that flip the ranking in a table, those that hold named in one sentence.
  if (data.cruxes) {
    const c = data.cruxes;
    const flips = c.rows.filter((r) => r.flip !== null);
    const holds = c.rows.filter((r) => r.flip === null);
    body.push(`<section class="cruxes"><h2>${esc(T.cruxes)}</h2><p>${esc(c.summary)}</p>`);
    if (flips.length)
      body.push(
        `<p class="note">${esc(T.cruxesNote)}</p><table>`,
        thead([T.assumption, T.current, T.range, T.flipsAt, T.distance, T.source]),
        `<tbody>`,
        ...flips.map(
          (r) =>
            `<tr><td>${esc(r.label)} ${idHtml(r.id)}</td>${td(`${num(r.current)} ${unitLabel(r.unit)}`.trim(), true)}${td(spanText(r.low, r.high), true)}${td(
              num(r.flip ?? Number.NaN),
              true,
            )}${td(r.distance === null ? '—' : `${formatNumber(100 * r.distance, 2)}%`, true)}${td(
              sourceText({ kind: r.kind ?? 'research', source: r.source }),
            )}</tr>`,
        ),
        `</tbody></table>`,
      );
    if (holds.length) body.push(`<p>${esc(T.holdsRest(holds.length, holds.map((r) => r.label).join('; ')))}</p>`);
    body.push(`</section>`);
  }

  // Sensitivity (tornado).
  if (data.sensitivity) {
    const s = data.sensitivity;
    const svg = tornadoSvg({
      id: 'sensitivity',
      title: `${T.sensitivity}: ${s.metricLabel}`,
      metric: s.metricLabel,
      unit: s.unit,
      base: s.base,
      rows: s.rows,
      width: CHART_W,
      narration: s.narration,
    });
    body.push(
      `<section><h2>${esc(T.sensitivity)}: ${esc(s.metricLabel)}</h2><p class="note">${esc(T.sensitivityNote)}</p>`,
    );
    body.push(figure(++fig, svg, s.narration, '', 'bars'));
    body.push(
      `<table>${thead([T.assumption, T.atLow, T.atHigh, T.swing])}<tbody>`,
      ...s.rows.map(
        (r) =>
          `<tr><td>${esc(r.label)} ${idHtml(r.id)}</td>${td(num(r.low), true)}${td(num(r.high), true)}${td(signed(r.high - r.low), true)}</tr>`,
      ),
      `</tbody></table><p class="note">${esc(T.sourcesInAppendix)}</p></section>`,
    );
  }

  // Attribution (waterfall).
  if (data.attribution) {
    const at = data.attribution;
    const svg = waterfallSvg({
      id: 'attribution',
      title: `${T.attribution}: ${at.metricLabel}`,
      metric: at.metricLabel,
      unit: at.unit,
      start: { label: at.startLabel, value: at.start },
      steps: [...at.rows.map((r) => ({ label: r.label, delta: r.shapley }))],
      endLabel: at.endLabel,
      width: CHART_W,
      narration: at.narration,
    });
    body.push(
      `<section><h2>${esc(T.attribution)}: ${esc(at.metricLabel)}</h2><p class="note">${esc(T.attributionNote)}</p>`,
    );
    body.push(figure(++fig, svg, at.narration, '', 'bars'));
    body.push(
      `<table>${thead([T.leverOrFamily, T.shapley, T.oneAtATime])}<tbody>`,
      `<tr>${td(at.startLabel)}${td(num(at.start), true)}${td('')}</tr>`,
      ...at.rows.map((r) => `<tr>${td(r.label)}${td(signed(r.shapley), true)}${td(signed(r.oneAtATime), true)}</tr>`),
      `<tr>${td(T.interaction)}${td('')}${td(signed(at.interaction), true)}</tr>`,
      `<tr class="total">${td(at.endLabel)}${td(num(at.end), true)}${td('')}</tr>`,
      `</tbody></table>`,
    );
    if (at.byYear) {
      const t = attributionYearTable(at.byYear);
      body.push(
        `<h3>${esc(T.byYear)}</h3><p>${esc(at.byYear.narration)}</p><p class="note">${esc(T.byYearNote(unitLabel(at.byYear.unit)))}</p><table>`,
        thead(t.head),
        `<tbody>`,
        ...t.rows.map(([year, ...cells]) => `<tr>${tdYear(year ?? '')}${cells.map((c) => td(c, true)).join('')}</tr>`),
        `</tbody></table>`,
      );
    }
    body.push(`</section>`);
  }

  // Evidence sets.
  if (data.evidence) {
    const ev = data.evidence;
    body.push(
      `<section><h2>${esc(T.evidence)}: ${esc(ev.metricLabel)}</h2><p><strong>${esc(ev.summary)}</strong></p><p class="note">${esc(T.evidenceNote)}</p><table>`,
      thead([T.contestedHead, T.camps]),
      `<tbody>`,
      ...ev.contested.map((c) => `<tr><td>${esc(c.label)} ${idHtml(c.id)}</td>${td(c.camps.join(', '))}</tr>`),
      `</tbody></table>`,
    );
    if (ev.command) body.push(`<p>${esc(T.evidenceCommand)}</p><pre><code>${esc(ev.command)}</code></pre>`);
    if (ev.failingCount === 0) body.push(`<p>${esc(T.noneFail)}</p>`);
    else {
      body.push(
        `<h3>${esc(T.failingSets)}</h3><table>`,
        thead([...ev.contested.map((c) => c.id), T.margin(unitLabel(ev.unit))]),
        `<tbody>`,
        ...ev.failing.map(
          (f) => `<tr>${ev.contested.map((c) => td(f.set[c.id] ?? '—')).join('')}${td(signed(f.margin), true)}</tr>`,
        ),
        `</tbody></table>`,
      );
      if (ev.failingCount > ev.failing.length)
        body.push(`<p class="note">${esc(T.moreFailing(ev.failingCount - ev.failing.length))}</p>`);
    }
    body.push(`</section>`);
  }

  // Ledgers, then each scenario's cost per homicide averted.
  const ledgers = ledgersOf(data);
  for (const l of ledgers) {
    const t = ledgerTotals(l.rows);
    const cols = ledgerColumns(l);
    const shown = cols.filter((c) => !c.zero);
    // A ledger that is zero throughout is one sentence, without a heading of its own.
    if (shown.length === 0) {
      body.push(`<p class="ledger-zero">${esc(T.ledgerZero(l.scenarioLabel))}</p>`);
      continue;
    }
    body.push(`<section class="ledger"><h2>${esc(T.ledger)}: ${esc(l.scenarioLabel)}</h2>`);
    {
      const cells = (r: Omit<(typeof l.rows)[number], 'year'>): string =>
        shown.map((c) => td(num(r[c.key]), true)).join('');
      const zero = cols.filter((c) => c.zero).map((c) => c.head);
      body.push(
        `<p class="note">${esc(T.ledgerNote)}</p><table>`,
        thead([T.year, ...shown.map((c) => c.head)]),
        `<tbody>`,
        ...l.rows.map((r) => `<tr>${tdYear(String(r.year))}${cells(r)}</tr>`),
        `<tr class="total">${td(T.total)}${cells(t)}</tr>`,
        `</tbody></table>`,
        zero.length ? `<p class="note">${esc(T.ledgerZeroColumns(zero.join('; ')))}</p>` : '',
        l.summary ? `<p>${esc(l.summary)}</p>` : '',
      );
    }
    body.push(`</section>`);
  }
  const perRows = ledgers
    .filter((l) => !ledgerColumns(l).every((c) => c.zero))
    .map(perHomicideRow)
    .filter((r): r is string[] => r !== undefined);
  // With one scenario the ledger's own sentence already says it.
  if (perRows.length > 1) {
    body.push(
      `<section><h3>${esc(T.perHomicide)}</h3><p class="note">${esc(T.perHomicideNote)}</p><table>`,
      thead([T.scenario, T.netTotal, T.extraNet, T.averted, T.perAverted]),
      `<tbody>`,
      ...perRows.map(([name, ...rest]) => `<tr>${td(name ?? '')}${rest.map((c) => td(c, true)).join('')}</tr>`),
      `</tbody></table></section>`,
    );
  }

  if (data.omitted?.length) {
    body.push(
      `<section><h2>${esc(T.omitted)}</h2><ul>${data.omitted.map((o) => `<li>${esc(o)}</li>`).join('')}</ul></section>`,
    );
  }

  body.push(`<footer><p>${esc(T.footer)}</p></footer>`);

  // Assumptions, in an appendix: one row of figures and, under it across the table, the source.
  body.push(
    `<section class="page appendix"><h2>${esc(T.appendix)}: ${esc(T.assumptions)}</h2><p class="note">${esc(T.assumptionsNote)}</p><table class="assumptions">`,
    `<colgroup><col style="width:60%"><col style="width:12%"><col style="width:10%"><col style="width:10%"><col style="width:8%"></colgroup>`,
    thead([T.assumption, T.value, T.range, T.kind, T.confidence]),
    ...assumptionGroups(data.assumptions).map(({ first: a, sameIds }) => {
      // Under the figures, across the table: the id, camp and change, those with the same figures, the source.
      const notes = [
        idHtml(a.id),
        ...[a.camp ? `${T.camp}: ${a.camp}` : '', a.changed ? `${T.changed}: ${changedText(a)}` : '']
          .filter((x) => x !== '')
          .map(esc),
        ...(sameIds.length ? [esc(T.sameAs('\u0000')).replace('\u0000', sameIds.map(idHtml).join(', '))] : []),
      ].join(' · ');
      const unit = unitLabel(a.unit);
      return `<tbody><tr><td>${esc(a.label)}</td>${td(`${num(a.value)} ${unit}`.trim(), true)}${td(
        spanText(a.low, a.high),
        true,
      )}${td(kindText(a.kind))}${td(confidenceText(a))}</tr><tr class="source"><td colspan="5" class="source">${notes} · <span class="label">${esc(T.source)}:</span> ${esc(sourceText(a))}</td></tr></tbody>`;
    }),
    `</table></section>`,
  );

  return htmlPage(data.title, BRIEF_CSS, body);
}

/** One self-contained page in the language in force: its title, inline CSS and body parts (empty ones left out). */
export function htmlPage(title: string, css: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${currentLang()}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body><main>',
    ...body.filter((b) => b !== ''),
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}
