/** A stand-in engine with known answers, shared by the assembly tests. */
import type { Assumption, Band, EnsembleResult, Lever, Scenario } from '../../../src/model/types.js';
import { CHART_OUTPUTS, type BriefEngine } from '../../../src/port/brief.js';
import { metricReducer } from '../../../src/analysis/metrics.js';
import type { ResolvedAssumption } from '../../../src/port/engine-port.js';
import { fakeAssumptionId, fakeCampId, fakeLeverId, fakeOutputId, looseSettings } from '../../helpers/fake-ids.js';

/**
 * A stand-in engine with known answers. Homicides (per year, flat over time) are
 * 30,000 + x · (k − 1.5) · 20,000, where x is a toggle lever and k an assumption (central 1, range 0.5–2):
 * with x on, A beats x off exactly while k < 1.5. Lever y only costs money: cost_youth = y, and the legal
 * cannabis tax is 0.5 · x, so net = y − 0.5 · x (US$ bn a year).
 */
export const MONTHS: string[] = [];
for (let y = 2007; y <= 2030; y++) for (let m = 1; m <= 12; m++) MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);
const START = 144;
const OUTPUT_IDS = [
  ...CHART_OUTPUTS,
  'cost_guard',
  'cost_military',
  'cost_youth',
  'cost_amnesty',
  'cannabis_tax',
  'homicide_rate',
  'revenue_cannabis',
];
const LEVERS: Lever[] = [
  {
    id: fakeLeverId('x'),
    label: 'Policy X',
    unit: '',
    control: 'toggle',
    min: 0,
    max: 1,
    step: 1,
    default: 0,
    articleWords: 'x words',
    group: 'article',
    family: 'fx',
  },
  {
    id: fakeLeverId('y'),
    label: 'Policy Y',
    unit: 'US$ bn/yr',
    control: 'number',
    min: 0,
    max: 10,
    step: 1,
    default: 0,
    articleWords: 'y words',
    group: 'article',
    family: 'fy',
  },
];
const ASSUMPTIONS: Assumption[] = [
  {
    id: fakeAssumptionId('k'),
    label: 'Knob K',
    value: 1,
    unit: 'x',
    low: 0.5,
    high: 2,
    distribution: 'uniform',
    kind: 'research',
    source: 'Study K (2020) p. 4',
    confidence: 'medium',
    defaultCamp: fakeCampId('mid'),
    camps: [
      {
        id: fakeCampId('mid'),
        label: 'Study K',
        value: 1,
        low: 0.5,
        high: 2,
        source: 'Study K (2020) p. 4',
        kind: 'research',
      },
      {
        id: fakeCampId('high'),
        label: 'Study H',
        value: 1.8,
        low: 0.5,
        high: 2,
        source: 'Study H (2021)',
        kind: 'research',
      },
    ],
  },
  {
    id: fakeAssumptionId('g'),
    label: 'Guess G',
    value: 1,
    unit: '',
    low: 0,
    high: 2,
    distribution: 'uniform',
    kind: 'guess',
    source: '',
    confidence: 'low',
    defaultCamp: fakeCampId('one'),
    camps: [
      { id: fakeCampId('one'), label: 'One', value: 1, low: 0, high: 2, source: '', kind: 'guess' },
      { id: fakeCampId('other'), label: 'Other', value: 1, low: 0, high: 2, source: '', kind: 'guess' },
    ],
  },
];

function lever(s: Scenario, id: string): number {
  return looseSettings(s).levers[id] ?? LEVERS.find((l) => l.id === id)?.default ?? 0;
}
function values(s: Scenario, k: number): Record<string, number> {
  const x = lever(s, 'x');
  const y = lever(s, 'y');
  const hom = 30000 + x * (k - 1.5) * 20000;
  return {
    homicides: hom,
    homicides_oc: 0.6 * hom,
    homicide_rate: hom / 1300,
    cartel_revenue: 20 - 5 * x,
    revenue_cannabis: 3 - 2 * x,
    workforce: 170000,
    forces_total: 60000,
    cost_guard: 0,
    cost_military: 0,
    cost_youth: y,
    cost_amnesty: 0,
    cannabis_tax: 0.5 * x,
    fiscal_cost: y - 0.5 * x,
  };
}
function series(s: Scenario, k: number): Record<string, Float64Array> {
  const v = values(s, k);
  const out: Record<string, Float64Array> = {};
  for (const id of OUTPUT_IDS)
    out[id] = Float64Array.from(MONTHS, (_, m) => (m < START ? (v[id] ?? 0) * 0.8 : (v[id] ?? 0)));
  return out;
}
/** k's central value: an override, else its camp's value (camp "high" is 1.8), else 1. g never matters. */
const kOf = (s: Scenario, overrides?: Readonly<Record<string, number>>): number =>
  overrides?.k ?? looseSettings(s).assumptions.k ?? (looseSettings(s).camps.k === 'high' ? 1.8 : 1);

/** Bands of the outputs: the central series, ±10 %. */
function ensembleOf(s: Scenario, opts?: { runs?: number; seed?: string; outputs?: readonly string[] }): EnsembleResult {
  const c = series(s, kOf(s));
  const bands: Record<string, Band> = {};
  for (const id of opts?.outputs ?? OUTPUT_IDS) {
    const p = c[id] ?? new Float64Array(MONTHS.length);
    bands[id] = { p10: p.map((v) => v * 0.9), p25: p, p50: p, p75: p, p90: p.map((v) => v * 1.1) };
  }
  return { months: MONTHS, runs: opts?.runs ?? s.runs, seed: opts?.seed ?? s.seed, bands };
}

/** One value per run, with k on an even grid over its range. */
function perRunOf(
  s: Scenario,
  runs: number,
  reduce: (out: Float64Array, index: Readonly<Record<string, number>>) => number,
): Float64Array {
  const index = Object.fromEntries(OUTPUT_IDS.map((id, i) => [id, i]));
  const result = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    const k = 0.5 + (1.5 * (r + 0.5)) / runs; // an even grid over k's range
    const c = series(s, k);
    const out = new Float64Array(MONTHS.length * OUTPUT_IDS.length);
    OUTPUT_IDS.forEach((id, j) => {
      const sr = c[id] ?? new Float64Array(MONTHS.length);
      for (let m = 0; m < MONTHS.length; m++) out[m * OUTPUT_IDS.length + j] = sr[m] ?? 0;
    });
    result[r] = reduce(out, index);
  }
  return result;
}

export const fake: BriefEngine = {
  levers: LEVERS,
  outputs: OUTPUT_IDS.map((id) => ({
    id: fakeOutputId(id),
    label: id === 'homicides' ? 'Homicides' : id,
    unit: id === 'homicides' ? 'deaths/yr' : 'u',
    group: 'violence',
  })),
  months: MONTHS,
  scenarioStart: START,
  modelVersion: 'test-1',
  history: {
    homicides: [
      { year: 2007, value: 8867, source: 'INEGI' },
      { year: 2018, value: 36685, source: 'INEGI' },
    ],
  },
  statusQuo: () => ({ name: 'SQ', description: '', seed: 's', runs: 10, levers: {}, assumptions: {}, camps: {} }),
  resolveAssumptions: (s): ResolvedAssumption[] =>
    ASSUMPTIONS.map((a) => ({
      ...a,
      effective: {
        value: a.id === fakeAssumptionId('k') ? kOf(s) : (s.assumptions[a.id] ?? a.value),
        low: a.low,
        high: a.high,
      },
      changed: a.id in s.assumptions || a.id in s.camps,
    })),
  runCentral: (s, overrides) => series(s, kOf(s, overrides)),
  centralMetric(s, metric, overrides) {
    const out = series(s, kOf(s, overrides));
    return metric.fromSeries((id) => out[id] ?? new Float64Array(MONTHS.length).fill(Number.NaN));
  },
  centralEvaluator(s, metric) {
    return (id, x) => fake.centralMetric(s, metric, id === undefined || x === undefined ? undefined : { [id]: x });
  },
  runEnsembleWithMetrics(s, opts, metrics) {
    const reducers = metrics.map((m) => metricReducer(m, MONTHS.length));
    const perRun = reducers.map((reduce) => perRunOf(s, opts?.runs ?? s.runs, reduce));
    return { ensemble: ensembleOf(s, opts), perRun };
  },
};
