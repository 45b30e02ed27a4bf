import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../src/model/rng.js';
import {
  assertParamSpecs,
  checkParamSpec,
  compileSampler,
  drawParam,
  drawParams,
  quantileOfParam,
  type ParamSpec,
} from '../../src/model/sample.js';
import type { Distribution } from '../../src/model/types.js';

const N = 200_000;

/** Returns sample mean and variance of n draws of a spec. */
function moments(spec: ParamSpec, seed: string, n = N): { mean: number; variance: number } {
  const rng = createRng(seed);
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = drawParam(spec, rng);
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

/** Asserts the sample mean lies within 5 standard errors and the variance within 3 %. */
function expectMoments(spec: ParamSpec, mean: number, variance: number, seed: string): void {
  const got = moments(spec, seed);
  const stdErr = Math.sqrt(variance / N);
  expect(Math.abs(got.mean - mean)).toBeLessThan(5 * stdErr);
  expect(Math.abs(got.variance / variance - 1)).toBeLessThan(0.03);
}

describe('drawParam moments (200k draws)', () => {
  it('uniform: mean (a+b)/2, variance (b-a)^2/12', () => {
    const [a, b] = [2, 10];
    expectMoments({ value: 5, low: a, high: b, distribution: 'uniform' }, (a + b) / 2, (b - a) ** 2 / 12, 'u');
  });

  it('triangular: mean (a+b+c)/3, variance (a²+b²+c²-ab-ac-bc)/18', () => {
    for (const [a, c, b] of [
      [0, 0.3, 1],
      [-5, -5, 20],
      [1, 9, 9],
    ] as const) {
      const mean = (a + b + c) / 3;
      const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      expectMoments({ value: c, low: a, high: b, distribution: 'triangular' }, mean, variance, `t${a}${c}${b}`);
    }
  });

  it('pert: mean (a+4m+b)/6, variance (mean-a)(b-mean)/7', () => {
    for (const [a, m, b] of [
      [0, 0.3, 1],
      [10, 12, 40],
      [0, 0, 5],
      [-3, 7, 7],
      [1, 1.5, 2],
    ] as const) {
      const mean = (a + 4 * m + b) / 6;
      const variance = ((mean - a) * (b - mean)) / 7;
      expectMoments({ value: m, low: a, high: b, distribution: 'pert' }, mean, variance, `p${a}${m}${b}`);
    }
  });

  it('pert follows the beta distribution function (alpha = beta = 3)', () => {
    // alpha = beta = 3 on [0, 1]: density 30x²(1-x)², so CDF(x) = 10x³ - 15x⁴ + 6x⁵.
    const spec: ParamSpec = { value: 0.5, low: 0, high: 1, distribution: 'pert' };
    for (const u of [0.05, 0.25, 0.5, 0.75, 0.95]) {
      const x = quantileOfParam(spec, u);
      expect(10 * x ** 3 - 15 * x ** 4 + 6 * x ** 5).toBeCloseTo(u, 5);
    }
  });

  it('loguniform: mean (b-a)/ln(b/a), E[x²] = (b²-a²)/(2 ln(b/a))', () => {
    const [a, b] = [0.5, 50];
    const l = Math.log(b / a);
    const mean = (b - a) / l;
    const variance = (b * b - a * a) / (2 * l) - mean * mean;
    expectMoments({ value: 5, low: a, high: b, distribution: 'loguniform' }, mean, variance, 'l');
  });
});

describe('drawParam special cases', () => {
  it('fixed and degenerate ranges return the value', () => {
    const rng = createRng('f');
    expect(drawParam({ value: 3, low: 1, high: 9, distribution: 'fixed' }, rng)).toBe(3);
    for (const distribution of ['uniform', 'triangular', 'pert', 'loguniform'] as const) {
      expect(drawParam({ value: 4, low: 4, high: 4, distribution }, rng)).toBe(4);
    }
  });

  it('is monotone in the uniform (inverse CDF) for every distribution', () => {
    for (const distribution of ['uniform', 'triangular', 'pert', 'loguniform'] as const) {
      const spec: ParamSpec = { value: 2, low: 1, high: 7, distribution };
      let prev = -Infinity;
      for (let i = 0; i < 1000; i++) {
        const x = quantileOfParam(spec, i / 1000);
        expect(x).toBeGreaterThanOrEqual(prev);
        prev = x;
      }
    }
  });
});

const distributionArb = fc.constantFrom<Distribution>('fixed', 'uniform', 'triangular', 'pert', 'loguniform');

/** Random valid specs: low <= value <= high, low > 0 for loguniform. */
const specArb = fc
  .tuple(
    distributionArb,
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([distribution, base, width, at]): ParamSpec => {
    const low = distribution === 'loguniform' ? Math.abs(base) + 1e-3 : base;
    const high = low + width;
    const value = Math.min(high, Math.max(low, low + at * width));
    return { value, low, high, distribution };
  });

describe('drawParams', () => {
  it('keeps every draw within [low, high] (random specs)', () => {
    fc.assert(
      fc.property(fc.array(specArb, { minLength: 1, maxLength: 20 }), fc.string(), (specs, seed) => {
        expect(() => assertParamSpecs(specs)).not.toThrow();
        const out = new Float64Array(specs.length);
        const rng = createRng(seed);
        for (let rep = 0; rep < 20; rep++) {
          drawParams(specs, rng, out);
          specs.forEach((s, i) => {
            const x = out[i]!;
            expect(x).toBeGreaterThanOrEqual(s.low);
            expect(x).toBeLessThanOrEqual(s.high);
          });
        }
      }),
      { seed: 20180701, numRuns: 300 },
    );
  });

  it('keeps the extreme uniforms 0 and 1 - 2^-53 within range', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        for (const u of [0, 1 - 2 ** -53]) {
          const x = quantileOfParam(spec, u);
          expect(x).toBeGreaterThanOrEqual(spec.low);
          expect(x).toBeLessThanOrEqual(spec.high);
        }
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('consumes one uniform per parameter, so fixing one does not shift the others', () => {
    const specs: ParamSpec[] = [
      { value: 1, low: 0, high: 2, distribution: 'uniform' },
      { value: 5, low: 1, high: 9, distribution: 'pert' },
      { value: 3, low: 1, high: 10, distribution: 'loguniform' },
    ];
    const fixedMiddle = specs.map((s, i) => (i === 1 ? { ...s, distribution: 'fixed' as const } : s));
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    drawParams(specs, createRng('shift'), a);
    drawParams(fixedMiddle, createRng('shift'), b);
    expect(b[0]).toBe(a[0]);
    expect(b[1]).toBe(5);
    expect(b[2]).toBe(a[2]);
    // Same seed twice gives identical arrays.
    const c = new Float64Array(3);
    drawParams(specs, createRng('shift'), c);
    expect(c).toEqual(a);
  });

  it('rejects a buffer that is too short', () => {
    expect(() =>
      drawParams([{ value: 1, low: 0, high: 2, distribution: 'uniform' }], createRng('x'), new Float64Array(0)),
    ).toThrow(RangeError);
  });
});

describe('checkParamSpec', () => {
  it('flags invalid specs and accepts valid ones', () => {
    expect(checkParamSpec({ value: 1, low: 0, high: 2, distribution: 'pert' })).toBeUndefined();
    expect(checkParamSpec({ value: 3, low: 0, high: 2, distribution: 'pert' })).toBeDefined();
    expect(checkParamSpec({ value: 1, low: 2, high: 0, distribution: 'uniform' })).toBeDefined();
    expect(checkParamSpec({ value: 1, low: 0, high: 2, distribution: 'loguniform' })).toBeDefined();
    expect(checkParamSpec({ value: Number.NaN, low: 0, high: 2, distribution: 'uniform' })).toBeDefined();
    expect(() => assertParamSpecs([{ value: 1, low: 0, high: 2, distribution: 'loguniform' }], ['price'])).toThrow(
      /price/,
    );
  });
});

describe('compileSampler', () => {
  it('draws exactly what drawParams draws (random specs)', () => {
    fc.assert(
      fc.property(fc.array(specArb, { minLength: 1, maxLength: 12 }), fc.string(), (specs, seed) => {
        const sampler = compileSampler(specs);
        expect(sampler.size).toBe(specs.length);
        const a = new Float64Array(specs.length);
        const b = new Float64Array(specs.length);
        const rngA = createRng(seed);
        const rngB = createRng(seed);
        for (let rep = 0; rep < 10; rep++) {
          drawParams(specs, rngA, a);
          sampler.draw(rngB, b);
          expect(b).toEqual(a);
        }
      }),
      { seed: 2018, numRuns: 200 },
    );
  });
});
