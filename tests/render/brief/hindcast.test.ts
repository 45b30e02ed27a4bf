import { describe, expect, it } from 'vitest';
import { engine } from '../../../src/port/index.js';
import type { Scenario } from '../../../src/model/types.js';
import { assembleBrief, BRIEF_HINDCAST_UNTIL } from '../../../src/port/brief.js';
import { briefHtml } from '../../../src/render/brief/brief-html.js';
import { briefMarkdown } from '../../../src/render/brief/brief-markdown.js';
import { num } from '../../../src/render/brief/brief-text.js';
import { fake } from './fake-engine.js';

const A: Scenario = { ...engine.statusQuo(), name: 'Hindcast check', runs: 40, seed: 'brief-hc' };
const brief = (s: Scenario) =>
  assembleBrief({
    engine,
    a: { scenario: s, file: 'a.yaml', fingerprint: 'fp' },
    reproduce: 'palancas brief a.yaml -o b.html',
    quick: true,
  });

describe('brief: hindcast and theories from the real engine', () => {
  it('the homicide chart carries the fit to history and the pooled hindcast from 2014, equal to hindcastOf', () => {
    const data = brief(A);
    const chart = data.charts.find((c) => c.id === 'homicides')!;
    const h = engine.hindcastOf(A, { until: BRIEF_HINDCAST_UNTIL, theory: 'pooled' });
    expect(chart.hindcast).toBeDefined();
    expect(chart.hindcast!.theory).toBe('pooled');
    expect(chart.hindcast!.years).toEqual(h.years);
    expect(chart.hindcast!.mape).toBe(h.mape);
    expect(chart.hindcast!.persistence_mape).toBe(h.persistence_mape);
    expect(chart.hindcast!.coverage).toBe(h.coverage);
    expect(chart.hindcast!.years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018]);
    // The fit band is A's own ensemble band, over the history months too.
    const ens = engine.runEnsemble(A, { runs: A.runs, seed: A.seed, outputs: ['homicides'] });
    expect(Array.from(chart.historyBand!.p10).slice(0, engine.scenarioStart)).toEqual(
      Array.from(ens.bands.homicides!.p10).slice(0, engine.scenarioStart),
    );
    expect(data.charts.filter((c) => c.hindcast)).toHaveLength(1);

    const html = briefHtml(data);
    expect(html).toContain('<h3>Hindcast from 2014</h3>');
    for (const y of h.years) {
      expect(html).toContain(
        `<tr><td class="y">${y.year}</td><td class="n">${num(y.observed)}</td><td class="n">${num(y.p10)}</td><td class="n">${num(y.p50)}</td><td class="n">${num(y.p90)}</td>`,
      );
    }
    expect(html).toContain('class="hindcast-band"');
    expect(html).toContain('class="fit-band"');
    const md = briefMarkdown(data);
    for (const y of h.years)
      expect(md).toContain(`| ${y.year} | ${num(y.observed)} | ${num(y.p10)} | ${num(y.p50)} | ${num(y.p90)} |`);
    expect(md).toMatch(/MAPE \d[\d.]*% against \d[\d.]*% for persistence/);
  }, 120_000);

  it('names the active theory with the skill, pooled share and sources of engine.theoryList()', () => {
    const list = engine.theoryList();
    const pooled = brief(A).theories!;
    expect(pooled.active).toBe('pooled');
    expect(pooled.rows.map((r) => [r.id, r.skill, r.share, r.source])).toEqual(
      list.map((t) => [t.id, t.skill, t.share, t.source]),
    );
    expect(
      pooled.rows
        .filter((r) => r.active)
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      list
        .filter((t) => t.share > 0)
        .map((t) => t.id)
        .sort(),
    );

    const conf: Scenario = { ...A, camps: { violence_theory: 'confrontation' } };
    const data = brief(conf);
    expect(data.theories!.active).toBe('confrontation');
    expect(data.theories!.rows.filter((r) => r.active).map((r) => r.id)).toEqual(['confrontation']);
    const skill = list.find((t) => t.id === 'confrontation')!.skill;
    expect(data.theories!.summary).toContain(`hindcast skill ${skill.toFixed(2)}`);
    const h = engine.hindcastOf(conf, { until: 2014, theory: 'confrontation' });
    const chart = data.charts.find((c) => c.id === 'homicides')!;
    expect(chart.hindcast!.theory).toBe('confrontation');
    expect(chart.hindcast!.years).toEqual(h.years);
    expect(chart.hindcast!.mape).toBe(h.mape);

    const html = briefHtml(data);
    expect(html).toContain('<h2>Theories of violence</h2>');
    for (const t of list) expect(html).toContain(t.label.replace(/&/g, '&amp;'));
    expect(briefMarkdown(data)).toContain('## Theories of violence');
  }, 120_000);

  it('leaves both out for an engine without them', () => {
    const data = assembleBrief({
      engine: fake,
      a: { scenario: { ...fake.statusQuo(), runs: 4 }, file: 'a.yaml', fingerprint: 'fp' },
      reproduce: 'x',
      quick: true,
    });
    expect(data.theories).toBeUndefined();
    expect(data.charts.some((c) => c.hindcast)).toBe(false);
    expect(briefHtml(data)).not.toContain('Hindcast from');
  });
});
