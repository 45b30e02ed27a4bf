import { describe, expect, it } from 'vitest';
import { computeLayout, NARRATION_MAX_CHARS, scrollWindow } from '../../src/ui/layout.js';

describe('computeLayout', () => {
  it('refuses terminals under 80×24', () => {
    expect(computeLayout(79, 30).ok).toBe(false);
    expect(computeLayout(100, 23).ok).toBe(false);
    expect(computeLayout(Number.NaN, 30).ok).toBe(false);
  });
  it.each([
    [80, 24],
    [100, 30],
    [160, 50],
  ])('fits every panel in %i×%i', (c, r) => {
    const l = computeLayout(c, r);
    if (!l.ok) throw new Error('expected a layout');
    expect(l.leftWidth + 1 + l.rightWidth).toBe(c);
    expect(l.height).toBe(r - 1);
    expect(1 + l.mainHeight + l.stripHeight + 1).toBe(l.height);
    // Two charts (title, plot, axis), their wrapped sentences, legend and readout fit in the main area.
    expect(2 * (l.plotHeight + 2) + l.narrationLines * l.narrationRows + 2).toBeLessThanOrEqual(l.mainHeight);
    // The longest sentence fits the lines it gets: wrapped, never cut.
    expect(l.narrationRows * l.rightWidth).toBeGreaterThanOrEqual(NARRATION_MAX_CHARS + l.narrationRows);
    // At 80×24 a plot row goes to the sentence's third line.
    expect(l.plotHeight).toBeGreaterThanOrEqual(4);
    expect(1 + l.leverRows + 1 + l.articleLines).toBe(l.mainHeight);
    expect(l.plotWidth).toBeGreaterThanOrEqual(40);
    expect(l.leverRows).toBeGreaterThanOrEqual(8);
  });
  it('narrates both charts at 100×30 and only the selected one at 80×24', () => {
    const big = computeLayout(100, 30);
    const small = computeLayout(80, 24);
    if (!big.ok || !small.ok) throw new Error('expected layouts');
    expect(big.narrationLines).toBe(2);
    expect(small.narrationLines).toBe(1);
  });
  it('grows the plot with the terminal', () => {
    const a = computeLayout(80, 24);
    const b = computeLayout(120, 40);
    if (!a.ok || !b.ok) throw new Error('expected layouts');
    expect(b.plotWidth).toBeGreaterThan(a.plotWidth);
    expect(b.plotHeight).toBeGreaterThan(a.plotHeight);
  });
});

describe('scrollWindow', () => {
  it('keeps the selection inside the window', () => {
    for (let sel = 0; sel < 30; sel++) {
      const top = scrollWindow(sel, 30, 10);
      expect(sel).toBeGreaterThanOrEqual(top);
      expect(sel).toBeLessThan(top + 10);
      expect(top + 10).toBeLessThanOrEqual(30);
    }
    expect(scrollWindow(5, 8, 10)).toBe(0);
  });
});
