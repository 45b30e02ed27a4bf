/**
 * Pure band-chart renderer: scenario median, P10–P90 band, baseline, history and observed points drawn into
 * a grid of terminal cells. Lines use braille (2×4 dots per cell); the band uses a shade glyph, so the chart
 * reads without colour. Each cell carries a kind so a component can colour it from the theme.
 */

/** What a cell shows, in drawing priority (cursor and points over lines, lines over the band). */
export type CellKind =
  | 'empty'
  | 'band'
  | 'compareBand'
  | 'hindcast'
  | 'history'
  | 'baseline'
  | 'compare'
  | 'median'
  | 'observed'
  | 'cursor';

/** A line to draw over a month range [from, to). */
export interface ChartLine {
  readonly kind: 'median' | 'baseline' | 'history' | 'compare';
  readonly values: ArrayLike<number>;
  readonly from: number;
  readonly to: number;
  /** Draw every other cell only (dashed), to tell it apart without colour. */
  readonly dashed?: boolean;
}

/** A band to shade over a month range [from, to). */
export interface ChartBand {
  readonly kind: 'band' | 'compareBand' | 'hindcast';
  readonly low: ArrayLike<number>;
  readonly high: ArrayLike<number>;
  readonly from: number;
  readonly to: number;
}

/** Everything the chart draws. */
export interface ChartSpec {
  /** Plot size in terminal cells. */
  readonly width: number;
  readonly height: number;
  /** Number of months on the x axis (index 0 at the left edge, months − 1 at the right edge). */
  readonly months: number;
  readonly lines: readonly ChartLine[];
  readonly bands?: readonly ChartBand[];
  /** Observed points (month index, value), drawn as a dot glyph. */
  readonly points?: readonly { readonly month: number; readonly value: number }[];
  /** Month index of the cursor, or undefined for none. */
  readonly cursor?: number;
  /** Force the value range; otherwise it is computed from the data (including 0 for non-negative data). */
  readonly min?: number;
  readonly max?: number;
}

/** One cell of the grid. */
export interface ChartCell {
  readonly char: string;
  readonly kind: CellKind;
}

/** The drawn grid, top row first, and the value range used. */
export interface ChartGrid {
  readonly rows: readonly (readonly ChartCell[])[];
  readonly min: number;
  readonly max: number;
}

/** Glyphs the legend shows for each kind. */
export const GLYPHS = {
  median: '⣀⣀',
  baseline: '⠤ ⠤',
  history: '⠒⠒',
  compare: '⣤⣤',
  band: '░',
  compareBand: '▒',
  hindcast: '▒',
  observed: '•',
  cursor: '│',
} as const;

const BAND_CHAR: Record<ChartBand['kind'], string> = { band: '░', compareBand: '▒', hindcast: GLYPHS.hindcast };
const BIT = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
] as const;
const LINE_PRIORITY: Record<ChartLine['kind'], number> = { history: 1, baseline: 2, compare: 3, median: 4 };
const KIND_OF_PRIORITY: CellKind[] = ['empty', 'history', 'baseline', 'compare', 'median'];

/** Round a range outwards to "nice" numbers (1, 2, 2.5, 5 × 10^k steps). */
export function niceRange(min: number, max: number, ticks = 4): { min: number; max: number; step: number } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1, step: 0.25 };
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    const pad = max === 0 ? 1 : Math.abs(max) * 0.1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  return { min: Math.floor(min / step + 1e-9) * step, max: Math.ceil(max / step - 1e-9) * step, step };
}

/** Compute the value range of a chart spec (data extremes, 0 included for non-negative data, rounded nicely). */
export function chartRange(spec: ChartSpec): { min: number; max: number } {
  let lo = Infinity;
  let hi = -Infinity;
  const scan = (a: ArrayLike<number>, from: number, to: number): void => {
    for (let i = Math.max(0, from); i < Math.min(to, a.length); i++) {
      const v = a[i] ?? NaN;
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  };
  for (const l of spec.lines) scan(l.values, l.from, l.to);
  for (const b of spec.bands ?? []) {
    scan(b.low, b.from, b.to);
    scan(b.high, b.from, b.to);
  }
  for (const p of spec.points ?? []) scan([p.value], 0, 1);
  if (lo === Infinity) return { min: spec.min ?? 0, max: spec.max ?? 1 };
  if (lo >= 0) lo = 0;
  const nice = niceRange(lo, hi);
  return { min: spec.min ?? nice.min, max: spec.max ?? nice.max };
}

/** Interpolate a series at fractional month t. */
function at(values: ArrayLike<number>, t: number): number {
  const i = Math.floor(t);
  const f = t - i;
  const a = values[i] ?? NaN;
  if (f === 0) return a;
  const b = values[Math.min(i + 1, values.length - 1)] ?? a;
  return a * (1 - f) + b * f;
}

/** Map a month index to a cell column of a plot `width` cells wide covering `months` months. */
export function monthToColumn(month: number, months: number, width: number): number {
  if (months <= 1) return 0;
  const px = Math.round((month / (months - 1)) * (width * 2 - 1));
  return Math.max(0, Math.min(width - 1, px >> 1));
}

/** Map a cell column back to the month at its centre. */
export function columnToMonth(col: number, months: number, width: number): number {
  if (width <= 1) return 0;
  return Math.max(0, Math.min(months - 1, Math.round(((col * 2 + 0.5) / (width * 2 - 1)) * (months - 1))));
}

/** Draw a chart into a grid of `height` rows × `width` cells. */
export function renderChart(spec: ChartSpec): ChartGrid {
  const width = Math.max(1, Math.floor(spec.width));
  const height = Math.max(1, Math.floor(spec.height));
  const { min, max } = chartRange(spec);
  const span = max - min || 1;
  const pw = width * 2;
  const ph = height * 4;
  const bits = new Uint8Array(width * height);
  const prio = new Uint8Array(width * height);
  const shade: (ChartBand['kind'] | undefined)[] = new Array(width * height).fill(undefined);
  const yOf = (v: number): number => Math.round((1 - (v - min) / span) * (ph - 1));
  const months = spec.months;
  const tOf = (px: number): number => (months <= 1 ? 0 : (px / (pw - 1)) * (months - 1));

  for (const b of spec.bands ?? []) {
    for (let c = 0; c < width; c++) {
      const t0 = tOf(c * 2);
      const t1 = tOf(c * 2 + 1);
      if (t1 < b.from || t0 > b.to - 1) continue;
      const t = Math.min(Math.max((t0 + t1) / 2, b.from), b.to - 1);
      const lo = at(b.low, t);
      const hi = at(b.high, t);
      if (!Number.isFinite(lo) || !Number.isFinite(hi)) continue;
      const rTop = Math.max(0, yOf(Math.max(lo, hi)) >> 2);
      const rBot = Math.min(height - 1, yOf(Math.min(lo, hi)) >> 2);
      for (let r = rTop; r <= rBot; r++) {
        const idx = r * width + c;
        if (shade[idx] === undefined || b.kind === 'band') shade[idx] = b.kind;
      }
    }
  }

  const sorted = [...spec.lines].sort((a, b) => LINE_PRIORITY[a.kind] - LINE_PRIORITY[b.kind]);
  for (const line of sorted) {
    let prev: number | undefined;
    const p = LINE_PRIORITY[line.kind];
    for (let px = 0; px < pw; px++) {
      const t = tOf(px);
      if (t < line.from - 1e-9 || t > line.to - 1 + 1e-9) {
        prev = undefined;
        continue;
      }
      const v = at(line.values, Math.min(t, line.values.length - 1));
      if (!Number.isFinite(v)) {
        prev = undefined;
        continue;
      }
      const y = Math.max(0, Math.min(ph - 1, yOf(v)));
      const skip = line.dashed === true && ((px >> 1) & 1) === 1;
      if (!skip) {
        const y0 = prev === undefined ? y : Math.min(prev, y);
        const y1 = prev === undefined ? y : Math.max(prev, y);
        for (let yy = y0; yy <= y1; yy++) {
          const idx = (yy >> 2) * width + (px >> 1);
          bits[idx] = (bits[idx] ?? 0) | (BIT[yy & 3]?.[px & 1] ?? 0);
          if ((prio[idx] ?? 0) < p) prio[idx] = p;
        }
      }
      prev = y;
    }
  }

  const observed = new Set<number>();
  for (const pt of spec.points ?? []) {
    if (!Number.isFinite(pt.value)) continue;
    const c = monthToColumn(pt.month, months, width);
    const r = Math.max(0, Math.min(height - 1, yOf(pt.value) >> 2));
    observed.add(r * width + c);
  }
  const cursorCol = spec.cursor === undefined ? -1 : monthToColumn(spec.cursor, months, width);

  const rows: ChartCell[][] = [];
  for (let r = 0; r < height; r++) {
    const row: ChartCell[] = [];
    for (let c = 0; c < width; c++) {
      const idx = r * width + c;
      const b = bits[idx] ?? 0;
      let cell: ChartCell;
      if (observed.has(idx)) cell = { char: GLYPHS.observed, kind: 'observed' };
      else if (b !== 0)
        cell = { char: String.fromCharCode(0x2800 + b), kind: KIND_OF_PRIORITY[prio[idx] ?? 0] ?? 'median' };
      else if (shade[idx] !== undefined) cell = { char: BAND_CHAR[shade[idx]!], kind: shade[idx]! };
      else cell = { char: ' ', kind: 'empty' };
      if (c === cursorCol)
        cell = cell.kind === 'empty' ? { char: GLYPHS.cursor, kind: 'cursor' } : { char: cell.char, kind: 'cursor' };
      row.push(cell);
    }
    rows.push(row);
  }
  return { rows, min, max };
}

/** Turn a grid row into plain text. */
export function rowText(row: readonly ChartCell[]): string {
  return row.map((c) => c.char).join('');
}

/** Group a row into runs of the same kind (for colouring). */
export function rowSegments(row: readonly ChartCell[]): { kind: CellKind; text: string }[] {
  const out: { kind: CellKind; text: string }[] = [];
  for (const cell of row) {
    const last = out[out.length - 1];
    if (last && last.kind === cell.kind) last.text += cell.char;
    else out.push({ kind: cell.kind, text: cell.char });
  }
  return out;
}

/**
 * Build the year axis for a plot: tick marks and labels at years that fit without overlapping.
 * `months` are "YYYY-MM" strings; returns a line exactly `width` columns wide.
 */
export function yearAxis(months: readonly string[], width: number, mark?: number): string {
  const chars = new Array<string>(width).fill(' ');
  const n = months.length;
  const years: { year: number; month: number }[] = [];
  months.forEach((m, i) => {
    if (m.endsWith('-01')) years.push({ year: Number(m.slice(0, 4)), month: i });
  });
  const wanted = new Set<number>();
  if (mark !== undefined) wanted.add(mark);
  const placed: [number, number][] = [];
  const tryPlace = (year: number, month: number): void => {
    const col = monthToColumn(month, n, width);
    const label = `${year}`;
    let start = col;
    if (start + label.length > width) start = width - label.length;
    const end = start + label.length;
    if (start < 0 || placed.some(([s, e]) => start < e + 1 && end + 1 > s)) return;
    placed.push([start, end]);
    for (let i = 0; i < label.length; i++) chars[start + i] = label[i] ?? ' ';
  };
  for (const y of years) if (wanted.has(y.month)) tryPlace(y.year, y.month);
  const first = years[0];
  if (first) tryPlace(first.year, first.month);
  for (const y of years) if (y.year % 5 === 0) tryPlace(y.year, y.month);
  return chars.join('');
}

/** Value-axis labels for each plot row: max at the top row, min at the bottom, midpoint in between. */
export function valueAxis(min: number, max: number, height: number, format: (v: number) => string): string[] {
  const out = new Array<string>(height).fill('');
  out[0] = format(max);
  if (height > 1) out[height - 1] = format(min);
  if (height >= 5)
    out[Math.floor((height - 1) / 2)] = format(
      min + ((max - min) * (height - 1 - Math.floor((height - 1) / 2))) / (height - 1),
    );
  return out;
}
