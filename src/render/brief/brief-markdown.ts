/**
 * The brief as Markdown: the same sections as the HTML page, with each chart given as its narration and a
 * table of yearly medians.
 */
import { formatNumber } from '../../text/format.js';
import { msg } from '../../text/i18n.js';
import type { BriefData } from './brief-types.js';
import {
  assumptionGroups,
  attributionYearTable,
  changedText,
  confidenceText,
  glance,
  ledgerColumns,
  leverSplit,
  spanText,
  kindText,
  chartYearRows,
  hindcastRows,
  hindcastScoreLine,
  ledgerTotals,
  ledgersOf,
  num,
  perHomicideRow,
  pctText,
  rangeText,
  signed,
  sourceText,
  tableYears,
  theoryRows,
} from './brief-text.js';
import { unitLabel } from '../../model/units.js';

/**
 * Escapes what would turn scenario text into markup anywhere in a line: backslashes, link and image brackets
 * (`[t](url)`, `![t](url)`, `[t]: url`, so a viewer never loads or links a remote address) and HTML.
 */
function mdInline(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&').replace(/</g, '&lt;');
}

/** Makes text safe inside a Markdown table cell (pipes escaped, line breaks flattened). */
export function mdCell(text: string): string {
  return mdInline(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

/** Makes text safe as a Markdown paragraph (no links, images, HTML, or headings and markers at line starts). */
function mdText(text: string): string {
  return mdInline(text.replace(/\r?\n/g, ' '))
    .replace(/^([#>*+-])/, '\\$1')
    .trim();
}

/** A shell code block (backtick runs in the text cannot close it early). */
function fence(command: string): string {
  return `\`\`\`sh\n${command.replace(/```/g, '` ` `')}\n\`\`\``;
}

/** Builds a Markdown table from a header row and body rows. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Renders the brief as Markdown. Deterministic: the same data always gives the same text. */
export function briefMarkdown(data: BriefData): string {
  const T = msg.render.brief;
  const out: string[] = [];
  const push = (...blocks: string[]): void => {
    out.push(...blocks);
  };
  push(`# ${mdText(data.title)}`, `> **${msg.common.notForecast}** ${T.notForecastLong}`);

  // At a glance: the claim, its effect and wins, the top cruxes and the levers that carry the difference.
  const g = glance(data);
  const list = (items: readonly string[]): string => items.map((x, i) => `${i + 1}. ${mdText(x)}`).join('\n');
  push(`## ${T.glance}`);
  if (g.claim) push(`**${mdText(g.claim)}**`);
  if (g.effect && g.won)
    push(
      table(
        [T.field, T.value],
        [
          [T.glanceEffect, g.effect],
          [T.glanceWon, g.won],
        ],
      ),
    );
  push(`### ${T.glanceCruxes}`, g.cruxes.length ? list(g.cruxes) : T.glanceNoCruxes);
  push(
    `### ${T.glanceLevers}`,
    g.levers.length ? list(g.levers) : data.attribution ? T.glanceNoLevers : T.glanceNoAttribution,
  );
  push(T.glanceNext, `${T.reproduce}`, fence(data.reproduce));

  // Scenarios.
  const scen = [data.a, ...(data.b ? [data.b] : [])];
  const head = [T.field, T.scenarioA, ...(data.b ? [T.scenarioB] : [])];
  const field = (label: string, get: (s: (typeof scen)[number]) => string): string[] => [label, ...scen.map(get)];
  push(
    `## ${T.scenarios}`,
    table(head, [
      field(T.name, (s) => s.name),
      field(T.description, (s) => s.description),
      field(T.file, (s) => s.file),
      field(T.fingerprint, (s) => s.fingerprint),
      field(T.seed, (s) => s.seed),
      field(T.runs, (s) => String(s.runs)),
      field(T.modelVersion, (s) => s.modelVersion),
      field(T.settingSources, (s) => (s.sources ?? []).join('; ') || '—'),
    ]),
  );

  // Levers.
  const levers = leverSplit(data);
  push(`## ${T.levers}`);
  if (levers.rows.length)
    push(
      table(
        [T.lever, T.unit, T.scenarioA, ...(data.b ? [T.scenarioB] : []), T.articleWords],
        levers.rows.map((r) => [r.label, unitLabel(r.unit), r.a, ...(r.b !== undefined ? [r.b] : []), r.articleWords]),
      ),
    );
  if (levers.sentence) push(mdText(levers.sentence));

  // Charts.
  if (data.charts.length) {
    push(`## ${T.charts}`, T.chartsMarkdownNote);
    data.charts.forEach((c, i) => {
      const years = tableYears(c);
      const rows = chartYearRows(c, years);
      const refBand = c.reference?.p10 !== undefined && c.reference.p90 !== undefined;
      const refHead = c.reference ? (refBand ? [T.p10B, T.p50B, T.p90B] : [c.reference.label]) : [];
      const refCells = (r: (typeof rows)[number]): string[] =>
        r.ref === undefined
          ? []
          : refBand
            ? [num(r.ref10 ?? Number.NaN), num(r.ref), num(r.ref90 ?? Number.NaN)]
            : [num(r.ref)];
      push(
        `### ${T.figure} ${i + 1}. ${mdText(c.label)} (${mdText(unitLabel(c.unit))})`,
        mdText(c.narration),
        table(
          [T.year, `${T.p10} (A)`, `${T.p50} (A)`, `${T.p90} (A)`, ...refHead],
          rows.map((r) => [String(r.year), num(r.p10), num(r.p50), num(r.p90), ...refCells(r)]),
        ),
      );
      if (c.history) push(`${T.historySource} ${mdText(c.history.label)}, ${mdText(c.history.source)}`);
      if (c.hindcast) {
        const h = c.hindcast;
        push(
          `#### ${T.hindcastTitle(h.until)}`,
          mdText(`${h.summary} ${T.hindcastNote(h.until, h.runs, h.seed)}`),
          table([T.year, T.observed, T.p10, T.p50, T.p90, T.inside], hindcastRows(h)),
          mdText(hindcastScoreLine(h)),
        );
      }
    });
  }

  // Theories of violence.
  if (data.theories) {
    push(
      `## ${T.theories}`,
      mdText(data.theories.summary),
      mdText(T.theoriesNote),
      table([T.theory, T.skill, T.pooledShare, T.inScenario, T.source], theoryRows(data.theories)),
    );
  }

  // Comparison.
  if (data.compare) {
    const cmp = data.compare;
    const withShare = cmp.rows.some((r) => r.shareABetter !== undefined);
    const withRange = cmp.rows.some((r) => r.diffP10 !== undefined);
    push(
      `## ${T.compare}`,
      mdText(cmp.note),
      table(
        [
          T.metric,
          T.unit,
          cmp.aLabel,
          cmp.bLabel,
          T.difference,
          ...(withRange ? [T.differenceRange] : []),
          T.percent,
          ...(withShare ? [T.shareBetter] : []),
        ],
        cmp.rows.map((r) => [
          r.label,
          unitLabel(r.unit),
          num(r.a),
          num(r.b),
          signed(r.diff),
          ...(withRange ? [rangeText(r.diffP10, r.diffP90)] : []),
          pctText(r.pct),
          ...(withShare ? [r.shareABetter === undefined ? '—' : `${formatNumber(100 * r.shareABetter, 3)}%`] : []),
        ]),
      ),
    );
  }

  // Claim cards.
  if (data.claims?.length) {
    push(`## ${T.claims}`, T.claimsNote);
    for (const c of data.claims) push(`> ${mdText(c.sentence)}`, fence(c.command));
  }

  // Cruxes: those that flip the ranking in a table, those that hold in one sentence.
  if (data.cruxes) {
    const c = data.cruxes;
    const flips = c.rows.filter((r) => r.flip !== null);
    const holds = c.rows.filter((r) => r.flip === null);
    push(`## ${T.cruxes}`, mdText(c.summary));
    if (flips.length)
      push(
        T.cruxesNote,
        table(
          [T.assumption, T.current, T.range, T.flipsAt, T.distance, T.source],
          flips.map((r) => [
            `${r.label} (${r.id})`,
            `${num(r.current)} ${unitLabel(r.unit)}`.trim(),
            spanText(r.low, r.high),
            num(r.flip ?? Number.NaN),
            r.distance === null ? '—' : `${formatNumber(100 * r.distance, 2)}%`,
            sourceText({ kind: r.kind ?? 'research', source: r.source }),
          ]),
        ),
      );
    if (holds.length) push(mdText(T.holdsRest(holds.length, holds.map((r) => r.label).join('; '))));
  }

  // Sensitivity.
  if (data.sensitivity) {
    const s = data.sensitivity;
    push(
      `## ${T.sensitivity}: ${mdText(s.metricLabel)}`,
      mdText(s.narration),
      T.sensitivityNote,
      table(
        [T.assumption, T.atLow, T.atHigh, T.swing, T.source],
        s.rows.map((r) => [r.label, num(r.low), num(r.high), signed(r.high - r.low), r.source || T.guess]),
      ),
    );
  }

  // Attribution.
  if (data.attribution) {
    const at = data.attribution;
    push(
      `## ${T.attribution}: ${mdText(at.metricLabel)}`,
      mdText(at.narration),
      T.attributionNote,
      table(
        [T.leverOrFamily, T.shapley, T.oneAtATime],
        [
          [at.startLabel, num(at.start), ''],
          ...at.rows.map((r) => [r.label, signed(r.shapley), signed(r.oneAtATime)]),
          [T.interaction, '', signed(at.interaction)],
          [at.endLabel, num(at.end), ''],
        ],
      ),
    );
    if (at.byYear) {
      const t = attributionYearTable(at.byYear);
      push(
        `### ${T.byYear}`,
        mdText(at.byYear.narration),
        T.byYearNote(unitLabel(at.byYear.unit)),
        table(t.head, t.rows),
      );
    }
  }

  // Evidence sets.
  if (data.evidence) {
    const ev = data.evidence;
    push(
      `## ${T.evidence}: ${mdText(ev.metricLabel)}`,
      `**${mdText(ev.summary)}**`,
      T.evidenceNote,
      table(
        [T.contestedHead, T.camps],
        ev.contested.map((c) => [`${c.label} (${c.id})`, c.camps.join(', ')]),
      ),
    );
    if (ev.command) push(T.evidenceCommand, fence(ev.command));
    if (ev.failingCount === 0) push(T.noneFail);
    else {
      push(
        `### ${T.failingSets}`,
        table(
          [...ev.contested.map((c) => c.id), T.margin(unitLabel(ev.unit))],
          ev.failing.map((f) => [...ev.contested.map((c) => f.set[c.id] ?? '—'), signed(f.margin)]),
        ),
      );
      if (ev.failingCount > ev.failing.length) push(T.moreFailing(ev.failingCount - ev.failing.length));
    }
  }

  // Ledgers, then each scenario's cost per homicide averted.
  const ledgers = ledgersOf(data);
  for (const l of ledgers) {
    const t = ledgerTotals(l.rows);
    const cols = ledgerColumns(l);
    const shown = cols.filter((c) => !c.zero);
    push(`## ${T.ledger}: ${mdText(l.scenarioLabel)}`);
    if (shown.length === 0) {
      push(mdText(T.ledgerZero(l.scenarioLabel)));
      continue;
    }
    const zero = cols.filter((c) => c.zero).map((c) => c.head);
    push(
      T.ledgerNote,
      table(
        [T.year, ...shown.map((c) => c.head)],
        [
          ...l.rows.map((r) => [String(r.year), ...shown.map((c) => num(r[c.key]))]),
          [T.total, ...shown.map((c) => num(t[c.key]))],
        ],
      ),
    );
    if (zero.length) push(mdText(T.ledgerZeroColumns(zero.join('; '))));
    if (l.summary) push(mdText(l.summary));
  }
  // With one scenario the ledger's own sentence already says it.
  const perRows = ledgers
    .filter((l) => !ledgerColumns(l).every((c) => c.zero))
    .map(perHomicideRow)
    .filter((r): r is string[] => r !== undefined);
  if (perRows.length > 1) {
    push(
      `### ${T.perHomicide}`,
      T.perHomicideNote,
      table([T.scenario, T.netTotal, T.extraNet, T.averted, T.perAverted], perRows),
    );
  }

  if (data.omitted?.length) push(`## ${T.omitted}`, data.omitted.map((o) => `- ${mdText(o)}`).join('\n'));

  // Assumptions, in an appendix.
  push(
    `## ${T.appendix}: ${T.assumptions}`,
    T.assumptionsNote,
    table(
      [T.id, T.label, T.value, T.unit, T.range, T.kind, T.confidence, T.source, T.camp, T.changed],
      assumptionGroups(data.assumptions).map(({ first: a, sameIds }) => [
        a.id,
        sameIds.length ? `${a.label} ${T.sameAs(sameIds.join(', '))}` : a.label,
        num(a.value),
        unitLabel(a.unit),
        spanText(a.low, a.high),
        kindText(a.kind),
        confidenceText(a),
        sourceText(a),
        a.camp ?? '',
        changedText(a),
      ]),
    ),
  );
  push(`---`, `*${T.footer}*`);
  return `${out.join('\n\n')}\n`;
}
