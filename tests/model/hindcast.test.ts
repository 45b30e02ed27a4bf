/**
 * Hindcasts: constrained on 2007..Y only. The scores follow from the rows, the test years are exactly
 * Y+1..2018, no observation after Y reaches the constrained runs, and the stepped (async) form gives the
 * same numbers as the plain one.
 */
import { describe, expect, it } from 'vitest';
import { hindcastAsync, hindcastOf, statusQuo } from '../../src/port/engine.js';
import { scoreRows, hindcastSpecs, mapeOf } from '../../src/model/hindcast.js';
import { defaultSpecs } from '../../src/model/params.js';
import { P_THEORY, buildPool, runHistory } from '../../src/model/pools.js';
import { HOMICIDES_INEGI } from '../../src/model/history.js';
import { yearMeanOf } from '../../src/model/constrain.js';
import { GENERATED } from '../../src/model/generated/model.gen.js';

const sq = statusQuo();

describe('hindcasts', () => {
  it('scores MAPE, persistence and coverage from its own rows', () => {
    const h = hindcastOf(sq, { until: 2013, theory: 'confrontation', runs: 60 });
    expect(h.years.map((y) => y.year)).toEqual([2014, 2015, 2016, 2017, 2018]);
    const again = scoreRows(h.years, 2013);
    expect(h.mape).toBe(again.mape);
    expect(h.persistence_mape).toBeCloseTo(
      mapeOf(h.years.map((y) => ({ observed: y.observed, predicted: 23_063 }))),
      12,
    );
    expect(h.coverage).toBe(h.years.filter((y) => y.observed >= y.p10 && y.observed <= y.p90).length / h.years.length);
  });

  it('keeps runs by the years up to Y only: what the model makes of later years cannot change which are kept', () => {
    // Two hindcasts to 2011 with the same seed keep the same draws whatever the model does after 2011, so the
    // kept rows fit 2007–2011 and at least some of them miss a later year by more than the tolerance.
    const specs = hindcastSpecs(defaultSpecs(), 2011, 3);
    const pool = buildPool(specs, { seed: 'look-ahead', runs: 40, until: 2011 });
    const out = new Float64Array(GENERATED.months * GENERATED.outputs.length);
    const k = GENERATED.outputs.indexOf('homicides');
    let laterMisses = 0;
    for (let r = 0; r < pool.runs; r++) {
      const p = pool.rows.slice(r * pool.size, (r + 1) * pool.size);
      expect(p[P_THEORY]).toBe(3);
      runHistory(p, out);
      for (const o of HOMICIDES_INEGI.filter((x) => x.year <= 2011)) {
        expect(Math.abs(Math.log(yearMeanOf(out, GENERATED.outputs.length, k, o.year) / o.value))).toBeLessThanOrEqual(
          0.3 + 1e-12,
        );
      }
      const v2016 = yearMeanOf(out, GENERATED.outputs.length, k, 2016);
      if (Math.abs(Math.log(v2016 / 24_560)) > 0.3) laterMisses++;
    }
    expect(laterMisses).toBeGreaterThan(0);
  });

  it('gives the same hindcast stepped (async) as in one go, and stops when aborted', async () => {
    const opts = { until: 2014, theory: 'conflict' as const, runs: 40, seed: 'steps' };
    expect(await hindcastAsync(sq, opts)).toEqual(hindcastOf(sq, opts));
    const controller = new AbortController();
    controller.abort();
    await expect(hindcastAsync(sq, opts, controller.signal)).rejects.toThrow();
  });

  it('refuses a year outside the hindcast range', () => {
    expect(() => hindcastOf(sq, { until: 2018, theory: 'conflict', runs: 10 })).toThrow(RangeError);
    expect(() => hindcastOf(sq, { until: 2008, theory: 'conflict', runs: 10 })).toThrow(RangeError);
  });
});
