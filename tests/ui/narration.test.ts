import { describe, expect, it } from 'vitest';
import { chartSentence, fitLine } from '../../src/ui/narration.js';
import { fakeEnsemble, MONTHS, SCENARIO_START, scenarioWith } from '../helpers/fake-engine.js';

describe('chartSentence', () => {
  const base = fakeEnsemble(scenarioWith({}), 100).bands;
  const guard = fakeEnsemble(scenarioWith({ guard_size: 300000 }), 100).bands;
  const input = (band: (typeof base)[string] | undefined, baseline: (typeof base)[string] | undefined) => ({
    label: 'Homicides',
    unit: 'deaths/yr',
    months: MONTHS,
    scenarioStart: SCENARIO_START,
    band,
    baseline,
  });

  it('describes the scenario median from 2019 and compares 2030 with the status quo', () => {
    // Fake homicides: (10000 + 80 m) × (1 − 0.1 × 3) with the guard; 2030 is months 276–287, mean m = 281.5:
    // scenario 0.7 × 32,520 = 22,764 → "22,800"; the baseline is 32,520, so 30% below it.
    const s = chartSentence(input(guard['homicides'], base['homicides']));
    expect(s).toMatch(/^Homicides rise from .* in 2019 to 22,800 deaths a year by 2030, 30% below the status quo\.$/);
  });

  it('says about the same when the scenario is the baseline', () => {
    expect(chartSentence(input(base['homicides'], base['homicides']))).toContain('about the same as the status quo');
  });

  it('says the curve is being computed when there is no band yet', () => {
    expect(chartSentence(input(undefined, undefined))).toBe('computing the curve…');
  });
});

describe('fitLine', () => {
  it('keeps short text as it is and cuts long text with an ellipsis', () => {
    expect(fitLine('short', 10)).toBe('short');
    const cut = fitLine('a sentence that is too long', 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
  });
});
