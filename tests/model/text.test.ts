import { afterEach, describe, expect, it } from 'vitest';
import { centralParams } from '../../src/model/ensemble.js';
import { EQUATIONS, OUTPUT_IDS } from '../../src/model/equations.js';
import { GENERATED, runModel } from '../../src/model/generated/model.gen.js';
import { historyInputs } from '../../src/model/history.js';
import { LEVER_FAMILIES, LEVERS } from '../../src/model/levers.js';
import { hindcast } from '../../src/model/hindcast.js';
import { assertParamSpecs, checkParamSpec } from '../../src/model/sample.js';
import { OUTPUTS, paramSpecs, statusQuo } from '../../src/model/scenario-model.js';
import { unitLabel } from '../../src/model/units.js';
import { formatQuantity, formatSignedQuantity, MINUS } from '../../src/text/format.js';
import { catalogueOf, inLang, setLang } from '../../src/text/i18n.js';

afterEach(() => setLang('en'));

/** Runs `f` with Spanish in force, then goes back to English. */
const inSpanish = <T>(f: () => T): T => inLang('es', f);

describe('the model speaks the language in force', () => {
  it('gives the levers Spanish labels and framing, keeping the article’s English quotes', () => {
    const guard = LEVERS.find((l) => l.id === 'guard_size')!;
    expect(guard.label).toBe('National Guard target size');
    const [label, words] = inSpanish(() => [guard.label, guard.articleWords]);
    expect(label).toBe('Tamaño meta de la Guardia Nacional');
    expect(words).toContain('Guardia Nacional de 300,000 elementos');
    // The article's words stay as published, inside the Spanish sentence.
    expect(words).toContain('"proposed replacing the military presence in the drug war with a 300,000-person');
    // The same object answers in English again once English is back: nothing was fixed at load time.
    expect(guard.label).toBe('National Guard target size');
    expect(guard.articleWords).toBe(
      'He "proposed replacing the military presence in the drug war with a 300,000-person National Guard"',
    );
  });

  it('names the lever families, the outputs, the equations and the status quo in Spanish', () => {
    inSpanish(() => {
      expect(LEVER_FAMILIES.map((f) => f.label)).toContain('Legalización de la marihuana');
      expect(LEVER_FAMILIES.map((f) => f.label)).toContain('Retiro gradual del ejército de las calles');
      expect(OUTPUTS.find((o) => o.id === 'homicides')?.label).toBe('Homicidios');
      expect(EQUATIONS.find((e) => e.id === 'cost_youth')?.label).toBe('Costo: becas y capacitación para jóvenes');
      expect(statusQuo().name).toBe('Statu quo');
    });
    expect(statusQuo().name).toBe('Status quo');
  });

  it('keeps JSON keys, their order, ids, units and numbers the same in both languages', () => {
    const strip = (json: string) =>
      JSON.parse(json, (key, value) => (key === 'label' || key === 'articleWords' ? '' : value)) as unknown;
    const en = JSON.stringify(LEVERS);
    const es = inSpanish(() => JSON.stringify(LEVERS));
    expect(es).not.toBe(en);
    expect(strip(es)).toEqual(strip(en));
    expect(Object.keys(LEVERS[0]!)).toEqual([
      'id',
      'label',
      'unit',
      'control',
      'min',
      'max',
      'step',
      'default',
      'articleWords',
      'group',
      'family',
    ]);
    expect(Object.keys(EQUATIONS.find((e) => e.kind === 'stock')!)).toEqual([
      'id',
      'kind',
      'label',
      'unit',
      'init',
      'rate',
    ]);
    expect(Object.keys(OUTPUTS[0]!)).toEqual(['id', 'label', 'unit', 'group']);
    expect(inSpanish(() => OUTPUTS.map((o) => o.unit))).toEqual(OUTPUTS.map((o) => o.unit));
  });

  it('computes the same numbers in both languages', () => {
    const run = () => {
      const out = new Float64Array(GENERATED.months * GENERATED.outputs.length);
      runModel(centralParams(paramSpecs(statusQuo())), historyInputs(), out);
      return out;
    };
    expect(inSpanish(run)).toEqual(run());
    expect(inSpanish(() => paramSpecs(statusQuo()))).toEqual(paramSpecs(statusQuo()));
  });

  it('records only outputs that have a label in both catalogues', () => {
    for (const id of OUTPUT_IDS) {
      expect(catalogueOf('en').model.equations[id]).toBeTruthy();
      expect(catalogueOf('es').model.equations[id]).toBeTruthy();
    }
  });

  it('reports problems with values a person sets in Spanish', () => {
    const spec = { value: 1, low: 2, high: 0, distribution: 'uniform' as const };
    expect(checkParamSpec(spec)).toBe('low must not exceed high');
    expect(inSpanish(() => checkParamSpec(spec))).toBe('el mínimo no puede ser mayor que el máximo');
    expect(() => inSpanish(() => assertParamSpecs([spec], ['guard_size']))).toThrow(
      /^parámetro guard_size: el mínimo no puede ser mayor que el máximo \(valor 1, mínimo 2, máximo 0, uniform\)$/,
    );
    const late = { until: 2030, theory: 'conflict' as const, runs: 10, seed: 'x' };
    expect(() => inSpanish(() => hindcast(paramSpecs(statusQuo()), late))).toThrow(/el año del retropronóstico/);
  });
});

describe('units', () => {
  it('are ids: English shows them as they are, Spanish gives every one its words', () => {
    const en = catalogueOf('en').model.units;
    const es = catalogueOf('es').model.units;
    for (const [id, entry] of Object.entries(en)) {
      expect(entry.text, id).toBe(id);
      expect(entry.amount, id).toBeUndefined();
    }
    for (const [id, entry] of Object.entries(es)) expect(entry.amount, id).toBeTypeOf('function');
    expect(unitLabel('deaths/yr')).toBe('deaths/yr');
    expect(inSpanish(() => unitLabel('deaths/yr'))).toBe('homicidios/año');
    expect(inSpanish(() => unitLabel('no such unit'))).toBe('no such unit');
  });

  it('reads amounts as natural Spanish, and English as before', () => {
    expect(formatQuantity(36012, 'deaths/yr')).toBe('36,000 deaths a year');
    expect(formatQuantity(12.34, 'US$ bn/yr')).toBe('US$12.3 bn a year');
    inSpanish(() => {
      expect(formatQuantity(36012, 'deaths/yr')).toBe('36,000 homicidios al año');
      expect(formatQuantity(12.34, 'US$ bn/yr')).toBe('US$12.3 mil millones al año');
      expect(formatQuantity(-1.2, 'US$ bn/yr')).toBe(`${MINUS}US$1.2 mil millones al año`);
      expect(formatSignedQuantity(1.2, 'US$ bn')).toBe('+US$1.2 mil millones');
      expect(formatQuantity(170000, 'people')).toBe('170,000 personas');
      expect(formatQuantity(1234, 'people/month')).toBe('1,230 personas al mes');
      expect(formatQuantity(1.4, 'index')).toBe('1.4');
      expect(formatQuantity(25.3, 'per 100k/yr')).toBe('25.3 por cada 100 mil habitantes al año');
    });
  });
});
