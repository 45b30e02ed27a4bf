import { describe, expect, it } from 'vitest';
import { chartSentence, wrapSentence } from '../../src/ui/narration.js';
import { fakeEnsemble, MONTHS, SCENARIO_START, scenarioWith } from '../helpers/fake-engine.js';
import { MONTHS as ENGINE_MONTHS, OUTPUTS, SCENARIO_START as SCENARIO_START_REAL } from '../../src/port/engine.js';
import { computeLayout, NARRATION_MAX_CHARS } from '../../src/ui/layout.js';
import { wrap } from '../../src/ui/format.js';

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
    const s = chartSentence(input(guard.homicides, base.homicides));
    expect(s).toMatch(/^They rise from .* in 2019 to 22,800 deaths a year by 2030, 30% below the status quo\.$/);
  });

  it('says about the same when the scenario is the baseline', () => {
    expect(chartSentence(input(base.homicides, base.homicides))).toContain('about the same as the status quo');
  });

  it('says the curve is being computed when there is no band yet', () => {
    expect(chartSentence(input(undefined, undefined))).toBe('computing the curve…');
  });
});

describe('wrapSentence', () => {
  it('wraps into exactly the rows given, without cutting a sentence that fits', () => {
    const text =
      'They bottom out in 2022 at 27,700 deaths a year, then rise to 41,200 deaths a year by 2030, 5% above the status quo.';
    const lines = wrapSentence(text, 49, 3);
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(49);
    expect(lines.join(' ').trim()).toBe(text);
    expect(wrapSentence('short', 49, 2)).toEqual(['short', '']);
  });
});

describe('chart sentences stay within NARRATION_MAX_CHARS', () => {
  it('for every curve of the model, every shape, and large values', () => {
    const months = ENGINE_MONTHS;
    const start = SCENARIO_START_REAL;
    const n = months.length;
    // Shapes over 2019–2030, at magnitudes beyond any curve of the model (counts of people up to about a
    // million, money and indexes up to about a thousand), against a baseline nearly ten times smaller.
    const shapes: ((t: number) => number)[] = [
      (t) => 987_654 * (1 + t), // rising
      (t) => 987_654 * (2 - t), // falling
      (t) => 987_654 * (1 + 4 * t * (1 - t)), // peak
      (t) => 987_654 * (2 - 4 * t * (1 - t)), // trough
      () => 987_654, // flat
    ];
    let longest = '';
    for (const o of OUTPUTS) {
      const scale = /^(people|deaths|soldiers)/.test(o.unit) ? 1 : 0.001;
      for (const f of shapes) {
        {
          const p50 = Float64Array.from({ length: n }, (_, i) => scale * f(Math.max(0, i - start) / (n - 1 - start)));
          const baseline = Float64Array.from(p50, (v) => v / 9.87);
          const band = { p10: p50, p25: p50, p50, p75: p50, p90: p50 };
          const s = chartSentence({
            label: o.label,
            unit: o.unit,
            months,
            scenarioStart: start,
            band,
            baseline: { ...band, p50: baseline },
          });
          if (Array.from(s).length > Array.from(longest).length) longest = s;
        }
      }
    }
    expect(Array.from(longest).length, longest).toBeLessThanOrEqual(NARRATION_MAX_CHARS);
    // And, wrapped at word boundaries, it fits the lines each layout gives it.
    for (const [c, r] of [
      [80, 24],
      [100, 30],
      [120, 40],
      [160, 50],
    ] as const) {
      const l = computeLayout(c, r);
      if (!l.ok) throw new Error('expected a layout');
      expect(wrap(longest, l.rightWidth).length, `${c}×${r}`).toBeLessThanOrEqual(l.narrationRows);
    }
  });
});
