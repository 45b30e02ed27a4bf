import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/ui/layout.js';
import { chartSentence, wrapSentence } from '../../src/ui/narration.js';
import { plainFrame, probeLeverRedraw } from '../../src/ui/redraw-probe.js';
import { createFakeEngine, fakeEnsemble, scenarioWith } from '../helpers/fake-engine.js';

describe('probeLeverRedraw (the benchmark hook into the rendered explorer)', () => {
  it('times presses through Ink and waits for the frame that shows the recomputed chart', async () => {
    const engine = createFakeEngine();
    const scenario = scenarioWith({ guard_size: 300000 }, 'Platform 2018', 1000);
    const baseline = scenarioWith({}, 'Status quo');
    const r = await probeLeverRedraw({
      engine,
      scenario,
      baseline,
      leverId: 'guard_size',
      presses: 4,
      warmup: 1,
      color: false,
      gapMs: 40,
    });

    expect(r.samples).toHaveLength(4);
    // One warm-up press to 310,000, then a step (10,000) up per timed press.
    expect(r.samples.map((s) => s.value)).toEqual([
      '320,000 people',
      '330,000 people',
      '340,000 people',
      '350,000 people',
    ]);
    const layout = computeLayout(100, 30);
    if (!layout.ok) throw new Error('100×30 is too small');
    for (const s of r.samples) {
      expect(Number.isFinite(s.firstFrameMs) && s.firstFrameMs >= 0).toBe(true);
      expect(Number.isFinite(s.finalFrameMs) && s.finalFrameMs >= s.firstFrameMs).toBe(true);
      expect(s.frames).toBeGreaterThanOrEqual(1);
      expect(s.runs).toBe(1000);
      // The frame waited for shows the new value and the homicide chart's sentence for it, nothing computing.
      const frame = s.finalFrame;
      expect(frame).toContain(s.value);
      expect(frame).not.toContain('computing');
      const guard = Number(s.value.replace(/\D/g, ''));
      const sentence = chartSentence({
        label: 'Homicides',
        unit: 'deaths/yr',
        months: engine.months,
        scenarioStart: engine.scenarioStart,
        band: fakeEnsemble(scenarioWith({ guard_size: guard }), 1000).bands.homicides,
        baseline: fakeEnsemble(baseline, 1000).bands.homicides,
      });
      for (const line of wrapSentence(sentence, layout.rightWidth, layout.narrationRows))
        expect(frame).toContain(line.trim());
    }
    // Ensembles were asked for the pressed values with the full runs.
    expect(engine.calls.some((c) => c.runs === 1000 && c.levers.guard_size === 350000)).toBe(true);
  });

  it('removes escape sequences from frames', () => {
    expect(plainFrame('\u001B[2K\u001B[1A\u001B[32mok\u001B[39m\u001B[?2026l')).toBe('ok');
  });
});
