/**
 * Horizontal bar charts as SVG strings: a tornado (what each input's range does to a metric) and a waterfall
 * (how each lever's contribution takes a metric from the baseline to the scenario).
 */
import { escapeXml, formatSigned, formatNumber } from '../../text/format.js';
import { msg } from '../../text/i18n.js';
import { narrateBars, sortBySwing, type TornadoRow, type WaterfallStep } from '../narrate.js';
import { PALETTE, attrs, chartId, niceTicks, svgOpen, text, tickLabel } from './svg-kit.js';
import { unitLabel } from '../../model/units.js';

/** What `tornadoSvg` draws. */
export interface TornadoInput {
  readonly id?: string;
  readonly title: string;
  /** The metric's name, for the narration (defaults to the title). */
  readonly metric?: string;
  readonly unit: string;
  /** The metric at central values: where the bars start. */
  readonly base: number;
  readonly rows: readonly TornadoRow[];
  readonly width: number;
  readonly narration?: string;
}

/** What `waterfallSvg` draws. */
export interface WaterfallInput {
  readonly id?: string;
  readonly title: string;
  readonly metric?: string;
  readonly unit: string;
  readonly start: { readonly label: string; readonly value: number };
  readonly steps: readonly WaterfallStep[];
  /** Label of the final total row, e.g. "Scenario A". */
  readonly endLabel: string;
  readonly width: number;
  readonly narration?: string;
}

const ROW_H = 26;
const BAR_H = 16;

/** Shortens a label to fit a column, with an ellipsis. */
function fit(label: string, maxChars: number): string {
  return label.length <= maxChars ? label : `${label.slice(0, Math.max(1, maxChars - 1))}…`;
}

/** Shared frame for horizontal bar charts: title, legend row, label column and a value axis with ticks. */
function frame(opts: {
  id: string;
  title: string;
  desc: string;
  unit: string;
  width: number;
  labels: readonly string[];
  values: readonly number[];
  legend: readonly { fill: string; stroke: string; label: string }[];
}): { parts: string[]; x: (v: number) => number; rowY: (i: number) => number; height: number; labelRight: number } {
  const { width, labels } = opts;
  const maxChars = Math.max(8, Math.floor((width * 0.38) / 6.6));
  const longest = Math.min(maxChars, Math.max(4, ...labels.map((l) => l.length)));
  const labelRight = 12 + longest * 6.6;
  const plotLeft = labelRight + 10;
  const plotRight = width - 44;
  const top = 60;
  const plotH = labels.length * ROW_H;
  const height = top + plotH + 44;
  const finite = opts.values.filter(Number.isFinite);
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.14;
  lo -= pad;
  hi += pad;
  const t = niceTicks(lo, hi, Math.max(2, Math.floor((plotRight - plotLeft) / 80)));
  const x = (v: number): number => plotLeft + ((v - t.lo) / (t.hi - t.lo || 1)) * (plotRight - plotLeft);
  const rowY = (i: number): number => top + i * ROW_H + ROW_H / 2;
  const parts: string[] = [];
  parts.push(svgOpen({ id: opts.id, width, height, title: opts.title, desc: opts.desc }));
  parts.push(text(12, 20, opts.title, { 'font-size': 15, 'font-weight': 'bold', fill: PALETTE.ink }));
  let lx = 12;
  for (const item of opts.legend) {
    parts.push(`<rect${attrs({ x: lx, y: 30, width: 14, height: 12, fill: item.fill, stroke: item.stroke })}/>`);
    parts.push(text(lx + 20, 40, item.label, { fill: PALETTE.ink }));
    lx += 20 + item.label.length * 6.6 + 18;
  }
  for (const v of t.ticks) {
    const xx = x(v);
    parts.push(`<line${attrs({ x1: xx, y1: top, x2: xx, y2: top + plotH, stroke: PALETTE.grid })}/>`);
    parts.push(text(xx, top + plotH + 16, tickLabel(v), { 'text-anchor': 'middle', fill: PALETTE.axis }));
  }
  parts.push(
    `<line${attrs({ x1: plotLeft, y1: top + plotH, x2: plotRight, y2: top + plotH, stroke: PALETTE.axis })}/>`,
  );
  parts.push(
    text((plotLeft + plotRight) / 2, top + plotH + 34, unitLabel(opts.unit), {
      'text-anchor': 'middle',
      fill: PALETTE.axis,
    }),
  );
  labels.forEach((label, i) => {
    const shown = fit(label, maxChars);
    if (shown === label) {
      parts.push(text(labelRight, rowY(i) + 4, label, { 'text-anchor': 'end', fill: PALETTE.ink }));
    } else {
      // A shortened label keeps its full text as a tooltip (and for screen readers).
      parts.push(
        `<text${attrs({ x: labelRight, y: rowY(i) + 4, 'text-anchor': 'end', fill: PALETTE.ink })}><title>${escapeXml(label)}</title>${escapeXml(shown)}</text>`,
      );
    }
  });
  return { parts, x, rowY, height, labelRight };
}

/** A horizontal bar between two values on row `y`. */
function bar(x: (v: number) => number, y: number, a: number, b: number, fill: string, stroke: string): string {
  const x1 = x(Math.min(a, b));
  const x2 = x(Math.max(a, b));
  return `<rect${attrs({ x: x1, y: y - BAR_H / 2, width: Math.max(1, x2 - x1), height: BAR_H, fill, stroke, 'stroke-width': 1 })}/>`;
}

/**
 * Draws a tornado chart: one row per input (largest swing first), a light bar from the central value to the
 * metric with the input at its low end and a dark bar to its high end, with the values at the bar ends.
 */
export function tornadoSvg(input: TornadoInput): string {
  const rows = sortBySwing(input.rows.filter((r) => Number.isFinite(r.low) && Number.isFinite(r.high)));
  const desc =
    input.narration ?? narrateBars({ kind: 'tornado', metric: input.metric ?? input.title, unit: input.unit, rows });
  const f = frame({
    id: chartId(input.id, input.title),
    title: input.title,
    desc,
    unit: input.unit,
    width: input.width,
    labels: rows.map((r) => r.label),
    values: [input.base, ...rows.flatMap((r) => [r.low, r.high])],
    legend: [
      { fill: PALETTE.barLow, stroke: PALETTE.ink, label: msg.render.barChart.lowEnd },
      { fill: PALETTE.barHigh, stroke: PALETTE.ink, label: msg.render.barChart.highEnd },
    ],
  });
  const { parts, x, rowY } = f;
  rows.forEach((r, i) => {
    const y = rowY(i);
    parts.push(bar(x, y, input.base, r.low, PALETTE.barLow, PALETTE.ink));
    parts.push(bar(x, y, input.base, r.high, PALETTE.barHigh, PALETTE.ink));
    for (const v of [r.low, r.high]) {
      const onLeft = v < input.base || (v === input.base && v === Math.min(r.low, r.high));
      parts.push(
        text(x(v) + (onLeft ? -4 : 4), y + 4, formatNumber(v), {
          'text-anchor': onLeft ? 'end' : 'start',
          fill: PALETTE.ink,
          'font-size': 11,
        }),
      );
    }
  });
  const bx = x(input.base);
  parts.push(
    `<line${attrs({ x1: bx, y1: 52, x2: bx, y2: rowY(rows.length - 1) + ROW_H / 2, stroke: PALETTE.ink, 'stroke-width': 1.5, 'stroke-dasharray': PALETTE.baselineDash })}/>`,
  );
  parts.push(
    text(bx + 4, 56, `${msg.render.barChart.central}: ${formatNumber(input.base)}`, {
      fill: PALETTE.ink,
      'font-size': 11,
    }),
  );
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Draws a waterfall (bridge) chart: the start total, one floating bar per step (dark when it raises the
 * metric, light when it lowers it, with the signed change), and the end total, joined by dotted connectors.
 * Totals are drawn as thick markers so small steps stay readable without a broken axis.
 */
export function waterfallSvg(input: WaterfallInput): string {
  const steps = input.steps.filter((s) => Number.isFinite(s.delta));
  const desc =
    input.narration ??
    narrateBars({
      kind: 'waterfall',
      metric: input.metric ?? input.title,
      unit: input.unit,
      startLabel: input.start.label,
      start: input.start.value,
      steps,
    });
  const running: number[] = [input.start.value];
  for (const s of steps) running.push((running[running.length - 1] ?? 0) + s.delta);
  const end = running[running.length - 1] ?? input.start.value;
  const labels = [input.start.label, ...steps.map((s) => s.label), input.endLabel];
  const f = frame({
    id: chartId(input.id, input.title),
    title: input.title,
    desc,
    unit: input.unit,
    width: input.width,
    labels,
    values: running,
    legend: [
      { fill: PALETTE.barHigh, stroke: PALETTE.ink, label: msg.render.barChart.increase },
      { fill: PALETTE.barLow, stroke: PALETTE.ink, label: msg.render.barChart.decrease },
      { fill: PALETTE.ink, stroke: PALETTE.ink, label: msg.render.barChart.total },
    ],
  });
  const { parts, x, rowY } = f;
  const marker = (i: number, v: number): void => {
    const y = rowY(i);
    parts.push(
      `<rect${attrs({ x: x(v) - 3, y: y - BAR_H / 2 - 2, width: 6, height: BAR_H + 4, fill: PALETTE.ink })}/>`,
    );
    parts.push(text(x(v) + 7, y + 4, formatNumber(v), { fill: PALETTE.ink, 'font-size': 11 }));
  };
  marker(0, input.start.value);
  steps.forEach((s, k) => {
    const i = k + 1;
    const from = running[k] ?? 0;
    const to = running[k + 1] ?? 0;
    const y = rowY(i);
    parts.push(
      `<line${attrs({ x1: x(from), y1: rowY(i - 1), x2: x(from), y2: y, stroke: PALETTE.divider, 'stroke-dasharray': PALETTE.dividerDash })}/>`,
    );
    const up = s.delta >= 0;
    parts.push(bar(x, y, from, to, up ? PALETTE.barHigh : PALETTE.barLow, PALETTE.ink));
    const labelX = up ? x(Math.max(from, to)) + 4 : x(Math.min(from, to)) - 4;
    parts.push(
      text(labelX, y + 4, formatSigned(s.delta), {
        'text-anchor': up ? 'start' : 'end',
        fill: PALETTE.ink,
        'font-size': 11,
      }),
    );
  });
  const last = labels.length - 1;
  parts.push(
    `<line${attrs({ x1: x(end), y1: rowY(last - 1), x2: x(end), y2: rowY(last), stroke: PALETTE.divider, 'stroke-dasharray': PALETTE.dividerDash })}/>`,
  );
  marker(last, end);
  parts.push('</svg>');
  return parts.join('');
}
