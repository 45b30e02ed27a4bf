import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/types.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { scenarioToYaml } from '../../src/scenario/serialize-scenario.js';
import { LEVERS, REGISTRY } from '../fixtures/registry.js';
import { fakeSettings } from '../helpers/fake-ids.js';

/** Serialises and reads back, failing with the problems if the text does not parse. */
function roundTrip(s: Scenario): Scenario {
  const text = scenarioToYaml(s, REGISTRY);
  const result = parseScenario(text, 'round.yaml', REGISTRY);
  if (!result.ok) throw new Error(`${text}\n${JSON.stringify(result.problems, null, 2)}`);
  return result.scenario;
}

const PLATFORM: Scenario = {
  name: 'Platform 2018 (as announced)',
  description:
    'The five levers as the July 2018 article describes them: legal marijuana, amnesty, a three-year drawdown, ' +
    'a 300,000-person National Guard and youth scholarships.',
  sources: ["Article (July 2018): '300,000-person National Guard'", 'Second source: "quoted" # not a comment'],
  seed: '2018',
  runs: 1000,
  levers: { cannabis_legal: 1, guard_size: 300000, youth_budget: 5, cannabis_start_year: 2019 },
  ...fakeSettings({ assumptions: { cannabis_share_2010: 0.6, youth_recruitment_effect: 0.25 } }),
  assumptionRanges: { cannabis_share_2010: { low: 0.55, high: 0.7 } },
  camps: { cannabis_share_2010: 'us_government' },
};

describe('scenarioToYaml', () => {
  it('round-trips a full scenario', () => {
    expect(roundTrip(PLATFORM)).toEqual(PLATFORM);
  });

  it('round-trips a bare scenario with no sources and nothing set', () => {
    const bare: Scenario = {
      name: 'Status quo',
      description: '',
      seed: 'x',
      runs: 1,
      levers: {},
      assumptions: {},
      camps: {},
    };
    expect(roundTrip(bare)).toEqual(bare);
  });

  it('keeps awkward names, multi-line descriptions and seeds that look like numbers', () => {
    const awkward: Scenario = {
      name: 'null: "yes" # - [not] a list',
      description: 'Line one.\n\nLine three, after a blank line.\n  indented\ttab',
      sources: [],
      seed: '007',
      runs: 100000,
      levers: { guard_size: 0, kingpin_intensity: 0.1 + 0.2, legalize_all_drugs: 0 },
      assumptions: {},
      camps: { cannabis_share_2010: 'rand' },
    };
    expect(roundTrip(awkward)).toEqual(awkward);
  });

  it('writes a fixed value as a number and a range as { value, low, high }', () => {
    const text = scenarioToYaml(PLATFORM, REGISTRY);
    expect(text).toMatch(
      /^ {2}cannabis_share_2010: \{ value: 0\.6, low: 0\.55, high: 0\.7 \} +# .*allowed 0\.5–0\.7$/m,
    );
    expect(text).toMatch(/^ {2}youth_recruitment_effect: 0\.25 +# .*allowed 0–0\.3$/m);
  });

  it('writes every lever: set ones as settings, the others as commented defaults with labels', () => {
    const text = scenarioToYaml(PLATFORM, REGISTRY);
    for (const lever of LEVERS) {
      const line = text.split('\n').find((l) => l.includes(` ${lever.id}: `) || l.startsWith(`  ${lever.id}:`));
      expect(line, lever.id).toBeDefined();
      expect(line).toContain(`# ${lever.label} (${lever.unit})`);
      const commented = line?.trimStart().startsWith('#');
      expect(commented, lever.id).toBe(PLATFORM.levers[lever.id] === undefined);
    }
    expect(text).toMatch(/^seed: 2018$/m);
    expect(text.indexOf('name:')).toBeLessThan(text.indexOf('levers:'));
    expect(text.indexOf('levers:')).toBeLessThan(text.indexOf('assumptions:'));
    expect(text.indexOf('assumptions:')).toBeLessThan(text.indexOf('camps:'));
  });

  it('round-trips random valid scenarios (seeded)', () => {
    const text = fc.string({ maxLength: 40 }).filter((t) => !/[\u0000-\u001f\u007f-\u009f]/.test(t));
    const leverValue = (id: string) => {
      const lever = LEVERS.find((l) => l.id === id);
      if (lever === undefined) throw new Error(id);
      if (lever.control === 'toggle') return fc.constantFrom(0, 1);
      if (lever.control === 'year') return fc.integer({ min: lever.min, max: lever.max });
      return fc.double({ min: lever.min, max: lever.max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
    };
    const levers = fc.record(Object.fromEntries(LEVERS.map((l) => [l.id, leverValue(l.id)])), { requiredKeys: [] });
    const scenario = fc.record(
      {
        name: text.filter((t) => t.trim() !== ''),
        description: fc.string({ maxLength: 200 }).filter((t) => !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(t)),
        seed: fc.oneof(
          fc.integer().map(String),
          text.filter((t) => t !== ''),
        ),
        runs: fc.integer({ min: 1, max: 100000 }),
        levers,
        assumptions: fc.record(
          { youth_recruitment_effect: fc.double({ min: 0, max: 0.3, noNaN: true }).map((v) => v + 0) },
          { requiredKeys: [] },
        ),
        widen: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        ranged: fc.boolean(),
        camps: fc.constant({}),
        sources: fc.array(text, { maxLength: 3 }),
      },
      { requiredKeys: ['name', 'description', 'seed', 'runs', 'levers', 'assumptions', 'camps', 'widen', 'ranged'] },
    );
    fc.assert(
      fc.property(scenario, ({ widen, ranged, ...rest }) => {
        const v = rest.assumptions.youth_recruitment_effect;
        const base = rest as Scenario;
        const s: Scenario =
          ranged && v !== undefined
            ? {
                ...base,
                ...fakeSettings({
                  assumptionRanges: { youth_recruitment_effect: { low: v * widen[0], high: v + (0.3 - v) * widen[1] } },
                }),
              }
            : base;
        expect(roundTrip(s)).toEqual(s);
      }),
      { seed: 20180701, numRuns: 500 },
    );
  });
});
