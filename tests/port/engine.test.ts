import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  HISTORY,
  LEVERS,
  MONTHS,
  OUTPUTS,
  SCENARIO_START,
  paramSpecs,
  resolveAssumptions,
  runCentral,
  runEnsemble,
  runPerRun,
  statusQuo,
  yearlyMean,
} from '../../src/port/engine.js';
import { fitReport } from '../../src/model/calibrate.js';
import { TOLERANCE } from '../../src/model/constrain.js';
import { MODEL_INPUTS } from '../../src/model/pools.js';
import { GENERATED, runModel } from '../../src/model/generated/model.gen.js';
import type { Scenario } from '../../src/model/types.js';

const sq = statusQuo();
const withLevers = (levers: Record<string, number>, extra: Partial<Scenario> = {}): Scenario => ({
  ...sq,
  levers,
  ...extra,
});
const total = (s: Float64Array, from = SCENARIO_START) => s.subarray(from).reduce((a, b) => a + b, 0) / 12;

describe('time grid', () => {
  it('runs monthly from 2007-01 to 2030-12 with the scenario period from 2019-01', () => {
    expect(MONTHS.length).toBe(288);
    expect(MONTHS[0]).toBe('2007-01');
    expect(MONTHS[SCENARIO_START]).toBe('2019-01');
    expect(MONTHS.at(-1)).toBe('2030-12');
  });
});

describe('history constraint on 2007–2018', () => {
  it('fits the central run (the kept run that fits best) within 15% MAPE and every year within the constraint', () => {
    const hom = runCentral(sq).homicides!;
    const fit = fitReport(HISTORY.homicides, (y) => yearlyMean(hom, y));
    expect(fit.rows).toHaveLength(12);
    expect(fit.mape).toBeLessThan(15);
    for (const r of fit.rows)
      expect(Math.abs(Math.log(r.model / r.observed))).toBeLessThanOrEqual(3 * TOLERANCE.homicides);
  });

  it('keeps every run within three tolerances of every INEGI year, and leaves 2018 a band, not a point', () => {
    const perYear = (year: number) =>
      runPerRun(sq, { runs: 100, seed: 'fit' }, (out, idx) => {
        let s = 0;
        for (let m = (year - 2007) * 12; m < (year - 2006) * 12; m++) s += out[m * OUTPUTS.length + idx.homicides!]!;
        return s / 12;
      });
    for (const o of HISTORY.homicides) {
      for (const v of perYear(o.year))
        expect(Math.abs(Math.log(v / o.value))).toBeLessThanOrEqual(3 * TOLERANCE.homicides + 1e-12);
    }
    const v2018 = Array.from(perYear(2018)).sort((x, y) => x - y);
    expect(v2018[89]! - v2018[10]!).toBeGreaterThan(0.05 * 36_685);
  });

  it("puts cartel membership within the tolerance of Prieto-Curiel et al.'s 115,000 in 2012", () => {
    const w = yearlyMean(runCentral(sq).workforce!, 2012);
    expect(Math.abs(Math.log(w / 115_000))).toBeLessThanOrEqual(3 * TOLERANCE.workforce);
  });

  it('gives every scenario the same history before 2019', () => {
    const a = runCentral(sq).homicides!;
    const b = runCentral(withLevers({ guard_size: 300_000, drawdown_share: 1, cannabis_legal: 1, youth_budget: 5 }))
      .homicides!;
    expect(Array.from(b.subarray(0, SCENARIO_START))).toEqual(Array.from(a.subarray(0, SCENARIO_START)));
    expect(Array.from(b.subarray(SCENARIO_START + 24))).not.toEqual(Array.from(a.subarray(SCENARIO_START + 24)));
  });
});

describe('ensembles', () => {
  it('gives byte-identical bands for the same scenario and seed, and different ones for another seed', () => {
    const a = runEnsemble(sq, { runs: 200, seed: 'x' });
    const b = runEnsemble(sq, { runs: 200, seed: 'x' });
    const c = runEnsemble(sq, { runs: 200, seed: 'y' });
    for (const o of OUTPUTS)
      expect(Buffer.from(a.bands[o.id]!.p50.buffer)).toEqual(Buffer.from(b.bands[o.id]!.p50.buffer));
    expect(Array.from(a.bands.homicides!.p90)).not.toEqual(Array.from(c.bands.homicides!.p90));
  });

  it('orders the bands P10 ≤ P25 ≤ P50 ≤ P75 ≤ P90 at every month of every output', () => {
    const e = runEnsemble(withLevers({ cannabis_legal: 1, guard_size: 300_000 }), { runs: 150, seed: 'order' });
    for (const o of OUTPUTS) {
      const b = e.bands[o.id]!;
      for (let m = 0; m < MONTHS.length; m++) {
        expect(b.p10[m]!).toBeLessThanOrEqual(b.p25[m]!);
        expect(b.p25[m]!).toBeLessThanOrEqual(b.p50[m]!);
        expect(b.p50[m]!).toBeLessThanOrEqual(b.p75[m]!);
        expect(b.p75[m]!).toBeLessThanOrEqual(b.p90[m]!);
      }
    }
  });

  it('widens the homicide band over time (uncertainty grows away from the observed years)', () => {
    const b = runEnsemble(sq, { runs: 300, seed: 'w' }).bands.homicides!;
    const width = (m: number) => b.p90[m]! - b.p10[m]!;
    expect(width(287)).toBeGreaterThan(width(SCENARIO_START));
  });

  it('uses common random numbers: the same run of two scenarios draws the same assumptions', () => {
    const pick = (s: Scenario) => runPerRun(s, { runs: 20, seed: 'crn' }, (out, idx) => out[idx.homicides!]!);
    // Month 0 is history: identical draws give identical values whatever the levers.
    expect(Array.from(pick(withLevers({ guard_size: 200_000 })))).toEqual(Array.from(pick(sq)));
  });
});

describe('camps and overrides', () => {
  it('switches a contested assumption to its camp and marks it changed', () => {
    const s: Scenario = { ...sq, camps: { cannabis_share_2010: 'us_government' } };
    const a = resolveAssumptions(s).find((x) => x.id === 'cannabis_share_2010')!;
    expect(a.effective.value).toBe(0.6);
    expect(a.changed).toBe(true);
    const rev = (x: Scenario) => yearlyMean(runCentral(x).revenue_cannabis!, 2019);
    expect(rev(s)).toBeGreaterThan(2 * rev(sq));
  });
});

describe('levers move the curves in the direction their sources claim', () => {
  const at = (s: Scenario, id: string) => total(runCentral(s)[id]!);
  it('legal marijuana cuts cartel marijuana revenue and raises tax revenue', () => {
    const s = withLevers({ cannabis_legal: 1 });
    expect(at(s, 'revenue_cannabis')).toBeLessThan(at(sq, 'revenue_cannabis'));
    expect(at(s, 'cannabis_tax')).toBeGreaterThan(0);
  });
  it('youth programmes cut recruitment and cartel membership', () => {
    const s = withLevers({ youth_budget: 5 });
    expect(at(s, 'recruitment')).toBeLessThan(at(sq, 'recruitment'));
    expect(at(s, 'workforce')).toBeLessThan(at(sq, 'workforce'));
  });
  it('US action on guns lowers homicides', () => {
    expect(at(withLevers({ us_gun_action: 0.5 }), 'homicides')).toBeLessThan(at(sq, 'homicides'));
  });
  it('more kingpin targeting raises fragmentation', () => {
    expect(at(withLevers({ kingpin_intensity: 2 }), 'fragmentation')).toBeGreaterThan(at(sq, 'fragmentation'));
  });
  it('a drawdown without a Guard leaves a vacuum only in the vacuum camp', () => {
    const dd = withLevers({ drawdown_share: 1 });
    const vac = at(dd, 'homicides_oc');
    const noVac = at({ ...dd, camps: { vacuum_effect: 'no_vacuum' } }, 'homicides_oc');
    expect(vac).toBeGreaterThan(noVac);
  });
  it('the Guard costs money; amnesty moves members out', () => {
    expect(at(withLevers({ guard_size: 300_000 }), 'fiscal_cost')).toBeGreaterThan(0);
    expect(at(withLevers({ amnesty_coverage: 1 }), 'workforce')).toBeLessThan(at(sq, 'workforce'));
  });
});

describe('every lever and camp (property)', () => {
  const SIGNED = new Set(['fiscal_cost', 'cost_military']);
  const leverArb = fc.record(
    Object.fromEntries(
      LEVERS.map((l) => [
        l.id,
        l.control === 'number'
          ? fc.double({ min: l.min, max: l.max, noNaN: true })
          : fc.integer({ min: l.min, max: l.max }),
      ]),
    ),
  );
  const campArb = fc.record(
    Object.fromEntries(
      ASSUMPTIONS.filter((a) => a.camps).map((a) => [a.id, fc.constantFrom(...a.camps!.map((c) => c.id))]),
    ),
  );
  const drawArb = fc.record(
    Object.fromEntries(
      ASSUMPTIONS.filter((a) => a.high > a.low).map((a) => [a.id, fc.double({ min: 0, max: 1, noNaN: true })]),
    ),
  );

  it('keeps every output finite, non-negative where it must be, and bounded', () => {
    fc.assert(
      fc.property(leverArb, campArb, drawArb, (levers, camps, draw) => {
        const s: Scenario = { ...sq, levers, camps };
        const resolved = resolveAssumptions(s);
        const overrides: Record<string, number> = {};
        for (const a of resolved) {
          const u = draw[a.id];
          if (u !== undefined) overrides[a.id] = a.effective.low + u * (a.effective.high - a.effective.low);
        }
        // Any draw over the ranges, kept by the history constraint or not: the structure itself must hold.
        const p = new Float64Array(paramSpecs(s, overrides).map((x) => x.value));
        const out = new Float64Array(MONTHS.length * OUTPUTS.length);
        runModel(p, MODEL_INPUTS, out);
        const series = Object.fromEntries(
          GENERATED.outputs.map((id, k) => [
            id,
            Array.from({ length: MONTHS.length }, (_, m) => out[m * OUTPUTS.length + k]!),
          ]),
        );
        const bad: string[] = [];
        const bounds: Record<string, number> = {
          homicides: 1_000_000,
          cartel_revenue: 500,
          workforce: 5_000_000,
          fragmentation: 100,
        };
        for (const o of OUTPUTS) {
          const limit = bounds[o.id] ?? Infinity;
          for (const v of series[o.id]!) {
            if (!Number.isFinite(v) || (!SIGNED.has(o.id) && v < 0) || v >= limit) {
              bad.push(`${o.id}=${v}`);
              break;
            }
          }
        }
        expect(bad).toEqual([]);
      }),
      { numRuns: 200, seed: 2018 },
    );
  });
});
