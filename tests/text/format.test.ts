import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatSigned,
  lowerFirst,
  MINUS,
} from '../../src/text/format.js';

describe('formatNumber', () => {
  it('rounds to three significant figures with thousands separators', () => {
    expect(formatNumber(36012)).toBe('36,000');
    expect(formatNumber(29487)).toBe('29,500');
    expect(formatNumber(1234567)).toBe('1,230,000');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.01234)).toBe('0.0123');
  });
  it('drops trailing zeros and handles carries, zero, negatives and non-finite values', () => {
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatNumber(999.7)).toBe('1,000');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-2500)).toBe(`${MINUS}2,500`);
    expect(formatNumber(Number.NaN)).toBe('n/a');
  });
  it('honours a different precision', () => {
    expect(formatNumber(36012, 5)).toBe('36,012');
    expect(formatNumber(3.17159, 2)).toBe('3.2');
  });
});

describe('formatQuantity and friends', () => {
  it('spells units in words', () => {
    expect(formatQuantity(12.34, 'US$ bn/yr')).toBe('US$12.3 bn a year');
    expect(formatQuantity(-1.2, 'US$ bn/yr')).toBe(`${MINUS}US$1.2 bn a year`);
    expect(formatQuantity(36012, 'deaths/yr')).toBe('36,000 deaths a year');
    expect(formatQuantity(1.4, 'index, 2007 = 1')).toBe('1.4');
    expect(formatQuantity(170000, 'people')).toBe('170,000 people');
  });
  it('signs changes and percentages', () => {
    expect(formatSigned(12000)).toBe('+12,000');
    expect(formatSigned(-3.4)).toBe(`${MINUS}3.4`);
    expect(formatSigned(0)).toBe('0');
    expect(formatPercent(12.3)).toBe('12%');
    expect(formatPercent(3.44)).toBe('3.4%');
    expect(formatPercent(150.2)).toBe('150%');
  });
  it('escapes XML special characters and lower-cases only non-acronyms', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;');
    expect(lowerFirst('Homicides')).toBe('homicides');
    expect(lowerFirst('US gun action')).toBe('US gun action');
  });
});
