import { describe, expect, it } from 'vitest';
import {
  INPUTS,
  MONTHS,
  N_OUT,
  allLeversScenario,
  centralParams,
  maxRelativeDifference,
  sampledParams,
} from '../../bench/params.js';
import { OUTPUT_INDEX, runCentral, runPerRun, statusQuo } from '../../src/engine.js';
import { GENERATED, runModel } from '../../src/model/generated/model.gen.js';

function buffer(fill: number): Float64Array {
  return new Float64Array(MONTHS * N_OUT).fill(fill);
}

describe('maxRelativeDifference', () => {
  it('is zero for identical buffers', () => {
    expect(maxRelativeDifference(buffer(3), buffer(3)).max).toBe(0);
  });

  it('divides by the larger magnitude and names the place', () => {
    const a = buffer(1);
    const b = buffer(1);
    const k = GENERATED.outputs.indexOf('homicides');
    b[10 * N_OUT + k] = 1.25;
    const d = maxRelativeDifference(a, b);
    expect(d.max).toBeCloseTo(0.25 / 1.25, 15);
    expect(d.output).toBe('homicides');
    expect(d.month).toBe(10);
  });

  it('counts a NaN on one side only as an infinite difference', () => {
    const b = buffer(1);
    b[5] = NaN;
    expect(maxRelativeDifference(buffer(1), b).max).toBe(Infinity);
  });
});

describe('scenario parameters', () => {
  it('central values are the ones the engine runs', () => {
    for (const s of [statusQuo(), allLeversScenario()]) {
      const out = buffer(NaN);
      runModel(centralParams(s), INPUTS, out);
      const engine = runCentral(s, undefined, { anchored: false });
      const k = GENERATED.outputs.indexOf('workforce');
      for (const m of [0, 100, 200, MONTHS - 1]) expect(out[m * N_OUT + k]).toBe(engine.workforce![m]);
    }
  });

  it('draws are the engine’s draws for the same seed and run index', () => {
    const s = allLeversScenario();
    // Month-0 cartel revenue depends on the drawn revenue parameters only, not on the 2018 anchoring.
    const first = (out: Float64Array, index: Readonly<Record<string, number>>): number => out[index.cartel_revenue!]!;
    const engine = runPerRun(s, { runs: 4, seed: 'draws' }, first);
    const ours = sampledParams(s, 'draws', 4).map((p) => {
      const out = buffer(NaN);
      runModel(p, INPUTS, out);
      return out[OUTPUT_INDEX.cartel_revenue!]!;
    });
    expect(new Set(ours).size).toBeGreaterThan(1);
    expect(Array.from(engine)).toEqual(ours);
  });
});
