import { describe, expect, it } from 'vitest';
import { computeSensitivity, type RangeItem } from '../../src/analysis/sensitivity.js';

const metric = { id: 'toy', label: 'toy', unit: 'u', better: 'lower' as const };

function item(id: string, low: number, high: number): RangeItem {
  return { kind: 'assumption', id, label: id, value: (low + high) / 2, low, high, unit: '', source: '' };
}

describe('computeSensitivity', () => {
  it('ranks inputs by the absolute swing from low to high', () => {
    const weights: Record<string, number> = { a: 1, b: -5, c: 2, d: 0 };
    const items = [item('a', 0, 1), item('b', 0, 1), item('c', 0, 3), item('d', 0, 1)];
    const result = computeSensitivity(metric, 100, items, (it, x) => 100 + (weights[it.id] ?? 0) * (x - it.value));
    expect(result.rows.map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(result.rows[0]?.swing).toBe(6);
    expect(result.rows[1]?.swing).toBe(-5);
    expect(result.rows[1]?.atLow).toBe(102.5);
    expect(result.base).toBe(100);
  });

  it('skips inputs with an empty range', () => {
    const result = computeSensitivity(metric, 0, [item('fixed', 2, 2)], () => {
      throw new Error('must not evaluate');
    });
    expect(result.rows).toEqual([]);
  });
});
