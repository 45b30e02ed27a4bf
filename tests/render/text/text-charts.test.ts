import { describe, expect, it } from 'vitest';
import { drawTornado, drawWaterfall } from '../../../src/render/text/text-charts.js';

const bars = [
  { label: 'big', atLow: 80, atHigh: 130, note: '0 → 80 | 1 → 130' },
  { label: 'small', atLow: 105, atHigh: 95, note: '0 → 105 | 1 → 95' },
];

describe('drawTornado', () => {
  it('fits the width and draws longer bars for larger swings', () => {
    const lines = drawTornado(bars, 100, '100', { width: 60 });
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    const count = (s: string | undefined): number => [...(s ?? '')].filter((c) => c === '█' || c === '░').length;
    expect(count(lines[0])).toBeGreaterThan(count(lines[1]));
  });

  it('puts the high end on the side it moves the metric', () => {
    const [big, small] = drawTornado(bars, 100, '100', { width: 60 });
    // big: high raises the metric, so its high glyph is right of the axis.
    expect(big?.indexOf('█')).toBeGreaterThan(big?.indexOf('░') ?? Infinity);
    expect(small?.indexOf('█')).toBeLessThan(small?.indexOf('░') ?? -1);
  });

  it('uses only ASCII when asked', () => {
    const lines = drawTornado(bars, 100, '100', { width: 60, ascii: true });
    for (const line of lines.slice(0, 2)) expect(line.replace(/[→]/g, '')).toMatch(/^[\x20-\x7e]*$/);
    expect(lines[0]).toContain('#');
  });
});

describe('drawWaterfall', () => {
  it('draws start, one row per step and end, floating bars between running totals', () => {
    const lines = drawWaterfall(
      { label: 'B', value: 100, note: '100' },
      [
        { label: 'up', delta: 20, note: 'n1' },
        { label: 'down', delta: -50, note: 'n2' },
      ],
      { label: 'A', value: 70, note: '70' },
      { width: 50, ascii: true },
    );
    expect(lines).toHaveLength(5);
    const up = lines[1] ?? '';
    const down = lines[2] ?? '';
    expect(up).toContain('+');
    expect(down).toContain('-');
    // The down bar starts where the up bar ends (at 120) and reaches further left.
    expect(down.lastIndexOf('-')).toBeGreaterThanOrEqual(up.lastIndexOf('+') - 1);
    expect(down.indexOf('-')).toBeLessThan(up.indexOf('+'));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
  });
});
