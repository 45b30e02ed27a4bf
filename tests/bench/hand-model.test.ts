import { describe, expect, it } from 'vitest';
import { runHand } from '../../bench/hand-model.js';
import {
  INPUTS,
  MONTHS,
  N_OUT,
  allLeversScenario,
  centralParams,
  maxRelativeDifference,
  priorParams,
  sampledParams,
  underEveryTheory,
} from '../../bench/params.js';
import { buildSimulationRun } from '../../bench/sim-model.js';
import { statusQuo } from '../../src/port/engine.js';
import { MODEL_SPEC } from '../../src/model/equations.js';
import { GENERATED, runModel } from '../../src/model/generated/model.gen.js';
import { createMathjsRun } from '../../src/model/mathjs-evaluator.js';
import { P_THEORY, THEORIES } from '../../src/model/pools.js';

const EXACT = 1e-9;
const SIMULATION_TOLERANCE = 1e-6;

type Run = (p: Float64Array, inp: readonly Float64Array[], out: Float64Array) => void;

function outputsOf(run: Run, p: Float64Array): Float64Array {
  const out = new Float64Array(MONTHS * N_OUT).fill(NaN);
  run(p.slice(), INPUTS, out);
  return out;
}

const THEORY_NAMES = ['persistence', 'conflict', 'fragmentation', 'confrontation'];
const PERSISTENCE = THEORIES.find((t) => t.id === 'persistence')!.value;
const scenarios = [statusQuo(), allLeversScenario()];
const parameterSets: { name: string; p: Float64Array }[] = scenarios.flatMap((s) => [
  { name: `${s.name} central`, p: centralParams(s) },
  ...underEveryTheory(centralParams(s)).map((p) => ({ name: `${s.name} central, theory ${p[P_THEORY]}`, p })),
  ...sampledParams(s, 'bench-test', 4).map((p, i) => ({ name: `${s.name} ensemble run ${i}`, p })),
  ...priorParams(s, 'bench-test-prior', 8).map((p, i) => ({
    name: `${s.name} unconstrained draw ${i} (${THEORY_NAMES[p[P_THEORY]!]})`,
    p,
  })),
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

  it('covers every theory of violence', () => {
    const seen = new Set(parameterSets.map(({ p }) => p[P_THEORY]));
    for (const t of THEORIES) expect(seen.has(t.value), t.id).toBe(true);
  });

  it('reads every input series: a changed input shows up as a difference', () => {
    const p = centralParams(allLeversScenario());
    for (let j = 0; j < INPUTS.length; j++) {
      // Persistence reads observed homicides; the causal theories read troops and removals.
      const q = j === 2 ? underEveryTheory(p).find((x) => x[P_THEORY] === PERSISTENCE)! : p;
      const changed = INPUTS.map((series, k) => (k === j ? series.map((v) => v * 1.1) : series));
      const a = new Float64Array(MONTHS * N_OUT);
      const b = new Float64Array(MONTHS * N_OUT);
      runHand(q.slice(), INPUTS, a);
      runHand(q.slice(), changed, b);
      expect(maxRelativeDifference(a, b).max, `input ${j}`).toBeGreaterThan(1e-3);
    }
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
