import { afterEach, describe, expect, it } from 'vitest';
import { ASSUMPTIONS, ASSUMPTION_DATA, type Citations } from '../../src/model/assumptions.js';
import { evidenceOf } from '../../src/model/camps.js';
import { LANGS, catalogueOf, setLang } from '../../src/text/i18n.js';

afterEach(() => setLang('en'));

const citationList = (c: Citations | undefined): readonly string[] =>
  c === undefined ? [] : typeof c === 'string' ? [c] : c;

/** Every assumption and camp in a language: where it is and the words it shows. */
function texts(): { where: string; label: string; source: string; note?: string; unit?: string }[] {
  return ASSUMPTIONS.flatMap((a) => [
    { where: a.id, label: a.label, source: a.source, note: a.note, unit: a.unit },
    ...(a.camps ?? []).map((c) => ({ where: `${a.id}.${c.id}`, label: c.label, source: c.source })),
  ]);
}

/** The figures and evidence of every assumption and camp, without its words. */
function dataOnly(): unknown {
  return JSON.parse(
    JSON.stringify(ASSUMPTIONS, (key, value) => (['label', 'source', 'note', 'unit'].includes(key) ? '·' : value)),
  );
}

/** The property names of every assumption and camp, in order. */
function keyOrders(): string[][] {
  return ASSUMPTIONS.flatMap((a) => [Object.keys(a), ...(a.camps ?? []).map((c) => Object.keys(c))]);
}

describe('the assumptions speak through the catalogue', () => {
  it.each(LANGS)('every assumption and camp has a label and a source in %s, with no hole', (lang) => {
    setLang(lang);
    const withNote = new Set(ASSUMPTION_DATA.filter((d) => d.note).map((d) => d.id));
    for (const t of texts()) {
      expect(t.label.trim().length, t.where).toBeGreaterThan(5);
      expect(t.source.trim().length, t.where).toBeGreaterThan(5);
      for (const text of [t.label, t.source, t.note ?? '', t.unit ?? ''])
        expect(text, t.where).not.toMatch(/undefined|NaN|\[object/);
      if (t.unit !== undefined) expect(t.unit.length, t.where).toBeGreaterThan(0);
      if (withNote.has(t.where)) expect(t.note?.trim().length ?? 0, t.where).toBeGreaterThan(10);
      else if (t.unit !== undefined) expect(t.note, t.where).toBeUndefined();
    }
  });

  it('has text for exactly the assumptions and camps the model has, in both languages', () => {
    for (const lang of LANGS) {
      const items = catalogueOf(lang).assumptions.items as Record<string, { camps?: Record<string, unknown> }>;
      expect(Object.keys(items).sort(), lang).toEqual(ASSUMPTION_DATA.map((d) => d.id).sort());
      for (const d of ASSUMPTION_DATA) {
        expect(Object.keys(items[d.id]?.camps ?? {}).sort(), `${lang} ${d.id}`).toEqual(
          (d.camps ?? []).map((c) => c.id).sort(),
        );
      }
      const units = new Set(ASSUMPTION_DATA.map((d) => d.unit).concat('logChange'));
      expect(Object.keys(catalogueOf(lang).assumptions.units).sort(), lang).toEqual([...units].sort());
    }
  });

  it('gives each source text as many citations as the data holds, and both languages use every one of them', () => {
    type Words = string | ((...c: string[]) => string) | undefined;
    const check = (where: string, citations: Citations | undefined, en: Words, es: Words): void => {
      const n = citationList(citations).length;
      if (en === undefined || es === undefined) {
        // The citations alone are the source: the same in both languages.
        expect([en, es, n], where).toEqual([undefined, undefined, 1]);
        return;
      }
      if (typeof en === 'string' || typeof es === 'string') {
        expect([typeof en, typeof es, n], where).toEqual(['string', 'string', 0]);
        return;
      }
      expect([en.length, es.length], where).toEqual([n, n]);
      const marks = Array.from({ length: n }, (_, k) => `⟦${k}⟧`);
      for (const text of [en(...marks), es(...marks)])
        for (const m of marks) expect(text.split(m).length - 1, `${where} ${m}`).toBe(1);
    };
    const en = catalogueOf('en').assumptions.items as Record<string, Record<string, unknown>>;
    const es = catalogueOf('es').assumptions.items as Record<string, Record<string, unknown>>;
    for (const d of ASSUMPTION_DATA) {
      check(d.id, d.source, en[d.id]?.source as Words, es[d.id]?.source as Words);
      for (const c of d.camps ?? []) {
        const campText = (items: typeof en) =>
          (items[d.id]?.camps as Record<string, { source?: Words }> | undefined)?.[c.id]?.source;
        check(`${d.id}.${c.id}`, c.source, campText(en), campText(es));
      }
    }
  });

  it('keeps every citation in its original language in both languages', () => {
    for (const lang of LANGS) {
      setLang(lang);
      for (const d of ASSUMPTION_DATA) {
        const a = ASSUMPTIONS.find((x) => x.id === d.id);
        for (const c of citationList(d.source)) expect(a?.source, `${lang} ${d.id}`).toContain(c);
        for (const cd of d.camps ?? []) {
          const camp = a?.camps?.find((x) => x.id === cd.id);
          for (const c of citationList(cd.source)) expect(camp?.source, `${lang} ${d.id}.${cd.id}`).toContain(c);
        }
      }
    }
  });

  it('answers in Spanish once the language is switched, on the same objects', () => {
    const a = ASSUMPTIONS.find((x) => x.id === 'workforce_2007');
    const theory = ASSUMPTIONS.find((x) => x.id === 'violence_theory');
    const pooled = theory?.camps?.find((c) => c.id === 'pooled');
    expect(a?.label).toBe('Cartel members in January 2007');
    setLang('es');
    expect(a?.label).toBe('Miembros de los cárteles en enero de 2007');
    expect(a?.unit).toBe('personas');
    expect(a?.source).toMatch(/^Conjetura del modelador para una distribución amplia; /);
    expect(a?.source).toContain('Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023), code ReclutamientoC.R');
    expect(pooled?.label).toMatch(/^Combinada: /);
    expect(pooled?.source).toMatch(/^Derivado: .*confrontación: \d\.\d\d \/ \d\.\d\d = \d\.\d\d/);
    expect(ASSUMPTIONS.find((x) => x.id === 'null_step_3')?.label).toContain('en el año 3 después del último');
    expect(evidenceOf(a!, undefined).source).toBe(a?.source);
    setLang('en');
    expect(a?.unit).toBe('people');
    expect(a?.source).toMatch(/^Modeller's guess for a wide prior; /);
  });

  it('says in Spanish what the English says of guesses and derivations, never in English words', () => {
    const english = new Map(texts().map((t) => [t.where, t]));
    setLang('es');
    const sameLabel = texts().filter((t) => t.label === english.get(t.where)?.label);
    expect(sameLabel.map((t) => t.where)).toEqual(['cannabis_share_2010.rand']);
    for (const t of texts()) {
      const en = english.get(t.where);
      if (en?.source.startsWith("Modeller's guess")) expect(t.source, t.where).toMatch(/^Conjetura del modelador/);
      if (en?.source.startsWith('Derived')) expect(t.source, t.where).toMatch(/^Derivado/);
      if (en?.source.startsWith('Unconfirmed')) expect(t.source, t.where).toMatch(/^Sin confirmar/);
      for (const text of [t.label, t.source, t.note ?? ''])
        expect(text, t.where).not.toMatch(/Modeller|\bDerived\b|\bguess\b|\bper month\b|\bshare of\b|\bthe history\b/);
    }
  });

  it('shows the same ids, figures, kinds and key order in both languages', () => {
    const en = { data: dataOnly(), keys: keyOrders() };
    setLang('es');
    expect({ data: dataOnly(), keys: keyOrders() }).toEqual(en);
  });
});
