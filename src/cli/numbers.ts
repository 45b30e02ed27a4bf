/**
 * Numbers in the command line's plain-text tables, written for the language in force (en-US, es-MX).
 */
import { decimalSign } from '../text/format.js';
import { localeOf } from '../text/i18n.js';

/**
 * A number with exactly `digits` decimals and no digit grouping, rounded as `toFixed` rounds it (on the exact
 * binary value: 128.85 → "128.8"), with the decimal sign of the current locale (en-US and es-MX: a point).
 */
export function fixed(x: number, digits: number): string {
  const text = x.toFixed(digits);
  const point = decimalSign();
  return point === '.' ? text : text.replace('.', point);
}

/** A count with the locale's digit grouping: 12,345. */
export function count(n: number): string {
  return n.toLocaleString(localeOf());
}
