import { describe, expect, it } from 'vitest';
import { runHand } from '../../bench/hand-model.js';
import {
  INPUTS,
  MONTHS,
  N_OUT,
  allLeversScenario,
  centralParams,
  maxRelativeDifference,
  sampledParams,
} from '../../bench/params.js';
import { buildSimulationRun } from '../../bench/sim-model.js';
import { statusQuo } from '../../src/engine.js';
import { MODEL_SPEC } from '../../src/model/equations.js';
import { GENERATED, runModel } from '../../src/model/generated/model.gen.js';
import { createMathjsRun } from '../../src/model/mathjs-evaluator.js';

const EXACT = 1e-9;
const SIMULATION_TOLERANCE = 1e-6;

type Run = (p: Float64Array, inp: readonly Float64Array[], out: Float64Array) => void;

function outputsOf(run: Run, p: Float64Array): Float64Array {
  const out = new Float64Array(MONTHS * N_OUT).fill(NaN);
  run(p.slice(), INPUTS, out);
  return out;
}

const scenarios = [statusQuo(), allLeversScenario()];
const parameterSets: { name: string; p: Float64Array }[] = scenarios.flatMap((s) => [
  { name: `${s.name} central`, p: centralParams(s) },
  ...sampledParams(s, 'bench-test', 4).map((p, i) => ({ name: `${s.name} draw ${i}`, p })),
]);

describe('hand-written model', () => {
  it('writes every output of every month', () => {
    const out = outputsOf(runHand, centralParams(allLeversScenario()));
    expect(out.every((x) => Number.isFinite(x))).toBe(true);
  });

  it.each(parameterSets)('equals the generated model: $name', ({ p }) => {
    const d = maxRelativeDifference(outputsOf(runModel, p), outputsOf(runHand, p));
    expect(d.max, `${d.output} month ${d.month}: ${d.a} vs ${d.b}`).toBeLessThanOrEqual(EXACT);
  });

  it('responds to the parameters: a changed lever shows up as a difference', () => {
    const s = allLeversScenario();
    const p = centralParams(s);
    const q = p.slice();
    const k = GENERATED.parameters.indexOf('guard_size');
    q[k] = p[k]! * 1.1;
    expect(maxRelativeDifference(outputsOf(runHand, p), outputsOf(runHand, q)).max).toBeGreaterThan(1e-3);
    expect(maxRelativeDifference(outputsOf(runModel, p), outputsOf(runHand, q)).max).toBeGreaterThan(1e-3);
  });

  it('equals the mathjs reference evaluator', () => {
    const mathjsRun = createMathjsRun(MODEL_SPEC, { months: GENERATED.months, startYear: GENERATED.startYear });
    const s = allLeversScenario();
    for (const p of [centralParams(s), ...sampledParams(s, 'bench-test-mathjs', 2), centralParams(statusQuo())]) {
      const d = maxRelativeDifference(outputsOf(mathjsRun, p), outputsOf(runHand, p));
      expect(d.max, `${d.output} month ${d.month}: ${d.a} vs ${d.b}`).toBeLessThanOrEqual(EXACT);
    }
  });
});

describe('simulation-package model', () => {
  it('equals the generated model within 1e-6 with every lever moved', async () => {
    const sim = await buildSimulationRun();
    const p = centralParams(allLeversScenario());
    const d = maxRelativeDifference(outputsOf(runModel, p), outputsOf(sim.run, p));
    expect(d.max, `${d.output} month ${d.month}: ${d.a} vs ${d.b}`).toBeLessThanOrEqual(SIMULATION_TOLERANCE);
  }, 60_000);
});
