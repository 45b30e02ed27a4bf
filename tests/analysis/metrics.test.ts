import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../src/analysis/errors.js';
import {
  METRICS,
  MONTH_COUNT,
  advantage,
  getMetric,
  isBetter,
  metricForYear,
  metricNamed,
  metricReducer,
  yearlyMetrics,
} from '../../src/analysis/metrics.js';

/** A series whose value in month m is m, so span sums are arithmetic series. */
const ramp = Float64Array.from({ length: MONTH_COUNT }, (_, m) => m);

describe('metrics', () => {
  it('offers every id the tools document', () => {
    const ids = METRICS.map((m) => m.id);
    for (const id of [
      'homicides_total',
      'homicides_2021',
      'homicides_2024',
      'homicides_2030',
      'oc_homicides_total',
      'revenue_total',
      'revenue_2024',
      'revenue_2030',
      'workforce_2030',
      'fiscal_total',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sums 2019–2030 monthly annual rates divided by 12', () => {
    // months 144..287: sum = (144 + 287) * 144 / 2 = 31032; / 12 = 2586.
    expect(getMetric('homicides_total').fromSeries(() => ramp)).toBe(2586);
  });

  it('takes a year as the mean of its 12 months', () => {
    // 2024 = months 204..215, mean 209.5.
    expect(getMetric('homicides_2024').fromSeries(() => ramp)).toBe(209.5);
    expect(getMetric('workforce_2030').fromSeries(() => ramp)).toBe(281.5);
  });

  it('reads the output named by the metric', () => {
    const asked: string[] = [];
    getMetric('oc_homicides_total').fromSeries((id) => {
      asked.push(id);
      return ramp;
    });
    expect(asked).toEqual(['homicides_oc']);
    expect(getMetric('fiscal_total').output).toBe('fiscal_cost');
    expect(getMetric('revenue_2030').output).toBe('cartel_revenue');
  });

  it('builds per-year metrics for any year of the scenario period', () => {
    const m = getMetric('revenue_2027');
    expect(m.year).toBe(2027);
    expect(metricForYear(getMetric('revenue_total'), 2027).id).toBe('revenue_2027');
    expect(yearlyMetrics(getMetric('homicides_total')).map((x) => x.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
  });

  it('throws an AnalysisError that lists the ids for an unknown metric', () => {
    expect(() => metricNamed('murders')).toThrow(AnalysisError);
    expect(() => metricNamed('murders')).toThrow(/homicides_total/);
    expect(() => metricNamed('homicides_2031')).toThrow(AnalysisError);
    expect(() => metricNamed('workforce_total')).toThrow(/workforce_2030/);
  });

  it('reduces a month-major run buffer to the same value as the series', () => {
    const nOut = 3;
    const out = new Float64Array(MONTH_COUNT * nOut);
    for (let m = 0; m < MONTH_COUNT; m++) {
      out[m * nOut] = 1;
      out[m * nOut + 1] = m;
      out[m * nOut + 2] = -5;
    }
    const reduce = metricReducer(getMetric('homicides_total'));
    expect(reduce(out, { cartel_revenue: 0, homicides: 1, workforce: 2 })).toBe(2586);
    expect(() => reduce(out, { cartel_revenue: 0 })).toThrow(/homicides/);
  });

  it('compares by the direction that is better', () => {
    expect(isBetter(getMetric('homicides_total'), 1, 2)).toBe(true);
    expect(isBetter(getMetric('cannabis_tax_total'), 1, 2)).toBe(false);
    expect(advantage({ better: 'lower' }, 3, 5)).toBe(2);
    expect(advantage({ better: 'higher' }, 3, 5)).toBe(-2);
  });
});
