/**
 * Pure helpers of the debate overlay: the metrics and views offered, the fair baseline, and each view's
 * narration sentence and text lines (tornado, crux list, waterfall, claim card), sized to a width.
 */
import { formatCommand } from '../analysis/claim.js';
import type { MetricId } from '../analysis/metrics.js';
import { drawTornado, drawWaterfall } from '../render/text/text-charts.js';
import type { Scenario } from '../model/types.js';
import { narrateBars } from '../render/narrate.js';
import type {
  DebateAttribution,
  DebateClaim,
  DebateCruxes,
  DebateCruxSets,
  DebateMetric,
  DebateSensitivity,
} from './engine-port.js';
import type { CruxSetChangeRow } from '../analysis/reports.js';
import { formatPercent } from '../text/format.js';
import { clipWords, fitWords, formatDelta, formatSig, textWidth, wrap } from './format.js';
import { msg } from '../text/i18n.js';
import { unitLabel } from '../model/units.js';

/** Metrics offered in the overlay, cycled with ←/→. */
export const DEBATE_METRIC_IDS: readonly MetricId[] = [
  'homicides_total',
  'homicides_2024',
  'revenue_total',
  'fiscal_total',
];

/** The overlay's views, switched with 1–4 or Tab. */
export const DEBATE_TABS = ['sensitivity', 'cruxes', 'attribution', 'claim'] as const;

/** One of the overlay's views. */
export type DebateTab = (typeof DEBATE_TABS)[number];

/** Paired runs behind the claim card (small, so it comes back in well under a second). */
export const CLAIM_RUNS = 200;

/** Wrap an index into [0, n). */
export function wrapIndex(i: number, n: number): number {
  return n <= 0 ? 0 : ((i % n) + n) % n;
}

/**
 * The baseline the scenario is argued against: the baseline's levers with the scenario's own assumption
 * settings, seed and runs (what `palancas claim FILE --vs status-quo` runs).
 */
export function debateBaseline(scenario: Scenario, baseline: Scenario): Scenario {
  return { ...scenario, name: baseline.name, description: baseline.description, levers: { ...baseline.levers } };
}

/** Name a lever family for display (its id when unknown). */
export function familyName(id: string): string {
  return msg.ui.families[id] ?? id;
}

function fmt(v: number, unit: string): string {
  return unit ? `${formatSig(v)} ${unit}` : formatSig(v);
}

/** Narrate the sensitivity tornado (narrateBars) in one sentence. */
export function sensitivitySentence(v: DebateSensitivity, metric: DebateMetric): string {
  return narrateBars({
    kind: 'tornado',
    metric: metric.phrase,
    unit: metric.unit,
    rows: v.rows.filter((r) => r.atHigh !== r.atLow).map((r) => ({ label: r.label, low: r.atLow, high: r.atHigh })),
  });
}

/** Draw the tornado of the `top` assumptions with the largest swing, in `width` columns. */
export function sensitivityLines(v: DebateSensitivity, width: number, top: number): string[] {
  const rows = v.rows.filter((r) => r.atHigh !== r.atLow).slice(0, Math.max(1, top));
  if (rows.length === 0) return [msg.ui.debateNoSwing];
  const bars = rows.map((r) => ({
    label: r.label,
    atLow: r.atLow,
    atHigh: r.atHigh,
    note: `${formatSig(r.low)}→${formatSig(r.atLow)} | ${formatSig(r.high)}→${formatSig(r.atHigh)}`,
  }));
  // Labels get what the bars and notes leave, between 14 and 26 columns.
  const noteW = Math.max(...bars.map((b) => Array.from(b.note).length));
  const labelW = Math.max(14, Math.min(26, width - noteW - 4 - 16));
  const short = bars.map((b) => ({ ...b, label: clipWords(b.label, labelW) }));
  return drawTornado(short, v.base, formatSig(v.base), { width }).map((l) => clipWords(l.trimEnd(), width));
}

/** Say who leads at central values and what flips it, in one sentence. */
export function cruxSentence(v: DebateCruxes, metric: DebateMetric, names: { a: string; b: string }): string {
  const cruxes = v.rows.filter((r) => r.flip !== null);
  const lead =
    v.leader === 'tie'
      ? msg.ui.debateCruxTie(names.a, names.b, metric.phrase)
      : msg.ui.debateCruxLead(
          v.leader === 'A' ? names.a : names.b,
          v.leader === 'A' ? names.b : names.a,
          metric.phrase,
          fmt(Math.abs(v.margin), metric.unit),
        );
  const first = cruxes[0];
  if (!first || first.flip === null) return `${lead}; ${msg.ui.debateHolds}.`;
  return `${lead}; ${msg.ui.debateFlips(cruxes.length, first.label, formatSig(first.flip), formatSig(first.value))}.`;
}

/** List the cruxes nearest first (flip value, current value, range and short source), or the closest calls. */
export function cruxLines(v: DebateCruxes, width: number, maxLines: number): string[] {
  const cruxes = v.rows.filter((r) => r.flip !== null);
  const lines: string[] = [];
  if (cruxes.length === 0) {
    lines.push(...wrap(msg.ui.debateHoldsAll, width, 2));
    for (const r of v.rows.slice(0, Math.max(0, maxLines - lines.length))) {
      const margin = formatDelta(r.closestMargin);
      const room = width - textWidth(msg.ui.debateHoldsRow('', margin));
      lines.push(msg.ui.debateHoldsRow(clipWords(r.label, Math.max(1, room)), margin));
    }
    return lines.slice(0, maxLines);
  }
  const labelW = Math.min(30, Math.max(...cruxes.map((r) => textWidth(r.label))));
  for (const r of cruxes) {
    if (lines.length + 2 > maxLines) break;
    const range = `${formatSig(r.low)}–${formatSig(r.high)}${r.unit ? ` ${r.unit}` : ''}`;
    const row = msg.ui.debateCruxRow(formatSig(r.flip ?? Number.NaN), formatSig(r.value), range);
    // The label gives way (at a word) to the row's figures; a row too long even so is cut at a word.
    const w = Math.max(8, Math.min(labelW, width - 2 - textWidth(row)));
    lines.push(clipWords(`${fitWords(r.label, w)}  ${row}`, width).trimEnd());
    lines.push(clipWords(`  ${r.source}`, width).trimEnd());
  }
  const shown = lines.length / 2;
  if (cruxes.length > shown && lines.length < maxLines) lines.push(msg.ui.debateMore(cruxes.length - shown));
  return lines;
}

/** Most changes per set the cruxes view searches ("what you would have to believe"). */
export const CRUX_SET_MAX = 2;

function setChangeText(c: CruxSetChangeRow): string {
  const v = (x: number | string): string => (typeof x === 'number' ? formatSig(x) : x);
  return msg.ui.debateSetChange(c.label, v(c.from), v(c.to));
}

/**
 * "What you would have to believe" under the crux list: each set that flips the verdict, nearest first (its
 * distance, effect and win share, then its changes and their sources), or why there is none and the closest call.
 */
export function cruxSetLines(v: DebateCruxSets, unit: string, width: number, maxLines: number): string[] {
  const m = msg.ui;
  if (maxLines <= 0) return [];
  const fit = (t: string): string => clipWords(t, width).trimEnd();
  if (v.verdict.leader === 'tie') return wrap(m.debateSetsTie, width, maxLines);
  if (!v.centralAgrees) return wrap(m.debateSetsDisagree, width, maxLines);
  if (v.sets.length === 0) {
    const lines = wrap(m.debateSetsNone(v.maxSet), width, 2);
    const c = v.closest;
    if (c !== undefined && lines.length < maxLines)
      lines.push(
        ...wrap(m.debateSetsClosest(c.changes.map(setChangeText).join('; '), effectAmount(c.margin, unit)), width, 2),
      );
    return lines.slice(0, maxLines);
  }
  const lines = wrap(m.debateSetsHeader(v.maxSet, v.runs), width, 2);
  let shown = 0;
  for (const [i, set] of v.sets.entries()) {
    const block = [
      fit(
        m.debateSetRow(
          i + 1,
          formatSig(set.distance),
          effectAmount(set.effect.p50, unit),
          formatPercent(set.effect.winShare * 100),
        ),
      ),
      ...set.changes.flatMap((c) => [fit(`   ${setChangeText(c)}`), fit(`     ${c.source}`)]),
    ];
    // A set is shown whole or not at all; the line for the rest needs room too.
    const rest = i + 1 < v.sets.length ? 1 : 0;
    if (lines.length + block.length + rest > maxLines) break;
    lines.push(...block);
    shown++;
  }
  if (shown < v.sets.length) lines.push(m.debateMore(v.sets.length - shown));
  return lines.slice(0, maxLines);
}

/** The waterfall's steps: lever families with their names, in the order given. */
function steps(v: DebateAttribution): { id: string; label: string; delta: number }[] {
  return v.rows.map((r) => ({ id: r.id, label: familyName(r.id), delta: r.shapley }));
}

/** Narrate the attribution waterfall (narrateBars) in one sentence. */
export function attributionSentence(v: DebateAttribution, metric: DebateMetric, baselineName: string): string {
  return narrateBars({
    kind: 'waterfall',
    metric: metric.phrase,
    unit: metric.unit,
    startLabel: baselineName,
    start: v.start,
    steps: steps(v),
  });
}

/** Draw the waterfall from the baseline to the scenario, one floating bar per lever family. */
export function attributionLines(v: DebateAttribution, names: { a: string; b: string }, width: number): string[] {
  if (v.rows.length === 0) return [msg.ui.debateNothingDiffers];
  const labelCap = 24;
  const cut = (s: string): string => clipWords(s, labelCap);
  // A family's shorter name before its full name is cut.
  const name = (s: { id: string; label: string }): string =>
    textWidth(s.label) <= labelCap ? s.label : cut(msg.ui.familiesShort[s.id] ?? s.label);
  return drawWaterfall(
    { label: cut(names.b), value: v.start, note: formatSig(v.start) },
    steps(v).map((s) => ({ label: name(s), delta: s.delta, note: formatDelta(s.delta) })),
    { label: cut(names.a), value: v.end, note: formatSig(v.end) },
    { width },
  ).map((l) => clipWords(l.trimEnd(), width));
}

/** The argv of the command that reproduces the claim card (the claim command prints the same argv). */
export function claimArgv(path: string, metricId: string, runs: number, seed: string): string[] {
  return [
    'palancas',
    'claim',
    path,
    '--vs',
    'status-quo',
    '--metric',
    metricId,
    '--runs',
    String(runs),
    '--seed',
    seed,
    '--format',
    'table',
  ];
}

/**
 * Break a command into lines of at most `width` columns between shell words, ending each but the last
 * with " \\" so the lines pasted together into a shell still run as one command.
 */
export function commandLines(argv: readonly string[], width: number): string[] {
  const words = argv.map((w) => formatCommand([w]));
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const cand = cur ? `${cur} ${w}` : w;
    if (cur && Array.from(cand).length + 2 > width) {
      lines.push(`${cur} \\`);
      cur = w;
    } else cur = cand;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** What the claim card shows besides its sentence. */
export interface ClaimCardInput {
  readonly claim: DebateClaim;
  /** The metric's unit, for the effect in it. */
  readonly unit: string;
  readonly fingerprintA: string;
  readonly fingerprintB: string;
  /** The reproducing command's argv. */
  readonly argv: readonly string[];
  /** Why the command may not reproduce the card (unsaved changes, no file), if it may not. */
  readonly caveat?: string;
}

/** The effect of A over B in a metric's unit, as the explorer writes it: "−195,000 deaths" (formatDelta). */
export function effectAmount(v: number, unit: string): string {
  const u = unitLabel(unit);
  return u ? `${formatDelta(v)} ${u}` : formatDelta(v);
}

/**
 * The claim card's lines after its sentence: the effect in the metric's unit and in % (P10–P90), runs and
 * seed, fingerprints, the command (wrapped to `width`).
 */
export function claimLines(c: ClaimCardInput, width: number): string[] {
  const pct = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatSig(Math.abs(x))}%`;
  const m = msg.ui;
  const e = c.claim.effect;
  // A line that fits keeps its spacing; a longer one is wrapped at words.
  const lineOrWrap = (t: string): string[] => (textWidth(t) <= width ? [t] : wrap(t, width));
  const lines = [
    ...lineOrWrap(m.debateClaimEffect(effectAmount(e.p50, c.unit), formatDelta(e.p10), formatDelta(e.p90))),
    ...lineOrWrap(m.debateClaimRange(pct(e.pct.p10), pct(e.pct.p50), pct(e.pct.p90))),
    ...lineOrWrap(m.debateClaimRuns(e.runs, c.claim.seed, e.wins)),
    ...lineOrWrap(m.debateClaimFingerprints(c.fingerprintA, c.fingerprintB)),
    '',
    m.debateClaimReproduce,
    ...commandLines(c.argv, width - 2).map((l) => `  ${l}`),
  ];
  if (c.caveat) lines.push(...wrap(c.caveat, width));
  return lines;
}
