import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/types.js';
import { assembleBrief, CHART_OUTPUTS, type BriefEngine } from '../../../src/port/brief.js';
import { fake } from './fake-engine.js';
import { briefHtml } from '../../../src/render/brief/brief-html.js';
import { checkXml, svgFragments } from '../xml-check.js';
import { fakeSettings } from '../../helpers/fake-ids.js';

const A: Scenario = {
  name: 'Plan A',
  description: 'x on, y = 5',
  seed: 'seed-1',
  runs: 30,
  ...fakeSettings({ levers: { x: 1, y: 5 } }),
  assumptions: {},
  camps: {},
};

describe('assembleBrief with a stand-in engine', () => {
  const data = assembleBrief({
    engine: fake,
    a: { scenario: A, file: 'a.yaml', fingerprint: 'fp-a' },
    reproduce: 'palancas brief a.yaml -o b.html',
  });

  it('compares with the status-quo levers under A\u2019s assumptions', () => {
    expect(data.title).toContain('Plan A');
    expect(data.b).toBeUndefined();
    const hom = data.compare?.rows.find((r) => r.id === 'homicides_total');
    // Median run has k = 1.25: 12 years × (30,000 − 0.25 · 20,000) = 300,000; the reference is 12 × 30,000.
    expect(hom?.a).toBeCloseTo(300000, 6);
    expect(hom?.b).toBeCloseTo(360000, 6);
    expect(hom?.pct).toBeCloseTo(-100 / 6, 6);
    // A is better exactly in the runs with k < 1.5: 20 of the 30 grid points.
    expect(hom?.shareABetter).toBeCloseTo(20 / 30, 9);
  });
  it('finds the crux where the ranking flips', () => {
    const k = data.cruxes?.rows.find((r) => r.id === 'k');
    expect(k?.flip).toBeCloseTo(1.5, 3);
    expect(k?.distance).toBeCloseTo(1 / 3, 3);
    expect(data.cruxes?.rows.find((r) => r.id === 'g')?.flip).toBeNull();
    expect(data.cruxes?.summary).toBe(
      'At central values scenario A does better on total homicides over 2019–2030, by 120,000 deaths. 1 assumption can flip the ranking within its range.',
    );
  });
  it('attributes the whole difference to the lever that matters', () => {
    const at = data.attribution;
    expect(at?.start).toBeCloseTo(360000, 6);
    expect(at?.end).toBeCloseTo(12 * 20000, 6);
    expect(at?.rows.find((r) => r.label === 'Policy X')?.shapley).toBeCloseTo(-120000, 6);
    expect(at?.rows.find((r) => r.label === 'Policy Y')?.shapley).toBeCloseTo(0, 6);
  });
  it('splits the attribution year by year: x takes 10,000 deaths off every year, y none', () => {
    const by = data.attribution?.byYear;
    expect(by?.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const x = by?.rows.find((r) => r.label === 'Policy X')?.values ?? [];
    const y = by?.rows.find((r) => r.label === 'Policy Y')?.values ?? [];
    expect(x).toHaveLength(12);
    for (const v of x) expect(v).toBeCloseTo(-10000, 6);
    for (const v of y) expect(v).toBeCloseTo(0, 6);
    by?.years.forEach((_, i) => {
      expect((by.end[i] ?? 0) - (by.start[i] ?? 0)).toBeCloseTo((x[i] ?? 0) + (y[i] ?? 0), 6);
    });
    expect(by?.narration).toBe(
      'Year by year, the difference from the status quo is −10,000 deaths in 2019 and −10,000 deaths in 2030; Policy X has the largest share in both years.',
    );
  });
  it('builds the ledger with the tax as revenue and net = costs − tax', () => {
    const r2019 = data.ledger?.rows[0];
    expect(r2019?.year).toBe(2019);
    expect(r2019?.costYouth).toBeCloseTo(5, 9);
    expect(r2019?.cannabisTax).toBeCloseTo(0.5, 9);
    expect(r2019?.net).toBeCloseTo(4.5, 9);
    expect(data.ledger?.rows).toHaveLength(12);
    // Central runs: 12 × 10,000 homicides averted for 12 × US$4.5 bn extra, i.e. US$450,000 each.
    expect(data.ledger?.summary).toBe(
      'Against the status quo, scenario A averts 120,000 homicides over 2019–2030 at a net extra cost of US$450,000 per homicide averted (central runs).',
    );
  });
  it('draws every chart output with narration, history for homicides, and sensitivity to k', () => {
    expect(data.charts.map((c) => c.id)).toEqual([...CHART_OUTPUTS]);
    const hom = data.charts[0];
    expect(hom?.history?.values).toEqual([8867, 36685]);
    expect(hom?.narration).toBe(
      'Homicides stay roughly flat at about 20,000 deaths a year from 2019 to 2030, 33% below the status-quo baseline.',
    );
    expect(data.sensitivity?.rows[0]?.id).toBe('k');
    // k from 0.5 to 2 moves A's total by 12 · 1.5 · 20,000 = 360,000 deaths.
    expect(data.sensitivity?.narration).toMatch(
      /^The result hinges most on Knob K: from low to high it moves total homicides over 2019–2030 by 360,000 deaths/,
    );
    expect(data.assumptions.map((a) => a.id)).toEqual(['k', 'g']);
    expect(data.omitted).toBeUndefined();
  });
  it('renders to a well-formed page with one chart per output plus tornado and waterfall', () => {
    const html = briefHtml(data);
    expect(checkXml(html, { html: true }).problems).toEqual([]);
    expect(svgFragments(html)).toHaveLength(CHART_OUTPUTS.length + 2);
  });
  it('leaves the slow analyses out with quick, and says so', () => {
    const quick = assembleBrief({
      engine: fake,
      a: { scenario: A, file: 'a.yaml', fingerprint: 'fp' },
      reproduce: 'r',
      quick: true,
    });
    expect(quick.cruxes).toBeUndefined();
    expect(quick.attribution).toBeUndefined();
    expect(quick.evidence).toBeUndefined();
    expect(quick.omitted?.length).toBe(4);
  });
  it('lists a failing section as omitted instead of failing the brief', () => {
    const broken: BriefEngine = {
      ...fake,
      runCentral: () => {
        throw new Error('boom');
      },
    };
    const d = assembleBrief({
      engine: broken,
      a: { scenario: A, file: 'a.yaml', fingerprint: 'fp' },
      reproduce: 'r',
      quick: true,
    });
    expect(d.ledger).toBeUndefined();
    expect(d.compare).toBeDefined();
    expect(d.omitted?.some((o) => o.includes('boom'))).toBe(true);
  });
  it('leaves attribution out when nothing differs', () => {
    const same: Scenario = { ...A, levers: {} };
    const d = assembleBrief({ engine: fake, a: { scenario: same, file: 'a.yaml', fingerprint: 'fp' }, reproduce: 'r' });
    expect(d.attribution).toBeUndefined();
    expect(d.omitted).toEqual([expect.stringContaining('no difference to split')]);
    expect(d.cruxes?.summary).toMatch(/tie/);
  });
  it('gives B its own ledger, each against the status quo under its own settings', () => {
    // B keeps x on (the same 120,000 homicides averted) but spends y = 2: 12 × (2 − 0.5) = US$18 bn net extra,
    // US$150,000 per homicide averted. A's figure (US$450,000) is against its own baseline, not against B.
    const B: Scenario = { ...A, name: 'Plan B', ...fakeSettings({ levers: { x: 1, y: 2 } }) };
    const d = assembleBrief({
      engine: fake,
      a: { scenario: A, file: 'a.yaml', fingerprint: 'fa' },
      b: { scenario: B, file: 'b.yaml', fingerprint: 'fb' },
      reproduce: 'r',
      quick: true,
    });
    expect(d.ledger?.vsBaseline?.dollarsPerHomicideAverted).toBeCloseTo(450000, 3);
    expect(d.ledgerB?.scenarioLabel).toBe('Plan B');
    expect(d.ledgerB?.vsBaseline?.extraNetCost).toBeCloseTo(18, 9);
    expect(d.ledgerB?.vsBaseline?.homicidesAverted).toBeCloseTo(120000, 6);
    expect(d.ledgerB?.summary).toBe(
      'Against the status quo, scenario B averts 120,000 homicides over 2019–2030 at a net extra cost of US$150,000 per homicide averted (central runs).',
    );
    expect(data.ledgerB).toBeUndefined();
  });
  it('writes claim cards from the paired runs, each with its claim command', () => {
    expect(data.claims?.map((c) => c.metricId)).toEqual(['homicides_total', 'homicides_2024', 'revenue_total']);
    const c = data.claims?.[0];
    // Per run, A's total is 12 · (30,000 + (k − 1.5) · 20,000) against 360,000: (k − 1.5) · 200/3 % off the
    // status quo, better exactly when k < 1.5 (20 of the 30 grid points); the median run has k = 1.25.
    expect(c?.effect.wins).toBe(20);
    expect(c?.effect.runs).toBe(30);
    expect(c?.effect.pct.p50).toBeCloseTo((-0.25 * 200) / 3, 6);
    expect(c?.sentence).toMatch(
      /^Under Plan A, total homicides over 2019–2030 are 17% below the status quo in the median run/,
    );
    expect(c?.argv).toEqual([
      'palancas',
      'claim',
      'a.yaml',
      '--vs',
      'status-quo',
      '--metric',
      'homicides_total',
      '--runs',
      '30',
      '--seed',
      'seed-1',
      '--format',
      'table',
    ]);
    expect(c?.command).toBe(
      'palancas claim a.yaml --vs status-quo --metric homicides_total --runs 30 --seed seed-1 --format table',
    );
  });
  it('counts the evidence sets: A wins while camp "mid" holds k at 1, and loses where "high" sets it to 1.8', () => {
    const ev = data.evidence;
    expect(ev?.n).toBe(4);
    expect(ev?.k).toBe(2);
    expect(ev?.failingCount).toBe(2);
    expect(ev?.failing.map((f) => f.set.k)).toEqual(['high', 'high']);
    // With k = 1.8, A has 30,000 + 0.3 · 20,000 = 36,000 a year against 30,000: 12 · 6,000 = 72,000 worse.
    for (const f of ev?.failing ?? []) expect(f.margin).toBeCloseTo(-72000, 6);
    expect(ev?.summary).toBe(
      'Plan A beats Status quo on total homicides over 2019–2030 in 2 of 4 evidence sets (central values).',
    );
    // Without B there is no `palancas evidence` pair to rerun.
    expect(ev?.command).toBeUndefined();
    const B: Scenario = { ...A, name: 'Plan B', ...fakeSettings({ levers: { x: 0, y: 0 } }) };
    const d = assembleBrief({
      engine: fake,
      a: { scenario: A, file: 'a.yaml', fingerprint: 'fa' },
      b: { scenario: B, file: 'b b.yaml', fingerprint: 'fb' },
      reproduce: 'r',
    });
    expect(d.evidence?.command).toBe("palancas evidence a.yaml 'b b.yaml' --metric homicides_total --runs 0");
    expect(d.claims?.[0]?.argv).toContain('b b.yaml');
    expect(d.claims?.[0]?.sentence).toContain('Plan B');
  });
  it('uses B as the reference when given', () => {
    const B: Scenario = { ...A, name: 'Plan B', ...fakeSettings({ levers: { x: 0, y: 0 } }) };
    const d = assembleBrief({
      engine: fake,
      a: { scenario: A, file: 'a.yaml', fingerprint: 'fa' },
      b: { scenario: B, file: 'b.yaml', fingerprint: 'fb' },
      reproduce: 'r',
      quick: true,
    });
    expect(d.b?.name).toBe('Plan B');
    expect(d.compare?.bLabel).toBe('Plan B');
    expect(d.charts[0]?.narration).toContain('scenario B (“Plan B”)');
    // B's band rides along only when B is given, and the narration says how it is drawn.
    expect(d.charts[0]?.reference?.p10).toBeDefined();
    expect(d.charts[0]?.narration).toContain("hatched: scenario B's");
    expect(data.charts[0]?.reference?.p10).toBeUndefined();
    expect(data.charts[0]?.narration).not.toContain('hatched');
  });
});
