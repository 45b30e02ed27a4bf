import { describe, expect, it } from 'vitest';
import { pairedEffect, quantile, spread, summarizePaired } from '../../src/analysis/stats.js';

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

  it('defines the effect as the median of the paired differences, not the difference of the medians', () => {
    // Paired runs whose differences (−2, +1, +1) have a median of +1, while both medians are 2.
    const a = [1, 2, 3];
    const b = [3, 1, 2];
    const e = pairedEffect(a, b, 'lower');
    expect(e.p50).toBe(1);
    expect(e.medianA - e.medianB).toBe(0);
    expect(e.p10).toBeCloseTo(-1.4, 12); // −2 + 0.2 · 3
    expect(e.p90).toBe(1);
    expect(e.pct.p50).toBe(50); // −66.7%, +100%, +50%
    expect(e.wins).toBe(1);
    expect(e.winShare).toBeCloseTo(1 / 3, 12);
    expect(pairedEffect(a, b, 'higher').wins).toBe(2);
    // A quantity with no better direction has a median difference but no wins.
    const none = pairedEffect(a, b, undefined);
    expect(none.p50).toBe(1);
    expect(none.winShare).toBeNaN();
  });

  it('counts paired wins in the better direction', () => {
    const a = [1, 2, 3, 4];
    const b = [2, 2, 2, 2];
    const lower = summarizePaired(a, b, 'lower');
    expect(lower.shareABetter).toBe(0.25);
    expect(lower.advantage.p50).toBe(-0.5);
    expect(summarizePaired(a, b, 'higher').shareABetter).toBe(0.5);
    // The advantage is the effect signed so that positive is better.
    const e = pairedEffect(a, b, 'lower');
    expect(lower.advantage).toEqual({ p10: -e.p90, p50: -e.p50, p90: -e.p10 });
  });
});
