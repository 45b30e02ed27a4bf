import { describe, expect, it } from 'vitest';
import { findCruxes, findFlips } from '../../src/analysis/crux.js';
import type { RangeItem } from '../../src/analysis/sensitivity.js';

function item(id: string, value: number, low = 0, high = 1): RangeItem {
  return { kind: 'assumption', id, label: id, value, low, high, unit: '', source: `source of ${id}` };
}

describe('findFlips', () => {
  it('finds the flip of x − 0.3 on [0, 1] to within 1e-4 of the range', () => {
    const scan = findFlips((x) => x - 0.3, 0, 1, 1);
    expect(scan.flips).toHaveLength(1);
    expect(Math.abs((scan.flips[0] ?? Number.NaN) - 0.3)).toBeLessThan(1e-4);
  });

  it('scales the tolerance with the range', () => {
    const scan = findFlips((x) => x - 3000, 1000, 11000, 1);
    expect(Math.abs((scan.flips[0] ?? Number.NaN) - 3000)).toBeLessThan(1e-4 * 10000);
  });

  it('finds every sign change the scan brackets', () => {
    const scan = findFlips((x) => (x - 0.2) * (x - 0.7), 0, 1, 1);
    expect(scan.flips.map((f) => Math.round(f * 1000) / 1000)).toEqual([0.2, 0.7]);
  });

  it('skips the scan when the margin is flat at both ends and the middle, unless told not to', () => {
    // Zero at 0, 0.5 and 1 (sin of multiples of 2π) but negative on (0.5, 1): two real flips.
    const wave = (x: number): number => Math.round(Math.sin(2 * Math.PI * x) * 1e9) / 1e9 + 0;
    let calls = 0;
    const counted = (x: number): number => {
      calls++;
      return wave(x);
    };
    expect(findFlips(counted, 0, 1, 1).flips).toEqual([]);
    expect(calls).toBe(3);
    expect(findFlips(wave, 0, 1, 1, { skipFlat: false }).flips.length).toBeGreaterThan(0);
  });

  it('reports no flip and the closest call when the sign holds', () => {
    const scan = findFlips((x) => 1 + x, 0, 1, 1);
    expect(scan.flips).toEqual([]);
    expect(scan.closestMargin).toBe(1);
  });
});

describe('findCruxes', () => {
  it('sorts cruxes by distance of the flip from the current value, holds last', () => {
    // Margin depends on one item at a time; others at central give +0.5.
    const margins: Record<string, (x: number) => number> = {
      far: (x) => x - 0.05, // current 0.9, flip at 0.05: distance 0.85
      near: (x) => x - 0.45, // current 0.5, flip at 0.45: distance 0.05
      holds: (x) => 2 + x,
      holdsClose: (x) => 0.1 + x,
    };
    const items = [item('far', 0.9), item('holds', 0.5), item('near', 0.5), item('holdsClose', 0.5)];
    const result = findCruxes(items, 0.5, (it, x) => (margins[it.id] ?? (() => Number.NaN))(x));
    expect(result.leader).toBe('A');
    expect(result.rows.map((r) => r.id)).toEqual(['near', 'far', 'holdsClose', 'holds']);
    const near = result.rows[0];
    expect(near?.flip).toBeCloseTo(0.45, 3);
    expect(near?.distance).toBeCloseTo(0.05, 3);
    expect(near?.source).toBe('source of near');
    expect(result.rows[3]?.flip).toBeNull();
  });

  it('picks the flip nearest the current value when there are several', () => {
    const result = findCruxes([item('u', 0.6)], 1, (_it, x) => -(x - 0.2) * (x - 0.7));
    expect(result.rows[0]?.flip).toBeCloseTo(0.7, 3);
    expect(result.rows[0]?.flips).toHaveLength(2);
  });

  it('names B the leader when A is worse at central values', () => {
    expect(findCruxes([], -2, () => 0).leader).toBe('B');
  });

  it('skips items with an empty range', () => {
    expect(findCruxes([item('fixed', 1, 1, 1)], 1, () => 1).rows).toEqual([]);
  });
});
