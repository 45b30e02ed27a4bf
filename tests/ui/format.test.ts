import { describe, expect, it } from 'vitest';
import {
  fit as fitText,
  formatAxis,
  formatDelta,
  formatLeverValue,
  formatNumber,
  formatPercentDelta,
  formatSig,
  stepDecimals,
  wrap,
} from '../../src/ui/format.js';
import { FAKE_LEVERS } from '../helpers/fake-engine.js';

const lever = (id: string) => FAKE_LEVERS.find((l) => l.id === id)!;

describe('format', () => {
  it('groups thousands and keeps the requested decimals', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(-1234.5, 1)).toBe('−1,234.5');
    expect(formatNumber(-0.0001, 2)).toBe('0.00');
  });
  it('rounds model outputs to three significant figures', () => {
    expect(formatSig(31234)).toBe('31,200');
    expect(formatSig(21.34)).toBe('21.3');
    expect(formatSig(0.4567)).toBe('0.457');
    expect(formatSig(0)).toBe('0');
    // Tiny values keep their figures instead of rounding to a row of zeros.
    expect(formatSig(9.1e-9)).toBe('9.10e-9');
    expect(formatSig(-2.345e-5)).toBe('−2.35e-5');
    expect(formatSig(0.001)).toBe('0.00100');
  });
  it('signs deltas and shows zero unsigned', () => {
    expect(formatDelta(1234)).toBe('+1,230');
    expect(formatDelta(-3.456)).toBe('−3.46');
    expect(formatDelta(0)).toBe('0');
    expect(formatPercentDelta(5, 50)).toBe('+10%');
    expect(formatPercentDelta(-1, 50)).toBe('−2%');
    expect(formatPercentDelta(1, 0)).toBe('');
  });
  it('writes compact axis labels', () => {
    expect(formatAxis(31200)).toBe('31k');
    expect(formatAxis(1500)).toBe('1.5k');
    expect(formatAxis(1_500_000)).toBe('1.5M');
    expect(formatAxis(0)).toBe('0');
    expect(formatAxis(12.5)).toBe('12.5');
  });
  it('prints lever values in their units', () => {
    expect(formatLeverValue(lever('cannabis_legal'), 1)).toBe('on');
    expect(formatLeverValue(lever('cannabis_legal'), 0)).toBe('off');
    expect(formatLeverValue(lever('cannabis_start_year'), 2023)).toBe('2023');
    expect(formatLeverValue(lever('cannabis_legal_share'), 0.55)).toBe('55%');
    expect(formatLeverValue(lever('guard_size'), 300000)).toBe('300,000 people');
    expect(formatLeverValue(lever('youth_budget'), 5)).toBe('5.0 US$ bn/yr');
    expect(stepDecimals(0.05)).toBe(2);
  });
  it('fits and wraps text to a width', () => {
    expect(fitText('abcdef', 4)).toBe('abc…');
    expect(fitText('ab', 4)).toBe('ab  ');
    const lines = wrap('one two three four five six', 9);
    expect(lines).toEqual(['one two', 'three', 'four five', 'six']);
    for (const l of wrap('a very long sentence that keeps going and going', 10, 2))
      expect(Array.from(l).length).toBeLessThanOrEqual(10);
  });
});
