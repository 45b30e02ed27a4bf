/**
 * A time-series chart as an SVG string: the P10–P90 band as a filled area, the scenario median as a solid
 * line, the baseline median as a dashed line, history as grey dots on a dotted line, and optionally the
 * runs' fit to history (a light band) and a hindcast (a green band with a dash-dot median).
 */
import { msg } from '../../text/i18n.js';
import { narrateSeries } from '../narrate.js';
import { PALETTE, attrs, chartId, niceTicks, r1, svgOpen, text, tickLabel } from './svg-kit.js';
import { unitLabel } from '../../model/units.js';

/** What `bandChartSvg` draws. Series are aligned with `months`. */
export interface BandChartInput {
  /** Id used to prefix element ids (defaults to a slug of the title). */
  readonly id?: string;
  readonly title: string;
  readonly unit: string;
  /** "YYYY-MM" per point. */
  readonly months: readonly string[];
  /** Observed values; months may be "YYYY-MM" or "YYYY" (a yearly value is drawn mid-year). */
  readonly history?: {
    readonly months: readonly string[];
    readonly values: ArrayLike<number>;
    readonly label?: string;
  };
  readonly band: { readonly p10: ArrayLike<number>; readonly p50: ArrayLike<number>; readonly p90: ArrayLike<number> };
  /** Median of the reference scenario (status quo, or scenario B). */
  readonly baseline?: ArrayLike<number>;
  readonly baselineLabel?: string;
  /** P10–P90 of the reference scenario, drawn hatched and lighter under the scenario's band. */
  readonly baselineBand?: { readonly p10: ArrayLike<number>; readonly p90: ArrayLike<number> };
  /** Legend label of the scenario's band ("P10–P90 range" by default). */
  readonly bandLabel?: string;
  /** Legend label of the reference band. */
  readonly baselineBandLabel?: string;
  readonly scenarioLabel?: string;
  /** First point of band, median and baseline to draw (e.g. 144 for 2019-01); 0 by default. */
  readonly startIndex?: number;
  /** Where to draw the "policies start" divider; `startIndex` by default (none when it is 0). */
  readonly markIndex?: number;
  readonly width: number;
  readonly height: number;
  /** P10–P90 of the runs over the months before `startIndex` (their fit to history), drawn light. */
  readonly fitBand?: { readonly p10: ArrayLike<number>; readonly p90: ArrayLike<number>; readonly label?: string };
  /** A hindcast's yearly P10/P50/P90 ("YYYY" drawn mid-year), drawn as a band with a dash-dot median. */
  readonly hindcast?: {
    readonly until: number;
    readonly years: readonly {
      readonly year: number;
      readonly p10: number;
      readonly p50: number;
      readonly p90: number;
    }[];
    readonly label?: string;
  };
  /** The sentence for <desc>; generated with `narrateSeries` when omitted. */
  readonly narration?: string;
}

/** Converts "YYYY-MM" to fractional years (start of month) and "YYYY" to mid-year; NaN when unreadable. */
export function monthToTime(m: string): number {
  const match = /^(\d{4})(?:-(\d{1,2}))?/.exec(m);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  if (match[2] === undefined) return year + 0.5;
  return year + (Number(match[2]) - 1) / 12;
}

interface Pt {
  readonly t: number;
  readonly v: number;
}

/** Points of a series from `start`, with NaN where a value is missing (so paths break there). */
function points(months: readonly string[], values: ArrayLike<number>, start: number): Pt[] {
  const out: Pt[] = [];
  const end = Math.min(months.length, values.length);
  for (let i = Math.max(0, start); i < end; i++) {
    const m = months[i];
    const v = values[i];
    out.push({ t: m === undefined ? Number.NaN : monthToTime(m), v: v === undefined ? Number.NaN : v });
  }
  return out;
}

/** A polyline path that breaks at non-finite points. */
function linePath(pts: readonly Pt[], x: (t: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  for (const p of pts) {
    if (!Number.isFinite(p.t) || !Number.isFinite(p.v)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r1(x(p.t))} ${r1(y(p.v))}`;
    pen = true;
  }
  return d;
}

/** Filled area between two aligned series, one closed shape per run of finite points. */
function areaPath(lo: readonly Pt[], hi: readonly Pt[], x: (t: number) => number, y: (v: number) => number): string {
  let d = '';
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= 2) {
      const top = run.map((i, k) => `${k === 0 ? 'M' : 'L'}${r1(x(hi[i]?.t ?? 0))} ${r1(y(hi[i]?.v ?? 0))}`).join('');
      const bottom = [...run]
        .reverse()
        .map((i) => `L${r1(x(lo[i]?.t ?? 0))} ${r1(y(lo[i]?.v ?? 0))}`)
        .join('');
      d += `${top}${bottom}Z`;
    }
    run = [];
  };
  const n = Math.min(lo.length, hi.length);
  for (let i = 0; i < n; i++) {
    const a = lo[i];
    const b = hi[i];
    if (a && b && Number.isFinite(a.t) && Number.isFinite(a.v) && Number.isFinite(b.v)) run.push(i);
    else flush();
  }
  flush();
  return d;
}

/** Approximate text width in pixels at 12px, for laying out the legend. */
function textWidth(s: string): number {
  return s.length * 6.6;
}

/**
 * Draws a band chart: axes with year ticks and value ticks (unit on the axis), a legend, the P10–P90 band,
 * the scenario median (solid), the baseline median (dashed), history (grey dots), and a <title>/<desc>
 * holding the narration for screen readers. All text is XML-escaped.
 */
export function bandChartSvg(input: BandChartInput): string {
  const { width, height, months } = input;
  const start = Math.max(0, input.startIndex ?? 0);
  const id = chartId(input.id, input.title);
  const T = msg.render.bandChart;
  const scenarioLabel = input.scenarioLabel ?? T.scenario;
  const baselineLabel = input.baselineLabel ?? T.baseline;
  const historyLabel = input.history?.label ?? T.history;
  const narration =
    input.narration ??
    narrateSeries({
      label: input.title,
      unit: input.unit,
      months,
      p50: input.band.p50,
      startIndex: start,
      ...(input.baseline ? { baseline: input.baseline } : {}),
    });

  const p10 = points(months, input.band.p10, start);
  const p50 = points(months, input.band.p50, start);
  const p90 = points(months, input.band.p90, start);
  const base = input.baseline ? points(months, input.baseline, start) : [];
  const b10 = input.baselineBand ? points(months, input.baselineBand.p10, start) : [];
  const b90 = input.baselineBand ? points(months, input.baselineBand.p90, start) : [];
  const hist = input.history ? points(input.history.months, input.history.values, 0) : [];
  // The fit band runs to the first scenario month so it joins the scenario's band.
  const fitMonths = input.fitBand ? months.slice(0, start + 1) : [];
  const f10 = input.fitBand ? points(fitMonths, input.fitBand.p10, 0) : [];
  const f90 = input.fitBand ? points(fitMonths, input.fitBand.p90, 0) : [];
  const hcYears = (input.hindcast?.years ?? []).map((y) => String(y.year));
  const h10 = input.hindcast
    ? points(
        hcYears,
        input.hindcast.years.map((y) => y.p10),
        0,
      )
    : [];
  const h50 = input.hindcast
    ? points(
        hcYears,
        input.hindcast.years.map((y) => y.p50),
        0,
      )
    : [];
  const h90 = input.hindcast
    ? points(
        hcYears,
        input.hindcast.years.map((y) => y.p90),
        0,
      )
    : [];

  // Domains.
  const times = [...months.map(monthToTime), ...hist.map((p) => p.t)].filter(Number.isFinite);
  const t0 = times.length ? Math.min(...times) : 0;
  const t1 = times.length ? Math.max(...times) + 1 / 12 : 1;
  let vmin = Number.POSITIVE_INFINITY;
  let vmax = Number.NEGATIVE_INFINITY;
  for (const p of [...p10, ...p50, ...p90, ...base, ...b10, ...b90, ...hist, ...f10, ...f90, ...h10, ...h90]) {
    if (!Number.isFinite(p.v)) continue;
    if (p.v < vmin) vmin = p.v;
    if (p.v > vmax) vmax = p.v;
  }
  if (!Number.isFinite(vmin)) {
    vmin = 0;
    vmax = 1;
  }
  // Quantities that cannot go negative are drawn from zero, so bars of change are not exaggerated.
  if (vmin >= 0) vmin = 0;
  const yt = niceTicks(vmin, vmax, 5);

  // Legend layout (may wrap).
  const legendItems: {
    kind: 'band' | 'baselineBand' | 'scenario' | 'baseline' | 'history' | 'fit' | 'hindcast';
    label: string;
  }[] = [{ kind: 'band', label: input.bandLabel ?? T.band }];
  if (input.fitBand) legendItems.push({ kind: 'fit', label: input.fitBand.label ?? T.fit });
  if (input.hindcast)
    legendItems.push({
      kind: 'hindcast',
      label: input.hindcast.label ?? T.hindcast(input.hindcast.until),
    });
  if (input.baselineBand) legendItems.push({ kind: 'baselineBand', label: input.baselineBandLabel ?? T.baselineBand });
  legendItems.push({ kind: 'scenario', label: scenarioLabel });
  if (input.baseline) legendItems.push({ kind: 'baseline', label: baselineLabel });
  if (input.history) legendItems.push({ kind: 'history', label: historyLabel });
  const left = 74;
  const right = 16;
  const legendTop = 36;
  let lx = left;
  let ly = legendTop;
  const placed: { kind: string; label: string; x: number; y: number }[] = [];
  for (const item of legendItems) {
    const w = 30 + textWidth(item.label) + 18;
    if (lx + w > width - right && lx > left) {
      lx = left;
      ly += 18;
    }
    placed.push({ ...item, x: lx, y: ly });
    lx += w;
  }
  const top = ly + 20;
  const bottom = 30;
  const plotW = Math.max(10, width - left - right);
  const plotH = Math.max(10, height - top - bottom);
  const x = (t: number): number => left + ((t - t0) / (t1 - t0 || 1)) * plotW;
  const y = (v: number): number => top + plotH - ((v - yt.lo) / (yt.hi - yt.lo || 1)) * plotH;

  const parts: string[] = [];
  parts.push(svgOpen({ id, width, height, title: input.title, desc: narration }));
  // The reference band is hatched as well as lighter, so it still reads apart from the scenario's band in
  // greyscale and in print.
  const hatchId = `${id}-hatch`;
  if (input.baselineBand) {
    parts.push(
      `<defs><pattern${attrs({ id: hatchId, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })}>` +
        `<rect${attrs({ x: 0, y: 0, width: 6, height: 6, fill: PALETTE.baselineBandFill })}/>` +
        `<line${attrs({ x1: 0, y1: 0, x2: 0, y2: 6, stroke: PALETTE.baseline, 'stroke-width': 1.4, 'stroke-opacity': String(PALETTE.hatchOpacity) })}/>` +
        `</pattern></defs>`,
    );
  }
  parts.push(text(left, 20, input.title, { 'font-size': 15, 'font-weight': 'bold', fill: PALETTE.ink }));

  // Value grid and ticks.
  for (const v of yt.ticks) {
    const yy = y(v);
    parts.push(
      `<line${attrs({ x1: left, y1: yy, x2: left + plotW, y2: yy, stroke: PALETTE.grid, 'stroke-width': 1 })}/>`,
    );
    parts.push(text(left - 6, yy + 4, tickLabel(v), { 'text-anchor': 'end', fill: PALETTE.axis }));
  }
  // Unit on the value axis.
  parts.push(
    text(0, 0, unitLabel(input.unit), {
      transform: `translate(14 ${r1(top + plotH / 2)}) rotate(-90)`,
      'text-anchor': 'middle',
      fill: PALETTE.axis,
    }),
  );
  // Year ticks.
  const firstYear = Math.ceil(t0 - 1e-9);
  const lastYear = Math.floor(t1 + 1e-9);
  const maxYearTicks = Math.max(2, Math.floor(plotW / 48));
  const yearStep = [1, 2, 5, 10, 20, 50].find((s) => (lastYear - firstYear) / s + 1 <= maxYearTicks) ?? 100;
  for (let yr = Math.ceil(firstYear / yearStep) * yearStep; yr <= lastYear; yr += yearStep) {
    const xx = x(yr);
    parts.push(`<line${attrs({ x1: xx, y1: top + plotH, x2: xx, y2: top + plotH + 5, stroke: PALETTE.axis })}/>`);
    parts.push(text(xx, top + plotH + 18, String(yr), { 'text-anchor': 'middle', fill: PALETTE.axis }));
  }
  // Axes.
  parts.push(`<line${attrs({ x1: left, y1: top, x2: left, y2: top + plotH, stroke: PALETTE.axis })}/>`);
  parts.push(`<line${attrs({ x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH, stroke: PALETTE.axis })}/>`);

  // Policy-start divider.
  const mark = input.markIndex ?? start;
  const markMonth = mark > 0 ? months[mark] : undefined;
  if (markMonth !== undefined) {
    const xx = x(monthToTime(markMonth));
    parts.push(
      `<line${attrs({ x1: xx, y1: top, x2: xx, y2: top + plotH, stroke: PALETTE.divider, 'stroke-dasharray': PALETTE.dividerDash })}/>`,
    );
    parts.push(text(xx + 4, top + 12, T.policyStart, { fill: PALETTE.axis, 'font-size': 11 }));
  }

  // Reference band, band, baseline, history, median (median last so it sits on top).
  const refBand = input.baselineBand ? areaPath(b10, b90, x, y) : '';
  if (refBand) {
    parts.push(
      `<path${attrs({ d: refBand, fill: `url(#${hatchId})`, stroke: PALETTE.baseline, 'stroke-width': 0.8, 'stroke-opacity': String(PALETTE.hatchOpacity), class: 'ref-band' })}/>`,
    );
  }
  const fit = input.fitBand ? areaPath(f10, f90, x, y) : '';
  if (fit)
    parts.push(
      `<path${attrs({ d: fit, fill: PALETTE.fitFill, 'fill-opacity': String(PALETTE.fitOpacity), stroke: 'none', class: 'fit-band' })}/>`,
    );
  const hcBand = input.hindcast ? areaPath(h10, h90, x, y) : '';
  if (hcBand) {
    parts.push(
      `<path${attrs({ d: hcBand, fill: PALETTE.hindcast, 'fill-opacity': String(PALETTE.hindcastOpacity), stroke: PALETTE.hindcast, 'stroke-width': 0.8, class: 'hindcast-band' })}/>`,
    );
  }
  const hcMed = input.hindcast ? linePath(h50, x, y) : '';
  if (hcMed) {
    parts.push(
      `<path${attrs({ d: hcMed, fill: 'none', stroke: PALETTE.hindcast, 'stroke-width': 2, 'stroke-dasharray': PALETTE.hindcastDash, class: 'hindcast-median' })}/>`,
    );
  }
  const band = areaPath(p10, p90, x, y);
  if (band)
    parts.push(
      `<path${attrs({ d: band, fill: PALETTE.bandFill, 'fill-opacity': String(PALETTE.bandOpacity), stroke: 'none' })}/>`,
    );
  if (hist.length) {
    const d = linePath(hist, x, y);
    if (d)
      parts.push(
        `<path${attrs({ d, fill: 'none', stroke: PALETTE.history, 'stroke-width': 1.2, 'stroke-dasharray': PALETTE.historyDash })}/>`,
      );
    if (hist.length <= 80) {
      const dots = hist
        .filter((p) => Number.isFinite(p.t) && Number.isFinite(p.v))
        .map((p) => `<circle${attrs({ cx: x(p.t), cy: y(p.v), r: 2.8 })}/>`)
        .join('');
      parts.push(`<g${attrs({ fill: PALETTE.history })}>${dots}</g>`);
    }
  }
  if (base.length) {
    const d = linePath(base, x, y);
    if (d)
      parts.push(
        `<path${attrs({ d, fill: 'none', stroke: PALETTE.baseline, 'stroke-width': 2, 'stroke-dasharray': PALETTE.baselineDash })}/>`,
      );
  }
  const med = linePath(p50, x, y);
  if (med) parts.push(`<path${attrs({ d: med, fill: 'none', stroke: PALETTE.scenario, 'stroke-width': 2.4 })}/>`);

  // Legend.
  for (const item of placed) {
    const sy = item.y - 4;
    switch (item.kind) {
      case 'band':
        parts.push(
          `<rect${attrs({ x: item.x, y: sy - 6, width: 24, height: 12, fill: PALETTE.bandFill, 'fill-opacity': String(PALETTE.bandOpacity) })}/>`,
        );
        break;
      case 'fit':
        parts.push(
          `<rect${attrs({ x: item.x, y: sy - 6, width: 24, height: 12, fill: PALETTE.fitFill, 'fill-opacity': String(PALETTE.fitOpacity) })}/>`,
        );
        break;
      case 'hindcast':
        parts.push(
          `<rect${attrs({ x: item.x, y: sy - 6, width: 24, height: 12, fill: PALETTE.hindcast, 'fill-opacity': String(PALETTE.hindcastOpacity), stroke: PALETTE.hindcast, 'stroke-width': 0.8 })}/>`,
        );
        parts.push(
          `<line${attrs({ x1: item.x, y1: sy, x2: item.x + 24, y2: sy, stroke: PALETTE.hindcast, 'stroke-width': 2, 'stroke-dasharray': PALETTE.hindcastDash })}/>`,
        );
        break;
      case 'baselineBand':
        parts.push(
          `<rect${attrs({ x: item.x, y: sy - 6, width: 24, height: 12, fill: `url(#${hatchId})`, stroke: PALETTE.baseline, 'stroke-width': 0.8, 'stroke-opacity': String(PALETTE.hatchOpacity) })}/>`,
        );
        break;
      case 'scenario':
        parts.push(
          `<line${attrs({ x1: item.x, y1: sy, x2: item.x + 24, y2: sy, stroke: PALETTE.scenario, 'stroke-width': 2.4 })}/>`,
        );
        break;
      case 'baseline':
        parts.push(
          `<line${attrs({ x1: item.x, y1: sy, x2: item.x + 24, y2: sy, stroke: PALETTE.baseline, 'stroke-width': 2, 'stroke-dasharray': PALETTE.baselineDash })}/>`,
        );
        break;
      default:
        parts.push(
          `<line${attrs({ x1: item.x, y1: sy, x2: item.x + 24, y2: sy, stroke: PALETTE.history, 'stroke-width': 1.2, 'stroke-dasharray': PALETTE.historyDash })}/>`,
        );
        parts.push(`<circle${attrs({ cx: item.x + 12, cy: sy, r: 2.8, fill: PALETTE.history })}/>`);
    }
    parts.push(text(item.x + 30, item.y, item.label, { fill: PALETTE.ink }));
  }
  parts.push('</svg>');
  return parts.join('');
}
