/**
 * Number formatting for the explorer: thousands separators, three significant figures for model outputs
 * (a toy model earns no more), units, signed deltas and compact axis labels.
 */
import type { Lever } from '../model/types.js';
import type { KeyHints } from '../text/en/ui.js';
import { localeOf, msg } from '../text/i18n.js';
import { unitLabel } from '../model/units.js';
import type { Difference } from '../port/index.js';
import { settingValue } from '../render/text/round-text.js';

const MINUS = '−';

/** Number formats by locale and decimals: `toLocaleString` with options builds a new one on every call. */
const fixedFormats = new Map<string, Intl.NumberFormat>();

function fixedFormat(decimals: number): Intl.NumberFormat {
  const locale = localeOf();
  const key = `${locale}\u0000${decimals}`;
  let f = fixedFormats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixedFormats.set(key, f);
  }
  return f;
}

/** Format a number with the current locale's separators and a fixed number of decimals. */
export function formatNumber(v: number, decimals = 0): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? msg.common.notAvailable : v > 0 ? '∞' : `${MINUS}∞`;
  const s = fixedFormat(decimals).format(Math.abs(v));
  const zero = /^[0.,]*$/.test(s);
  return v < 0 && !zero ? `${MINUS}${s}` : s;
}

/** Count the decimals needed to show a value rounded to `sig` significant figures. */
function decimalsFor(v: number, sig: number): number {
  if (v === 0 || !Number.isFinite(v)) return 0;
  const mag = Math.floor(Math.log10(Math.abs(v)));
  return Math.max(0, sig - 1 - mag);
}

/** Below this magnitude values are shown in exponent form, which keeps their significant figures. */
const EXPONENT_BELOW = 1e-3;

/**
 * Format a value to three significant figures with separators (31,234 → "31,200"; 21.34 → "21.3"); tiny
 * non-zero values in exponent form (9.1e-9 → "9.10e-9"), never as a row of zeros.
 */
export function formatSig(v: number, sig = 3): string {
  if (!Number.isFinite(v)) return formatNumber(v);
  if (v === 0) return '0';
  if (Math.abs(v) < EXPONENT_BELOW) return `${v < 0 ? MINUS : ''}${Math.abs(v).toExponential(sig - 1)}`;
  const mag = Math.floor(Math.log10(Math.abs(v)));
  const factor = 10 ** (mag - sig + 1);
  const rounded = Math.round(v / factor) * factor;
  return formatNumber(rounded, Math.min(6, decimalsFor(rounded, sig)));
}

/** Format a signed difference ("+1,200", "−3.4", "0"), to three significant figures. */
export function formatDelta(v: number, sig = 3): string {
  if (!Number.isFinite(v)) return formatNumber(v);
  const s = formatSig(Math.abs(v), sig);
  if (s === '0' || /^[0.]+$/.test(s)) return '0';
  return v > 0 ? `+${s}` : `${MINUS}${s}`;
}

/** Format a relative difference as a signed percentage ("+12%"), or an empty string when the base is 0. */
export function formatPercentDelta(v: number, base: number): string {
  if (base === 0 || !Number.isFinite(v) || !Number.isFinite(base)) return '';
  return formatSignedPercent((v / Math.abs(base)) * 100);
}

/** Format a percentage with its sign ("+12%", "−3.4%", "0%"), or an empty string when it is not a number. */
export function formatSignedPercent(p: number): string {
  if (!Number.isFinite(p)) return '';
  const r = Math.abs(p) >= 10 ? Math.round(p) : Math.round(p * 10) / 10;
  if (r === 0) return '0%';
  return `${r > 0 ? '+' : MINUS}${formatNumber(Math.abs(r), Number.isInteger(r) ? 0 : 1)}%`;
}

/** Format a compact axis label (31,200 → "31.2k", 1,500,000 → "1.5M", 0.25 → "0.25"). */
export function formatAxis(v: number): string {
  const a = Math.abs(v);
  const sign = v < 0 ? MINUS : '';
  const trim = (x: number, d: number): string => String(Number(x.toFixed(d)));
  if (a >= 1e9) return `${sign}${trim(a / 1e9, 1)}G`;
  if (a >= 1e6) return `${sign}${trim(a / 1e6, 1)}M`;
  if (a >= 1e4) return `${sign}${trim(a / 1e3, 0)}k`;
  if (a >= 1e3) return `${sign}${trim(a / 1e3, 1)}k`;
  if (a >= 100) return `${sign}${trim(a, 0)}`;
  if (a >= 10) return `${sign}${trim(a, 1)}`;
  if (a === 0) return '0';
  return `${sign}${trim(a, 2)}`;
}

/** Count the decimals of a lever step (0.05 → 2), so values print the way the arrow keys move them. */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || Number.isInteger(step)) return 0;
  const s = String(step);
  const e = s.indexOf('e-');
  if (e >= 0) return Number(s.slice(e + 2));
  return s.split('.')[1]?.length ?? 0;
}

/** Say whether a lever's unit is a share of something in 0–1, shown as a percentage. */
export function isShareUnit(unit: string): boolean {
  return /share|fraction|proporci|fracci|0[–-]1/i.test(unit);
}

/**
 * Format a lever value for the levers panel ("on", "2020", "50%", "300,000 people", "5.0 US$ bn/yr"); with
 * `withUnit` false, the number alone.
 */
export function formatLeverValue(lever: Lever, v: number, withUnit = true): string {
  if (lever.control === 'toggle') return v >= 0.5 ? msg.ui.on : msg.ui.off;
  if (lever.control === 'year') return String(Math.round(v));
  if (isShareUnit(lever.unit)) {
    const pct = v * 100;
    const d = Math.max(0, stepDecimals(lever.step) - 2);
    return `${formatNumber(pct, d)}%`;
  }
  const num = formatNumber(v, stepDecimals(lever.step));
  // Scale descriptions such as "0 none – 1 full" say what the number means; the number alone reads better.
  if (!withUnit || !lever.unit || /[–]/.test(lever.unit) || lever.unit === 'on/off') return num;
  return `${num} ${shortUnit(unitLabel(lever.unit))}`;
}

/** Shorten a unit for narrow columns (drops parentheses and long words). */
export function shortUnit(unit: string): string {
  return unit.replace(/\s*\(.*?\)\s*/g, ' ').trim();
}

/** Fit text in `width` columns: cut with an ellipsis, or pad with spaces to the right. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = Array.from(text);
  if (chars.length > width) return width === 1 ? '…' : `${chars.slice(0, width - 1).join('')}…`;
  return text + ' '.repeat(width - chars.length);
}

/** Pad on the left to `width` columns (cutting from the left side when too long). */
export function padLeft(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length >= width) return chars.slice(chars.length - width).join('');
  return ' '.repeat(width - chars.length) + text;
}

/** The width of a text in terminal columns (one per code point, as the explorer's glyphs are all narrow). */
export function textWidth(text: string): number {
  return Array.from(text).length;
}

/** Trailing separators left behind when a text is cut between words. */
const DANGLING = /[\s·,;:(–—-]+$/u;

/**
 * The leading whole words of `text` followed by "…", in at most `width` columns; just "…" when not even the
 * first word fits. Never cuts a word.
 */
export function ellipsize(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = Array.from(text.trimEnd());
  let end = Math.min(chars.length, width - 1);
  // Back up to a space unless the cut falls exactly at the end of a word.
  if (end < chars.length && chars[end] !== ' ') {
    while (end > 0 && chars[end - 1] !== ' ') end--;
  }
  const kept = chars.slice(0, end).join('').replace(DANGLING, '');
  return `${kept}…`;
}

/** The text if it fits in `width` columns, else its leading whole words and "…" (no padding). */
export function clipWords(text: string, width: number): string {
  return textWidth(text) <= width ? text : ellipsize(text, width);
}

/** Fit text in `width` columns without cutting a word: padded when it fits, else whole words and "…". */
export function fitWords(text: string, width: number): string {
  if (width <= 0) return '';
  const t = clipWords(text, width);
  return t + ' '.repeat(Math.max(0, width - textWidth(t)));
}

/** One key hint as shown: "key action". */
function hintText([key, action]: readonly [string, string]): string {
  return key ? `${key} ${action}` : action;
}

/**
 * Key hints on one line of at most `width` columns, two spaces apart: the `end` hints always (as many as
 * fit, from the last), then as many of `hints` as fit in order. A hint is never split.
 */
export function hintLine(hints: KeyHints, end: KeyHints, width: number): string {
  const gap = '  ';
  const tail: string[] = [];
  let used = 0;
  for (const h of [...end].reverse()) {
    const w = textWidth(hintText(h)) + (tail.length ? gap.length : 0);
    if (used + w > width) break;
    tail.unshift(hintText(h));
    used += w;
  }
  const head: string[] = [];
  for (const h of hints) {
    const w = textWidth(hintText(h)) + gap.length;
    if (used + w > width) break;
    head.push(hintText(h));
    used += w;
  }
  return [...head, ...tail].join(gap);
}

/** Key hints wrapped into lines of at most `width` columns (at most `maxLines`), never splitting a hint. */
export function hintLines(hints: KeyHints, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const h of hints.map(hintText)) {
    const cand = cur ? `${cur}  ${h}` : h;
    if (textWidth(cand) <= width || !cur) cur = cand;
    else {
      lines.push(cur);
      cur = h;
    }
  }
  if (cur) lines.push(cur);
  return lines.slice(0, maxLines);
}

/** Wrap text into lines of at most `width` columns, breaking at spaces; at most `maxLines` lines. */
export function wrap(text: string, width: number, maxLines = Infinity): string[] {
  if (width <= 0) return [];
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const cand = cur ? `${cur} ${w}` : w;
    if (Array.from(cand).length <= width) cur = cand;
    else {
      if (cur) lines.push(cur);
      cur = Array.from(w).length > width ? fit(w, width) : w;
    }
  }
  if (cur) lines.push(cur);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    // The last line kept ends with "…" after a whole word, the sign that the text goes on.
    kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, width);
    return kept;
  }
  return lines;
}

/** A differing setting's value on one side: a lever as the levers panel shows it, else a number or a camp. */
export function differenceValue(d: Difference, side: 'aff' | 'neg', levers: readonly Lever[]): string {
  const v = side === 'aff' ? d.aff : d.neg;
  const lever = d.kind === 'lever' ? levers.find((l) => l.id === d.id) : undefined;
  return lever !== undefined && typeof v === 'number' ? formatLeverValue(lever, v) : settingValue(v, d.unit);
}
