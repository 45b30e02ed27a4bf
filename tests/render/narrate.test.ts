import { describe, expect, it } from 'vitest';
import { classifyShape, narrateBands, narrateBars, narrateSeries, yearlyMeans } from '../../src/render/narrate.js';
import { MINUS } from '../../src/text/format.js';

/** Months 2019-01 … 2030-12. */
const MONTHS: string[] = [];
for (let y = 2019; y <= 2030; y++) for (let m = 1; m <= 12; m++) MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);

/** A series whose every month in year y equals f(y), so yearly means are exactly f(y). */
function byYear(f: (year: number) => number): Float64Array {
  return Float64Array.from(MONTHS, (m) => f(Number(m.slice(0, 4))));
}

describe('yearlyMeans', () => {
  it('averages the months of each year and skips missing points', () => {
    const v = Float64Array.from(MONTHS, (_, i) => (i < 12 ? i : Number.NaN));
    const y = yearlyMeans(MONTHS, v);
    expect(y).toEqual([{ year: 2019, value: 5.5 }]);
  });
  it('starts at startIndex', () => {
    const y = yearlyMeans(
      MONTHS,
      byYear((yr) => yr),
      12,
    );
    expect(y[0]).toEqual({ year: 2020, value: 2020 });
    expect(y).toHaveLength(11);
  });
});

describe('classifyShape', () => {
  const ys = (vals: number[]) => vals.map((value, i) => ({ year: 2019 + i, value }));
  it('recognises the five shapes', () => {
    expect(classifyShape(ys([10, 10.1, 9.95, 10])).shape).toBe('flat');
    expect(classifyShape(ys([10, 11, 12, 13])).shape).toBe('rising');
    expect(classifyShape(ys([13, 12, 11, 10])).shape).toBe('falling');
    expect(classifyShape(ys([10, 14, 12, 11]))).toEqual({ shape: 'peak', extreme: { year: 2020, value: 14 } });
    expect(classifyShape(ys([10, 6, 8, 9]))).toEqual({ shape: 'trough', extreme: { year: 2020, value: 6 } });
  });
  it('calls a tiny interior bump a rise, not a peak', () => {
    // 10.2 is only 0.1 above the end value of 10.1: within the 3% tolerance.
    expect(classifyShape(ys([8, 9, 10.2, 10.1])).shape).toBe('rising');
  });
});

describe('narrateSeries', () => {
  it('describes a peak then fall and compares with the baseline', () => {
    // Peak 36,000 in 2021, then a straight fall to 29,500 in 2030; baseline flat at 33,523 → 12.0% below.
    const p50 = byYear((y) => (y <= 2021 ? 30000 + (y - 2019) * 3000 : 36000 - ((y - 2021) * 6500) / 9));
    const baseline = byYear(() => 29500 / 0.88);
    expect(narrateSeries({ label: 'Homicides', unit: 'deaths/yr', months: MONTHS, p50, baseline })).toBe(
      'Homicides peak in 2021 at 36,000 deaths a year, then fall to 29,500 deaths a year by 2030, 12% below the status-quo baseline.',
    );
  });
  it('describes a rise with a singular subject, above the baseline', () => {
    const p50 = byYear((y) => 10 + (y - 2019) * 0.5); // 10 → 15.5
    const baseline = byYear(() => 15.5 / 1.25);
    expect(narrateSeries({ label: 'Cartel revenue', unit: 'US$ bn/yr', months: MONTHS, p50, baseline })).toBe(
      'Cartel revenue rises from US$10 bn a year in 2019 to US$15.5 bn a year by 2030, 25% above the status-quo baseline.',
    );
  });
  it('describes a fall, a flat line and a trough', () => {
    expect(
      narrateSeries({
        label: 'Workforce',
        unit: 'people',
        months: MONTHS,
        p50: byYear((y) => 200000 - (y - 2019) * 5000),
      }),
    ).toBe('Workforce falls from 200,000 people in 2019 to 145,000 people by 2030.');
    expect(narrateSeries({ label: 'Forces', unit: 'people', months: MONTHS, p50: byYear(() => 52800) })).toBe(
      'Forces stay roughly flat at about 52,800 people from 2019 to 2030.',
    );
    const trough = byYear((y) => 1 + Math.abs(y - 2024) * 0.1); // 1.5 → 1.0 in 2024 → 1.6
    expect(narrateSeries({ label: 'Fragmentation', unit: 'index, 2007 = 1', months: MONTHS, p50: trough })).toBe(
      'Fragmentation bottoms out in 2024 at 1, then rises to 1.6 by 2030.',
    );
  });
  it('agrees the verb with the head noun and brackets a trailing qualifier', () => {
    const rising = byYear((y) => y - 2000);
    const say = (label: string): string => narrateSeries({ label, unit: '', months: MONTHS, p50: rising });
    expect(say('Net fiscal cost of the levers')).toMatch(/^Net fiscal cost of the levers rises /);
    expect(say('Soldiers and Guard on the streets')).toMatch(/^Soldiers and Guard on the streets rise /);
    expect(say('Cartel revenue, all lines')).toMatch(/^Cartel revenue \(all lines\) rises /);
    expect(say('Cannabis')).toMatch(/^Cannabis rises /);
    expect(narrateSeries({ label: 'Police', unit: '', months: MONTHS, p50: rising, plural: true })).toMatch(
      /^Police rise /,
    );
  });
  it('says "about the same" within 1% and names another baseline', () => {
    const p50 = byYear(() => 100);
    const baseline = byYear(() => 100.9);
    expect(
      narrateSeries({
        label: 'Net fiscal cost',
        unit: 'US$ bn/yr',
        months: MONTHS,
        p50,
        baseline,
        baselineLabel: 'scenario B',
      }),
    ).toBe(
      'Net fiscal cost stays roughly flat at about US$100 bn a year from 2019 to 2030, about the same as scenario B.',
    );
    const below = narrateSeries({
      label: 'Net fiscal cost',
      unit: 'US$ bn/yr',
      months: MONTHS,
      p50,
      baseline: byYear(() => 102),
    });
    expect(below).toContain('below the status-quo baseline');
  });
  it('gives an absolute gap when the baseline is zero', () => {
    const text = narrateSeries({
      label: 'Cannabis tax',
      unit: 'US$ bn/yr',
      months: MONTHS,
      p50: byYear(() => 0.8),
      baseline: byYear(() => 0),
    });
    expect(text).toMatch(/US\$0\.8 bn a year above the status-quo baseline\.$/);
  });
  it('skips history before startIndex and survives an empty series', () => {
    const months = ['2018-12', ...MONTHS];
    const p50 = Float64Array.from([1e9, ...byYear((y) => y - 2000)]);
    expect(narrateSeries({ label: 'X', unit: '', months, p50, startIndex: 1 })).toBe(
      'X rises from 19 in 2019 to 30 by 2030.',
    );
    expect(narrateSeries({ label: 'X', unit: '', months: [], p50: [] })).toContain('no data');
  });
  it('is deterministic', () => {
    const p50 = byYear((y) => Math.sin(y) * 100 + 500);
    const a = narrateSeries({ label: 'Homicides', unit: 'deaths/yr', months: MONTHS, p50 });
    expect(narrateSeries({ label: 'Homicides', unit: 'deaths/yr', months: MONTHS, p50 })).toBe(a);
  });
});

describe('narrateBars', () => {
  it('names the widest tornado bar and the next two', () => {
    const text = narrateBars({
      kind: 'tornado',
      metric: 'Homicides',
      unit: 'deaths',
      rows: [
        { label: 'small', low: 100, high: 90 },
        { label: 'gun lethality', low: 300000, high: 341000 },
        { label: 'vacuum', low: 320000, high: 308000 },
      ],
    });
    expect(text).toBe(
      'The result hinges most on gun lethality: from low to high it moves homicides by 41,000 deaths (from 300,000 deaths to 341,000 deaths); next come vacuum (12,000 deaths) and small (10 deaths).',
    );
  });
  it('walks a waterfall from its start to its end', () => {
    const text = narrateBars({
      kind: 'waterfall',
      metric: 'Homicides',
      unit: 'deaths',
      startLabel: 'the status quo',
      start: 350000,
      steps: [
        { label: 'drawdown', delta: 12000 },
        { label: 'legalization', delta: -21000 },
      ],
    });
    expect(text).toBe(
      `From the status quo at 350,000 deaths, the largest step is legalization (${MINUS}21,000 deaths), then drawdown (+12,000 deaths); together the steps take homicides to 341,000 deaths (${MINUS}9,000 deaths overall, in the central run).`,
    );
  });
  it('handles no bars', () => {
    expect(narrateBars({ kind: 'tornado', metric: 'homicides', unit: 'deaths', rows: [] })).toContain(
      'nothing to compare',
    );
  });
});

describe('narrateBands', () => {
  const months = ['2029-01', '2029-07', '2030-01', '2030-07'];
  const flat = (v: number): number[] => months.map(() => v);
  it('says which band is hatched and that last-year ranges overlap', () => {
    const text = narrateBands({
      unit: 'deaths/yr',
      months,
      a: { label: 'scenario A', p10: flat(10), p90: flat(20) },
      b: { label: 'scenario B', p10: flat(15), p90: flat(30) },
    });
    expect(text).toBe(
      "Shaded: scenario A's P10–P90 range; hatched: scenario B's. In 2030 the two ranges overlap (10–20 against 15–30 deaths/yr).",
    );
  });
  it('names the wholly lower side when the ranges are apart, whichever it is', () => {
    const lowA = narrateBands({
      unit: 'u',
      months,
      a: { label: 'A', p10: flat(1), p90: flat(2) },
      b: { label: 'B', p10: flat(3), p90: flat(4) },
    });
    expect(lowA).toContain("do not overlap: A's is wholly lower (1–2 against 3–4 u)");
    const lowB = narrateBands({
      unit: 'u',
      months,
      a: { label: 'A', p10: flat(5), p90: flat(6) },
      b: { label: 'B', p10: flat(3), p90: flat(4) },
    });
    expect(lowB).toContain("do not overlap: B's is wholly lower (3–4 against 5–6 u)");
  });
  it('gives a range whose ends read the same as one number', () => {
    const text = narrateBands({
      unit: 'US$ bn/yr',
      months,
      a: { label: 'A', p10: flat(0), p90: flat(0) },
      b: { label: 'B', p10: flat(7.39), p90: flat(10.2) },
    });
    expect(text).toContain("A's is wholly lower (0 against 7.39–10.2 US$ bn/yr)");
    expect(text).not.toContain('0–0');
  });
  it('uses the last year\u2019s mean, not the last point', () => {
    // 2030 means: A 10–20, B 21–30 (apart), though the last points alone (A up to 25) would overlap.
    const text = narrateBands({
      unit: 'u',
      months,
      a: { label: 'A', p10: [0, 0, 10, 10], p90: [0, 0, 15, 25] },
      b: { label: 'B', p10: [0, 0, 21, 21], p90: [0, 0, 30, 30] },
    });
    expect(text).toContain('In 2030 the two ranges do not overlap');
  });
});
