/** The judge's rules on the shipped model: the verdict from the median and the tie margin, and "only what differs". */
import { describe, expect, it } from 'vitest';
import { getMetric } from '../../src/analysis/metrics.js';
import type { Scenario } from '../../src/model/types.js';
import { engine } from '../../src/port/index.js';
import { differences, verdictOf } from '../../src/port/judge.js';

const HOMICIDES = getMetric('homicides_total');
const REVENUE = getMetric('revenue_total');

describe('the verdict', () => {
  it('goes to the side the median favours, by the metric’s better direction', () => {
    expect(verdictOf(HOMICIDES, { p50: -10 }, 0)).toBe('aff');
    expect(verdictOf(HOMICIDES, { p50: 10 }, 0)).toBe('neg');
    expect(verdictOf(REVENUE, { p50: 10 }, 0)).toBe(REVENUE.better === 'higher' ? 'aff' : 'neg');
  });

  it('is a tie at a zero median and within the tie margin, not beyond it', () => {
    expect(verdictOf(HOMICIDES, { p50: 0 }, 0)).toBe('tie');
    expect(verdictOf(HOMICIDES, { p50: -500 }, 500)).toBe('tie');
    expect(verdictOf(HOMICIDES, { p50: -500.5 }, 500)).toBe('aff');
    expect(verdictOf(HOMICIDES, { p50: Number.NaN }, 0)).toBe('tie');
  });
});

describe('what differs between the cases', () => {
  const base: Scenario = engine.statusQuo();

  it('is nothing for two cases with the same settings', () => {
    expect(differences(base, { ...base, name: 'other', seed: '7', runs: 5 })).toEqual([]);
  });

  it('lists a lever, a camp and an assumption value, each once, with both sides’ values', () => {
    const aff: Scenario = {
      ...base,
      levers: { ...base.levers, guard_size: 300000 },
      camps: { ...base.camps, substitution: 'none' },
      assumptions: { ...base.assumptions, cannabis_share_2010: 0.2 },
    };
    const d = differences(aff, base);
    expect(d).toHaveLength(3);
    expect(d[0]).toMatchObject({ kind: 'lever', id: 'guard_size' });
    expect(d.map((x) => `${x.kind}:${x.id}`).sort()).toEqual([
      'assumption:cannabis_share_2010',
      'camp:substitution',
      'lever:guard_size',
    ]);
    expect(d.find((x) => x.id === 'guard_size')).toMatchObject({
      aff: 300000,
      neg: engine.leverValues(base).guard_size,
    });
    const camp = engine.assumptions.find((a) => a.id === 'substitution');
    expect(d.find((x) => x.id === 'substitution')).toMatchObject({ aff: 'none', neg: camp?.defaultCamp });
  });
});
