import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileSeq } from 'mathjs';
import {
  BAND_PROBS,
  SELECT_MIN_RUNS,
  bandOfColumn,
  bandsFromEnsemble,
  emptyBand,
  fillBandRange,
  quantileSorted,
} from '../../src/model/quantiles.js';
import { createRng } from '../../src/model/rng.js';

/**
 * Brute-force R-7 definition (Hyndman & Fan 1996, type 7): with the values sorted as x(1) <= … <= x(n)
 * (1-based), h = (n - 1) q + 1 and Q = x(⌊h⌋) + (h - ⌊h⌋)(x(⌊h⌋+1) - x(⌊h⌋)).
 */
function r7(values: readonly number[], q: number): number {
  const x = [...values].sort((a, b) => a - b);
  const n = x.length;
  const h = (n - 1) * q + 1;
  const j = Math.floor(h);
  const xj = x[j - 1]!;
  if (j >= n) return xj;
  return xj + (h - j) * (x[j]! - xj);
}

const valuesArb = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });

describe('quantileSorted', () => {
  it('matches the brute-force R-7 definition on random arrays', () => {
    fc.assert(
      fc.property(valuesArb, fc.double({ min: 0, max: 1, noNaN: true }), (values, q) => {
        const sorted = Float64Array.from(values).sort();
        const got = quantileSorted(sorted, q);
        const want = r7(values, q);
        expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(want)));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('agrees with mathjs quantileSeq on random arrays', () => {
    fc.assert(
      fc.property(valuesArb, fc.constantFrom(...BAND_PROBS), (values, q) => {
        const sorted = Float64Array.from(values).sort();
        const want = quantileSeq(values, q) as number;
        expect(quantileSorted(sorted, q)).toBeCloseTo(want, 6);
      }),
      { seed: 8, numRuns: 200 },
    );
  });

  it('handles the ends, one value, and empty input', () => {
    const s = Float64Array.from([1, 2, 4, 8]);
    expect(quantileSorted(s, 0)).toBe(1);
    expect(quantileSorted(s, 1)).toBe(8);
    expect(quantileSorted(s, 0.5)).toBe(3);
    expect(quantileSorted(Float64Array.of(5), 0.9)).toBe(5);
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
    expect(() => quantileSorted(s, 1.5)).toThrow(RangeError);
  });
});

describe('bandOfColumn', () => {
  it('gives exactly the sorted-route values on columns long enough for selection (with ties)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -100, max: 100, noNaN: true })), {
          minLength: SELECT_MIN_RUNS,
          maxLength: SELECT_MIN_RUNS * 8,
        }),
        (values) => {
          const sorted = Float64Array.from(values).sort();
          const out = new Float64Array(5);
          bandOfColumn(Float64Array.from(values), out);
          for (const [p, q] of BAND_PROBS.entries()) expect(out[p]).toBe(quantileSorted(sorted, q) + 0);
        },
      ),
      { seed: 9, numRuns: 150 },
    );
  });

  it('gives exactly the sorted-route values on skewed, clustered, tied and signed columns', () => {
    const rng = createRng('shapes');
    const shapes: Record<string, () => number> = {
      uniform: () => rng(),
      heavyTail: () => Math.exp(30 * rng() ** 2),
      negativeTail: () => -Math.exp(20 * rng() ** 3),
      clustered: () => 1e6 + rng() * 1e-3,
      fewValues: () => Math.round(rng() * 3),
      signedZeros: () => (rng() < 0.5 ? -0 : rng() < 0.5 ? 0 : rng() - 0.5),
      outliers: () => (rng() < 0.01 ? 1e300 : rng() < 0.01 ? -1e300 : rng()),
      infinities: () => (rng() < 0.05 ? Infinity : rng() < 0.05 ? -Infinity : rng()),
      constant: () => 7,
    };
    for (const [name, draw] of Object.entries(shapes)) {
      for (const n of [SELECT_MIN_RUNS, 1000, 4321]) {
        const values = Float64Array.from({ length: n }, draw);
        const sorted = values.slice().sort();
        const out = new Float64Array(5);
        bandOfColumn(values.slice(), out);
        for (const [p, q] of BAND_PROBS.entries())
          expect(out[p], `${name} n=${n} q=${q}`).toBe(quantileSorted(sorted, q) + 0);
      }
    }
  });

  it('treats NaN as above every number instead of corrupting the selection', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i % 100 === 0 ? Number.NaN : i));
    const out = new Float64Array(5);
    bandOfColumn(Float64Array.from(values), out);
    const sorted = Float64Array.from(values).sort();
    for (const [p, q] of BAND_PROBS.entries()) expect(out[p]).toBe(quantileSorted(sorted, q));
    expect(out[2]).toBe(quantileSorted(sorted, 0.5));
  });
});

describe('bandsFromEnsemble', () => {
  it('orders p10 <= p25 <= p50 <= p75 <= p90 at every month and matches R-7 per column', () => {
    const rng = createRng('bands');
    for (const runs of [3, 50, 700]) {
      const months = 12;
      const ens = new Float64Array(runs * months);
      for (let i = 0; i < ens.length; i++) ens[i] = Math.exp(3 * rng()) - 2;
      const copy = ens.slice();
      const band = bandsFromEnsemble(ens, runs, months);
      expect(ens).toEqual(copy); // input left untouched
      for (let m = 0; m < months; m++) {
        const col = Array.from(ens.subarray(m * runs, (m + 1) * runs));
        const got = [band.p10[m]!, band.p25[m]!, band.p50[m]!, band.p75[m]!, band.p90[m]!];
        for (let p = 1; p < 5; p++) expect(got[p]!).toBeGreaterThanOrEqual(got[p - 1]!);
        for (const [p, q] of BAND_PROBS.entries()) expect(got[p]!).toBeCloseTo(r7(col, q), 9);
      }
    }
  });

  it('collapses to the single value when runs = 1', () => {
    const ens = Float64Array.from([3, 1, 4, 1, 5]);
    const band = bandsFromEnsemble(ens, 1, 5);
    for (const key of ['p10', 'p25', 'p50', 'p75', 'p90'] as const) expect(band[key]).toEqual(ens);
  });

  it('rejects an ensemble that is too short', () => {
    expect(() => bandsFromEnsemble(new Float64Array(5), 2, 3)).toThrow(RangeError);
  });
});

describe('fillBandRange', () => {
  const KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;
  const bytes = (x: Float64Array): Uint8Array => new Uint8Array(x.buffer, x.byteOffset, x.byteLength);

  it('fills only the months asked for, each byte-identical to the whole-ensemble bands', () => {
    const rng = createRng('range');
    for (const runs of [7, SELECT_MIN_RUNS + 13, 1000]) {
      const months = 20;
      const ens = new Float64Array(runs * months);
      for (let i = 0; i < ens.length; i++) ens[i] = rng() < 0.05 ? 0 : Math.exp(8 * rng()) * (rng() < 0.2 ? -1 : 1);
      const whole = bandsFromEnsemble(ens, runs, months);
      const band = emptyBand(months);
      for (const k of KEYS) band[k].fill(-7);
      fillBandRange(ens, runs, band, 5, 14);
      for (const k of KEYS) {
        for (let m = 0; m < months; m++) {
          if (m >= 5 && m < 14) expect(band[k][m]).toBe(whole[k][m]);
          else expect(band[k][m]).toBe(-7);
        }
      }
      // The two halves together give the whole, bit for bit.
      const split = emptyBand(months);
      fillBandRange(ens, runs, split, 0, 9);
      fillBandRange(ens, runs, split, 9, months);
      for (const k of KEYS) expect(bytes(split[k])).toEqual(bytes(whole[k]));
    }
  });

  it('rejects a range outside the ensemble or the band', () => {
    const ens = new Float64Array(4 * 6);
    expect(() => fillBandRange(ens, 4, emptyBand(6), 3, 2)).toThrow(RangeError);
    expect(() => fillBandRange(ens, 4, emptyBand(6), 0, 7)).toThrow(RangeError);
    expect(() => fillBandRange(ens, 4, emptyBand(3), 0, 6)).toThrow(RangeError);
  });
});
