import { describe, expect, it } from 'vitest';
import { quantile, spread, summarizePaired } from '../../src/analysis/stats.js';

describe('stats', () => {
  it('interpolates quantiles linearly between order statistics', () => {
    expect(quantile([4, 1, 3, 2, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // R-7 on 0..10: h = 10 * 0.1 = 1.
    expect(
      quantile(
        Array.from({ length: 11 }, (_, i) => i),
        0.1,
      ),
    ).toBe(1);
    expect(spread([10, 0, 5]).p50).toBe(5);
  });

  it('counts paired wins in the better direction', () => {
    const a = [1, 2, 3, 4];
    const b = [2, 2, 2, 2];
    const lower = summarizePaired(a, b, 'lower');
    expect(lower.shareABetter).toBe(0.25);
    expect(lower.advantage.p50).toBe(-0.5);
    expect(summarizePaired(a, b, 'higher').shareABetter).toBe(0.5);
  });
});
