/** The engine port's debate tools against the analysis functions they slice up, on the shipped model. */
import { describe, expect, it } from 'vitest';
import { analyzeClaim, analyzeSensitivity, baselineFor } from '../../src/port/analyses.js';
import { getMetric } from '../../src/analysis/metrics.js';
import { ASSUMPTIONS, LEVERS, MODEL_VERSION } from '../../src/port/engine.js';
import type { Scenario } from '../../src/model/types.js';
import { fingerprintScenario } from '../../src/scenario/fingerprint.js';
import { loadScenarioFile } from '../../src/scenario/scenario-files.js';
import { engine } from '../../src/port/index.js';
import { debateBaseline } from '../../src/ui/debate.js';

const registry = { levers: LEVERS, assumptions: ASSUMPTIONS };

async function platform(): Promise<Scenario> {
  const r = await loadScenarioFile(new URL('../../scenarios/platform-2018.yaml', import.meta.url).pathname, registry);
  if (!r.ok) throw new Error('platform-2018.yaml does not load');
  return r.scenario;
}

/** Largest gap between event-loop turns while `work` runs, measured with a 0 ms timer that re-arms itself. */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ value: T; maxGapMs: number }> {
  let last = performance.now();
  let maxGapMs = 0;
  let running = true;
  const probe = () => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    if (running) setTimeout(probe, 0);
  };
  setTimeout(probe, 0);
  const value = await work();
  // One more turn, so the probe also measures the stretch that ended with the work.
  await new Promise((r) => setTimeout(r, 0));
  running = false;
  return { value, maxGapMs };
}

describe('engine.debate', () => {
  const debate = engine.debate;

  it('gives the same sensitivity as the analysis, in slices', async () => {
    const a = await platform();
    const m = getMetric('homicides_total');
    const { value } = await longestBlock(() => debate.sensitivity(a, m.id));
    const expected = analyzeSensitivity(a, m);
    expect(value.base).toBeCloseTo(expected.base, 6);
    expect(value.rows.map((r) => r.id)).toEqual(expected.rows.map((r) => r.id));
    for (const [i, r] of value.rows.entries()) expect(r.atHigh).toBeCloseTo(expected.rows[i]!.atHigh, 6);
  });

  it('scans the cruxes without holding the event loop for long', async () => {
    const a = await platform();
    const b = debateBaseline(a, baselineFor(a));
    // Warm the model up once, so the measure is of the scan, not of the first compilation.
    await debate.sensitivity(a, 'revenue_total');
    const { value, maxGapMs } = await longestBlock(() => debate.cruxes(a, b, 'homicides_total'));
    expect(value.rows.length).toBeGreaterThan(10);
    expect(['A', 'B', 'tie']).toContain(value.leader);
    // Slices are ~40 ms; a generous bound for loaded machines, far below the unsliced scan (~0.5 s).
    expect(maxGapMs).toBeLessThan(200);
  }, 20_000);

  it('splits the scenario − baseline difference by lever family, summing to the total', async () => {
    const a = await platform();
    const r = await debate.attribution(a, debateBaseline(a, baselineFor(a)), 'revenue_total');
    const families = new Set(LEVERS.map((l) => l.family));
    for (const row of r.rows) expect(families.has(row.id)).toBe(true);
    const sum = r.rows.reduce((s, row) => s + row.shapley, 0);
    expect(sum).toBeCloseTo(r.end - r.start, 6);
  });

  it('makes the same claim and fingerprints as the claim command would', async () => {
    const a = await platform();
    const b = debateBaseline(a, baselineFor(a));
    const m = getMetric('homicides_2024');
    const c = await debate.claim(a, b, m.id, { runs: 50, seed: a.seed, aName: a.name, bName: 'the status quo' });
    expect(c.sentence).toBe(
      analyzeClaim(a, baselineFor(a), m, { runs: 50, seed: a.seed, bName: 'the status quo' }).sentence,
    );
    const claimRun = (s: Scenario) => ({ ...s, runs: 50, seed: a.seed });
    expect(debate.fingerprint(claimRun(b))).toBe(
      fingerprintScenario(claimRun(baselineFor(a)), registry, MODEL_VERSION),
    );
  });

  it('stops when aborted and knows its metrics', async () => {
    const a = await platform();
    const controller = new AbortController();
    const p = debate.cruxes(a, baselineFor(a), 'homicides_total', controller.signal);
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(debate.metric('fiscal_total')).toMatchObject({ unit: 'US$ bn', better: 'lower' });
    expect(debate.metric('no_such_metric')).toBeUndefined();
  });
});
