import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chartRange,
  columnToMonth,
  monthToColumn,
  niceRange,
  renderChart,
  rowSegments,
  rowText,
  valueAxis,
  yearAxis,
} from '../../src/ui/chart.js';
import { MONTHS } from '../helpers/fake-engine.js';

const flat = (v: number, n = 288) => new Float64Array(n).fill(v);

describe('renderChart', () => {
  it('returns height rows of width cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (w, h, vals) => {
          const g = renderChart({
            width: w,
            height: h,
            months: vals.length,
            lines: [{ kind: 'median', values: vals, from: 0, to: vals.length }],
          });
          expect(g.rows).toHaveLength(h);
          for (const r of g.rows) expect(r).toHaveLength(w);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
  it('draws a flat line in one row at the height of its value', () => {
    const g = renderChart({
      width: 20,
      height: 4,
      months: 288,
      lines: [{ kind: 'median', values: flat(50), from: 0, to: 288 }],
      min: 0,
      max: 100,
    });
    const rowsWithLine = g.rows
      .map((r, i) => [i, r.filter((c) => c.kind === 'median').length] as const)
      .filter(([, n]) => n > 0);
    expect(rowsWithLine).toHaveLength(1);
    expect(rowsWithLine[0]![1]).toBe(20);
    // 50 of 0–100 sits mid-plot: pixel row round(0.5 * 15) = 8 → cell row 2.
    expect(rowsWithLine[0]![0]).toBe(2);
    expect(rowText(g.rows[2]!)).toMatch(/^[\u2801-\u28ff]+$/);
  });
  it('shades the band only over its month range and under the lines', () => {
    const g = renderChart({
      width: 40,
      height: 6,
      months: 288,
      min: 0,
      max: 100,
      lines: [{ kind: 'median', values: flat(50), from: 144, to: 288 }],
      bands: [{ kind: 'band', low: flat(20), high: flat(80), from: 144, to: 288 }],
    });
    const bandCols = new Set<number>();
    for (const r of g.rows) for (const [i, c] of r.entries()) if (c.kind === 'band') bandCols.add(i);
    expect(Math.min(...bandCols)).toBeGreaterThanOrEqual(monthToColumn(144, 288, 40) - 1);
    expect(bandCols.has(0)).toBe(false);
    expect(g.rows[0]!.some((c) => c.kind === 'band')).toBe(false); // 80 of 100 is below the top row
    expect(rowText(g.rows[3]!)).toMatch(/[\u2801-\u28ff]/); // the median row
    expect(rowText(g.rows[4]!)).toContain('░');
  });
  it('draws the dashed baseline with gaps, and lines above the band', () => {
    const g = renderChart({
      width: 30,
      height: 3,
      months: 288,
      min: 0,
      max: 100,
      lines: [{ kind: 'baseline', values: flat(10), from: 0, to: 288, dashed: true }],
    });
    const row = g.rows.find((r) => r.some((c) => c.kind === 'baseline'))!;
    expect(row.filter((c) => c.kind === 'baseline').length).toBeGreaterThan(10);
    expect(row.filter((c) => c.kind === 'empty').length).toBeGreaterThan(10);
  });
  it('marks observed points and the cursor column', () => {
    const g = renderChart({
      width: 30,
      height: 5,
      months: 288,
      min: 0,
      max: 100,
      lines: [],
      points: [{ month: 0, value: 100 }],
      cursor: 287,
    });
    expect(g.rows[0]![0]!.kind).toBe('observed');
    expect(g.rows.every((r) => r[29]!.kind === 'cursor')).toBe(true);
    expect(rowText(g.rows[2]!).endsWith('│')).toBe(true);
  });
  it('gives the median priority where lines cross', () => {
    const g = renderChart({
      width: 10,
      height: 2,
      months: 288,
      min: 0,
      max: 100,
      lines: [
        { kind: 'median', values: flat(50), from: 0, to: 288 },
        { kind: 'baseline', values: flat(50), from: 0, to: 288 },
      ],
    });
    expect(g.rows.flat().some((c) => c.kind === 'baseline')).toBe(false);
    expect(g.rows.flat().filter((c) => c.kind === 'median').length).toBe(10);
  });
  it('groups a row into coloured segments that rebuild the text', () => {
    const g = renderChart({
      width: 40,
      height: 4,
      months: 288,
      lines: [{ kind: 'median', values: MONTHS.map((_, i) => i), from: 0, to: 288 }],
      cursor: 100,
    });
    for (const r of g.rows)
      expect(
        rowSegments(r)
          .map((s) => s.text)
          .join(''),
      ).toBe(rowText(r));
  });
});

describe('ranges and axes', () => {
  it('rounds ranges to nice steps and includes zero for non-negative data', () => {
    expect(niceRange(0, 37)).toEqual({ min: 0, max: 40, step: 10 });
    const r = chartRange({
      width: 10,
      height: 3,
      months: 3,
      lines: [{ kind: 'median', values: [12000, 30000, 36000], from: 0, to: 3 }],
    });
    expect(r.min).toBe(0);
    expect(r.max).toBeGreaterThanOrEqual(36000);
    const neg = chartRange({
      width: 10,
      height: 3,
      months: 2,
      lines: [{ kind: 'median', values: [-5, 5], from: 0, to: 2 }],
    });
    expect(neg.min).toBeLessThanOrEqual(-5);
  });
  it('maps months to columns and back', () => {
    expect(monthToColumn(0, 288, 50)).toBe(0);
    expect(monthToColumn(287, 288, 50)).toBe(49);
    for (let c = 0; c < 50; c++) expect(monthToColumn(columnToMonth(c, 288, 50), 288, 50)).toBe(c);
  });
  it('labels years at their columns without overlaps', () => {
    const axis = yearAxis(MONTHS, 58, 144);
    expect(Array.from(axis)).toHaveLength(58);
    expect(axis).toContain('2007');
    expect(axis).toContain('2019');
    expect(axis.indexOf('2019')).toBe(monthToColumn(144, 288, 58));
    const labels = axis.trim().split(/\s+/);
    expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
  });
  it('puts max on top and min at the bottom of the value axis', () => {
    const ax = valueAxis(0, 40000, 8, (v) => String(v));
    expect(ax[0]).toBe('40000');
    expect(ax[7]).toBe('0');
    expect(ax).toHaveLength(8);
  });
});
