/**
 * The brief reads its comparison from the runs of its chart ensembles: the bands must be runEnsemble's and
 * each run's metrics runPerRun's, also for the second scenario, whose runs start from the first one's 2019
 * checkpoints.
 */
import { describe, expect, it } from 'vitest';
import { getMetric, metricReducer } from '../../src/analysis/metrics.js';
import type { Scenario } from '../../src/model/types.js';
import {
  clearHistoryCache,
  historyCacheStats,
  runEnsemble,
  runEnsembleWithMetrics,
  runPerRun,
  statusQuo,
} from '../../src/port/engine.js';

const sq: Scenario = { ...statusQuo(), runs: 300, seed: 'with metrics' };
const platform: Scenario = { ...sq, levers: { cannabis_legal: 1, guard_size: 300000, youth_budget: 5 } };
const outputs = ['homicides', 'cartel_revenue'];
const metrics = (['homicides_total', 'homicides_2024', 'revenue_2030', 'fiscal_total'] as const).map((id) =>
  getMetric(id),
);

describe('runEnsembleWithMetrics', () => {
  it('gives the bands of runEnsemble and the per-run values of runPerRun, resumed or not', () => {
    clearHistoryCache();
    const first = runEnsembleWithMetrics(platform, { outputs }, metrics);
    const resumesBefore = historyCacheStats().resumes;
    const second = runEnsembleWithMetrics(sq, { outputs }, metrics);
    // The second ensemble started its runs from the first one's 2019 checkpoints.
    expect(historyCacheStats().resumes).toBeGreaterThan(resumesBefore);
    for (const [s, got] of [
      [platform, first],
      [sq, second],
    ] as const) {
      clearHistoryCache();
      expect(got.ensemble).toEqual(runEnsemble(s, { outputs }));
      metrics.forEach((m, k) => {
        expect(Array.from(got.perRun[k] ?? [])).toEqual(Array.from(runPerRun(s, {}, metricReducer(m))));
      });
    }
  });
});
