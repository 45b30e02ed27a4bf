/**
 * Assumption overrides in a scenario: a plain value fixes the assumption in every run; a value with a range
 * is drawn inside that range.
 */
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, paramSpecs, resolveAssumptions, runEnsemble, statusQuo } from '../src/port/engine.js';
import { GENERATED } from '../src/model/generated/model.gen.js';
import { runStream } from '../src/model/rng.js';
import { compileSampler } from '../src/model/sample.js';
import type { Scenario } from '../src/model/types.js';

const sq = statusQuo();

/** The values one parameter takes in runs 0 … runs−1 of a scenario's ensemble (the draws the engine makes). */
function drawsOf(s: Scenario, id: string, runs: number): number[] {
  const specs = paramSpecs(s);
  const sampler = compileSampler(specs);
  const p = new Float64Array(specs.length);
  const k = (GENERATED.parameters as readonly string[]).indexOf(id);
  expect(k).toBeGreaterThanOrEqual(0);
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    sampler.draw(runStream(s.seed, r), p);
    out.push(p[k] as number);
  }
  return out;
}

describe('assumption overrides', () => {
  it('a plain value fixes the assumption: the same value in every run, and marked fixed', () => {
    const s: Scenario = { ...sq, assumptions: { deployment_share: 0.3, youth_targeting: 1.5 } };
    expect(new Set(drawsOf(s, 'deployment_share', 300))).toEqual(new Set([0.3]));
    expect(new Set(drawsOf(s, 'youth_targeting', 300))).toEqual(new Set([1.5]));
    const r = resolveAssumptions(s).find((a) => a.id === 'deployment_share');
    expect(r).toMatchObject({
      override: 'fixed',
      distribution: 'fixed',
      effective: { value: 0.3, low: 0.3, high: 0.3 },
      changed: true,
    });
    // Without the override the same assumption is drawn over its range.
    expect(new Set(drawsOf(sq, 'deployment_share', 300)).size).toBeGreaterThan(100);
  });

  it("a value with a range is drawn inside that range, around the value, with the assumption's own shape", () => {
    const s: Scenario = {
      ...sq,
      assumptions: { youth_targeting: 1.5 },
      assumptionRanges: { youth_targeting: { low: 1, high: 2 } },
    };
    const draws = drawsOf(s, 'youth_targeting', 2000);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...draws)).toBeLessThanOrEqual(2);
    expect(Math.min(...draws)).toBeLessThan(1.1);
    expect(Math.max(...draws)).toBeGreaterThan(1.9);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeCloseTo(1.5, 1);
    const own = ASSUMPTIONS.find((a) => a.id === 'youth_targeting');
    const r = resolveAssumptions(s).find((a) => a.id === 'youth_targeting');
    expect(r).toMatchObject({
      override: 'range',
      distribution: own?.distribution,
      effective: { value: 1.5, low: 1, high: 2 },
    });
  });

  it('a range given without a value is ignored: the assumption keeps its own draw', () => {
    const s: Scenario = { ...sq, assumptionRanges: { youth_targeting: { low: 1, high: 2 } } };
    const r = resolveAssumptions(s).find((a) => a.id === 'youth_targeting');
    expect(r?.override).toBeUndefined();
    expect(drawsOf(s, 'youth_targeting', 200)).toEqual(drawsOf(sq, 'youth_targeting', 200));
  });

  it('fixing every assumption makes every run of an ensemble identical (P10 = P90 for every output and month)', () => {
    const assumptions = Object.fromEntries(
      ASSUMPTIONS.filter((a) => a.id !== 'violence_theory').map((a) => [a.id, a.value]),
    );
    // One theory too: a pooled ensemble mixes structures even with every figure fixed.
    const result = runEnsemble({ ...sq, runs: 40, assumptions, camps: { violence_theory: 'confrontation' } });
    for (const [id, band] of Object.entries(result.bands)) {
      for (let m = 0; m < band.p10.length; m++) {
        expect(band.p90[m], `${id} month ${m}`).toBe(band.p10[m]);
      }
    }
    const drawn = runEnsemble({ ...sq, runs: 40 });
    const h = drawn.bands.homicides;
    expect(h && h.p90[h.p90.length - 1]! > h.p10[h.p10.length - 1]!).toBe(true);
  });
});
