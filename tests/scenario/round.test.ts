/** Round files: written and read back equal, attacks applied as stated, the lock and the checks of a read. */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/types.js';
import { engine } from '../../src/port/index.js';
import {
  applyAttack,
  looksLikeRound,
  parseRound,
  type Round,
  roundToYaml,
  sideFingerprint,
} from '../../src/scenario/round.js';
import { loadScenarioFile } from '../../src/scenario/scenario-files.js';
import { scenarioToYaml } from '../../src/scenario/serialize-scenario.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const registry = engine.roundRegistry;
let round: Round;

async function preset(name: string): Promise<Scenario> {
  const r = await loadScenarioFile(resolve(ROOT, 'scenarios', `${name}.yaml`), engine.registry);
  if (!r.ok) throw new Error(`${name}.yaml does not load`);
  return { ...r.scenario, runs: 80, seed: 'club night 3' };
}

beforeAll(async () => {
  const aff = await preset('platform-2018');
  // A case with an assumption drawn over its own range, so an attack on it must drop the range.
  const neg: Scenario = {
    ...(await preset('hard-line')),
    assumptions: { cannabis_share_2010: 0.2 },
    assumptionRanges: { cannabis_share_2010: { low: 0.18, high: 0.22 } },
  };
  const side = (file: string, s: Scenario) => ({ file, fingerprint: sideFingerprint(s, registry), scenario: s });
  round = {
    motion: 'This house would legalize: "now"',
    rule: { metric: 'homicides_2024', runs: 80, seed: 'club night 3', tieMargin: 250, words: 'The words.' },
    aff: side('scenarios/platform-2018.yaml', aff),
    neg: side('hard-line', neg),
    attacks: [
      { side: 'neg', kind: 'camp', id: 'substitution', camp: 'none', note: 'Dube et al.' },
      { side: 'aff', kind: 'assumption', id: 'cannabis_share_2010', value: 0.25, note: 'RAND, upper' },
    ],
  } as Round;
});

describe('round files', () => {
  it('read back equal to the round written', () => {
    const text = roundToYaml(round, registry);
    expect(looksLikeRound(text)).toBe(true);
    const back = parseRound(text, 'round.yaml', registry);
    if (!back.ok) throw new Error(back.problems.map((p) => `${p.line} ${p.path} ${p.message}`).join('\n'));
    expect(back.round).toEqual(round);
  });

  it('are told apart from scenario files', () => {
    expect(looksLikeRound(scenarioToYaml(round.aff.scenario, registry))).toBe(false);
    const asRound = parseRound(scenarioToYaml(round.aff.scenario, registry), 's.yaml', registry);
    expect(asRound.ok).toBe(false);
    if (!asRound.ok) expect(asRound.problems.some((p) => p.path === 'palancas_round')).toBe(true);
  });

  it('are refused when the model changed under both locked cases', () => {
    const text = roundToYaml(round, registry);
    const r = parseRound(text, 'round.yaml', { ...registry, modelVersion: `${registry.modelVersion}-next` });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.tampered).toEqual(['aff', 'neg']);
      expect(r.problems.map((p) => p.path)).toEqual(['aff.fingerprint', 'neg.fingerprint']);
    }
  });

  it('check each attack against the range in force on both sides', () => {
    const text = roundToYaml(round, registry).replace('value: 0.25', 'value: 0.3');
    const r = parseRound(text, 'round.yaml', registry);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ path: 'attacks[1].value', allowed: '0.15–0.26 (share)' });
      expect(text.split('\n')[(r.problems[0]?.line ?? 0) - 1]).toBe('    value: 0.3');
    }
  });

  it('report a problem inside an embedded scenario with the side in its path', () => {
    const text = roundToYaml(round, registry).replace('      guard_size: 150000', '      guard_size: -5');
    const r = parseRound(text, 'round.yaml', registry);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: 'neg.scenario.levers.guard_size' });
  });
});

describe('attacks', () => {
  it('fix an assumption, dropping the range a case drew it over', () => {
    const s = applyAttack(round.neg.scenario, round.attacks[1] as Round['attacks'][number]);
    expect(s.assumptions.cannabis_share_2010).toBe(0.25);
    expect(s.assumptionRanges).toBeUndefined();
    expect(round.neg.scenario.assumptionRanges?.cannabis_share_2010).toEqual({ low: 0.18, high: 0.22 });
  });

  it('pick a camp, dropping the case its own value so the camp applies', () => {
    const camp = { side: 'aff', kind: 'camp', id: 'cannabis_share_2010', camp: 'us_government', note: 'n' } as const;
    const s = applyAttack(round.neg.scenario, camp);
    expect(s.camps.cannabis_share_2010).toBe('us_government');
    expect(Object.hasOwn(s.assumptions, 'cannabis_share_2010')).toBe(false);
    const resolved = engine.resolveAssumptions(s).find((a) => a.id === 'cannabis_share_2010');
    expect(resolved?.camp).toBe('us_government');
    expect(resolved?.override).toBeUndefined();
  });
});
