import { describe, expect, it } from 'vitest';
import { assumptionsForLever, assumptionsForOutput, equationText, symbolsOf } from '../../src/ui/relations.js';
import { FAKE_ASSUMPTIONS, FAKE_EQUATIONS } from '../helpers/fake-engine.js';

const ids = new Set(FAKE_ASSUMPTIONS.map((a) => a.id));

describe('relations', () => {
  it('lists symbols, not functions or number exponents', () => {
    expect(symbolsOf('a * max(b_1, 1e5) + exp(c) - 2.5e-3 * d')).toEqual(['a', 'b_1', 'c', 'd']);
  });
  it('finds the assumptions of a curve, its own first, then upstream', () => {
    expect(assumptionsForOutput(FAKE_EQUATIONS, ids, 'homicides')).toEqual([
      'base_homicides',
      'guard_effect',
      'vacuum_effect',
    ]);
    expect(assumptionsForOutput(FAKE_EQUATIONS, ids, 'cartel_revenue')).toEqual(['cannabis_share']);
    expect(assumptionsForOutput(FAKE_EQUATIONS, ids, 'homicides', 1)).toEqual(['base_homicides']);
    expect(assumptionsForOutput(FAKE_EQUATIONS, ids, 'nope')).toEqual([]);
  });
  it('finds the assumptions next to a lever', () => {
    expect(assumptionsForLever(FAKE_EQUATIONS, ids, 'drawdown_share')).toEqual([
      'base_homicides',
      'guard_effect',
      'vacuum_effect',
    ]);
    expect(assumptionsForLever(FAKE_EQUATIONS, ids, 'youth_budget')).toEqual([]);
  });
  it('writes stocks as a rate and an initial value', () => {
    const wf = FAKE_EQUATIONS.find((e) => e.id === 'workforce')!;
    expect(equationText(wf)).toEqual([
      'd(workforce)/dt = -amnesty_coverage * workforce / 120',
      'workforce(2007-01) = 100000',
    ]);
  });
});
