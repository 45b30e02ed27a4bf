import { describe, expect, it } from 'vitest';
import { centralMetric, makeCentralEvaluator, assumptionItems } from '../../src/port/analyses.js';
import { getMetric } from '../../src/analysis/metrics.js';
import type { Scenario } from '../../src/model/types.js';
import { statusQuo } from '../../src/port/engine.js';

const platform: Scenario = {
  ...statusQuo(),
  name: 'platform',
  levers: { cannabis_legal: 1, amnesty_coverage: 0.3, drawdown_share: 1, guard_size: 300000, youth_budget: 5 },
  assumptions: { recruitment_rate: 0.011 },
  camps: { vacuum_effect: 'no_vacuum' },
};

describe('makeCentralEvaluator', () => {
  it('gives the same numbers as runCentral with an override, for every assumption at both ends', () => {
    for (const metricId of ['homicides_2024', 'revenue_total', 'fiscal_total'] as const) {
      const metric = getMetric(metricId);
      const fast = makeCentralEvaluator(platform, metric);
      expect(fast()).toBe(centralMetric(platform, metric));
      for (const item of assumptionItems(platform)) {
        for (const x of [item.low, item.high]) {
          expect(fast(item.id, x)).toBe(centralMetric(platform, metric, { [item.id]: x }));
        }
      }
    }
  });

  it('does not leak one call’s override into the next', () => {
    const metric = getMetric('homicides_total');
    const fast = makeCentralEvaluator(platform, metric);
    const before = fast();
    fast('recruitment_rate', 0.013);
    expect(fast()).toBe(before);
  });
});
