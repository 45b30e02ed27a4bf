/**
 * Candidates are run a year at a time and dropped at the first observation they miss: the pool must hold
 * exactly the rows of running every candidate in full, and a candidate that passes must leave the same
 * history in the buffer.
 */
import { describe, expect, it } from 'vitest';
import { GENERATED } from '../../src/model/generated/model.gen.js';
import { constrain, fitOf, MAX_IMPLAUSIBILITY, targetsUntil } from '../../src/model/constrain.js';
import { LAYOUT, P_THEORY, P_UNTIL, historyScreen, runHistory } from '../../src/model/pools.js';
import { compileSampler } from '../../src/model/sample.js';
import { runStream } from '../../src/model/rng.js';
import { paramSpecs, statusQuo } from '../../src/port/engine.js';
import { MONTH_COUNT, SCENARIO_START } from '../../src/model/history.js';

const OUT = MONTH_COUNT * GENERATED.outputs.length;

function candidates(theory: number, until: number) {
  const specs = paramSpecs(statusQuo(), undefined, until);
  const sampler = compileSampler(specs);
  return {
    size: specs.length,
    candidate: (j: number, p: Float64Array) => {
      sampler.draw(runStream(`screen test\u0000${theory}`, j), p);
      p[P_THEORY] = theory;
      p[P_UNTIL] = until;
    },
  };
}

describe('the history screen', () => {
  it('passes exactly the candidates that fit in full, leaving their history as a full run does', () => {
    for (const [theory, until] of [
      [1, 2018],
      [3, 2018],
      [3, 2011],
    ] as const) {
      const { size, candidate } = candidates(theory, until);
      const targets = targetsUntil(until);
      const screen = historyScreen(targets);
      const p = new Float64Array(size);
      const full = new Float64Array(OUT);
      const staged = new Float64Array(OUT);
      let passed = 0;
      let stopped = 0;
      for (let j = 0; j < 400; j++) {
        candidate(j, p);
        runHistory(p, full);
        const fits = fitOf(full, LAYOUT, targets).max <= MAX_IMPLAUSIBILITY;
        const ok = screen(p, staged);
        // A candidate the screen stops fails in full; one it passes has the full run's history, bit for bit.
        if (!ok) {
          expect(fits).toBe(false);
          stopped++;
          continue;
        }
        expect(Array.from(staged.subarray(0, SCENARIO_START * LAYOUT.nOut))).toEqual(
          Array.from(full.subarray(0, SCENARIO_START * LAYOUT.nOut)),
        );
        if (fits) passed++;
      }
      // Both kinds occur, so the comparison above means something.
      expect(passed).toBeGreaterThan(0);
      expect(stopped).toBeGreaterThan(0);
    }
  });

  it('keeps the rows of the unscreened constraint, also when the closest failures fill', () => {
    const { size, candidate } = candidates(1, 2018);
    const targets = targetsUntil(2018);
    // A budget of 300 keeps about seven candidates; asking for 20 makes failures fill the rest.
    for (const want of [5, 20]) {
      const base = {
        want,
        budget: 300,
        size,
        candidate,
        run: runHistory,
        outLength: OUT,
        layout: LAYOUT,
        targets,
      };
      const plain = constrain(base);
      const screened = constrain({ ...base, screen: historyScreen(targets) });
      expect(screened.tried).toBe(plain.tried);
      expect(screened.accepted).toBe(plain.accepted);
      expect(screened.filled).toBe(plain.filled);
      expect(Array.from(screened.rows)).toEqual(Array.from(plain.rows));
      expect(Array.from(screened.rms)).toEqual(Array.from(plain.rms));
    }
    expect(
      constrain({ want: 20, budget: 300, size, candidate, run: runHistory, outLength: OUT, layout: LAYOUT, targets })
        .filled,
    ).toBeGreaterThan(0);
  });

  it('writes the kept rows where the caller asks, the same rows in the same places', () => {
    const { size, candidate } = candidates(1, 2018);
    const targets = targetsUntil(2018);
    for (const want of [5, 20]) {
      const base = { want, budget: 300, size, candidate, run: runHistory, outLength: OUT, layout: LAYOUT, targets };
      const plain = constrain(base);
      // Rows 1, 3, 5, … of a larger array, which keeps what the other rows held.
      const rows = new Float64Array((2 * want + 1) * size).fill(-7);
      const at = Int32Array.from({ length: want }, (_, k) => 2 * k + 1);
      const placed = constrain({ ...base, into: { rows, at } });
      expect(placed.rows).toBe(rows);
      expect(placed.filled).toBe(plain.filled);
      for (let k = 0; k < want; k++) {
        const r = at[k] as number;
        expect(Array.from(rows.subarray(r * size, (r + 1) * size))).toEqual(
          Array.from(plain.rows.subarray(k * size, (k + 1) * size)),
        );
        expect(rows.subarray((r - 1) * size, r * size).every((x) => x === -7)).toBe(true);
      }
    }
  });
});
