import { afterEach, describe, expect, it } from 'vitest';
import { buildClaim } from '../../src/analysis/claim.js';
import { AnalysisError } from '../../src/analysis/errors.js';
import { buildLedger, LEDGER_LINES } from '../../src/analysis/ledger.js';
import { describeMetric, getMetric, METRICS, type MetricId, metricNamed } from '../../src/analysis/metrics.js';
import { catalogueOf, inLang, setLang } from '../../src/text/i18n.js';

afterEach(() => setLang('en'));

const inSpanish = <T>(f: () => T): T => inLang('es', f);

const base = Array.from({ length: 101 }, () => 100);
const claim = (a: readonly number[], id: MetricId = 'homicides_2024', bName = 'el statu quo') =>
  buildClaim({ aName: 'platform-2018', bName, metric: getMetric(id), perRunA: a, perRunB: base });
/** 101 paired runs whose % differences run evenly from `lo` to `hi`. */
const evenly = (lo: number, hi: number) => base.map((b, i) => b * (1 + (lo + ((hi - lo) * i) / 100) / 100));

describe('claims in Spanish', () => {
  it('write a real sentence when the whole range is on one side', () => {
    const c = inSpanish(() => claim(evenly(-27, -9)));
    expect(c.sentence).toMatch(
      /^Con platform-2018, los homicidios de 2024 son 18% \(P10–P90: 11–25%\) menores que con el statu quo \(diferencia pareada mediana: −18 homicidios; mejor en 101 de 101 corridas pareadas\)\.$/,
    );
    expect(c.sentence).not.toMatch(/below|Under|median run/);
  });

  it('agree in number with the metric and say "por encima" / "por debajo" across zero', () => {
    const rate = inSpanish(() => claim(evenly(-5, 15), 'homicide_rate_2024')).sentence;
    expect(rate).toContain('la tasa de homicidios de 2024 es 5% mayor que con el statu quo en la corrida mediana');
    expect(rate).toContain('(P10–P90: de 3% por debajo a 13% por encima)');
    const same = inSpanish(() => claim(evenly(-10, 10), 'revenue_2024')).sentence;
    expect(same).toContain(
      'los ingresos de los cárteles en 2024 son iguales que con el statu quo en la corrida mediana',
    );
    const zero = inSpanish(() =>
      buildClaim({ aName: 'A', bName: 'B', metric: getMetric('fiscal_total'), perRunA: [1, 2], perRunB: [0, 0] }),
    ).sentence;
    expect(zero).toMatch(/^Con A, no hay corridas utilizables para el costo fiscal neto acumulado de 2019 a 2030/);
  });

  it('carry the same numbers as in English', () => {
    const a = evenly(-27, -9);
    const { sentence: en, ...numbersEn } = claim(a);
    const { sentence: es, ...numbersEs } = inSpanish(() => claim(a));
    expect(es).not.toBe(en);
    expect(numbersEs).toEqual(numbersEn);
    expect(en).toBe(
      'Under platform-2018, homicides in 2024 are 18% (P10–P90: 11–25%) below el statu quo (median paired difference −18 deaths; better in 101 of 101 paired runs).',
    );
  });
});

describe('metrics and the ledger in Spanish', () => {
  it('label the same metric objects in the language in force, with the same ids, units and JSON keys', () => {
    const m = METRICS.find((x) => x.id === 'homicides_total')!;
    expect(m.label).toBe('homicides, 2019–2030 total');
    expect(inSpanish(() => [m.label, m.phrase, m.plural])).toEqual([
      'homicidios, total 2019–2030',
      'los homicidios acumulados de 2019 a 2030',
      true,
    ]);
    expect(inSpanish(() => getMetric('revenue_2024').plural)).toBe(true);
    expect(getMetric('revenue_2024').plural).toBe(false);
    const json = (id: MetricId) => describeMetric(getMetric(id));
    const es = inSpanish(() => json('workforce_2030'));
    expect(es).toEqual({ ...json('workforce_2030'), label: 'integrantes de los cárteles en 2030' });
    expect(Object.keys(es)).toEqual(['id', 'label', 'unit', 'better']);
  });

  it('give every metric family words in both languages', () => {
    const families = new Set(METRICS.map((m) => m.base));
    for (const f of families) {
      expect(Object.keys(catalogueOf('es').analysis.metrics)).toContain(f);
      expect(Object.keys(catalogueOf('en').analysis.metrics)).toContain(f);
    }
  });

  it('explain a bad metric in Spanish', () => {
    expect(() => inSpanish(() => metricNamed('bogus'))).toThrow(AnalysisError);
    expect(() => inSpanish(() => metricNamed('bogus'))).toThrow(/^métrica desconocida: 'bogus'\. Las opciones son: /);
    expect(() => inSpanish(() => metricNamed('workforce_total'))).toThrow(/no tiene total de 2019 a 2030/);
    expect(() => inSpanish(() => metricNamed('homicides_2040'))).toThrow(/el año debe estar entre 2019 y 2030/);
  });

  it('names the ledger lines in Spanish and computes the same ledger', () => {
    expect(inSpanish(() => LEDGER_LINES.map((l) => l.label))).toEqual([
      'Guardia Nacional',
      'Militares en las calles (frente a 2018)',
      'Becas y capacitación laboral para jóvenes',
      'Amnistía',
      'Impuesto a la marihuana legal (ingreso)',
    ]);
    const series = (scale: number) => (id: string) => Array.from({ length: 288 }, (_, m) => scale * (id.length + m));
    const ledger = () => buildLedger(series(1), series(2), () => []);
    const en = ledger();
    const es = inSpanish(ledger);
    expect(es.net.label).toBe('Costo fiscal neto');
    const numbers = (l: typeof en) => ({ ...l, lines: l.lines.map((x) => x.byYear), net: l.net.byYear });
    expect(numbers(es)).toEqual(numbers(en));
  });
});
