import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/types.js';
import { FINGERPRINT_LENGTH, fingerprintScenario } from '../../src/scenario/fingerprint.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { REGISTRY } from '../fixtures/registry.js';
import { fakeSettings } from '../helpers/fake-ids.js';

const BASE: Scenario = {
  name: 'Base',
  description: 'd',
  seed: '2018',
  runs: 1000,
  levers: { cannabis_legal: 1, guard_size: 300000 },
  ...fakeSettings({ assumptions: { youth_recruitment_effect: 0.2 } }),
  camps: { cannabis_share_2010: 'rand' },
};

const fp = (s: Scenario, version = 'm1') => fingerprintScenario(s, REGISTRY, version);

function parsed(text: string): Scenario {
  const result = parseScenario(text, 'f.yaml', REGISTRY);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

describe('fingerprintScenario', () => {
  it('is lowercase hex of the documented length', () => {
    expect(fp(BASE)).toMatch(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`));
    expect(FINGERPRINT_LENGTH).toBeGreaterThanOrEqual(12);
  });

  it('does not depend on key order in the file, name, description or sources', () => {
    const a = parsed(
      'name: A\ndescription: one\nseed: 7\nruns: 10\nlevers:\n  guard_size: 1000\n  cannabis_legal: 1\n' +
        'camps:\n  cannabis_share_2010: us_government\nassumptions:\n  gun_lethality: 2\n',
    );
    const b = parsed(
      'assumptions:\n  gun_lethality: 2\ncamps:\n  cannabis_share_2010: us_government\nlevers:\n  cannabis_legal: true\n' +
        '  guard_size: 1000\nruns: 10\nseed: "7"\nsources: [x]\ndescription: two\nname: B\n',
    );
    expect(fp(a)).toBe(fp(b));
  });

  it('treats a lever or camp set to its default, or a range equal to the default, the same as leaving it out', () => {
    const implicit: Scenario = { ...BASE, levers: {}, assumptions: {}, camps: {} };
    const explicit: Scenario = {
      ...BASE,
      levers: { guard_size: 0, cannabis_start_year: 2020 },
      ...fakeSettings({
        assumptions: { gun_lethality: 1.5, cannabis_share_2010: 0.2 },
        assumptionRanges: { gun_lethality: { low: 1, high: 3 }, cannabis_share_2010: { low: 0.15, high: 0.26 } },
      }),
      camps: { cannabis_share_2010: 'rand' },
    };
    expect(fp(explicit)).toBe(fp(implicit));
  });

  it('tells a fixed value from the same value drawn over a range', () => {
    const drawn: Scenario = { ...BASE, assumptions: {}, camps: {} };
    const fixed: Scenario = { ...drawn, ...fakeSettings({ assumptions: { gun_lethality: 1.5 } }) };
    const narrow: Scenario = {
      ...fixed,
      ...fakeSettings({ assumptionRanges: { gun_lethality: { low: 1.2, high: 2 } } }),
    };
    const wide: Scenario = { ...fixed, ...fakeSettings({ assumptionRanges: { gun_lethality: { low: 1, high: 2 } } }) };
    expect(new Set([fp(drawn), fp(fixed), fp(narrow), fp(wide)]).size).toBe(4);
    const extra = (r?: { low: number; high: number }): Scenario => ({
      ...drawn,
      ...fakeSettings({ assumptions: { not_an_assumption: 1 } }),
      ...(r ? fakeSettings({ assumptionRanges: { not_an_assumption: r } }) : {}),
    });
    expect(fp(extra())).not.toBe(fp(extra({ low: 0, high: 2 })));
  });

  it('covers the settings only: the seed and the number of runs do not change it', () => {
    expect(fp({ ...BASE, seed: '2019' })).toBe(fp(BASE));
    expect(fp({ ...BASE, runs: 999 })).toBe(fp(BASE));
    expect(fp({ ...BASE, seed: 'other', runs: 100_000 })).toBe(fp(BASE));
  });

  it('changes when any setting changes', () => {
    const variants: Scenario[] = [
      { ...BASE, levers: { ...BASE.levers, guard_size: 300001 } },
      { ...BASE, levers: { ...BASE.levers, cannabis_legal: 0 } },
      { ...BASE, levers: { ...BASE.levers, kingpin_intensity: 1.1 } },
      { ...BASE, ...fakeSettings({ assumptions: { youth_recruitment_effect: 0.21 } }) },
      { ...BASE, ...fakeSettings({ assumptions: { ...BASE.assumptions, gun_lethality: 2 } }) },
      { ...BASE, camps: { cannabis_share_2010: 'us_government' } },
      { ...BASE, ...fakeSettings({ levers: { ...BASE.levers, not_a_lever: 1 } }) },
    ];
    const prints = new Set([fp(BASE), ...variants.map((v) => fp(v))]);
    expect(prints.size).toBe(variants.length + 1);
    expect(fp(BASE, 'm2')).not.toBe(fp(BASE, 'm1'));
  });

  it('switching camp changes the effective central value even without an override', () => {
    const rand: Scenario = { ...BASE, assumptions: {}, camps: { cannabis_share_2010: 'rand' } };
    const usg: Scenario = { ...BASE, assumptions: {}, camps: { cannabis_share_2010: 'us_government' } };
    const usgWithItsOwnRange: Scenario = {
      ...usg,
      assumptions: { cannabis_share_2010: 0.6 },
      assumptionRanges: { cannabis_share_2010: { low: 0.5, high: 0.7 } },
    };
    const usgFixed: Scenario = { ...usg, assumptions: { cannabis_share_2010: 0.6 } };
    expect(fp(rand)).not.toBe(fp(usg));
    expect(fp(usg)).toBe(fp(usgWithItsOwnRange));
    expect(fp(usg)).not.toBe(fp(usgFixed));
  });
});
