import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../src/model/assumptions.js';
import { LEVERS } from '../../src/model/levers.js';
import { EQUATIONS, MODEL_SPEC } from '../../src/model/equations.js';
import { MODEL_GRID } from '../../src/model/grid.js';
import { generateModule } from '../../src/model/compile/index.js';

const textOf = (e: (typeof EQUATIONS)[number]) => (e.kind === 'stock' ? `${e.init} ${e.rate}` : e.expr);
const uses = (id: string) => EQUATIONS.some((e) => new RegExp(`\\b${id}\\b`).test(textOf(e)));

describe('assumptions as data', () => {
  it('has at least 30 assumptions with unique snake_case ids', () => {
    expect(ASSUMPTIONS.length).toBeGreaterThanOrEqual(30);
    const ids = ASSUMPTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it.each(ASSUMPTIONS.map((a) => [a.id, a]))('%s is labeled, ranged and sourced', (_, a) => {
    expect(a.label.length).toBeGreaterThan(5);
    expect(a.unit.length).toBeGreaterThan(0);
    expect(a.low).toBeLessThanOrEqual(a.value);
    expect(a.value).toBeLessThanOrEqual(a.high);
    expect(['article', 'research', 'derived', 'guess']).toContain(a.kind);
    expect(a.source.trim().length).toBeGreaterThan(10);
    if (a.kind === 'guess') expect(a.source).toMatch(/guess/i);
    if (a.kind === 'derived') expect(a.source).toMatch(/^Derived|Derived from/);
    if (a.distribution === 'loguniform') expect(a.low).toBeGreaterThan(0);
    expect(uses(a.id)).toBe(true);
  });

  it('gives every contested assumption a valid default camp matching its figures', () => {
    const contested = ASSUMPTIONS.filter((a) => a.camps);
    expect(contested.map((a) => a.id)).toEqual(
      expect.arrayContaining(['cannabis_share_2010', 'drug_revenue_2010', 'removal_violence', 'youth_effect', 'us_squeeze_ceiling', 'violence_theory']),
    );
    for (const a of contested) {
      const def = a.camps!.find((c) => c.id === a.defaultCamp);
      expect(def, a.id).toBeDefined();
      expect([def!.value, def!.low, def!.high]).toEqual([a.value, a.low, a.high]);
      expect(a.camps!.length).toBeGreaterThanOrEqual(2);
      for (const c of a.camps!) {
        expect(c.low).toBeLessThanOrEqual(c.value);
        expect(c.value).toBeLessThanOrEqual(c.high);
        expect(c.source.trim().length).toBeGreaterThan(5);
      }
    }
  });
});

describe('levers', () => {
  it('has the article\'s five lever families and the extras, each used by the equations', () => {
    const families = new Set(LEVERS.filter((l) => l.group === 'article').map((l) => l.family));
    expect([...families]).toEqual(['cannabis', 'amnesty', 'drawdown', 'guard', 'youth']);
    for (const id of ['legalize_all_drugs', 'us_gun_action', 'kingpin_intensity']) expect(LEVERS.some((l) => l.id === id)).toBe(true);
    for (const l of LEVERS) {
      expect(l.min).toBeLessThanOrEqual(l.default);
      expect(l.default).toBeLessThanOrEqual(l.max);
      expect(l.articleWords.length).toBeGreaterThan(5);
      expect(uses(l.id), l.id).toBe(true);
    }
  });

  it('carries the article\'s figures: 300,000 Guard, three years, $5 bn', () => {
    const guard = LEVERS.find((l) => l.id === 'guard_size')!;
    expect(guard.articleWords).toContain('300,000');
    expect(guard.max).toBeGreaterThanOrEqual(300_000);
    expect(LEVERS.find((l) => l.id === 'drawdown_years')!.articleWords).toMatch(/three years/);
    expect(LEVERS.find((l) => l.id === 'youth_budget')!.articleWords).toContain('$5 billion');
  });
});

describe('generated model', () => {
  it('is up to date with the equations (run `npm run generate` after editing them)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../src/model/generated/model.gen.ts'), 'utf8');
    expect(committed).toBe(generateModule(MODEL_SPEC, MODEL_GRID));
  });
});
