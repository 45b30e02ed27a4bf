import { describe, expect, it } from 'vitest';
import { buildLedger, findDrivers, symbolsIn } from '../../src/analysis/ledger.js';
import { MONTH_COUNT } from '../../src/analysis/metrics.js';

const constant = (v: number): Float64Array => new Float64Array(MONTH_COUNT).fill(v);

const scenario: Record<string, number> = {
  cost_guard: 2,
  cost_military: 1,
  cost_youth: 0.5,
  cost_amnesty: 0.1,
  cannabis_tax: 0.6,
  fiscal_cost: 3,
  homicides: 30000,
};
const baseline: Record<string, number> = { ...scenario, fiscal_cost: 0, homicides: 36000 };

describe('buildLedger', () => {
  it('lists each cost line per year, tax as negative, and the totals', () => {
    const ledger = buildLedger(
      (id) => constant(scenario[id] ?? 0),
      (id) => constant(baseline[id] ?? 0),
      (id) => [{ id: `${id}_driver`, label: 'd' }],
    );
    expect(ledger.years).toHaveLength(12);
    const guard = ledger.lines.find((l) => l.output === 'cost_guard');
    expect(guard?.byYear.every((v) => v === 2)).toBe(true);
    expect(guard?.total).toBe(24);
    expect(guard?.drivers).toEqual([{ id: 'cost_guard_driver', label: 'd' }]);
    expect(ledger.lines.find((l) => l.output === 'cannabis_tax')?.total).toBeCloseTo(-7.2, 10);
    expect(ledger.net.total).toBe(36);
  });

  it('divides the extra net cost by the homicides averted', () => {
    const ledger = buildLedger(
      (id) => constant(scenario[id] ?? 0),
      (id) => constant(baseline[id] ?? 0),
      () => [],
    );
    // 6,000 fewer deaths a year for 12 years; US$36 bn more.
    expect(ledger.homicidesAverted).toBe(72000);
    expect(ledger.extraNetCost).toBe(36);
    expect(ledger.costPerHomicideAverted).toBeCloseTo(36 / 72000, 15);
    expect(ledger.dollarsPerHomicideAverted).toBeCloseTo(500000, 6);
  });

  it('does not divide when no homicides are averted', () => {
    const ledger = buildLedger(
      (id) => constant(scenario[id] ?? 0),
      (id) => constant(id === 'homicides' ? 30000 : 0),
      () => [],
    );
    expect(ledger.homicidesAverted).toBe(0);
    expect(ledger.costPerHomicideAverted).toBeNull();
  });
});

describe('findDrivers', () => {
  const equations = [
    { id: 'cost_guard', text: 'forces_guard * guard_cost_per_person / 1e9' },
    { id: 'forces_guard', text: 'guard_size * min(1, t / guard_build_months) * guard_attrition' },
    { id: 'guard_attrition', text: 'exp(-attrition_rate)' },
  ];
  const assumptions = ['guard_cost_per_person', 'guard_build_months', 'attrition_rate', 'unused'].map((id) => ({
    id,
    label: id.toUpperCase(),
  }));

  it('collects assumption ids from the equation text and one level down', () => {
    expect(findDrivers('cost_guard', equations, assumptions).map((d) => d.id)).toEqual([
      'guard_build_months',
      'guard_cost_per_person',
    ]);
    expect(findDrivers('cost_guard', equations, assumptions, 3).map((d) => d.id)).toContain('attrition_rate');
    expect(findDrivers('cost_guard', equations, assumptions, 1).map((d) => d.label)).toEqual(['GUARD_COST_PER_PERSON']);
  });

  it('reads identifiers, not substrings', () => {
    expect([...symbolsIn('a_b * ab + exp(c2)')]).toEqual(['a_b', 'ab', 'exp', 'c2']);
  });
});
