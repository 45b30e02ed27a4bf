/**
 * The renderers in Mexican Spanish: the brief's headings and the chart narrations read as Spanish, and the
 * data (numbers, fingerprints, commands, JSON, CSV) is the same in either language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeSettings } from '../helpers/fake-ids.js';
import type { EnsembleResult, Scenario } from '../../src/model/types.js';
import { MONTHS as MODEL_MONTHS, OUTPUTS, statusQuo } from '../../src/model/scenario-model.js';
import { assembleBrief } from '../../src/port/brief.js';
import { briefHtml } from '../../src/render/brief/brief-html.js';
import { briefMarkdown } from '../../src/render/brief/brief-markdown.js';
import type { BriefData } from '../../src/render/brief/brief-types.js';
import { narrateBands, narrateBars, narrateSeries } from '../../src/render/narrate.js';
import { bandChartSvg, tornadoSvg, waterfallSvg } from '../../src/render/svg/index.js';
import { drawTornado, drawWaterfall } from '../../src/render/text/text-charts.js';
import { runCsv, runJson, runTable } from '../../src/render/text/series-output.js';
import { renderLedger, renderSensitivity } from '../../src/render/text/analysis-text.js';
import { buildLedger } from '../../src/analysis/ledger.js';
import { getMetric } from '../../src/analysis/metrics.js';
import { computeSensitivity } from '../../src/analysis/sensitivity.js';
import { catalogueOf, inLang, setLang } from '../../src/text/i18n.js';
import { makeBrief } from './brief/fixture.js';
import { fake } from './brief/fake-engine.js';

const en = catalogueOf('en').render;
const es = catalogueOf('es').render;

afterEach(() => setLang('en'));

/** Every number in a text (digits with their separators, sign and percent sign), sorted. */
function numbers(text: string): string[] {
  return (text.match(/[−+-]?\d[\d,.]*%?/g) ?? []).map((n) => n.replace(/[.,]$/, '')).sort();
}

/** The text of a page without its tags (so SVG coordinates, which follow label lengths, are left out). */
function pageText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
}

/** Shell blocks of a Markdown brief and <pre><code> blocks of an HTML one: the commands it prints. */
function commands(text: string): string[] {
  const md = [...text.matchAll(/```sh\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '');
  const html = [...text.matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)].map((m) => m[1] ?? '');
  return [...md, ...html];
}

/** The brief's section headings, by catalogue key. */
const HEADINGS = [
  'glance',
  'glanceCruxes',
  'glanceLevers',
  'scenarios',
  'levers',
  'charts',
  'compare',
  'claims',
  'cruxes',
  'sensitivity',
  'attribution',
  'byYear',
  'evidence',
  'failingSets',
  'ledger',
  'perHomicide',
  'appendix',
  'assumptions',
  'omitted',
] as const;

describe('the Spanish brief of a fixed input', () => {
  const data = makeBrief({ withB: true });
  const mdEn = briefMarkdown(data);
  const htmlEn = briefHtml(data);
  const mdEs = inLang('es', () => briefMarkdown(data));
  const htmlEs = inLang('es', () => briefHtml(data));

  it('has Spanish headings and none of the English ones (Markdown)', () => {
    const headingsEn = mdEn.split('\n').filter((l) => /^#{1,4} /.test(l));
    const headingsEs = mdEs.split('\n').filter((l) => /^#{1,4} /.test(l));
    expect(headingsEs).toHaveLength(headingsEn.length);
    for (const key of HEADINGS) {
      if (key === 'omitted') continue; // the fixture leaves nothing out
      expect(es.brief[key]).not.toBe(en.brief[key]);
      // The assumptions are the appendix: "Apéndice: Supuestos".
      const bare = (h: string): string => h.replace(/^#+ /, '').replace(`${es.brief.appendix}: `, '');
      expect(headingsEs.some((h) => bare(h).startsWith(es.brief[key]) || h.includes(`# ${es.brief[key]}`))).toBe(true);
      expect(headingsEs.some((h) => h.includes(en.brief[key]))).toBe(false);
    }
    expect(mdEs).toContain('## Escenarios');
    expect(mdEs).toContain('## Puntos decisivos: de qué depende la conclusión');
    expect(mdEs).toContain('## Balance de costos: Hard line');
    expect(mdEs).toContain('### Figura 1. Homicides (homicidios/año)');
    expect(mdEs).toContain(`> **${catalogueOf('es').common.notForecast}**`);
    expect(mdEs).not.toContain('Illustrative model, not a forecast');
    expect(mdEs).not.toContain('Reproduce this brief with');
  });

  it('has Spanish headings, captions and legends and says lang="es" (HTML)', () => {
    expect(htmlEs).toContain('<html lang="es">');
    expect(htmlEn).toContain('<html lang="en">');
    for (const key of HEADINGS) {
      if (key === 'omitted') continue;
      expect(htmlEs).not.toMatch(new RegExp(`<h[23]>${en.brief[key].replace(/[()]/g, '\\$&')}[:<]`));
    }
    expect(htmlEs).toContain('<h2>Escenarios</h2>');
    expect(htmlEs).toContain('<h2>Tarjetas de afirmaciones</h2>');
    expect(htmlEs).toContain('<strong>Figura 1.</strong>');
    expect(htmlEs).toContain('>inicio de las políticas</text>');
    expect(htmlEs).toContain('(mediana)</text>');
    expect(htmlEs).toContain('>Supuesto en el extremo bajo</text>');
    expect(htmlEs).not.toContain('policies start');
    expect(htmlEs).not.toContain('Input at low end');
    expect(htmlEs).not.toContain('<strong>Figure');
  });

  it('translates the kinds of assumptions, the toggles and the status-quo mark, not the ids', () => {
    expect(mdEs).toMatch(/^\| gun_lethality \| Gun lethality [^|]+ \| 1 \| x \| 0\.5–1\.5 \| investigación \|/m);
    expect(mdEs).toContain('conjetura del modelador');
    expect(mdEs).toContain('| Legal marijuana |  | sí | no (statu quo) |');
  });

  it('carries the same numbers, fingerprints and commands in both languages', () => {
    expect(numbers(mdEs)).toEqual(numbers(mdEn));
    expect(numbers(pageText(htmlEs))).toEqual(numbers(pageText(htmlEn)));
    expect(commands(mdEs)).toEqual(commands(mdEn));
    expect(commands(htmlEs)).toEqual(commands(htmlEn));
    expect(commands(mdEs).length).toBeGreaterThan(1);
    for (const fp of [data.a.fingerprint, data.b?.fingerprint ?? '']) {
      expect(mdEs.split(fp).length).toBe(mdEn.split(fp).length);
      expect(htmlEs.split(fp).length).toBe(htmlEn.split(fp).length);
    }
  });

  it('switches back: the English brief after a Spanish one is the same as before', () => {
    expect(briefMarkdown(data)).toBe(mdEn);
    expect(briefHtml(data)).toBe(htmlEn);
  });
});

describe('a brief assembled in Spanish', () => {
  const A: Scenario = {
    name: 'Plan A',
    description: 'x on, y = 5',
    seed: 'seed-1',
    runs: 30,
    levers: fakeSettings({ levers: { x: 1, y: 5 } }).levers,
    assumptions: {},
    camps: {},
  };
  const B: Scenario = { ...A, name: 'Plan B', levers: fakeSettings({ levers: { x: 0, y: 5 } }).levers };
  const assemble = (): BriefData =>
    assembleBrief({
      engine: fake,
      a: { scenario: A, file: 'a.yaml', fingerprint: 'fp-a' },
      b: { scenario: B, file: 'b.yaml', fingerprint: 'fp-b' },
      reproduce: 'palancas brief a.yaml b.yaml -o b.html',
    });
  const dataEn = assemble();
  const dataEs = inLang('es', assemble);
  const mdEn = briefMarkdown(dataEn);
  const mdEs = inLang('es', () => briefMarkdown(dataEs));
  const htmlEn = briefHtml(dataEn);
  const htmlEs = inLang('es', () => briefHtml(dataEs));

  it('writes its title, summaries and narrations in Spanish', () => {
    expect(dataEs.title).toBe('Informe: Plan A frente a Plan B');
    expect(dataEs.cruxes?.summary).toMatch(/^Con valores centrales, el escenario A sale mejor en /);
    expect(dataEs.cruxes?.summary).toContain('1 supuesto puede invertir la clasificación dentro de su rango.');
    expect(dataEs.attribution?.narration).toMatch(/^Partiendo de “Plan B” \(/);
    expect(dataEs.attribution?.narration).toContain('el paso más grande es “Policy X”');
    expect(dataEs.attribution?.byYear?.narration).toMatch(/^Año por año, la diferencia respecto de “Plan B” es de /);
    expect(dataEs.ledger?.summary).toMatch(/^Frente al statu quo, el escenario A /);
    expect(dataEs.evidence?.summary).toContain('supera a Plan B en');
    const chart = dataEs.charts[0]?.narration ?? '';
    expect(chart).toContain('que con el escenario B (“Plan B”)');
    expect(chart).toContain('Sombreado: rango P10–P90 del escenario A; rayado: el del escenario B.');
    for (const d of [dataEs.cruxes?.summary, dataEs.attribution?.narration, dataEs.ledger?.summary, chart]) {
      expect(d).not.toMatch(/\b(the|scenario|does better|from|against)\b/);
    }
  });

  it('keeps the data identical: numbers, ids, fingerprints, seeds, commands', () => {
    expect(numbers(mdEs)).toEqual(numbers(mdEn));
    expect(numbers(pageText(htmlEs))).toEqual(numbers(pageText(htmlEn)));
    expect(commands(mdEs)).toEqual(commands(mdEn));
    expect(dataEs.claims?.map((c) => c.command)).toEqual(dataEn.claims?.map((c) => c.command));
    expect(dataEs.a).toEqual(dataEn.a);
    // Labels of real assumptions follow the language; their ids and figures are data and do not.
    const figures = (d: typeof dataEn) =>
      (d.assumptions ?? []).map((a) => [a.id, a.kind, a.value, a.low, a.high, a.camp, a.changed]);
    expect(figures(dataEs)).toEqual(figures(dataEn));
    const rowData = (d: typeof dataEn) =>
      (d.compare?.rows ?? []).map((r) => Object.values(r).filter((v) => typeof v !== 'string'));
    expect(rowData(dataEs)).toEqual(rowData(dataEn));
    expect(dataEs.charts.map((c) => c.id)).toEqual(dataEn.charts.map((c) => c.id));
  });
});

/** Months 2019-01 … 2030-12, and a series whose every month in year y equals f(y). */
const MONTHS: string[] = [];
for (let y = 2019; y <= 2030; y++) for (let m = 1; m <= 12; m++) MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);
const byYear = (f: (year: number) => number): Float64Array =>
  Float64Array.from(MONTHS, (m) => f(Number(m.slice(0, 4))));

describe('chart narrations in Spanish', () => {
  const rising = byYear((y) => 30000 + (y - 2019) * 1000);
  const falling = byYear((y) => 2 - (y - 2019) * 0.1);
  const peak = byYear((y) => (y <= 2021 ? 30000 + (y - 2019) * 3000 : 36000 - ((y - 2021) * 6500) / 9));

  it('says a rising curve rises, with its own agreement and word order', () => {
    const text = inLang('es', () =>
      narrateSeries({
        label: 'Homicidios',
        unit: 'deaths/yr',
        months: MONTHS,
        p50: rising,
        baseline: rising.map((v) => v * 1.25),
      }),
    );
    expect(text).toBe(
      'Los homicidios suben de 30,000 homicidios al año en 2019 a 41,000 homicidios al año en 2030, 20% menos que con el statu quo.',
    );
    expect(text).not.toMatch(/\b(rise|by|below|baseline)\b/);
  });

  it('says a falling curve falls, singular and feminine, and drops the subject under a title', () => {
    expect(inLang('es', () => narrateSeries({ label: 'Fragmentación', unit: '', months: MONTHS, p50: falling }))).toBe(
      'La fragmentación baja de 2 en 2019 a 0.9 en 2030.',
    );
    const under = inLang('es', () =>
      narrateSeries({ label: 'Homicidios', unit: '', months: MONTHS, p50: falling, pronoun: true }),
    );
    expect(under).toBe('Bajan de 2 en 2019 a 0.9 en 2030.');
    expect(
      inLang('es', () =>
        narrateSeries({ label: 'Ingresos de los cárteles, todas las líneas', unit: '', months: MONTHS, p50: falling }),
      ),
    ).toMatch(/^Los ingresos de los cárteles \(todas las líneas\) bajan de /);
  });

  it('tells a peak as a rise up to the peak and then a fall, and names another baseline', () => {
    const text = inLang('es', () =>
      narrateSeries({
        label: 'Homicidios',
        unit: '',
        months: MONTHS,
        p50: peak,
        baseline: byYear(() => 29500 / 0.88),
        baselineLabel: 'el escenario B (“Mano dura”)',
      }),
    );
    expect(text).toBe(
      'Los homicidios suben hasta 36,000 en 2021 y luego bajan a 29,500 en 2030, 12% menos que con el escenario B (“Mano dura”).',
    );
  });

  it('gives the same numbers in both languages', () => {
    for (const p50 of [rising, falling, peak, byYear(() => 5)]) {
      const input = { label: 'Homicides', unit: 'deaths/yr', months: MONTHS, p50, baseline: byYear(() => 31000) };
      expect(numbers(inLang('es', () => narrateSeries(input)))).toEqual(numbers(narrateSeries(input)));
    }
  });

  it('narrates the tornado, the waterfall and the two bands in Spanish', () => {
    const tornado = {
      kind: 'tornado' as const,
      metric: 'los homicidios de 2019–2030',
      unit: 'deaths',
      rows: [
        { label: 'Letalidad', low: 300000, high: 341000 },
        { label: 'Vacío', low: 330000, high: 342000 },
        { label: 'Impuesto', low: 335000, high: 343000 },
      ],
    };
    const t = inLang('es', () => narrateBars(tornado));
    expect(t).toMatch(/^El resultado depende sobre todo de “Letalidad”: de su extremo bajo al alto, la diferencia en /);
    expect(t).toContain('; le siguen “Vacío” (12,000 homicidios) e “Impuesto” (8,000 homicidios).');
    expect(numbers(t)).toEqual(numbers(narrateBars(tornado)));
    const waterfall = {
      kind: 'waterfall' as const,
      metric: 'los homicidios de 2019–2030',
      unit: 'deaths',
      startLabel: 'el statu quo',
      start: 350000,
      steps: [
        { label: 'Legalización de la marihuana', delta: -21000 },
        { label: 'Guardia Nacional', delta: 12000 },
      ],
    };
    expect(inLang('es', () => narrateBars(waterfall))).toBe(
      'Partiendo del statu quo (350,000 homicidios), el paso más grande es “Legalización de la marihuana” (−21,000 homicidios), seguido de “Guardia Nacional” (+12,000 homicidios); en conjunto, los pasos llevan los homicidios de 2019–2030 a 341,000 homicidios (−9,000 homicidios en total, en la corrida central).',
    );
    const bands = {
      unit: 'deaths/yr',
      months: MONTHS,
      a: { label: 'el escenario A', p10: byYear(() => 25000), p90: byYear(() => 28000) },
      b: { label: 'el escenario B', p10: byYear(() => 31000), p90: byYear(() => 35000) },
    };
    expect(inLang('es', () => narrateBands(bands))).toBe(
      'Sombreado: rango P10–P90 del escenario A; rayado: el del escenario B. En 2030 los dos rangos no se traslapan: el del escenario A queda por completo debajo (25,000–28,000 frente a 31,000–35,000 deaths/yr).',
    );
  });

  it('follows a language switch at run time', () => {
    const input = { label: 'Homicides', unit: '', months: MONTHS, p50: rising };
    const before = narrateSeries(input);
    expect(inLang('es', () => narrateSeries(input))).not.toBe(before);
    expect(narrateSeries(input)).toBe(before);
  });
});

describe('charts and tables in Spanish', () => {
  it('labels the SVG charts in Spanish', () => {
    const band = { p10: byYear(() => 1), p50: byYear(() => 2), p90: byYear(() => 3) };
    const svg = inLang('es', () =>
      bandChartSvg({ title: 'T', unit: 'u', months: MONTHS, band, baseline: band.p50, width: 600, height: 300 }),
    );
    for (const word of ['Rango P10–P90', 'Escenario (mediana)', 'Statu quo (mediana)'])
      expect(svg).toContain(`>${word}<`);
    const rows = [{ label: 'x', low: 1, high: 3 }];
    const tornado = inLang('es', () => tornadoSvg({ title: 'T', unit: 'u', base: 2, rows, width: 600 }));
    expect(tornado).toContain('>central: 2<');
    expect(tornado).toContain('>Supuesto en el extremo alto<');
    const waterfall = inLang('es', () =>
      waterfallSvg({
        title: 'T',
        unit: 'u',
        start: { label: 'B', value: 1 },
        steps: [{ label: 'x', delta: 1 }],
        endLabel: 'A',
        width: 600,
      }),
    );
    for (const word of ['Lo aumenta', 'Lo reduce', 'Total']) expect(waterfall).toContain(`>${word}<`);
  });

  it('writes the legends of the terminal charts in Spanish', () => {
    const t = inLang('es', () => drawTornado([{ label: 'x', atLow: 1, atHigh: 3, note: '' }], 2, '2', { width: 90 }));
    expect(t.at(-1)).toContain('supuesto en su extremo bajo');
    const w = inLang('es', () =>
      drawWaterfall(
        { label: 'B', value: 1, note: '' },
        [{ label: 'x', delta: 1, note: '' }],
        { label: 'A', value: 2, note: '' },
        { width: 80 },
      ),
    );
    expect(w.at(-1)).toContain('aumenta la métrica');
    expect(inLang('es', () => drawTornado([], 0, '0', { width: 40 }))).toEqual(['(nada que dibujar)']);
  });

  /** A made-up ensemble with every output, so the run outputs can be compared across languages. */
  function ensemble(scale: number): EnsembleResult {
    const band = (k: number): Float64Array => Float64Array.from(MODEL_MONTHS, (_, i) => scale * (k + i * 1.5));
    return {
      months: MODEL_MONTHS,
      runs: 10,
      seed: 's',
      bands: Object.fromEntries(
        OUTPUTS.map((o) => [o.id, { p10: band(1), p25: band(2), p50: band(3), p75: band(4), p90: band(5) }]),
      ),
    };
  }

  it('keeps the JSON and CSV of a run identical and translates only the table around the numbers', () => {
    const result = ensemble(1);
    const baseline = ensemble(1.1);
    const ref = { name: 'Plan', file: 'plan.yaml', fingerprint: 'fp' };
    const args = { scenario: statusQuo(), ref, result, baseline, baselineRef: ref };
    expect(JSON.stringify(inLang('es', () => runJson(args)))).toBe(JSON.stringify(runJson(args)));
    expect(inLang('es', () => runCsv(result, baseline))).toBe(runCsv(result, baseline));
    const tableEn = runTable(ref, result, baseline, 'Statu quo');
    const tableEs = inLang('es', () => runTable(ref, result, baseline, 'Statu quo'));
    expect(tableEs).toContain('modelo ilustrativo, no un pronóstico');
    expect(tableEs).toContain(es.series.tableHead);
    expect(tableEs).toContain('semilla s, 10 corridas, huella fp; referencia: Statu quo');
    expect(tableEs).not.toMatch(/\b(median|baseline|runs|seed)\b/);
    expect(numbers(tableEs)).toEqual(numbers(tableEn));
    // The Spanish column heads sit over the same columns as the English ones (year left, the rest right-aligned).
    const ends = (head: string): number[] => [...head.matchAll(/\S+/g)].map((m) => (m.index ?? 0) + m[0].length);
    expect(es.series.tableHead.indexOf('año')).toBe(en.series.tableHead.indexOf('year'));
    expect(ends(es.series.tableHead)[1]).toBe(ends(en.series.tableHead)[1]);
    expect(ends(es.series.tableHead).slice(-2)).toEqual(ends(en.series.tableHead).slice(-2));
  });
});

describe('analysis texts in Spanish', () => {
  const months = 288;
  const flat = (v: number): Float64Array => new Float64Array(months).fill(v);
  const ledger = buildLedger(
    (id) => flat(id === 'homicides' ? 30000 : 1),
    (id) => flat(id === 'homicides' ? 32000 : 0.5),
    () => [],
  );

  it('renders the cost ledger in Spanish with the same numbers', () => {
    const text = inLang('es', () => renderLedger(ledger, 'Plan A'));
    expect(text).toMatch(/^Balance de costos de Plan A \(miles de millones de US\$ al año/);
    expect(text).toContain('Homicidios evitados en 2019–2030: ');
    expect(text).toContain('Frente al statu quo con los mismos supuestos: costo neto de ');
    expect(text).toContain('  homicidios: (ningún supuesto)');
    expect(text).not.toMatch(/\b(Cost ledger|averted|Against)\b/);
    expect(numbers(text)).toEqual(numbers(renderLedger(ledger, 'Plan A')));
  });

  it('renders a sensitivity report in Spanish, with the kind of each input in words', () => {
    const metric = getMetric('homicides_total');
    const items = [
      {
        kind: 'assumption' as const,
        id: 'k',
        label: 'Letalidad',
        value: 1,
        low: 0.5,
        high: 1.5,
        unit: 'x',
        source: 'S',
      },
    ];
    const report = computeSensitivity(metric, 100, items, (_item, x) => 100 * x);
    const text = inLang('es', () => renderSensitivity(report, 'Plan A', { width: 80, ascii: true }));
    expect(text).toContain('Sensibilidad de ');
    expect(text).toContain('Valor central: 100 ');
    expect(text).toContain('  k (supuesto): Letalidad. S');
    expect(text).toContain('supuesto en su extremo bajo');
    expect(text.trimEnd().endsWith('Modelo de juguete ilustrativo, no un pronóstico.')).toBe(true);
    expect(numbers(text)).toEqual(numbers(renderSensitivity(report, 'Plan A', { width: 80, ascii: true })));
  });
});
