/**
 * Text charts for the terminal: a tornado (sensitivity) and a waterfall (attribution). Pure: plain strings,
 * width as a parameter, block characters or plain ASCII (for NO_COLOR and pipes).
 */
import { msg } from '../../text/i18n.js';

/** Drawing options. */
export interface ChartOptions {
  /** Total width in columns. */
  readonly width: number;
  /** Use plain ASCII (`#`, `=`, `|`) instead of block characters. @default false */
  readonly ascii?: boolean;
}

/** One tornado bar: the metric with the input at its low and at its high end. */
export interface TornadoBar {
  readonly label: string;
  readonly atLow: number;
  readonly atHigh: number;
  /** Text after the bar, e.g. "0.15 → 31,000 | 0.26 → 35,000". */
  readonly note: string;
}

function glyphs(ascii: boolean | undefined): {
  low: string;
  high: string;
  axis: string;
  up: string;
  down: string;
  total: string;
} {
  return ascii
    ? { low: '=', high: '#', axis: '|', up: '+', down: '-', total: '#' }
    : { low: '░', high: '█', axis: '│', up: '█', down: '▒', total: '▓' };
}

function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  if (chars.length <= width) return text + ' '.repeat(width - chars.length);
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function textWidth(text: string): number {
  return [...text].length;
}

/** Draws a tornado chart centred on `base`; `baseText` labels the axis. */
export function drawTornado(bars: readonly TornadoBar[], base: number, baseText: string, opts: ChartOptions): string[] {
  const g = glyphs(opts.ascii);
  if (bars.length === 0) return [msg.render.textCharts.empty];
  const labelW = Math.min(30, Math.max(...bars.map((b) => textWidth(b.label))));
  const noteW = Math.max(...bars.map((b) => textWidth(b.note)));
  let barW = opts.width - labelW - noteW - 4;
  let lw = labelW;
  if (barW < 12) {
    barW = Math.max(12, opts.width - 4 - noteW - 8);
    lw = Math.max(8, opts.width - barW - noteW - 4);
  }
  const half = Math.floor((barW - 1) / 2);
  const centre = half;
  const maxDev = Math.max(1e-300, ...bars.flatMap((b) => [Math.abs(b.atLow - base), Math.abs(b.atHigh - base)]));
  const col = (v: number): number => centre + Math.round(((v - base) / maxDev) * half);
  const lines: string[] = [];
  for (const b of bars) {
    const cells = new Array<string>(barW).fill(' ');
    cells[centre] = g.axis;
    // Longer bar first, so a shorter one on the same side stays visible on top.
    const ends: [number, string][] = [
      [col(b.atLow), g.low],
      [col(b.atHigh), g.high],
    ];
    ends.sort((x, y) => Math.abs(y[0] - centre) - Math.abs(x[0] - centre));
    for (const [end, ch] of ends) {
      if (end === centre) continue;
      const [from, to] = end < centre ? [end, centre - 1] : [centre + 1, end];
      for (let c = from; c <= to; c++) if (c >= 0 && c < barW) cells[c] = ch;
    }
    lines.push(`${fit(b.label, lw)}  ${cells.join('')}  ${b.note}`.trimEnd());
  }
  lines.push(
    fit(`${' '.repeat(lw + 2)}${msg.render.textCharts.tornadoLegend(g.low, g.high, baseText)}`, opts.width).trimEnd(),
  );
  return lines;
}

/** One waterfall step. */
export interface WaterfallStep {
  readonly label: string;
  readonly delta: number;
  /** Text after the bar, e.g. "−1,200". */
  readonly note: string;
}

/**
 * Draws a waterfall: a start bar (B's value), one floating bar per step, and an end bar (A's value). The
 * axis spans the range the running total covers, so small steps on a large level stay visible.
 */
export function drawWaterfall(
  start: { readonly label: string; readonly value: number; readonly note: string },
  steps: readonly WaterfallStep[],
  end: { readonly label: string; readonly value: number; readonly note: string },
  opts: ChartOptions,
): string[] {
  const g = glyphs(opts.ascii);
  const levels = [start.value];
  let run = start.value;
  for (const s of steps) {
    run += s.delta;
    levels.push(run);
  }
  levels.push(end.value);
  const lo0 = Math.min(...levels);
  const hi0 = Math.max(...levels);
  const pad = (hi0 - lo0) * 0.15 || Math.abs(hi0) * 0.05 || 1;
  const lo = lo0 - pad;
  const hi = hi0 + pad * 0.2;
  const all = [start, ...steps, end];
  const labelW = Math.min(30, Math.max(...all.map((s) => textWidth(s.label))));
  const noteW = Math.max(...all.map((s) => textWidth(s.note)));
  const barW = Math.max(10, opts.width - labelW - noteW - 4);
  const col = (v: number): number => Math.max(0, Math.min(barW - 1, Math.round(((v - lo) / (hi - lo)) * (barW - 1))));
  const row = (label: string, from: number, to: number, ch: string, note: string): string => {
    const cells = new Array<string>(barW).fill(' ');
    const a = Math.min(col(from), col(to));
    const b = Math.max(col(from), col(to));
    for (let c = a; c <= b; c++) cells[c] = ch;
    return `${fit(label, labelW)}  ${cells.join('')}  ${note}`.trimEnd();
  };
  const lines = [row(start.label, lo, start.value, g.total, start.note)];
  run = start.value;
  for (const s of steps) {
    const next = run + s.delta;
    lines.push(row(s.label, run, next, s.delta >= 0 ? g.up : g.down, s.note));
    run = next;
  }
  lines.push(row(end.label, lo, end.value, g.total, end.note));
  lines.push(
    fit(`${' '.repeat(labelW + 2)}${msg.render.textCharts.waterfallLegend(g.up, g.down)}`, opts.width).trimEnd(),
  );
  return lines;
}
