/**
 * A small deterministic stand-in for the engine with the real lever and output ids, for rendering the
 * explorer in tests without the model. Curves respond to a few levers in simple, known ways.
 */
import type { Assumption, Band, EnsembleResult, Equation, Lever, LeverId, Scenario } from '../../src/model/types.js';
import type {
  BriefRequest,
  BriefResult,
  DebateMetric,
  OutputMeta,
  ResolvedAssumption,
  UiDebate,
  UiEngine,
  UiFiles,
  UiHindcast,
  UiTheory,
  LoadResult,
  SaveResult,
} from '../../src/ui/engine-port.js';
import { attribute } from '../../src/analysis/attribution.js';
import { buildClaim } from '../../src/analysis/claim.js';
import { pairedEffect } from '../../src/analysis/stats.js';
import { findCruxes } from '../../src/analysis/crux.js';
import { confirmCruxSets, cruxSetReport, screenCruxSets, type SetChange } from '../../src/analysis/crux-sets.js';
import { computeSensitivity } from '../../src/analysis/sensitivity.js';
import { fakeAssumptionId, looseSettings } from './fake-ids.js';

const lever = (
  id: LeverId,
  label: string,
  unit: string,
  control: Lever['control'],
  min: number,
  max: number,
  step: number,
  def: number,
  family: string,
  group: Lever['group'] = 'article',
): Lever => ({
  id,
  label,
  unit,
  control,
  min,
  max,
  step,
  default: def,
  family,
  group,
  articleWords: `Words for ${label}.`,
});

export const FAKE_LEVERS: readonly Lever[] = [
  lever('cannabis_legal', 'Legalize marijuana', '', 'toggle', 0, 1, 1, 0, 'cannabis'),
  lever('cannabis_start_year', 'Start year', 'year', 'year', 2019, 2030, 1, 2020, 'cannabis'),
  lever('cannabis_legal_share', 'Legal share of market', 'share', 'number', 0, 1, 0.05, 0.5, 'cannabis'),
  lever('cannabis_tax_rate', 'Tax rate', 'share', 'number', 0, 0.6, 0.05, 0.25, 'cannabis'),
  lever('amnesty_coverage', 'Amnesty coverage', 'share', 'number', 0, 1, 0.05, 0, 'amnesty'),
  lever('amnesty_start_year', 'Start year', 'year', 'year', 2019, 2030, 1, 2019, 'amnesty'),
  lever('drawdown_share', 'Military drawdown', 'share', 'number', 0, 1, 0.05, 0, 'drawdown'),
  lever('drawdown_years', 'Years to withdraw', 'years', 'number', 1, 10, 1, 3, 'drawdown'),
  lever('drawdown_start_year', 'Start year', 'year', 'year', 2019, 2030, 1, 2019, 'drawdown'),
  lever('guard_size', 'National Guard size', 'people', 'number', 0, 500000, 10000, 0, 'guard'),
  lever('guard_build_years', 'Years to build', 'years', 'number', 1, 10, 1, 3, 'guard'),
  lever('guard_military_share', 'From the military', 'share', 'number', 0, 1, 0.05, 0.6, 'guard'),
  lever('guard_vetting', 'Vetting', 'index 0–1', 'number', 0, 1, 0.05, 0.5, 'guard'),
  lever('youth_budget', 'Youth scholarships & training', 'US$ bn/yr', 'number', 0, 10, 0.5, 0, 'youth'),
  lever('youth_cost_per_participant', 'Cost per participant', 'US$', 'number', 500, 10000, 100, 2300, 'youth'),
  lever('youth_start_year', 'Start year', 'year', 'year', 2019, 2030, 1, 2019, 'youth'),
  lever('legalize_all_drugs', 'Legalize all drugs', '', 'toggle', 0, 1, 1, 0, 'all_drugs', 'extra'),
  lever('all_drugs_start_year', 'Start year', 'year', 'year', 2019, 2030, 1, 2021, 'all_drugs', 'extra'),
  lever('us_gun_action', 'US cut in southbound guns', 'share', 'number', 0, 0.9, 0.05, 0, 'guns', 'extra'),
  lever('kingpin_intensity', 'Kingpin targeting', 'index', 'number', 0, 2, 0.1, 1, 'kingpin', 'extra'),
];

export const FAKE_ASSUMPTIONS: readonly Assumption[] = [
  {
    id: fakeAssumptionId('cannabis_share'),
    label: 'Cannabis share of cartel drug revenue',
    value: 0.2,
    unit: 'share',
    low: 0.15,
    high: 0.26,
    distribution: 'triangular',
    kind: 'research',
    source: 'RAND OP-325 (2010), p. 2',
    confidence: 'medium',
    camps: [
      { id: 'rand', label: 'RAND 2010', value: 0.2, low: 0.15, high: 0.26, source: 'RAND OP-325', kind: 'research' },
      {
        id: 'us_government',
        label: 'US government',
        value: 0.6,
        low: 0.5,
        high: 0.7,
        source: 'ONDCP 2006',
        kind: 'research',
      },
    ],
    defaultCamp: 'rand',
  },
  {
    id: fakeAssumptionId('guard_effect'),
    label: 'Homicide cut per 100k guards',
    value: 0.1,
    unit: 'share',
    low: 0,
    high: 0.3,
    distribution: 'pert',
    kind: 'guess',
    source: "Modeller's guess: no evaluation of a gendarmerie this size exists",
    confidence: 'low',
  },
  {
    id: 'vacuum_effect',
    label: 'Violence from a drawdown without replacement',
    value: 0.2,
    unit: 'share',
    low: 0,
    high: 0.5,
    distribution: 'uniform',
    kind: 'guess',
    source: 'Guess from the 2008–2011 Michoacán experience',
    confidence: 'low',
  },
  {
    id: fakeAssumptionId('base_homicides'),
    label: 'Homicides at 2007',
    value: 10000,
    unit: 'deaths/yr',
    low: 9000,
    high: 11000,
    distribution: 'fixed',
    kind: 'research',
    source: 'INEGI 2007',
    confidence: 'high',
  },
  {
    id: 'violence_theory',
    label: 'Theory of why organized-crime violence rose',
    value: -1,
    unit: 'theory',
    low: -1,
    high: -1,
    distribution: 'fixed',
    kind: 'research',
    source: 'Rival explanations, each scored by its hindcast',
    confidence: 'medium',
    defaultCamp: 'pooled',
    camps: [
      {
        id: 'pooled',
        label: 'Pooled by hindcast skill',
        value: -1,
        low: -1,
        high: -1,
        source: 'Derived from the skills',
        kind: 'derived',
      },
      {
        id: 'conflict',
        label: 'Conflict among members',
        value: 1,
        low: 1,
        high: 1,
        source: 'Prieto-Curiel et al.',
        kind: 'research',
      },
      {
        id: 'fragmentation',
        label: 'Fragmentation after decapitation',
        value: 2,
        low: 2,
        high: 2,
        source: 'Calderón et al.',
        kind: 'research',
      },
      {
        id: 'confrontation',
        label: 'Militarized confrontation',
        value: 3,
        low: 3,
        high: 3,
        source: 'Espinosa & Rubin',
        kind: 'research',
      },
      { id: 'persistence', label: 'Persistence', value: 0, low: 0, high: 0, source: 'The null model', kind: 'guess' },
    ],
  },
];

/** The fake theories' hindcast skill; pooled shares follow (conflict 18%, confrontation 82%). */
export const FAKE_SKILL: Readonly<Record<string, number>> = {
  conflict: 0.18,
  fragmentation: -0.03,
  confrontation: 0.82,
  persistence: 0,
};

/** The fake hindcast error (MAPE, %) of each theory and of the pool; persistence scores FAKE_PERSISTENCE_MAPE. */
export const FAKE_HINDCAST_MAPE: Readonly<Record<string, number>> = {
  pooled: 4,
  conflict: 16.9,
  fragmentation: 18.8,
  confrontation: 4,
  persistence: 27.8,
};
export const FAKE_PERSISTENCE_MAPE = 26.3;

/** INEGI's homicides of the fake hindcast's test years. */
const FAKE_TEST_YEARS: readonly (readonly [number, number])[] = [
  [2015, 20762],
  [2016, 24560],
  [2017, 32082],
  [2018, 36685],
];

/** The theory a fake scenario runs under: its violence_theory camp, pooled by default. */
export function fakeTheory(s: Scenario): UiTheory {
  const id = s.camps.violence_theory ?? 'pooled';
  const label = FAKE_ASSUMPTIONS.find((a) => a.id === 'violence_theory')?.camps?.find((c) => c.id === id)?.label ?? id;
  if (id !== 'pooled')
    return { id, label, skill: FAKE_SKILL[id] ?? 0, shares: [{ id, skill: FAKE_SKILL[id] ?? 0, share: 1 }] };
  return {
    id,
    label,
    shares: [
      { id: 'confrontation', skill: 0.82, share: 0.82 },
      { id: 'conflict', skill: 0.18, share: 0.18 },
    ],
  };
}

/** A fake hindcast: each test year's median is INEGI's count × (1 + MAPE/100), so its MAPE is exact; P10/P90 ±15%. */
export function fakeHindcast(until: number, theory: string): UiHindcast {
  const m = FAKE_HINDCAST_MAPE[theory] ?? 10;
  const years = FAKE_TEST_YEARS.filter(([y]) => y > until).map(([year, observed]) => {
    const p50 = observed * (1 + m / 100);
    return { year, observed, p10: p50 * 0.85, p50, p90: p50 * 1.15 };
  });
  return { until, theory, years, mape: m, persistence_mape: FAKE_PERSISTENCE_MAPE, coverage: 1 };
}

export const FAKE_OUTPUTS: readonly OutputMeta[] = [
  { id: 'cartel_revenue', label: 'Cartel revenue', unit: 'US$ bn/yr', group: 'revenue' },
  { id: 'revenue_cannabis', label: 'Revenue: cannabis', unit: 'US$ bn/yr', group: 'revenue' },
  { id: 'homicides', label: 'Homicides', unit: 'deaths/yr', group: 'violence' },
  { id: 'workforce', label: 'Cartel workforce', unit: 'people', group: 'workforce' },
  { id: 'fiscal_cost', label: 'Net fiscal cost', unit: 'US$ bn/yr', group: 'fiscal' },
];

export const FAKE_EQUATIONS: readonly Equation[] = [
  {
    id: 'homicides',
    kind: 'aux',
    label: 'Homicides',
    unit: 'deaths/yr',
    expr: 'base_homicides * (1 - guard_effect * guard_size / 100000 + vacuum_effect * drawdown_share)',
  },
  {
    id: 'cartel_revenue',
    kind: 'aux',
    label: 'Cartel revenue',
    unit: 'US$ bn/yr',
    expr: 'revenue_cannabis / cannabis_share',
  },
  {
    id: 'revenue_cannabis',
    kind: 'aux',
    label: 'Revenue: cannabis',
    unit: 'US$ bn/yr',
    expr: '4 * (1 - cannabis_legal * cannabis_legal_share)',
  },
  {
    id: 'workforce',
    kind: 'stock',
    label: 'Cartel workforce',
    unit: 'people',
    init: '100000',
    rate: '-amnesty_coverage * workforce / 120',
  },
  {
    id: 'fiscal_cost',
    kind: 'aux',
    label: 'Net fiscal cost',
    unit: 'US$ bn/yr',
    expr: 'youth_budget + guard_size * 0.00001',
  },
];

export const MONTHS: readonly string[] = Array.from(
  { length: 288 },
  (_, i) => `${2007 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
export const SCENARIO_START = 144;

const lv = (s: Scenario, id: LeverId): number => s.levers[id] ?? FAKE_LEVERS.find((l) => l.id === id)?.default ?? 0;
const av = (s: Scenario, id: string): number => {
  const a = FAKE_ASSUMPTIONS.find((x) => x.id === id)!;
  const camp = looseSettings(s).camps[id] ?? a.defaultCamp;
  const c = a.camps?.find((x) => x.id === camp);
  return looseSettings(s).assumptions[id] ?? c?.value ?? a.value;
};

/** Compute central series for a scenario: simple closed forms so tests can derive expected values. */
export function fakeCentral(s: Scenario): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const o of FAKE_OUTPUTS) out[o.id] = new Float64Array(288);
  for (let m = 0; m < 288; m++) {
    const after = m >= SCENARIO_START ? 1 : 0;
    const hist = 10000 + m * 80;
    const h =
      hist *
      (1 -
        after *
          ((av(s, 'guard_effect') * lv(s, 'guard_size')) / 100000 - av(s, 'vacuum_effect') * lv(s, 'drawdown_share')));
    const rc = 4 * (1 - after * lv(s, 'cannabis_legal') * lv(s, 'cannabis_legal_share'));
    out.homicides![m] = h;
    out.revenue_cannabis![m] = rc;
    out.cartel_revenue![m] = rc / av(s, 'cannabis_share');
    out.workforce![m] = 100000 * (1 - after * lv(s, 'amnesty_coverage') * 0.3);
    out.fiscal_cost![m] = after * (lv(s, 'youth_budget') + lv(s, 'guard_size') * 0.00001);
  }
  return out;
}

/** Build ensemble bands as the central series times fixed factors (P10 = 0.9×, P90 = 1.1×). */
export function fakeEnsemble(s: Scenario, runs: number): EnsembleResult {
  const c = fakeCentral(s);
  const bands: Record<string, Band> = {};
  for (const [id, v] of Object.entries(c)) {
    const mul = (f: number): Float64Array => v.map((x, m) => (m >= SCENARIO_START ? x * f : x));
    bands[id] = { p10: mul(0.9), p25: mul(0.95), p50: Float64Array.from(v), p75: mul(1.05), p90: mul(1.1) };
  }
  return { months: MONTHS, runs, seed: s.seed, bands };
}

/** The fake metrics: id → facts and the months summed (over 12) from one output. */
export const FAKE_METRICS: Readonly<Record<string, DebateMetric & { output: string; from: number; to: number }>> = {
  homicides_total: {
    id: 'homicides_total',
    label: 'homicides, 2019–2030 total',
    phrase: 'total homicides over 2019–2030',
    unit: 'deaths',
    better: 'lower',
    output: 'homicides',
    from: 144,
    to: 288,
  },
  homicides_2024: {
    id: 'homicides_2024',
    label: 'homicides in 2024',
    phrase: 'homicides in 2024',
    unit: 'deaths',
    better: 'lower',
    output: 'homicides',
    from: 204,
    to: 216,
  },
  revenue_total: {
    id: 'revenue_total',
    label: 'cartel revenue, 2019–2030 total',
    phrase: 'total cartel revenue over 2019–2030',
    unit: 'US$ bn',
    better: 'lower',
    output: 'cartel_revenue',
    from: 144,
    to: 288,
  },
  fiscal_total: {
    id: 'fiscal_total',
    label: 'net fiscal cost, 2019–2030 total',
    phrase: 'total net fiscal cost over 2019–2030',
    unit: 'US$ bn',
    better: 'lower',
    output: 'fiscal_cost',
    from: 144,
    to: 288,
  },
};

/** A fake metric's value at central values of `s` (sum of its months over 12). */
export function fakeMetric(s: Scenario, metricId: string): number {
  const m = FAKE_METRICS[metricId];
  if (!m) throw new Error(`unknown metric ${metricId}`);
  const series = fakeCentral(s)[m.output]!;
  let sum = 0;
  for (let i = m.from; i < m.to; i++) sum += series[i]!;
  return sum / 12;
}

const withAssumption = (s: Scenario, id: string, x: number): Scenario => ({
  ...s,
  assumptions: { ...s.assumptions, [id]: x },
});

function fakeItems(s: Scenario) {
  return resolveFake(s).map((a) => ({
    kind: 'assumption' as const,
    id: a.id,
    label: a.label,
    unit: a.unit,
    source: a.source,
    value: a.effective.value,
    low: a.effective.low,
    high: a.effective.high,
  }));
}

function resolveFake(s: Scenario): ResolvedAssumption[] {
  return FAKE_ASSUMPTIONS.map((a) => {
    const camp = s.camps[a.id] ?? a.defaultCamp;
    const c = a.camps?.find((x) => x.id === camp);
    const base = c ? { value: c.value, low: c.low, high: c.high } : { value: a.value, low: a.low, high: a.high };
    return {
      ...a,
      effective: { ...base, value: s.assumptions[a.id] ?? base.value },
      ...(camp ? { camp } : {}),
      changed: s.assumptions[a.id] !== undefined || (s.camps[a.id] !== undefined && s.camps[a.id] !== a.defaultCamp),
    };
  });
}

/** The fake paired runs: the central values times 0.8 + 0.4 i/(n − 1) for A and 0.9 + 0.2 i/(n − 1) for B. */
function fakePairedRuns(a: Scenario, b: Scenario, id: string, runs: number) {
  const ma = fakeMetric(a, id);
  const mb = fakeMetric(b, id);
  const u = (i: number) => (runs > 1 ? i / (runs - 1) : 0.5);
  const perRunA = Float64Array.from({ length: runs }, (_, i) => ma * (0.8 + 0.4 * u(i)));
  const perRunB = Float64Array.from({ length: runs }, (_, i) => mb * (0.9 + 0.2 * u(i)));
  return { perRunA, perRunB };
}

/**
 * Fake debate tools: the pure analysis functions run on the fake model's closed forms. The claim's and the
 * effect's paired runs are fakePairedRuns.
 */
export function createFakeDebate(opts: { delayMs?: number; calls?: string[] } = {}): UiDebate {
  const wait = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, opts.delayMs ?? 0);
      signal?.addEventListener('abort', () => {
        clearTimeout(t);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
  const metric = (id: string): DebateMetric => {
    const m = FAKE_METRICS[id];
    if (!m) throw new Error(`unknown metric ${id}`);
    return m;
  };
  const adv = (id: string, a: number, b: number) => (metric(id).better === 'lower' ? b - a : a - b);
  return {
    metric: (id) => {
      const m = FAKE_METRICS[id];
      return m ? { id: m.id, label: m.label, unit: m.unit, better: m.better, phrase: m.phrase } : undefined;
    },
    async sensitivity(s, id, signal) {
      opts.calls?.push(`sensitivity ${id}`);
      await wait(signal);
      return computeSensitivity(metric(id), fakeMetric(s, id), fakeItems(s), (item, x) =>
        fakeMetric(withAssumption(s, item.id, x), id),
      );
    },
    async cruxes(a, b, id, signal) {
      opts.calls?.push(`cruxes ${id}`);
      await wait(signal);
      const margin = adv(id, fakeMetric(a, id), fakeMetric(b, id));
      return findCruxes(fakeItems(a), margin, (item, x) =>
        adv(id, fakeMetric(withAssumption(a, item.id, x), id), fakeMetric(withAssumption(b, item.id, x), id)),
      );
    },
    async cruxSets(a, b, id, o, signal) {
      opts.calls?.push(`cruxSets ${id} ${o.runs}`);
      await wait(signal);
      // The pure search on the fake model: values only (no camps), screened on central values, confirmed on
      // fakePairedRuns.
      const items = fakeItems(a);
      const options = items.map((i) => ({
        kind: 'range' as const,
        id: i.id,
        value: i.value,
        low: i.low,
        high: i.high,
      }));
      const apply = (s: Scenario, changes: readonly SetChange[]): Scenario =>
        changes.reduce((acc, c) => (c.kind === 'range' ? withAssumption(acc, c.id, c.to) : acc), s);
      const margin = (changes: readonly SetChange[]) =>
        adv(id, fakeMetric(apply(a, changes), id), fakeMetric(apply(b, changes), id));
      const effectOf = (changes: readonly SetChange[]) => {
        const { perRunA, perRunB } = fakePairedRuns(apply(a, changes), apply(b, changes), id, o.runs);
        return pairedEffect(perRunA, perRunB, metric(id).better);
      };
      const advOf = (e: { p50: number }) => (metric(id).better === 'lower' ? -e.p50 : e.p50);
      const verdict = effectOf([]);
      const sign = advOf(verdict) >= 0 ? 1 : -1;
      const screen = screenCruxSets(options, sign, margin, { maxSet: o.maxSet });
      const confirmed = confirmCruxSets(
        screen.candidates,
        options,
        sign,
        (changes) => {
          const effect = effectOf(changes);
          return { advantage: advOf(effect), effect };
        },
        { top: 10, budget: 60 },
      );
      const row = (c: SetChange) => {
        const item = items.find((i) => i.id === c.id);
        return { ...c, label: item?.label ?? c.id, unit: item?.unit ?? '', source: item?.source ?? '' };
      };
      const leader = advOf(verdict) > 0 ? 'A' : advOf(verdict) < 0 ? 'B' : 'tie';
      return cruxSetReport({
        leader,
        verdict,
        centralMargin: margin([]),
        centralAgrees: true,
        options,
        screen,
        confirmed,
        maxSet: o.maxSet,
        runs: o.runs,
        seed: o.seed,
        row,
      });
    },
    async attribution(a, b, id, signal) {
      opts.calls?.push(`attribution ${id}`);
      await wait(signal);
      const differing = FAKE_LEVERS.filter((l) => lv(a, l.id) !== lv(b, l.id));
      const families = [...new Set(differing.map((l) => l.family))];
      const players = families.map((f) => ({
        id: f,
        label: f,
        levers: differing.filter((l) => l.family === f).map((l) => l.id),
      }));
      const r = attribute(players, [], (mask) => {
        const levers: Record<string, number> = { ...b.levers };
        players.forEach((p, i) => {
          if (mask & (1 << i)) for (const l of p.levers) levers[l] = lv(a, l);
        });
        return [fakeMetric({ ...b, levers }, id)];
      });
      return {
        start: r.start,
        end: r.end,
        rows: r.rows.map((row) => ({ id: row.id, label: row.label, shapley: row.shapley })),
      };
    },
    async claim(a, b, id, o, signal) {
      opts.calls?.push(`claim ${id} ${o.runs}`);
      await wait(signal);
      const c = buildClaim({
        aName: o.aName,
        bName: o.bName,
        metric: { ...metric(id), plural: id.startsWith('homicides') },
        ...fakePairedRuns(a, b, id, o.runs),
      });
      return { sentence: c.sentence, effect: c.effect, seed: o.seed };
    },
    async effect(a, b, id, o, signal) {
      opts.calls?.push(`effect ${id} ${o.runs}`);
      await wait(signal);
      const { perRunA, perRunB } = fakePairedRuns(a, b, id, o.runs);
      return pairedEffect(perRunA, perRunB, metric(id).better);
    },
    // Like the real one: the settings only, never the seed or the runs.
    fingerprint: (s) =>
      `fp-${Object.entries(s.levers)
        .sort()
        .map(([k, v]) => `${k}=${v}`)
        .join(',')}`.slice(0, 40),
  };
}

/** Options of the fake engine. */
export interface FakeEngineOptions {
  /** Milliseconds each ensemble takes (resolved by a timer), 0 for immediately after a macrotask. */
  readonly delayMs?: number;
  /** Milliseconds each debate computation takes. */
  readonly debateDelayMs?: number;
  /** Milliseconds each hindcast takes. @default 0 */
  readonly hindcastDelayMs?: number;
  /** Resolve a hindcast even after its signal is aborted (as a synchronous engine call does once started). */
  readonly hindcastIgnoresAbort?: boolean;
}

/** Create a fake engine; `calls` records every ensemble request (scenario key and runs). */
export function createFakeEngine(opts: FakeEngineOptions = {}): UiEngine & {
  calls: { runs: number; levers: Record<string, number> }[];
  debateCalls: string[];
  hindcastCalls: string[];
} {
  const calls: { runs: number; levers: Record<string, number> }[] = [];
  const debateCalls: string[] = [];
  const hindcastCalls: string[] = [];
  return {
    calls,
    debateCalls,
    hindcastCalls,
    theory: fakeTheory,
    hindcast(_s, o, signal) {
      hindcastCalls.push(`${o.theory} ${o.until}`);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => resolve(fakeHindcast(o.until, o.theory)), opts.hindcastDelayMs ?? 0);
        if (opts.hindcastIgnoresAbort) return;
        signal?.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    },
    debate: createFakeDebate({ delayMs: opts.debateDelayMs ?? 0, calls: debateCalls }),
    levers: FAKE_LEVERS,
    assumptions: FAKE_ASSUMPTIONS,
    outputs: FAKE_OUTPUTS,
    months: MONTHS,
    scenarioStart: SCENARIO_START,
    equations: FAKE_EQUATIONS,
    history: {
      homicides: [
        { year: 2010, value: 25757, source: 'INEGI' },
        { year: 2018, value: 36685, source: 'INEGI' },
      ],
    },
    resolveAssumptions: resolveFake,
    runEnsembleAsync(s, o) {
      calls.push({ runs: o.runs ?? s.runs, levers: { ...s.levers } });
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => resolve(fakeEnsemble(s, o.runs ?? s.runs)), opts.delayMs ?? 0);
        o.signal?.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    },
    runCentral: fakeCentral,
  };
}

/** A scenario with the given lever settings. */
export function scenarioWith(levers: Record<string, number>, name = 'Test scenario', runs = 1000): Scenario {
  return { name, description: '', seed: '1', runs, levers, assumptions: {}, camps: {} };
}

/** Options of the in-memory files. */
export interface MemoryFilesOptions {
  /** Called when a brief is requested, before it is stored; return a failure to make the export fail. */
  readonly onBrief?: (request: BriefRequest) => BriefResult | undefined;
}

/**
 * In-memory scenario files: `store` maps paths to scenarios (or to an error message for a broken file). A
 * brief is stored as the string `brief of NAME (N runs)` and its request is kept in `briefs`.
 */
export function createMemoryFiles(
  store: Map<string, Scenario | string>,
  opts: MemoryFilesOptions = {},
): UiFiles & { saves: string[]; briefs: BriefRequest[] } {
  const saves: string[] = [];
  const briefs: BriefRequest[] = [];
  return {
    saves,
    briefs,
    async exists(path: string): Promise<boolean> {
      return store.has(path);
    },
    async exportBrief(request: BriefRequest): Promise<BriefResult> {
      briefs.push(request);
      const failed = opts.onBrief?.(request);
      if (failed) return failed;
      if (store.has(request.path) && !request.overwrite)
        return { ok: false, exists: true, message: `${request.path} exists` };
      store.set(request.path, `brief of ${request.scenario.name} (${request.scenario.runs} runs)`);
      return { ok: true };
    },
    async load(path: string): Promise<LoadResult> {
      const v = store.get(path);
      if (v === undefined) return { ok: false, message: `${path}: no such file` };
      if (typeof v === 'string') return { ok: false, message: v };
      return { ok: true, scenario: v };
    },
    async save(path: string, scenario: Scenario, overwrite: boolean): Promise<SaveResult> {
      if (store.has(path) && !overwrite) return { ok: false, exists: true, message: `${path} exists` };
      store.set(path, scenario);
      saves.push(path);
      return { ok: true };
    },
    async list(): Promise<string[]> {
      return [...store.keys()].filter((k) => k.startsWith('scenarios/')).sort();
    },
  };
}
