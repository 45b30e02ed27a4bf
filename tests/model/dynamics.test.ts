/**
 * The model's dynamics as a careful reader would test them: extreme conditions, signs of the links, bounds
 * under any lever corner, and the workforce block against the re-run of Prieto-Curiel et al.'s coded model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVERS, paramSpecs, runParameters, statusQuo } from '../../src/port/engine.js';
import { GENERATED, runModel } from '../../src/model/generated/model.gen.js';
import { MODEL_INPUTS, P_THEORY, THEORIES } from '../../src/model/pools.js';
import { MONTH_COUNT, SCENARIO_START } from '../../src/model/history.js';
import type { Scenario } from '../../src/model/types.js';

const NOUT = GENERATED.outputs.length;
const ids = GENERATED.parameters as readonly string[];
const at = (id: string) => {
  const i = ids.indexOf(id);
  if (i < 0) throw new Error(`no parameter ${id}`);
  return i;
};
const out = (k: string) => GENERATED.outputs.indexOf(k as (typeof GENERATED.outputs)[number]);
const K_HOM = out('homicides');
const K_RATE = out('homicide_rate');
const K_W = out('workforce');
const K_DEATHS = out('member_deaths');
const sq = statusQuo();

/** Kept parameter vectors of a scenario's constrained ensemble. */
function keptRuns(s: Scenario, runs: number, seed = 'dynamics'): Float64Array[] {
  const fill = runParameters(s, { runs, seed });
  return Array.from({ length: runs }, (_, r) => {
    const p = new Float64Array(ids.length);
    fill(r, p);
    return p;
  });
}

function run(p: Float64Array): Float64Array {
  const o = new Float64Array(MONTH_COUNT * NOUT);
  runModel(p, MODEL_INPUTS, o);
  return o;
}

/** Homicides summed over 2019–2030. */
function homicides2019to2030(o: Float64Array): number {
  let sum = 0;
  for (let m = SCENARIO_START; m < MONTH_COUNT; m++) sum += o[m * NOUT + K_HOM]! / 12;
  return sum;
}

describe('extreme conditions', () => {
  it('with no recruitment the workforce only shrinks, in every kept run', () => {
    for (const p of keptRuns(sq, 40)) {
      p[at('recruitment_rate')] = 0;
      const o = run(p);
      for (let m = 1; m < MONTH_COUNT; m++) expect(o[m * NOUT + K_W]!).toBeLessThanOrEqual(o[(m - 1) * NOUT + K_W]!);
      expect(o[(MONTH_COUNT - 1) * NOUT + K_W]!).toBeLessThan(0.5 * o[K_W]!);
    }
  });

  // Bounds: the floor is the lowest non-organized-crime rate the assumptions allow (4.8 per 100k, from 2007);
  // the ceiling, a plausibility bound, is 100 per 100k, about 3.5 times Mexico's worst recorded rate (29 per
  // 100k in 2018, INEGI): the worst corner (full drawdown with no Guard, a vacuum and a membership near
  // 230,000 under the conflict theory) comes near 90. The workforce ceiling is the widest estimate of people
  // tied to the trade: 500,000 in 2008 (Sedena chief Galván, including 300,000 growers).
  const RATE_FLOOR = 4.8;
  const RATE_CEILING = 100;
  const WORKFORCE_CEILING = 500_000;
  const corner = fc.record(Object.fromEntries(LEVERS.map((l) => [l.id, fc.constantFrom(l.min, l.max)])));

  it.each(['pooled' as const, ...THEORIES.filter((t) => t.id !== 'persistence').map((t) => t.id)])(
    'keeps homicides per 100k and the workforce inside sourced bounds at every lever corner (%s)',
    (theory) => {
      const s: Scenario = theory === 'pooled' ? sq : { ...sq, camps: { violence_theory: theory } };
      const kept = keptRuns(s, 30);
      fc.assert(
        fc.property(corner, (levers) => {
          const fixed = paramSpecs({ ...s, levers });
          for (const base of kept) {
            const p = base.slice();
            for (const l of LEVERS) p[at(l.id)] = fixed[at(l.id)]!.value;
            const o = run(p);
            for (let m = 0; m < MONTH_COUNT; m++) {
              const rate = o[m * NOUT + K_RATE]!;
              if (!(rate >= RATE_FLOOR && rate <= RATE_CEILING)) throw new Error(`rate ${rate} at month ${m}`);
              if (!(o[m * NOUT + K_W]! <= WORKFORCE_CEILING))
                throw new Error(`workforce ${o[m * NOUT + K_W]} at month ${m}`);
            }
          }
        }),
        { numRuns: 16, seed: 2018 },
      );
    },
  );
});

describe('signs of the links', () => {
  // Raising any of these, all else equal, can only add violence.
  const RAISING = [
    'oc_violence_scale',
    'conflict_share',
    'removal_violence',
    'fragmentation_violence',
    'removal_half_life_months',
    'fragmentation_half_life_months',
    'deployment_share',
    'spillover',
    'nonoc_homicide_rate',
    'vacuum_effect',
    'recruitment_rate',
    'oc_homicides_2006',
  ];
  const ASSUMED = new Map(paramSpecs(sq).map((x, i) => [ids[i]!, x]));

  it.each(RAISING)('raising %s never lowers 2019–2030 homicides, in any kept run of any theory', (id) => {
    const spec = ASSUMED.get(id)!;
    for (const t of THEORIES.filter((x) => x.id !== 'persistence')) {
      for (const base of keptRuns({ ...sq, camps: { violence_theory: t.id } }, 12)) {
        base[P_THEORY] = t.value;
        const low = base.slice();
        const high = base.slice();
        low[at(id)] = spec.low;
        high[at(id)] = spec.high;
        expect(homicides2019to2030(run(high))).toBeGreaterThanOrEqual(homicides2019to2030(run(low)) * (1 - 1e-12));
      }
    }
  });
});

describe('the workforce block against Prieto-Curiel et al.', () => {
  // Their coded model, re-run (effects.md §1.3): 115,000 members at 2012.0; rho, eta and the squared losses
  // as published. Members at 2022.0 and 2027.0, and at 2027.0 for each scenario started at 2022.0.
  const RERUN = {
    y2022: 173_837,
    y2027: 213_745,
    eta2: 184_036,
    rhoHalf: 156_683,
    rho0: 113_274,
    both: 130_029,
    conflictDeaths2012to2022: 48_069,
  };
  const W = GENERATED.stocks.indexOf('workforce');
  const M2012 = (2012 - 2007) * 12;
  const M2022 = (2022 - 2007) * 12;
  const M2027 = (2027 - 2007) * 12;

  /** The central values with the links outside the block switched off: no revenue or enforcement effect. */
  function blockAlone(): Float64Array {
    const p = new Float64Array(paramSpecs(sq).map((x) => x.value));
    p[at('revenue_recruitment_elasticity')] = 0;
    p[at('military_incap_share')] = 0;
    p[at('recruitment_rate')] = (2.527474e-3 * 52) / 12;
    p[at('incapacitation_per_month')] = (110 * 52) / 12;
    return p;
  }

  /** Runs from month `from` with the workforce set to `members` there; returns the outputs and the state at `save`. */
  function runFrom(p: Float64Array, from: number, members: number, base?: Float64Array) {
    const state = new Float64Array(GENERATED.stocks.length);
    const o = new Float64Array(MONTH_COUNT * NOUT);
    if (base) state.set(base);
    else runModel(p, MODEL_INPUTS, o, 0, state, from, from);
    state[W] = members;
    runModel(p, MODEL_INPUTS, o, from, state);
    return o;
  }

  const within = (model: number, rerun: number) => expect(Math.abs(model / rerun - 1)).toBeLessThan(0.1);

  it('reproduces the members of the re-run within 10%: 2022, 2027 and the four scenarios from 2022', () => {
    const p = blockAlone();
    const sqRun = runFrom(p, M2012, 115_000);
    within(sqRun[M2022 * NOUT + K_W]!, RERUN.y2022);
    within(sqRun[M2027 * NOUT + K_W]!, RERUN.y2027);
    const at2022 = sqRun[M2022 * NOUT + K_W]!;
    const scenario = (rho: number, eta: number) => {
      const q = p.slice();
      q[at('recruitment_rate')] = q[at('recruitment_rate')]! * rho;
      q[at('incapacitation_per_month')] = q[at('incapacitation_per_month')]! * eta;
      return runFrom(q, M2022, at2022)[M2027 * NOUT + K_W]!;
    };
    within(scenario(1, 2), RERUN.eta2);
    within(scenario(0.5, 1), RERUN.rhoHalf);
    within(scenario(0, 1), RERUN.rho0);
    within(scenario(0.5, 2), RERUN.both);
  });

  it('reproduces the re-run cumulative conflict deaths 2012–2022 within 10%', () => {
    const o = runFrom(blockAlone(), M2012, 115_000);
    let deaths = 0;
    for (let m = M2012; m < M2022; m++) deaths += o[m * NOUT + K_DEATHS]!;
    within(deaths, RERUN.conflictDeaths2012to2022);
  });
});
