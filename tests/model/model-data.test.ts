import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../src/model/assumptions.js';
import { ASSUMPTION_KINDS } from '../../src/model/types.js';
import { LEVERS } from '../../src/model/levers.js';
import { EQUATIONS, MODEL_SPEC } from '../../src/model/equations.js';
import { MODEL_GRID } from '../../src/model/grid.js';
import { generateModule } from '../../src/model/compile/index.js';

const textOf = (e: (typeof EQUATIONS)[number]) => (e.kind === 'stock' ? `${e.init} ${e.rate}` : e.expr);
const uses = (id: string) => EQUATIONS.some((e) => new RegExp(`\\b${id}\\b`).test(textOf(e)));

/** Every figure and camp, with where it is, for checks that apply to both. */
const FIGURES = ASSUMPTIONS.flatMap((a) => [
  { where: a.id, kind: a.kind, confidence: a.confidence, label: a.label, source: a.source, note: a.note ?? '' },
  ...(a.camps ?? []).map((c) => ({
    where: `${a.id}.${c.id}`,
    kind: c.kind,
    confidence: c.confidence ?? a.confidence,
    label: c.label,
    source: c.source,
    note: '',
  })),
]);

/** A derived figure's source says "Derived" and shows the arithmetic: an operator, an "=", and the numbers. */
function expectArithmetic(source: string): void {
  expect(source).toMatch(/^Derived\b/);
  expect(source).toMatch(/\s(?:x|×|÷|\/|\+|-|−)\s|\d\/\d/);
  expect(source).toMatch(/=\s*\$?\d/);
  expect((source.match(/\d+(?:[.,]\d+)*/g) ?? []).length).toBeGreaterThanOrEqual(3);
}

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
    expect(ASSUMPTION_KINDS).toContain(a.kind);
    expect(a.source.trim().length).toBeGreaterThan(10);
    if (a.kind === 'guess') expect(a.source).toMatch(/guess/i);
    if (a.kind === 'derived') expectArithmetic(a.source);
    if (a.distribution === 'loguniform') expect(a.low).toBeGreaterThan(0);
    expect(uses(a.id)).toBe(true);
  });

  it('never rates a figure that no source confirms as research, and says so in its source with low confidence', () => {
    const unconfirmed = FIGURES.filter((f) =>
      /unconfirmed|not credible|text was not found/i.test(`${f.label} ${f.source}`),
    );
    expect(unconfirmed.map((f) => f.where)).toEqual(
      expect.arrayContaining(['cannabis_share_2010.us_government', 'drug_revenue_2010.us_government']),
    );
    for (const f of unconfirmed) {
      expect(f.kind, f.where).toBe('guess');
      expect(f.confidence, f.where).toBe('low');
      expect(f.source, f.where).toMatch(/^Unconfirmed/);
    }
    const usg = ASSUMPTIONS.find((a) => a.id === 'cannabis_share_2010')?.camps?.find((c) => c.id === 'us_government');
    expect(usg?.source).toMatch(/RAND OP-325 p\.3 calls the 60% "not credible"/);
  });

  it('labels derivations as derived, and keeps the traced-guns caveat', () => {
    const byId = new Map(ASSUMPTIONS.map((a) => [a.id, a]));
    for (const id of [
      'us_squeeze_2015',
      'conflict_share',
      'conflict_coefficient',
      'saturation_coefficient',
      'guard_lethality_ratio',
      'population_growth',
      'nonoc_homicide_rate',
    ] as const) {
      expect(byId.get(id)?.kind, id).toBe('derived');
    }
    for (const id of ['recruitment_rate', 'incapacitation_per_month'] as const)
      expect(byId.get(id)?.kind, id).toBe('research');
    const guns = byId.get('us_share_of_guns');
    expect(`${guns?.label} ${guns?.source}`).toMatch(/traced guns only/);
    expect(guns?.source).toMatch(/neither is a share of all guns/);
    expect(byId.get('population_2010')?.confidence).toBe('medium');
  });

  it("cites original documents, never the project's research notes", () => {
    for (const f of FIGURES) {
      expect(`${f.label} ${f.source} ${f.note}`, f.where).not.toMatch(
        /\b(sources|effects|history-2006-2018)\.md\b|§\d/,
      );
      expect(f.source, f.where).not.toMatch(/\b[SD][123]?\)|, S[123]\b|\bS[123]\)/);
    }
  });

  it('gives every contested assumption a valid default camp matching its figures', () => {
    const contested = ASSUMPTIONS.filter((a) => a.camps);
    expect(contested.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'cannabis_share_2010',
        'drug_revenue_2010',
        'removal_violence',
        'youth_effect',
        'us_squeeze_ceiling',
        'violence_theory',
      ]),
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
        if (c.kind === 'derived') expectArithmetic(c.source);
      }
    }
  });
});

describe('levers', () => {
  it("has the article's five lever families and the extras, each used by the equations", () => {
    const families = new Set(LEVERS.filter((l) => l.group === 'article').map((l) => l.family));
    expect([...families]).toEqual(['cannabis', 'amnesty', 'drawdown', 'guard', 'youth']);
    for (const id of ['legalize_all_drugs', 'us_gun_action', 'kingpin_intensity'])
      expect(LEVERS.some((l) => l.id === id)).toBe(true);
    for (const l of LEVERS) {
      expect(l.min).toBeLessThanOrEqual(l.default);
      expect(l.default).toBeLessThanOrEqual(l.max);
      expect(l.articleWords.length).toBeGreaterThan(5);
      expect(uses(l.id), l.id).toBe(true);
    }
  });

  it("carries the article's figures: 300,000 Guard, three years, $5 bn", () => {
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
