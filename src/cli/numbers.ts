/**
 * Numbers in the command line's plain-text tables, written for the language in force (en-US, es-MX).
 */
import { localeOf } from '../text/i18n.js';

const fixedFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number with exactly `digits` decimals and no digit grouping, in the current locale: what `toFixed` gives in
 * English (12.345 → "12.3"), with the locale's decimal sign elsewhere. Not-a-number and infinities are written
 * as `toFixed` writes them.
 */
export function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return x.toFixed(digits);
  const key = `${localeOf()}|${digits}`;
  let f = fixedFormats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(localeOf(), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    fixedFormats.set(key, f);
  }
  return f.format(Object.is(x, -0) ? 0 : x);
}

/** A count with the locale's digit grouping: 12,345. */
export function count(n: number): string {
  return n.toLocaleString(localeOf());
}
