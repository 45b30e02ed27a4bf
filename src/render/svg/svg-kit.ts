/**
 * Small shared pieces for the SVG charts: a greyscale-safe palette, nice tick steps, and element helpers.
 * Pure string building: no DOM, no dependencies.
 */
import { escapeXml, formatNumber, slug } from '../../text/format.js';

/**
 * A fixed palette that survives greyscale printing: the lines differ by dash pattern and weight as well as
 * colour, and the two fills differ in lightness.
 */
export const PALETTE = {
  ink: '#1a1a1a',
  axis: '#444444',
  grid: '#d9d9d9',
  scenario: '#1f4e79',
  bandFill: '#1f4e79',
  bandOpacity: 0.22,
  baseline: '#9c2f1f',
  baselineDash: '7 4',
  baselineBandFill: '#f7ece9',
  hatchOpacity: 0.55,
  history: '#6b6b6b',
  historyDash: '2 3',
  fitFill: '#6b6b6b',
  fitOpacity: 0.16,
  hindcast: '#2e6b30',
  hindcastOpacity: 0.3,
  hindcastDash: '5 2 1 2',
  barHigh: '#1f4e79',
  barLow: '#bfbfbf',
  barTotal: '#6b6b6b',
  divider: '#888888',
  dividerDash: '3 3',
  // text-exempt: a CSS font list, not words.
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
} as const;

/** The SVG namespace (a name, not a link: nothing is fetched from it). */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Rounds a coordinate to one decimal so paths stay short and output is stable. */
export function r1(x: number): string {
  const v = Math.round(x * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
}

/** Picks a 1–2–5 step that gives at most `maxTicks` ticks over [lo, hi]. */
export function niceStep(lo: number, hi: number, maxTicks: number): number {
  const span = Math.abs(hi - lo);
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, maxTicks);
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * pow >= raw) return m * pow;
  }
  return 10 * pow;
}

/** Extends [lo, hi] outward to multiples of a nice step and lists the ticks. */
export function niceTicks(lo: number, hi: number, maxTicks = 5): { lo: number; hi: number; ticks: number[] } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { lo: 0, hi: 1, ticks: [0, 1] };
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(lo, hi, maxTicks);
  const nlo = Math.floor(lo / step + 1e-9) * step;
  const nhi = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let k = 0; nlo + k * step <= nhi + step * 1e-9; k++) ticks.push(Number((nlo + k * step).toPrecision(12)));
  return { lo: nlo, hi: nhi, ticks };
}

/** Formats a tick value compactly but exactly enough to tell ticks apart (4 significant figures). */
export function tickLabel(v: number): string {
  return formatNumber(v, 4);
}

/** Builds an attribute string from a record, escaping values; undefined values are left out. */
export function attrs(a: Readonly<Record<string, string | number | undefined>>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${escapeXml(typeof v === 'number' ? r1(v) : v)}"`;
  }
  return out;
}

/** A text element with escaped content. */
export function text(
  x: number,
  y: number,
  content: string,
  extra: Readonly<Record<string, string | number | undefined>> = {},
): string {
  return `<text${attrs({ x, y, ...extra })}>${escapeXml(content)}</text>`;
}

/** Makes an id prefix for a chart so several charts can share one HTML page without clashing ids. */
export function chartId(id: string | undefined, title: string): string {
  return `chart-${slug(id ?? title)}`;
}

/**
 * Opens an accessible SVG root with a <title> and <desc> (the narration) that screen readers announce.
 * Close it with `</svg>`.
 */
export function svgOpen(opts: { id: string; width: number; height: number; title: string; desc: string }): string {
  const { id, width, height } = opts;
  return (
    `<svg${attrs({ xmlns: SVG_NS, id, width, height, viewBox: `0 0 ${r1(width)} ${r1(height)}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, 'font-family': PALETTE.font, 'font-size': 12 })}>` +
    `<title id="${escapeXml(id)}-title">${escapeXml(opts.title)}</title>` +
    `<desc id="${escapeXml(id)}-desc">${escapeXml(opts.desc)}</desc>` +
    `<rect${attrs({ x: 0, y: 0, width, height, fill: '#ffffff' })}/>`
  );
}
