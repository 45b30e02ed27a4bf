/**
 * Typed ids. Most of this file is checked by the type check (`tsc --noEmit`), not by running it: each
 * `@ts-expect-error` line misspells an id, so the type check fails the day the id's type widens back to `string`
 * (the misspelling would then compile and the directive would be unused); `expectTypeOf` pins the unions. The
 * runtime part checks the guards that turn outside text into ids against the data.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  getMetric,
  isMetricId,
  METRICS,
  type Metric,
  type MetricFamilyId,
  type MetricId,
  metricFamilies,
  metricNamed,
  SCENARIO_YEARS,
  type ScenarioYear,
} from '../../src/analysis/metrics.js';
import { ASSUMPTIONS } from '../../src/model/assumptions.js';
import { GENERATED } from '../../src/model/generated/model.gen.js';
import {
  type AssumptionId,
  type CampId,
  type CampOf,
  isAssumptionId,
  isCampId,
  isCampOf,
  isLeverId,
  isOutputId,
  type LeverId,
  type OutputId,
} from '../../src/model/ids.js';
import { LEVERS } from '../../src/model/levers.js';
import { OUTPUTS, statusQuo } from '../../src/model/scenario-model.js';
import type { Assumption, Camp, Lever, Scenario } from '../../src/model/types.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';

describe('the id types', () => {
  it('are unions of the ids in the data, not string', () => {
    expectTypeOf<string>().not.toExtend<LeverId>();
    expectTypeOf<string>().not.toExtend<AssumptionId>();
    expectTypeOf<string>().not.toExtend<CampId>();
    expectTypeOf<string>().not.toExtend<OutputId>();
    expectTypeOf<string>().not.toExtend<MetricId>();
    expectTypeOf<string>().not.toExtend<MetricFamilyId>();

    expectTypeOf<'guard_size' | 'cannabis_legal' | 'kingpin_intensity'>().toExtend<LeverId>();
    expectTypeOf<'recruitment_rate' | 'violence_theory' | 'null_step_1' | 'null_step_12'>().toExtend<AssumptionId>();
    expectTypeOf<'null_step_0' | 'null_step_13'>().not.toExtend<AssumptionId>();
    expectTypeOf<'rand' | 'balloon' | 'pooled' | 'no_vacuum'>().toExtend<CampId>();
    expectTypeOf<'homicides' | 'cartel_revenue' | 'member_deaths'>().toExtend<OutputId>();
    expectTypeOf<'homicides_total' | 'homicides_2019' | 'workforce_2030' | 'cannabis_tax_total'>().toExtend<MetricId>();
    expectTypeOf<'workforce_total' | 'homicides_2018' | 'homicides_2031' | 'homicides'>().not.toExtend<MetricId>();
    expectTypeOf<ScenarioYear>().toEqualTypeOf<(typeof SCENARIO_YEARS)[number]>();
  });

  it('give each assumption its own camps', () => {
    expectTypeOf<CampOf<'substitution'>>().toEqualTypeOf<'balloon' | 'none'>();
    expectTypeOf<CampOf<'vacuum_effect'>>().toEqualTypeOf<'vacuum' | 'no_vacuum'>();
    expectTypeOf<CampOf<'violence_theory'>>().toEqualTypeOf<
      'pooled' | 'conflict' | 'fragmentation' | 'confrontation' | 'persistence'
    >();
    expectTypeOf<CampOf<'recruitment_rate'>>().toBeNever();
  });

  it('type the model, the scenario and the lookups', () => {
    expectTypeOf<Lever['id']>().toEqualTypeOf<LeverId>();
    expectTypeOf<Assumption['id']>().toEqualTypeOf<AssumptionId>();
    expectTypeOf<Camp['id']>().toEqualTypeOf<CampId>();
    expectTypeOf<Metric['id']>().toEqualTypeOf<MetricId>();
    expectTypeOf<Metric['output']>().toEqualTypeOf<OutputId>();
    expectTypeOf<(typeof OUTPUTS)[number]['id']>().toEqualTypeOf<OutputId>();
    expectTypeOf<keyof Scenario['levers']>().toEqualTypeOf<LeverId>();
    expectTypeOf<keyof Scenario['assumptions']>().toEqualTypeOf<AssumptionId>();
    expectTypeOf<keyof NonNullable<Scenario['assumptionRanges']>>().toEqualTypeOf<AssumptionId>();
    expectTypeOf<keyof Scenario['camps']>().toEqualTypeOf<AssumptionId>();
    expectTypeOf<Scenario['camps'][AssumptionId]>().toEqualTypeOf<CampId | undefined>();
    expectTypeOf(getMetric).parameter(0).toEqualTypeOf<MetricId>();
    expectTypeOf(metricNamed).parameter(0).toEqualTypeOf<string>();
  });

  it('refuse a misspelt lever, assumption, camp, output or metric id', () => {
    const sq = statusQuo();
    // @ts-expect-error: a misspelt lever id
    const lever: Scenario = { ...sq, levers: { guard_sise: 300_000 } };
    // @ts-expect-error: a misspelt assumption id
    const assumption: Scenario = { ...sq, assumptions: { recruitment_rat: 0.01 } };
    // @ts-expect-error: a misspelt camp id
    const camp: Scenario = { ...sq, camps: { substitution: 'baloon' } };
    // @ts-expect-error: a misspelt assumption id as the key of a camp
    const campKey: Scenario = { ...sq, camps: { substitutions: 'balloon' } };
    // @ts-expect-error: a misspelt output id
    const output: OutputId = 'homicide';
    // @ts-expect-error: a misspelt metric id
    const metric = () => getMetric('homicides_totl');
    // @ts-expect-error: a family without a 2019–2030 total
    const noTotal = () => getMetric('workforce_total');
    // @ts-expect-error: a camp of another assumption
    const otherCamp: CampOf<'substitution'> = 'rand';
    expect([lever, assumption, camp, campKey, output, metric, noTotal, otherCamp]).toHaveLength(8);
  });
});

describe('the id guards', () => {
  it('accept every id of the data and nothing else', () => {
    for (const l of LEVERS) expect(isLeverId(l.id), l.id).toBe(true);
    for (const a of ASSUMPTIONS) {
      expect(isAssumptionId(a.id), a.id).toBe(true);
      for (const c of a.camps ?? []) {
        expect(isCampId(c.id), c.id).toBe(true);
        expect(isCampOf(a.id, c.id), `${a.id}.${c.id}`).toBe(true);
      }
    }
    for (const o of GENERATED.outputs) expect(isOutputId(o), o).toBe(true);
    expect(OUTPUTS.map((o) => o.id)).toEqual(GENERATED.outputs);
    expect(SCENARIO_YEARS).toEqual(Array.from({ length: 12 }, (_, i) => 2019 + i));
    for (const m of METRICS) expect(isMetricId(m.id), m.id).toBe(true);
    for (const text of ['', 'guard_sise', 'GUARD_SIZE', 'guard_size ', '__proto__', 'constructor', 'toString']) {
      expect(isLeverId(text), text).toBe(false);
      expect(isAssumptionId(text), text).toBe(false);
      expect(isCampId(text), text).toBe(false);
      expect(isOutputId(text), text).toBe(false);
      expect(isMetricId(text), text).toBe(false);
    }
    expect(isAssumptionId('null_step_12')).toBe(true);
    expect(isAssumptionId('null_step_13')).toBe(false);
    expect(isAssumptionId('guard_size')).toBe(false); // a lever, not an assumption
    expect(isCampOf('substitution', 'balloon')).toBe(true);
    expect(isCampOf('substitution', 'rand')).toBe(false); // a camp, but of other assumptions
    expect(isCampOf('recruitment_rate', 'rand')).toBe(false);
  });

  it('narrow a text to its id type', () => {
    const text: string = 'guard_size';
    if (isLeverId(text)) expectTypeOf(text).toEqualTypeOf<LeverId>();
    if (isCampOf('substitution', text)) expectTypeOf(text).toEqualTypeOf<'balloon' | 'none'>();
    if (isMetricId(text)) expectTypeOf(text).toEqualTypeOf<MetricId>();
  });

  it('tell a metric id exactly when a metric by that name has that id', () => {
    const family = fc.constantFrom<string>(...metricFamilies(), 'murders', 'oc');
    const suffix = fc.oneof(fc.constant('total'), fc.integer({ min: 2000, max: 2040 }).map(String));
    fc.assert(
      fc.property(family, suffix, (f, s) => {
        const text = `${f}_${s}`;
        let id: string | undefined;
        try {
          id = metricNamed(text).id;
        } catch {
          id = undefined;
        }
        expect(isMetricId(text), text).toBe(id === text);
      }),
    );
    // A bare family name is a metric's name, not its id.
    expect(metricNamed('homicides').id).toBe('homicides_total');
    expect(metricNamed('workforce').id).toBe('workforce_2030');
    expect(isMetricId('homicides')).toBe(false);
  });

  it('give the scenario parser typed ids from the registry', () => {
    const r = parseScenario(
      'name: T\nlevers:\n  guard_size: 1000\ncamps:\n  substitution: none\nassumptions:\n  recruitment_rate: 0.01\n',
      't.yaml',
      { levers: LEVERS, assumptions: ASSUMPTIONS },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.levers).toEqual({ guard_size: 1000 });
    expect(r.scenario.camps).toEqual({ substitution: 'none' });
    expect(r.scenario.assumptions).toEqual({ recruitment_rate: 0.01 });
    for (const id of Object.keys(r.scenario.levers)) expect(isLeverId(id), id).toBe(true);
  });
});
