import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { createRng, fillRunStream, runStream } from '../../src/model/rng.js';

/** Draws n numbers from a generator. */
function take(rng: () => number, n: number): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = rng();
  return a;
}

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(createRng('teacher-2018'), 1000)).toEqual(take(createRng('teacher-2018'), 1000));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(createRng('a'), 50)).not.toEqual(take(createRng('b'), 50));
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const xs = take(createRng('uniformity'), 100_000);
    const bins = new Array<number>(10).fill(0);
    let outside = 0;
    for (const x of xs) {
      if (x < 0 || x >= 1) outside++;
      else bins[Math.floor(x * 10)]! += 1;
    }
    expect(outside).toBe(0);
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('runStream', () => {
  it('depends only on (seed, run index), not on what was drawn before', () => {
    const first = take(runStream('s', 7), 20);
    // Draw from other streams in between; run 7 must not change.
    take(runStream('s', 6), 100);
    take(runStream('s', 8), 100);
    expect(take(runStream('s', 7), 20)).toEqual(first);
  });

  it('gives different streams for different run indexes and seeds', () => {
    const seen = new Set<number>();
    for (let r = 0; r < 200; r++) seen.add(runStream('s', r)());
    expect(seen.size).toBe(200);
    expect(take(runStream('a1', 2), 10)).not.toEqual(take(runStream('a', 12), 10));
    expect(take(runStream('x', 0), 10)).not.toEqual(take(runStream('y', 0), 10));
  });

  it('rejects run indexes that are not non-negative integers', () => {
    expect(() => runStream('s', -1)).toThrow(RangeError);
    expect(() => runStream('s', 1.5)).toThrow(RangeError);
  });
});

describe('the Alea streams', () => {
  it("give seedrandom's alea numbers bit for bit, for every kind of seed", () => {
    const seeds = [
      '',
      ' ',
      '2018',
      'teacher-2018',
      'central\u0000theory 3\u0000until 2018\u000012345',
      'hindcast\u0000from 2019\u00000',
      'ñandú – 2018 ✓ 🌵',
      'x'.repeat(500),
    ];
    for (const seed of seeds) {
      expect(Array.from(take(createRng(seed), 300))).toEqual(Array.from(take(seedrandom.alea(seed), 300)));
    }
    for (let r = 0; r < 200; r++) {
      expect(Array.from(take(runStream('pool', r * 37), 100))).toEqual(
        Array.from(take(seedrandom.alea(`pool\u0000${r * 37}`), 100)),
      );
    }
  });
});

describe('fillRunStream', () => {
  it('writes the numbers of runStream, however many are asked for', () => {
    for (const [seed, r] of [
      ['central\u0000theory 3\u0000until 2018', 0],
      ['central\u0000theory 3\u0000until 2018', 4711],
      ['', 3],
    ] as const) {
      const u = new Float64Array(120).fill(-1);
      fillRunStream(seed, r, u, 97);
      expect(Array.from(u.subarray(0, 97))).toEqual(Array.from(take(runStream(seed, r), 97)));
      // The rest of the buffer is left as it was.
      expect(u[97]).toBe(-1);
      fillRunStream(seed, r, u);
      expect(Array.from(u)).toEqual(Array.from(take(runStream(seed, r), 120)));
    }
    expect(() => fillRunStream('s', -1, new Float64Array(1))).toThrow(RangeError);
  });
});
