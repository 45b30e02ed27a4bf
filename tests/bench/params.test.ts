import { describe, expect, it } from 'vitest';
import {
  INPUTS,
  MONTHS,
  N_OUT,
  allLeversScenario,
  centralParams,
  maxRelativeDifference,
  priorParams,
  sampledParams,
} from '../../bench/params.js';
import { OUTPUT_INDEX, centralParameters, runCentral, runPerRun, statusQuo } from '../../src/port/engine.js';
import { GENERATED, runModel } from '../../src/model/generated/model.gen.js';
import { historyInputs } from '../../src/model/history.js';
import { P_THEORY, THEORIES } from '../../src/model/pools.js';

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
  it('the inputs are the engine’s three history series', () => {
    const expected = historyInputs();
    expect(INPUTS.length).toBe(GENERATED.inputs.length);
    for (const [j, series] of INPUTS.entries()) expect(Array.from(series)).toEqual(Array.from(expected[j]!));
  });

  it('central values are the ones the engine runs', () => {
    for (const s of [statusQuo(), allLeversScenario()]) {
      const p = centralParams(s);
      expect(Array.from(p)).toEqual(Array.from(centralParameters(s)));
      const out = buffer(NaN);
      runModel(p, INPUTS, out);
      const engine = runCentral(s);
      for (const [k, id] of GENERATED.outputs.entries()) {
        for (const m of [0, 100, 200, MONTHS - 1]) expect(out[m * N_OUT + k], `${id} month ${m}`).toBe(engine[id]![m]);
      }
    }
  });

  it('draws are the engine’s draws for the same seed and run index', () => {
    const s = allLeversScenario();
    const runs = 6;
    // Every output of every month of each of the engine's runs, 2019 on included (levers and the
    // assumptions that act only from 2019 show there).
    const engine: Float64Array[] = [];
    runPerRun(s, { runs, seed: 'draws' }, (out) => {
      engine.push(out.slice());
      return 0;
    });
    const ours = sampledParams(s, 'draws', runs).map((p) => {
      const out = buffer(NaN);
      runModel(p, INPUTS, out);
      return out;
    });
    expect(new Set(ours.map((o) => o[(MONTHS - 1) * N_OUT + OUTPUT_INDEX.fiscal_cost!])).size).toBeGreaterThan(1);
    expect(ours.length).toBe(engine.length);
    ours.forEach((o, r) => {
      const d = maxRelativeDifference(engine[r]!, o);
      expect(d.max, `run ${r}: ${d.output} month ${d.month}: ${d.a} vs ${d.b}`).toBe(0);
    });
  });

  it('a later slice of draws is the same runs of the same ensemble', () => {
    const s = statusQuo();
    const all = sampledParams(s, 'slice', 5);
    const tail = sampledParams(s, 'slice', 2, 3, 5);
    expect(Array.from(tail[0]!)).toEqual(Array.from(all[3]!));
    expect(Array.from(tail[1]!)).toEqual(Array.from(all[4]!));
  });

  it('unconstrained draws cover every theory and vary', () => {
    const sets = priorParams(allLeversScenario(), 'prior', 8);
    expect(new Set(sets.map((p) => p[P_THEORY])).size).toBe(THEORIES.length);
    expect(new Set(sets.map((p) => p[0])).size).toBeGreaterThan(1);
  });
});
