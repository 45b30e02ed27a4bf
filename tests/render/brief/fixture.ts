/** A constructed brief with every section, and nasty characters in places that must be escaped. */
import type { BriefData } from '../../../src/render/brief/brief-types.js';

/** Months 2007-01 … 2030-12. */
export const MONTHS: string[] = [];
for (let y = 2007; y <= 2030; y++) for (let m = 1; m <= 12; m++) MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);

const ramp = (a: number, b: number): Float64Array =>
  Float64Array.from(MONTHS, (_, i) => (i < 144 ? Number.NaN : a + ((b - a) * (i - 144)) / 143));

/** Builds the fixture; `withB` adds a scenario B, `sections` false leaves every optional section out. */
export function makeBrief(opts: { withB?: boolean; sections?: boolean } = {}): BriefData {
  const sections = opts.sections ?? true;
  const levers = [
    {
      id: 'cannabis_legal',
      label: 'Legal marijuana',
      value: 1,
      unit: '',
      articleWords: 'legalize marijuana (AMLO team)',
      isDefault: false,
      control: 'toggle' as const,
    },
    {
      id: 'guard_size',
      label: 'National Guard size',
      value: 300000,
      unit: 'people',
      articleWords: 'a 300,000-strong National Guard',
      isDefault: false,
      control: 'number' as const,
    },
    {
      id: 'youth_start_year',
      label: 'Youth programmes start',
      value: 2019,
      unit: 'year',
      articleWords: '$5B for youth',
      isDefault: true,
      control: 'year' as const,
    },
  ];
  const a = {
    name: 'Platform <2018> & "friends"',
    description: 'The July 2018 platform | as announced',
    file: 'scenarios/platform-2018.yaml',
    fingerprint: 'abcdef0123456789',
    seed: '2018',
    runs: 200,
    modelVersion: '0.1.0+test',
    levers,
    sources: ['Article, July 2018'],
  };
  const p50 = ramp(34000, 29000);
  return {
    title: 'Brief: Platform <2018> vs status quo',
    a,
    ...(opts.withB
      ? {
          b: {
            ...a,
            name: 'Hard line',
            file: 'scenarios/hard-line.yaml',
            levers: levers.map((l) => ({
              ...l,
              value: l.id === 'cannabis_legal' ? 0 : l.value,
              isDefault: l.id === 'cannabis_legal',
            })),
          },
        }
      : {}),
    reproduce: "palancas brief scenarios/platform-2018.yaml -o 'brief.html' --runs 200 --seed 2018",
    charts: [
      {
        id: 'homicides',
        label: 'Homicides',
        unit: 'deaths/yr',
        months: MONTHS,
        startIndex: 144,
        bandA: { p10: p50.map((v) => v * 0.85), p50, p90: p50.map((v) => v * 1.2) },
        reference: opts.withB
          ? { label: 'Hard line', p50: ramp(34000, 35000), p10: ramp(31000, 32000), p90: ramp(37000, 38000) }
          : { label: 'Status quo', p50: ramp(34000, 35000) },
        history: {
          months: ['2007', '2008', '2018'],
          values: [8867, 14006, 36685],
          label: 'INEGI homicides',
          source: 'INEGI mortality statistics',
        },
        narration:
          'Homicides fall from 33,800 deaths a year in 2019 to 29,200 deaths a year by 2030, 17% below the status-quo baseline.',
      },
      {
        id: 'cartel_revenue',
        label: 'Cartel revenue',
        unit: 'US$ bn/yr',
        months: MONTHS,
        startIndex: 144,
        bandA: { p10: ramp(9, 7), p50: ramp(10, 8), p90: ramp(11, 10) },
        narration: 'Cartel revenue falls from US$10 bn a year in 2019 to US$8 bn a year by 2030.',
      },
    ],
    ...(sections
      ? {
          compare: {
            aLabel: 'A',
            bLabel: 'Status quo',
            note: 'Medians over 200 paired runs.',
            rows: [
              {
                id: 'homicides_total',
                label: 'Homicides 2019–2030',
                unit: 'deaths',
                a: 380000,
                b: 410000,
                diff: -30000,
                pct: -7.3,
                shareABetter: 0.81,
              },
              { id: 'fiscal_total', label: 'Net fiscal cost', unit: 'US$ bn', a: 60, b: 0, diff: 60, pct: null },
            ],
          },
          cruxes: {
            metricLabel: 'homicides 2019–2030',
            summary: 'A leads by 30,000 deaths at central values.',
            rows: [
              {
                id: 'gun_lethality',
                label: 'Gun lethality',
                unit: 'x',
                current: 1,
                low: 0.5,
                high: 1.5,
                flip: 1.3,
                distance: 0.3,
                source: 'ATF trace data 2018',
                kind: 'research',
              },
              {
                id: 'vacuum',
                label: 'Vacuum effect',
                unit: '',
                current: 0.2,
                low: 0,
                high: 0.5,
                flip: null,
                distance: null,
                source: '',
                kind: 'guess',
              },
            ],
          },
          sensitivity: {
            metricLabel: 'Homicides 2019–2030',
            unit: 'deaths',
            base: 380000,
            rows: [
              { id: 'gun_lethality', label: 'Gun lethality', low: 350000, high: 420000, source: 'ATF trace data 2018' },
              { id: 'vacuum', label: 'Vacuum effect', low: 370000, high: 395000, source: '' },
            ],
            narration:
              'The result hinges most on Gun lethality: from low to high it moves homicides 2019–2030 by 70,000 deaths.',
          },
          attribution: {
            metricLabel: 'Homicides 2019–2030',
            unit: 'deaths',
            startLabel: 'Status quo',
            endLabel: 'Scenario A',
            start: 410000,
            end: 380000,
            interaction: -2000,
            rows: [
              { label: 'Legal marijuana', shapley: -20000, oneAtATime: -19000 },
              { label: 'National Guard', shapley: -10000, oneAtATime: -9000 },
            ],
            narration: 'From the status quo at 410,000 deaths, the largest step is Legal marijuana (−20,000 deaths).',
            byYear: {
              years: [2019, 2020],
              unit: 'deaths',
              start: [34000, 34500],
              end: [33000, 32500],
              rows: [
                { label: 'Legal marijuana', values: [-700, -1500] },
                { label: 'National Guard', values: [-300, -500] },
              ],
              narration:
                'Year by year, the difference from the status quo is −1,000 deaths in 2019 and −2,000 deaths in 2020.',
            },
          },
          claims: [
            {
              metricId: 'homicides_total',
              sentence:
                'Under Platform <2018>, total homicides are 7.3% (P10–P90: 2–12%) below the status quo (median paired difference −30,000 deaths; better in 162 of 200 paired runs).',
              effect: {
                runs: 200,
                p10: -50000,
                p50: -30000,
                p90: -8000,
                pct: { p10: -12, p50: -7.3, p90: -2 },
                wins: 162,
                winShare: 0.81,
                medianA: 380000,
                medianB: 410000,
              },
              argv: [
                'palancas',
                'claim',
                'scenarios/platform-2018.yaml',
                '--vs',
                'status-quo',
                '--metric',
                'homicides_total',
                '--runs',
                '200',
                '--seed',
                '2018',
                '--format',
                'table',
              ],
              command:
                'palancas claim scenarios/platform-2018.yaml --vs status-quo --metric homicides_total --runs 200 --seed 2018 --format table',
            },
          ],
          evidence: {
            metricLabel: 'Homicides 2019–2030',
            unit: 'deaths',
            n: 4,
            k: 3,
            summary: 'Platform <2018> beats Hard line on total homicides in 3 of 4 evidence sets (central values).',
            contested: [
              { id: 'cannabis_share', label: 'Cannabis share', camps: ['rand', 'us_government'] },
              { id: 'vacuum', label: 'Vacuum effect', camps: ['vacuum', 'no_vacuum'] },
            ],
            failing: [{ set: { cannabis_share: 'us_government', vacuum: 'vacuum' }, margin: -1200 }],
            failingCount: 1,
            command:
              'palancas evidence scenarios/platform-2018.yaml scenarios/hard-line.yaml --metric homicides_total --runs 0',
          },
          ledger: {
            scenarioLabel: 'Scenario A',
            rows: [
              {
                year: 2019,
                costGuard: 1,
                costMilitary: -0.5,
                costYouth: 5,
                costAmnesty: 0.1,
                cannabisTax: 0.3,
                net: 5.3,
              },
              {
                year: 2020,
                costGuard: 2,
                costMilitary: -1,
                costYouth: 5,
                costAmnesty: 0.1,
                cannabisTax: 0.6,
                net: 5.5,
              },
            ],
            summary: 'About US$2 million per homicide averted.',
            vsBaseline: {
              netTotal: 10.8,
              extraNetCost: 10.8,
              homicidesAverted: 30000,
              dollarsPerHomicideAverted: 360000,
            },
          },
          ...(opts.withB
            ? {
                ledgerB: {
                  scenarioLabel: 'Hard line',
                  rows: [
                    { year: 2019, costGuard: 0, costMilitary: 2, costYouth: 0, costAmnesty: 0, cannabisTax: 0, net: 2 },
                    { year: 2020, costGuard: 0, costMilitary: 3, costYouth: 0, costAmnesty: 0, cannabisTax: 0, net: 3 },
                  ],
                  summary: 'Against the status quo, scenario B averts no homicides over 2019–2030 (central runs).',
                  vsBaseline: {
                    netTotal: 5,
                    extraNetCost: 5,
                    homicidesAverted: -1000,
                    dollarsPerHomicideAverted: null,
                  },
                },
              }
            : {}),
        }
      : {}),
    assumptions: [
      {
        id: 'gun_lethality',
        label: 'Gun lethality <multiplier>',
        value: 1,
        unit: 'x',
        low: 0.5,
        high: 1.5,
        kind: 'research',
        source: 'ATF trace data 2018 & GAO-16-223',
        changed: false,
      },
      {
        id: 'vacuum',
        label: 'Vacuum effect',
        value: 0.2,
        unit: '',
        low: 0,
        high: 0.5,
        kind: 'guess',
        source: '',
        changed: true,
      },
      {
        id: 'cannabis_share',
        label: 'Cannabis share',
        value: 0.2,
        unit: 'share',
        low: 0.15,
        high: 0.26,
        kind: 'research',
        source: 'RAND OP-325 (2010) p. 3',
        camp: 'rand',
        changed: false,
      },
      {
        id: 'why_guess',
        label: 'Why guess',
        value: 3,
        unit: 'yr',
        low: 1,
        high: 5,
        kind: 'guess',
        source: 'no study measures this',
        changed: false,
      },
    ],
    omitted: ['Cruxes: none computed in this test.'],
  };
}
