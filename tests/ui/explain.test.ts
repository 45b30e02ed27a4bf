import { describe, expect, it } from 'vitest';
import { explainCurve, periodSum, yearValue } from '../../src/ui/explain.js';
import { FAKE_ASSUMPTIONS, FAKE_LEVERS, MONTHS, fakeCentral, scenarioWith } from '../helpers/fake-engine.js';
import { fakeSettings } from '../helpers/fake-ids.js';

const engine = { levers: FAKE_LEVERS, assumptions: FAKE_ASSUMPTIONS, scenarioStart: 144, runCentral: fakeCentral };

describe('explainCurve', () => {
  it('sums annual rates over 2019–2030 and averages a year', () => {
    const s = new Float64Array(288).fill(12);
    expect(periodSum(s, 144)).toBe(144); // 12 years at 12/yr
    const ramp = Float64Array.from({ length: 288 }, (_, i) => i);
    expect(yearValue(ramp, MONTHS, 2007)).toBe(5.5);
  });
  it('ranks changed levers by their one-at-a-time effect, with the right sign', () => {
    const s = scenarioWith({ guard_size: 300000, drawdown_share: 1, cannabis_legal: 1 });
    const ex = explainCurve(engine, s, scenarioWith({}), 'homicides');
    const ids = ex.contributions.map((c) => c.id);
    expect(ids).toEqual(['guard_size', 'drawdown_share', 'cannabis_legal']);
    // homicides = hist × (1 − 0.1 × 3 + 0.2 × 1): resetting the Guard raises the curve by 0.3 × hist.
    const hist = periodSum(
      Float64Array.from({ length: 288 }, (_, m) => 10000 + m * 80),
      144,
    );
    expect(ex.contributions[0]!.effect).toBeCloseTo(-0.3 * hist, 6);
    expect(ex.contributions[1]!.effect).toBeCloseTo(0.2 * hist, 6);
    expect(ex.contributions[2]!.effect).toBe(0); // cannabis does not enter homicides in the fake model
    expect(ex.scenarioTotal - ex.baselineTotal).toBeCloseTo(-0.1 * hist, 6);
  });
  it('includes assumption overrides and camps', () => {
    const s = {
      ...scenarioWith({}),
      ...fakeSettings({ camps: { cannabis_share: 'us_government' }, assumptions: { guard_effect: 0.2 } }),
    };
    const ex = explainCurve(engine, s, scenarioWith({}), 'cartel_revenue');
    expect(ex.contributions.map((c) => c.kind)).toEqual(['camp', 'assumption']);
    expect(ex.contributions[0]!.effect).toBeLessThan(0); // 60% share means less total revenue for the same cannabis revenue
  });
});
