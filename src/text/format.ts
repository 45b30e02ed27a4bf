/**
 * Number and text formatting shared by the narrations, the SVG charts and the brief.
 * Pure apart from reading the language in force: digits are grouped by `Intl` for its locale (en-US, es-MX).
 */
import type { UnitText } from './en/model.js';
import { localeOf, msg } from './i18n.js';

/** The minus sign used for negative numbers in display text (reads as "minus" in screen readers). */
export const MINUS = '\u2212';

const groupers = new Map<string, Intl.NumberFormat>();

/** Groups a whole number's digits for the current locale (12345 → "12,345"); the sign is the caller's. */
function groupDigits(digits: string): string {
  const locale = localeOf();
  let f = groupers.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true });
    groupers.set(locale, f);
  }
  return f.format(BigInt(digits));
}

const decimalSigns = new Map<string, string>();

/** The decimal sign of the current locale (en-US and es-MX: a point), looked up once per locale. */
export function decimalSign(): string {
  const locale = localeOf();
  let sign = decimalSigns.get(locale);
  if (sign === undefined) {
    sign = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    decimalSigns.set(locale, sign);
  }
  return sign;
}

/**
 * Rounds a number to `sig` significant figures (3 by default) and prints it with thousands separators,
 * dropping trailing zeros after the decimal point: 36012 → "36,000", 12.345 → "12.3", 0.01234 → "0.0123".
 */
export function formatNumber(x: number, sig = 3): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? msg.common.notAvailable : x > 0 ? '∞' : `${MINUS}∞`;
  if (x === 0) return '0';
  const neg = x < 0;
  const ax = Math.abs(x);
  const mag = Math.floor(Math.log10(ax));
  const decimals = Math.max(0, sig - 1 - mag);
  const shift = sig - 1 - mag;
  // Multiply or divide by an exact power of ten so large numbers stay whole (36012 → 36000, not 35999.99…).
  const rounded =
    shift >= 0 ? Math.round(ax * 10 ** shift) / 10 ** shift : Math.round(ax / 10 ** -shift) * 10 ** -shift;
  // Rounding can carry into a new digit (999.7 → 1000); that is still correct at this precision.
  if (rounded === 0) return '0';
  let text = rounded.toFixed(decimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  const [intPart = '0', frac] = text.split('.');
  const body = groupDigits(intPart) + (frac !== undefined ? `${decimalSign()}${frac}` : '');
  return (neg ? MINUS : '') + body;
}

/** Formats a signed change with an explicit sign: "+12,000", "−3.4", "0". */
export function formatSigned(x: number, sig = 3): string {
  const text = formatNumber(x, sig);
  if (text === '0' || text.startsWith(MINUS) || !Number.isFinite(x)) return text;
  return `+${text}`;
}

/** Formats a percentage with two significant figures, minimum one: 12.3 → "12%", 3.44 → "3.4%". */
export function formatPercent(pct: number): string {
  if (!Number.isFinite(pct)) return msg.common.notAvailable;
  const a = Math.abs(pct);
  const text = a >= 10 ? formatNumber(pct, Math.max(2, Math.floor(Math.log10(a)) + 1)) : formatNumber(pct, 2);
  return `${text}%`;
}

/**
 * Formats a value with its unit in words: ("US$ bn/yr", 12.34) → "US$12.3 bn a year",
 * ("deaths/yr", 36012) → "36,000 deaths a year", ("people", 170000) → "170,000 people",
 * ("index, 2007 = 1", 1.4) → "1.4", ("%", 12) → "12%". A unit whose catalogue entry spells amounts in the
 * language in force says it that way ("36,000 homicidios al año", "US$12.3 mil millones al año").
 */
export function formatQuantity(value: number, unit: string, sig = 3): string {
  const n = formatNumber(value, sig);
  const entry = (msg.model.units as Readonly<Record<string, UnitText | undefined>>)[unit.trim()];
  if (entry?.amount !== undefined) {
    const sign = n.startsWith(MINUS) ? MINUS : '';
    return sign + entry.amount(sign ? n.slice(MINUS.length) : n);
  }
  let u = unit.trim();
  let perYear = false;
  if (/\/\s*yr$/i.test(u) || /\/\s*year$/i.test(u)) {
    perYear = true;
    u = u.replace(/\s*\/\s*(yr|year)$/i, '');
  }
  const tail = perYear ? msg.common.perYear : '';
  if (u === '') return n + tail;
  if (u.toLowerCase().startsWith('index')) return n + tail;
  if (u === '%') return `${n}%${tail}`;
  const money = /^US\$\s*(.*)$/.exec(u);
  if (money) {
    const rest = (money[1] ?? '').trim();
    const sign = n.startsWith(MINUS) ? MINUS : '';
    const abs = sign ? n.slice(MINUS.length) : n;
    return `${sign}US$${abs}${rest ? ` ${rest}` : ''}${tail}`;
  }
  return `${n} ${u}${tail}`;
}

/** Formats a value with its unit, with an explicit sign for changes: "+US$1.2 bn a year", "−3,400 deaths". */
export function formatSignedQuantity(value: number, unit: string, sig = 3): string {
  const text = formatQuantity(value, unit, sig);
  if (!Number.isFinite(value) || value <= 0 || formatNumber(value, sig) === '0') return text;
  return `+${text}`;
}

/** Lower-cases the first letter unless the word looks like an acronym ("Homicides" → "homicides", "US" stays). */
export function lowerFirst(text: string): string {
  if (text.length === 0) return text;
  const second = text.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Upper-cases the first letter. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Escapes text for XML and HTML content and attribute values (& < > " '). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Turns a label into a safe id fragment: lower-case letters, digits and hyphens only. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'x' : s;
}
