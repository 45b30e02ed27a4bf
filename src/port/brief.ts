/**
 * Builds a brief's data from the engine and the analysis functions. The engine comes in as an object so the
 * assembly can be tested with a small stand-in; no files are read or written here.
 */
import type { Assumption, AssumptionKind, EnsembleResult, Lever, Scenario } from '../model/types.js';
import { POOLED, THEORIES, THEORY_ASSUMPTION } from '../model/pools.js';
import { attribute, planPlayers, type Player } from '../analysis/attribution.js';
import { findCruxes } from '../analysis/crux.js';
import { buildClaim, formatCommand } from '../analysis/claim.js';
import {
  assessEvidenceSets,
  countEvidenceSets,
  enumerateEvidenceSets,
  type ContestedAssumption,
  applyEvidenceSet,
} from '../analysis/evidence.js';
import { buildLedger } from '../analysis/ledger.js';
import { advantage, getMetric, metricNamed, metricReducer, SCENARIO_YEARS, type Metric } from '../analysis/metrics.js';
import { computeSensitivity, type RangeItem } from '../analysis/sensitivity.js';
import { summarizePaired } from '../analysis/stats.js';
import { formatNumber, formatPercent, formatQuantity, formatSignedQuantity } from '../text/format.js';
import { narrateBands, narrateBars, narrateSeries } from '../render/narrate.js';
import type {
  BriefAssumption,
  BriefAttribution,
  BriefAttributionByYear,
  BriefChart,
  BriefClaim,
  BriefCompare,
  BriefCruxes,
  BriefData,
  BriefEvidence,
  BriefHindcast,
  BriefLedger,
  BriefScenario,
  BriefSensitivity,
  BriefTheories,
} from '../render/brief/brief-types.js';

/** An assumption after a scenario's overrides and camps are applied. */
export interface ResolvedLike extends Assumption {
  readonly effective: { readonly value: number; readonly low: number; readonly high: number };
  readonly camp?: string;
  readonly override?: 'fixed' | 'range';
  readonly changed: boolean;
}

/** The part of the engine a brief needs. */
export interface BriefEngine {
  readonly LEVERS: readonly Lever[];
  /** Names of lever families, used when attribution groups levers by family. */
  readonly LEVER_FAMILIES?: readonly { readonly id: string; readonly label: string }[];
  readonly OUTPUTS: readonly { readonly id: string; readonly label: string; readonly unit: string }[];
  readonly MONTHS: readonly string[];
  readonly SCENARIO_START: number;
  readonly MODEL_VERSION: string;
  readonly HISTORY: {
    readonly homicides: readonly { readonly year: number; readonly value: number; readonly source: string }[];
  };
  statusQuo(): Scenario;
  resolveAssumptions(s: Scenario): readonly ResolvedLike[];
  runEnsemble(s: Scenario, opts?: { runs?: number; seed?: string; outputs?: readonly string[] }): EnsembleResult;
  runCentral(s: Scenario, overrides?: Readonly<Record<string, number>>): Record<string, Float64Array>;
  runPerRun(
    s: Scenario,
    opts: { runs?: number; seed?: string },
    reduce: (out: Float64Array, index: Readonly<Record<string, number>>) => number,
  ): Float64Array;
  /** Hindcast of a scenario's assumptions: constrained on 2007..until, projected to 2018 (engine.hindcastOf). */
  hindcastOf?(
    s: Scenario,
    opts: { until: number; theory?: 'pooled' | 'conflict' | 'fragmentation' | 'confrontation' | 'persistence' },
  ): HindcastLike;
  /** The theories of violence with sources, skill and pooled share (engine.theoryList). */
  theoryList?(): readonly {
    readonly id: string;
    readonly label: string;
    readonly source: string;
    readonly skill: number;
    readonly share: number;
  }[];
}

/** A hindcast as the engine returns it. */
export interface HindcastLike {
  readonly until: number;
  readonly theory: string;
  readonly runs: number;
  readonly seed: string;
  readonly years: readonly {
    readonly year: number;
    readonly observed: number;
    readonly p10: number;
    readonly p50: number;
    readonly p90: number;
  }[];
  readonly mape: number;
  readonly persistence_mape: number;
  readonly coverage: number;
  /** For a pooled hindcast: each theory's share, from skill scored on data up to `until` only. */
  readonly weights?: Readonly<Record<string, number>>;
}

/** The year the brief's hindcast is constrained up to: it projects the four years after it. */
export const BRIEF_HINDCAST_UNTIL = 2014;

/** A scenario as loaded, with its file name and fingerprint. */
export interface BriefInputScenario {
  readonly scenario: Scenario;
  readonly file: string;
  readonly fingerprint: string;
}

/** What `assembleBrief` needs. Runs and seed are already applied to the scenarios. */
export interface AssembleInput {
  readonly engine: BriefEngine;
  readonly a: BriefInputScenario;
  readonly b?: BriefInputScenario;
  /** The exact command that rebuilds the brief. */
  readonly reproduce: string;
  /** The metric for cruxes, sensitivity and attribution; homicides_total by default. */
  readonly metricId?: string;
  /** Skip the analyses that need many model runs (cruxes, sensitivity, attribution). */
  readonly quick?: boolean;
  /** Called with a short line before each slow step. */
  readonly progress?: (message: string) => void;
}

/**
 * How many progress messages a brief's assembly gives: the ensembles and the comparison, then (unless
 * quick) cruxes, sensitivity, attribution and evidence sets.
 */
export function briefSteps(quick: boolean): number {
  return quick ? 2 : 6;
}

/** Words the assembly writes into the brief, kept together for a later translation. */
export const ASSEMBLE_TEXT = {
  title: (a: string, b: string) => `Brief: ${a} vs ${b}`,
  statusQuo: 'Status quo',
  statusQuoRef: 'the status-quo baseline',
  scenarioRef: (name: string) => `scenario B (“${name}”)`,
  historyLabel: 'Recorded homicides (INEGI)',
  sectionHindcast: 'Hindcast',
  sectionTheories: 'Theories of violence',
  progressHindcast: 'Hindcasting 2015–2018 from data up to 2014…',
  progressTheories: 'Listing the theories of violence…',
  hindcastSummary: (until: number, theory: string, mape: string, persistence: string, inside: number, years: number) =>
    `Hindcast from ${until} (${theory}): constrained on 2007–${until} only, its median misses INEGI's counts of ${until + 1}–${until + years} by ${mape} on average (MAPE), against ${persistence} for carrying ${until} forward; ${inside} of ${years} years fall inside its P10–P90.`,
  hindcastTheoryPooled: 'pooled theories',
  hindcastWeights: (until: number, parts: string) =>
    ` Its pool is weighted by skill scored on data up to ${until} only: ${parts}.`,
  hindcastTheoryOne: (id: string) => `theory: ${id}`,
  theoriesPooled: (parts: string) =>
    `Scenario A pools the theories of violence, each in proportion to its hindcast skill: ${parts}.`,
  theoriesShare: (label: string, pct: string, skill: string) => `${label} ${pct} (skill ${skill})`,
  theoriesOne: (label: string, skill: string) =>
    `Scenario A runs under one theory of violence: ${label}, hindcast skill ${skill} against persistence (0 = no better).`,
  percent: (v: number) => formatPercent(v),
  compareNote: (runs: number, seed: string) =>
    `Medians over ${runs} runs with seed "${seed}". Both sides use the same assumption draws in each run, so "A better in" is the share of paired runs in which A does better.`,
  cruxSummary: (metric: string, leader: string, margin: string) =>
    leader === 'tie'
      ? `At central values the two sides tie on ${metric}.`
      : `At central values ${leader} does better on ${metric}, by ${margin}.`,
  leaderA: 'scenario A',
  scenarioB: 'scenario B',
  leaderB: (b: string) => (b === ASSEMBLE_TEXT.statusQuo ? 'the status quo' : 'scenario B'),
  assumptionSettings: 'Assumption settings',
  ledgerSummary: (ref: string, who: string, averted: string, perHomicide: string) =>
    `Against ${ref}, ${who} averts ${averted} homicides over 2019–2030 at a net extra cost of ${perHomicide} per homicide averted (central runs).`,
  ledgerNoAverted: (ref: string, who: string) =>
    `Against ${ref}, ${who} averts no homicides over 2019–2030 (central runs).`,
  statusQuoPhrase: 'the status quo',
  nothingToAttribute:
    'Attribution: scenario A and the reference have the same settings, so there is no difference to split.',
  quoted: (name: string) => `“${name}”`,
  noFlips: 'No single assumption flips the ranking anywhere in its range.',
  someFlips: (n: number) =>
    `${n} assumption${n === 1 ? '' : 's'} can flip the ranking within ${n === 1 ? 'its' : 'their'} range.`,
  failed: (section: string, why: string) => `${section}: could not be computed (${why}).`,
  quick: (section: string) => `${section}: left out (--quick).`,
  sectionCruxes: 'Cruxes',
  sectionSensitivity: 'Sensitivity',
  sectionAttribution: 'Attribution',
  sectionLedger: 'Cost ledger',
  sectionCompare: 'Comparison',
  sectionEvidence: 'Evidence sets',
  progressEvidence: 'Counting the evidence sets…',
  noContested: 'no assumption has camps to combine',
  tooManySets: (n: number, max: number) => `${n} evidence sets is more than ${max}`,
  evidenceSummary: (a: string, b: string, metric: string, k: number, n: number) =>
    `${a} beats ${b} on ${metric} in ${k} of ${n} evidence sets (central values).`,
  statusQuoDescription:
    'The status-quo levers (the 2006–2018 strategy continued) with scenario A\u2019s assumption settings.',
  progressEnsembles: 'Running the ensembles…',
  progressCompare: 'Comparing paired runs…',
  progressCruxes: 'Searching for cruxes…',
  progressSensitivity: 'Running the sensitivity analysis…',
  progressAttribution: 'Attributing the difference to levers…',
  yearlyGap: (ref: string, first: string, y0: number, last: string, y1: number) =>
    `Year by year, the difference from ${ref} is ${first} in ${y0} and ${last} in ${y1}`,
  sameLeader: (label: string) => `; ${label} has the largest share in both years`,
  leaders: (l0: string, y0: number, l1: string, y1: number) =>
    `; the largest share is ${l0} in ${y0} and ${l1} in ${y1}`,
} as const;

/** Outputs drawn as charts, in order (those the engine lacks are skipped). */
export const CHART_OUTPUTS = [
  'homicides',
  'cartel_revenue',
  'homicides_oc',
  'workforce',
  'forces_total',
  'fiscal_cost',
] as const;

/** Metrics in the comparison table (those the metric registry lacks are skipped). */
export const COMPARE_METRICS = [
  'homicides_total',
  'homicides_2021',
  'homicides_2024',
  'homicides_2030',
  'oc_homicides_total',
  'homicide_rate_2030',
  'revenue_total',
  'revenue_2030',
  'workforce_2030',
  'fiscal_total',
  'cannabis_tax_total',
] as const;

/** Metrics of the claim cards after the brief's own metric (duplicates and missing ones are skipped). */
export const CLAIM_METRICS = ['homicides_2024', 'revenue_total'] as const;
/** Claim cards in a brief. */
const MAX_CLAIMS = 3;
/** The --vs value `palancas claim` reads as the status-quo levers under A's own assumption settings. */
const STATUS_QUO_KEYWORD = 'status-quo';
/** Evidence sets above this count are left out (two central runs each). */
const MAX_EVIDENCE_SETS = 1024;
/** Failing evidence sets listed in the brief; the rest are counted. */
const MAX_FAILING_ROWS = 20;
/** Scan intervals per range in the flip search. */
const CRUX_INTERVALS = 24;
/** Rows kept in the sensitivity table and tornado. */
const SENSITIVITY_ROWS = 12;
/** Assumptions whose ranking holds that are still listed in the crux table (closest calls first). */
const HOLDING_CRUX_ROWS = 8;
/** More differing levers than this are grouped by family for attribution. */
const MAX_ATTRIBUTION_LEVERS = 8;

function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).filter(Number.isFinite).sort();
  if (sorted.length === 0) return Number.NaN;
  const mid = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(mid)] ?? Number.NaN) + (sorted[Math.ceil(mid)] ?? Number.NaN)) / 2;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The brief's view of one scenario. */
function describeScenario(engine: BriefEngine, input: BriefInputScenario): BriefScenario {
  const s = input.scenario;
  return {
    name: s.name,
    description: s.description,
    file: input.file,
    fingerprint: input.fingerprint,
    seed: s.seed,
    runs: s.runs,
    modelVersion: engine.MODEL_VERSION,
    levers: engine.LEVERS.map((l) => {
      const value = Object.hasOwn(s.levers, l.id) ? (s.levers[l.id] ?? l.default) : l.default;
      return {
        id: l.id,
        label: l.label,
        value,
        unit: l.unit,
        articleWords: l.articleWords,
        isDefault: value === l.default,
        control: l.control,
      };
    }),
    ...(s.sources ? { sources: s.sources } : {}),
  };
}

/** Reads each metric of each run in one pass over the ensemble. */
function perRunMetrics(engine: BriefEngine, s: Scenario, metrics: readonly Metric[]): number[][] {
  const reducers = metrics.map((m) => metricReducer(m, engine.MONTHS.length));
  const values: number[][] = metrics.map(() => []);
  engine.runPerRun(s, { runs: s.runs, seed: s.seed }, (out, index) => {
    reducers.forEach((r, k) => values[k]?.push(r(out, index)));
    return 0;
  });
  return values;
}

/** A scenario with the given assumption set to `x` (via overrides) and the metric of its central run. */
function centralMetric(
  engine: BriefEngine,
  s: Scenario,
  metric: Metric,
  overrides?: Readonly<Record<string, number>>,
): number {
  const out = engine.runCentral(s, overrides);
  return metric.fromSeries((id) => out[id] ?? new Float64Array(engine.MONTHS.length).fill(Number.NaN));
}

/** Assembles everything a brief shows. Sections that fail are left out and listed in `omitted`. */
export function assembleBrief(input: AssembleInput): BriefData {
  const { engine } = input;
  const omitted: string[] = [];
  const A = input.a.scenario;
  const progress = input.progress ?? ((): void => {});
  // Each call of progress starts one of briefSteps(quick) steps.
  // Without B, the reference is the status-quo levers under A's own assumption settings, so the comparison
  // isolates what the policies do.
  const refScenario: Scenario = input.b
    ? input.b.scenario
    : {
        ...A,
        name: ASSEMBLE_TEXT.statusQuo,
        description: ASSEMBLE_TEXT.statusQuoDescription,
        levers: engine.statusQuo().levers,
      };
  const refName = input.b ? input.b.scenario.name : ASSEMBLE_TEXT.statusQuo;
  const refPhrase = input.b ? ASSEMBLE_TEXT.scenarioRef(input.b.scenario.name) : ASSEMBLE_TEXT.statusQuoRef;
  const refPhraseShort = input.b ? ASSEMBLE_TEXT.quoted(input.b.scenario.name) : ASSEMBLE_TEXT.statusQuoPhrase;
  const opts = { runs: A.runs, seed: A.seed };

  // The theory of violence, its hindcast, and every theory's skill and sources.
  const theoryId = activeTheory(engine.resolveAssumptions(A));
  let hindcast: BriefHindcast | undefined;
  if (engine.hindcastOf) {
    try {
      progress(ASSEMBLE_TEXT.progressHindcast);
      hindcast = hindcastBrief(engine.hindcastOf(A, { until: BRIEF_HINDCAST_UNTIL, theory: theoryId }));
    } catch (e) {
      omitted.push(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionHindcast, errorText(e)));
    }
  }
  let theories: BriefTheories | undefined;
  if (engine.theoryList) {
    try {
      progress(ASSEMBLE_TEXT.progressTheories);
      theories = theoriesBrief(engine.theoryList(), theoryId);
    } catch (e) {
      omitted.push(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionTheories, errorText(e)));
    }
  }

  // Charts.
  progress(ASSEMBLE_TEXT.progressEnsembles);
  const chartOutputs = CHART_OUTPUTS.filter((id) => engine.OUTPUTS.some((o) => o.id === id));
  const ensA = engine.runEnsemble(A, { ...opts, outputs: chartOutputs });
  const ensRef = engine.runEnsemble(refScenario, { ...opts, outputs: chartOutputs });
  const months = ensA.months;
  const start = engine.SCENARIO_START;
  const charts: BriefChart[] = [];
  for (const id of CHART_OUTPUTS) {
    const meta = engine.OUTPUTS.find((o) => o.id === id);
    const band = ensA.bands[id];
    if (!meta || !band) continue;
    const ref = ensRef.bands[id];
    const history =
      id === 'homicides' && engine.HISTORY.homicides.length
        ? {
            months: engine.HISTORY.homicides.map((h) => String(h.year)),
            values: engine.HISTORY.homicides.map((h) => h.value),
            label: ASSEMBLE_TEXT.historyLabel,
            source: [...new Set(engine.HISTORY.homicides.map((h) => h.source))].join('; '),
          }
        : undefined;
    // B's band is drawn only when B is given: the status-quo baseline is a reference line, not a contender.
    const refBand = ref && input.b ? { p10: ref.p10, p90: ref.p90 } : undefined;
    const sentence = narrateSeries({
      label: meta.label,
      unit: meta.unit,
      months,
      p50: band.p50,
      startIndex: start,
      ...(ref ? { baseline: ref.p50, baselineLabel: refPhrase } : {}),
    });
    const bands = refBand
      ? narrateBands({
          unit: meta.unit,
          months,
          startIndex: start,
          a: { label: ASSEMBLE_TEXT.leaderA, p10: band.p10, p90: band.p90 },
          b: { label: ASSEMBLE_TEXT.scenarioB, ...refBand },
        })
      : '';
    charts.push({
      id,
      label: meta.label,
      unit: meta.unit,
      months,
      startIndex: start,
      bandA: { p10: band.p10, p50: band.p50, p90: band.p90 },
      ...(ref ? { reference: { label: refName, p50: ref.p50, ...(refBand ?? {}) } } : {}),
      ...(history ? { history } : {}),
      narration: bands ? `${sentence} ${bands}` : sentence,
      ...(start > 0 ? { historyBand: { p10: band.p10, p90: band.p90 } } : {}),
      ...(id === 'homicides' && hindcast ? { hindcast } : {}),
    });
  }

  // Comparison, and claim cards from the same paired runs.
  let compare: BriefCompare | undefined;
  let claims: BriefClaim[] | undefined;
  const metricId = input.metricId ?? 'homicides_total';
  const claimBName = input.b ? input.b.scenario.name : ASSEMBLE_TEXT.statusQuoPhrase;
  try {
    const metrics: Metric[] = [];
    for (const id of COMPARE_METRICS) {
      try {
        metrics.push(getMetric(id));
      } catch {
        // Not every registry has every metric; skip the missing ones.
      }
    }
    // The claim metrics ride along in the same pass over the paired runs.
    const claimMetrics: Metric[] = [];
    for (const id of [metricId, ...CLAIM_METRICS]) {
      if (claimMetrics.length >= MAX_CLAIMS || claimMetrics.some((m) => m.id === id)) continue;
      try {
        claimMetrics.push(metricNamed(id));
      } catch {
        // Skip metrics the registry lacks.
      }
    }
    const extra = claimMetrics.filter((m) => !metrics.some((x) => x.id === m.id));
    const all = [...metrics, ...extra];
    progress(ASSEMBLE_TEXT.progressCompare);
    const runsA = perRunMetrics(engine, A, all);
    const runsRef = perRunMetrics(engine, refScenario, all);
    const perRun = (m: Metric, side: number[][]): number[] => side[all.findIndex((x) => x.id === m.id)] ?? [];
    claims = claimMetrics.map((m) => {
      const c = buildClaim({
        aName: A.name,
        bName: claimBName,
        metric: m,
        perRunA: perRun(m, runsA),
        perRunB: perRun(m, runsRef),
      });
      const argv = [
        'palancas',
        'claim',
        input.a.file,
        '--vs',
        input.b ? input.b.file : STATUS_QUO_KEYWORD,
        '--metric',
        m.id,
        '--runs',
        String(A.runs),
        '--seed',
        A.seed,
        '--format',
        'table',
      ];
      return {
        metricId: m.id,
        sentence: c.sentence,
        pct: { p10: c.pct.p10, p50: c.pct.p50, p90: c.pct.p90 },
        wins: c.wins,
        runs: c.runs,
        argv,
        command: formatCommand(argv),
      };
    });
    compare = {
      aLabel: A.name,
      bLabel: refName,
      note: ASSEMBLE_TEXT.compareNote(A.runs, A.seed),
      rows: metrics.map((m, k) => {
        const va = runsA[k] ?? [];
        const vb = runsRef[k] ?? [];
        const a = median(va);
        const b = median(vb);
        const paired = summarizePaired(va, vb, m.better);
        return {
          id: m.id,
          label: m.label,
          unit: m.unit,
          a,
          b,
          diff: a - b,
          pct: b !== 0 && Number.isFinite(b) ? ((a - b) / Math.abs(b)) * 100 : null,
          shareABetter: paired.shareABetter,
        };
      }),
    };
  } catch (e) {
    omitted.push(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionCompare, errorText(e)));
  }

  const metric = metricNamed(metricId);
  const resolved = engine.resolveAssumptions(A);
  const items: RangeItem[] = resolved.map((r) => ({
    kind: 'assumption',
    id: r.id,
    label: r.label,
    value: r.effective.value,
    low: r.effective.low,
    high: r.effective.high,
    unit: r.unit,
    source: r.kind === 'guess' && !r.source ? '' : r.source,
    ...(r.camp ? { camp: r.camp } : {}),
  }));
  const kindOf = new Map<string, AssumptionKind>(resolved.map((r) => [r.id, r.kind]));

  // Cruxes: where "A beats the reference" flips.
  let cruxes: BriefCruxes | undefined;
  let sensitivity: BriefSensitivity | undefined;
  let attribution: BriefAttribution | undefined;
  let evidence: BriefEvidence | undefined;
  if (input.quick) {
    omitted.push(
      ASSEMBLE_TEXT.quick(ASSEMBLE_TEXT.sectionCruxes),
      ASSEMBLE_TEXT.quick(ASSEMBLE_TEXT.sectionSensitivity),
      ASSEMBLE_TEXT.quick(ASSEMBLE_TEXT.sectionAttribution),
      ASSEMBLE_TEXT.quick(ASSEMBLE_TEXT.sectionEvidence),
    );
  } else {
    try {
      progress(ASSEMBLE_TEXT.progressCruxes);
      const margin = (overrides?: Readonly<Record<string, number>>): number =>
        advantage(
          metric,
          centralMetric(engine, A, metric, overrides),
          centralMetric(engine, refScenario, metric, overrides),
        );
      const result = findCruxes(items, margin(), (item, x) => margin({ [item.id]: x }), { intervals: CRUX_INTERVALS });
      const flips = result.rows.filter((r) => r.flip !== null);
      const holds = result.rows.filter((r) => r.flip === null).slice(0, HOLDING_CRUX_ROWS);
      const leader =
        result.leader === 'A' ? ASSEMBLE_TEXT.leaderA : result.leader === 'B' ? ASSEMBLE_TEXT.leaderB(refName) : 'tie';
      cruxes = {
        metricLabel: metric.label,
        summary: `${ASSEMBLE_TEXT.cruxSummary(metric.phrase, leader, formatQuantity(Math.abs(result.margin), metric.unit))} ${
          flips.length ? ASSEMBLE_TEXT.someFlips(flips.length) : ASSEMBLE_TEXT.noFlips
        }`,
        rows: [...flips, ...holds].map((r) => ({
          id: r.id,
          label: r.label,
          unit: r.unit,
          current: r.value,
          low: r.low,
          high: r.high,
          flip: r.flip,
          distance: r.distance,
          source: r.source,
          kind: kindOf.get(r.id) ?? 'research',
        })),
      };
    } catch (e) {
      omitted.push(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionCruxes, errorText(e)));
    }

    // Sensitivity of A's metric (tornado).
    try {
      progress(ASSEMBLE_TEXT.progressSensitivity);
      const base = centralMetric(engine, A, metric);
      const result = computeSensitivity(metric, base, items, (item, x) =>
        centralMetric(engine, A, metric, { [item.id]: x }),
      );
      const rows = result.rows
        .slice(0, SENSITIVITY_ROWS)
        .map((r) => ({ id: r.id, label: r.label, low: r.atLow, high: r.atHigh, source: r.source }));
      sensitivity = {
        metricLabel: metric.label,
        unit: metric.unit,
        base,
        rows,
        narration: narrateBars({ kind: 'tornado', metric: metric.phrase, unit: metric.unit, rows }),
      };
    } catch (e) {
      omitted.push(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionSensitivity, errorText(e)));
    }

    // Attribution of A − reference to levers (Shapley over central runs).
    try {
      progress(ASSEMBLE_TEXT.progressAttribution);
      attribution = attributeBrief(engine, A, refScenario, refName, refPhraseShort, metric);
      if (attribution.rows.length === 0) {
        attribution = undefined;
        omitted.push(ASSEMBLE_TEXT.nothingToAttribute);
      }
    } catch (e) {
      omitted.push(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionAttribution, errorText(e)));
    }

    // Evidence sets: every combination of camps, at central values.
    try {
      progress(ASSEMBLE_TEXT.progressEvidence);
      evidence = evidenceBrief(engine, resolved, A, refScenario, refName, metric, input);
    } catch (e) {
      omitted.push(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionEvidence, errorText(e)));
    }
  }

  // Ledgers of A and of B, each against the status-quo levers under its own assumption settings (central runs).
  let ledger: BriefLedger | undefined;
  let ledgerB: BriefLedger | undefined;
  const sqLevers = engine.statusQuo().levers;
  try {
    ledger = ledgerOf(engine, A, { ...A, levers: sqLevers }, ASSEMBLE_TEXT.leaderA);
    if (input.b)
      ledgerB = ledgerOf(engine, input.b.scenario, { ...input.b.scenario, levers: sqLevers }, ASSEMBLE_TEXT.scenarioB);
  } catch (e) {
    omitted.push(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionLedger, errorText(e)));
  }

  const assumptions: BriefAssumption[] = resolved.map((r) => ({
    id: r.id,
    label: r.label,
    value: r.effective.value,
    unit: r.unit,
    low: r.effective.low,
    high: r.effective.high,
    kind: r.kind,
    source: r.source,
    ...(r.camp ? { camp: r.camp } : {}),
    changed: r.changed,
    ...(r.override ? { override: r.override } : {}),
  }));

  return {
    title: ASSEMBLE_TEXT.title(A.name, refName),
    a: describeScenario(engine, input.a),
    ...(input.b ? { b: describeScenario(engine, input.b) } : {}),
    reproduce: input.reproduce,
    charts,
    ...(compare ? { compare } : {}),
    ...(cruxes ? { cruxes } : {}),
    ...(sensitivity ? { sensitivity } : {}),
    ...(attribution ? { attribution } : {}),
    ...(ledger ? { ledger } : {}),
    ...(ledgerB ? { ledgerB } : {}),
    ...(claims?.length ? { claims } : {}),
    ...(evidence ? { evidence } : {}),
    ...(theories ? { theories } : {}),
    assumptions,
    ...(omitted.length ? { omitted } : {}),
  };
}

/** The theory of violence a scenario's runs come from: 'pooled' or a theory id (from the camp's value). */
function activeTheory(resolved: readonly ResolvedLike[]): 'pooled' | (typeof THEORIES)[number]['id'] {
  const r = resolved.find((x) => x.id === THEORY_ASSUMPTION);
  const value = r?.effective.value ?? POOLED;
  return THEORIES.find((t) => t.value === value)?.id ?? 'pooled';
}

/** The brief's hindcast: the engine's rows and scores as they are, and the scores in one sentence. */
function hindcastBrief(h: HindcastLike): BriefHindcast {
  const inside = h.years.filter((y) => y.observed >= y.p10 && y.observed <= y.p90).length;
  const theory = h.theory === 'pooled' ? ASSEMBLE_TEXT.hindcastTheoryPooled : ASSEMBLE_TEXT.hindcastTheoryOne(h.theory);
  return {
    until: h.until,
    theory: h.theory,
    runs: h.runs,
    seed: h.seed,
    years: h.years.map((y) => ({ year: y.year, observed: y.observed, p10: y.p10, p50: y.p50, p90: y.p90 })),
    mape: h.mape,
    persistence_mape: h.persistence_mape,
    coverage: h.coverage,
    summary:
      ASSEMBLE_TEXT.hindcastSummary(
        h.until,
        theory,
        ASSEMBLE_TEXT.percent(h.mape),
        ASSEMBLE_TEXT.percent(h.persistence_mape),
        inside,
        h.years.length,
      ) + (h.weights ? ASSEMBLE_TEXT.hindcastWeights(h.until, weightParts(h.weights)) : ''),
  };
}

/** Theories with a share, largest first: "confrontation 100%". */
function weightParts(weights: Readonly<Record<string, number>>): string {
  return Object.entries(weights)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, w]) => `${id} ${ASSEMBLE_TEXT.percent(100 * w)}`)
    .join(', ');
}

/** The theory section: which theory A runs under (or the pool's shares), and every theory's skill and sources. */
function theoriesBrief(list: ReturnType<NonNullable<BriefEngine['theoryList']>>, active: string): BriefTheories {
  const rows = list.map((t) => ({
    id: t.id,
    label: t.label,
    source: t.source,
    skill: t.skill,
    share: t.share,
    active: active === 'pooled' ? t.share > 0 : t.id === active,
  }));
  const skill = (v: number): string => formatNumber(v, 2);
  const one = rows.find((t) => t.id === active);
  const summary = one
    ? ASSEMBLE_TEXT.theoriesOne(one.label, skill(one.skill))
    : ASSEMBLE_TEXT.theoriesPooled(
        [...rows]
          .filter((t) => t.share > 0)
          .sort((a, b) => b.share - a.share)
          .map((t) => ASSEMBLE_TEXT.theoriesShare(t.label, ASSEMBLE_TEXT.percent(100 * t.share), skill(t.skill)))
          .join('; '),
      );
  return { active, summary, rows };
}

/** Counts the evidence sets in which A beats the reference on the metric, at central values. */
function evidenceBrief(
  engine: BriefEngine,
  resolved: readonly ResolvedLike[],
  A: Scenario,
  ref: Scenario,
  refName: string,
  metric: Metric,
  input: AssembleInput,
): BriefEvidence {
  // As `palancas evidence`: the theory of violence picks the structure and is not one of the combined camps.
  const contested: ContestedAssumption[] = resolved
    .filter((r) => (r.camps?.length ?? 0) > 0 && r.id !== THEORY_ASSUMPTION)
    .map((r) => ({ id: r.id, label: r.label, camps: (r.camps ?? []).map((c) => ({ id: c.id, label: c.label })) }));
  const count = countEvidenceSets(contested);
  if (contested.length === 0) throw new Error(ASSEMBLE_TEXT.noContested);
  if (count > MAX_EVIDENCE_SETS) throw new Error(ASSEMBLE_TEXT.tooManySets(count, MAX_EVIDENCE_SETS));
  const result = assessEvidenceSets(enumerateEvidenceSets(contested), (set) => ({
    central: advantage(
      metric,
      centralMetric(engine, applyEvidenceSet(A, set), metric),
      centralMetric(engine, applyEvidenceSet(ref, set), metric),
    ),
  }));
  const command = input.b
    ? formatCommand(['palancas', 'evidence', input.a.file, input.b.file, '--metric', metric.id, '--runs', '0'])
    : undefined;
  return {
    metricLabel: metric.label,
    unit: metric.unit,
    n: result.n,
    k: result.kCentral,
    summary: ASSEMBLE_TEXT.evidenceSummary(A.name, refName, metric.phrase, result.kCentral, result.n),
    contested: contested.map((c) => ({ id: c.id, label: c.label, camps: c.camps.map((k) => k.id) })),
    failing: result.failing.slice(0, MAX_FAILING_ROWS).map((r) => ({ set: r.set, margin: r.central })),
    failingCount: result.failing.length,
    ...(command ? { command } : {}),
  };
}

/** The cost ledger of `s` with its net extra cost and homicides averted against `baseline` (central runs). */
function ledgerOf(engine: BriefEngine, s: Scenario, baseline: Scenario, who: string): BriefLedger {
  const out = engine.runCentral(s);
  const outBase = engine.runCentral(baseline);
  const missing = new Float64Array(engine.MONTHS.length).fill(Number.NaN);
  const l = buildLedger(
    (id) => out[id] ?? missing,
    (id) => outBase[id] ?? missing,
    () => [],
  );
  const line = (output: string): readonly number[] => l.lines.find((x) => x.output === output)?.byYear ?? [];
  const [guard, military, youth, amnesty, tax] = [
    'cost_guard',
    'cost_military',
    'cost_youth',
    'cost_amnesty',
    'cannabis_tax',
  ].map(line);
  const ref = ASSEMBLE_TEXT.statusQuoPhrase;
  return {
    scenarioLabel: s.name,
    rows: l.years.map((year, i) => ({
      year,
      costGuard: guard?.[i] ?? Number.NaN,
      costMilitary: military?.[i] ?? Number.NaN,
      costYouth: youth?.[i] ?? Number.NaN,
      costAmnesty: amnesty?.[i] ?? Number.NaN,
      // The ledger signs revenue negatively; the brief shows tax as a positive revenue column.
      cannabisTax: -(tax?.[i] ?? Number.NaN),
      net: l.net.byYear[i] ?? Number.NaN,
    })),
    vsBaseline: {
      netTotal: l.net.total,
      extraNetCost: l.extraNetCost,
      homicidesAverted: l.homicidesAverted,
      dollarsPerHomicideAverted: l.dollarsPerHomicideAverted,
    },
    summary:
      l.dollarsPerHomicideAverted === null
        ? ASSEMBLE_TEXT.ledgerNoAverted(ref, who)
        : ASSEMBLE_TEXT.ledgerSummary(
            ref,
            who,
            formatNumber(l.homicidesAverted),
            `US$${formatNumber(l.dollarsPerHomicideAverted)}`,
          ),
  };
}

/** Splits metric(A) − metric(reference) across the levers (or families) that differ, plus assumption settings. */
function attributeBrief(
  engine: BriefEngine,
  A: Scenario,
  ref: Scenario,
  refName: string,
  refPhrase: string,
  metric: Metric,
): BriefAttribution {
  const leverValue = (s: Scenario, l: Lever): number =>
    Object.hasOwn(s.levers, l.id) ? (s.levers[l.id] ?? l.default) : l.default;
  const differing = engine.LEVERS.filter((l) => leverValue(A, l) !== leverValue(ref, l));
  const plan = planPlayers(
    differing.map((l) => ({ id: l.id, label: l.label, family: l.family })),
    MAX_ATTRIBUTION_LEVERS,
  );
  const players: Player[] = [...plan.players];
  const sameSettings =
    JSON.stringify(sortKeys(A.assumptions)) === JSON.stringify(sortKeys(ref.assumptions)) &&
    JSON.stringify(sortKeys(A.camps)) === JSON.stringify(sortKeys(ref.camps));
  const settingsPlayer = sameSettings ? -1 : players.length;
  if (!sameSettings) players.push({ id: 'assumption_settings', label: ASSEMBLE_TEXT.assumptionSettings, levers: [] });
  const years = SCENARIO_YEARS;
  const yearMetrics = years.map((y) => {
    try {
      return getMetric(`${metric.base}_${y}`);
    } catch {
      return undefined;
    }
  });
  const result = attribute(players, years, (mask) => {
    const levers: Record<string, number> = { ...ref.levers };
    players.forEach((p, i) => {
      if (!(mask & (1 << i))) return;
      for (const id of p.levers) {
        const l = engine.LEVERS.find((x) => x.id === id);
        if (l) levers[id] = leverValue(A, l);
      }
    });
    const useA = settingsPlayer >= 0 && (mask & (1 << settingsPlayer)) !== 0;
    const s: Scenario = {
      ...ref,
      levers,
      assumptions: useA ? A.assumptions : ref.assumptions,
      camps: useA ? A.camps : ref.camps,
    };
    const out = engine.runCentral(s);
    const get = (id: string): ArrayLike<number> => out[id] ?? new Float64Array(engine.MONTHS.length).fill(Number.NaN);
    return [metric.fromSeries(get), ...yearMetrics.map((m) => (m ? m.fromSeries(get) : Number.NaN))];
  });
  const familyLabel = new Map((engine.LEVER_FAMILIES ?? []).map((f) => [f.id, f.label]));
  const rows = result.rows.map((r) => ({
    label: plan.grouped ? (familyLabel.get(r.id) ?? r.label) : r.label,
    shapley: r.shapley,
    oneAtATime: r.oneAtATime,
  }));
  const startLabel = refName;
  const unitOfYear = yearMetrics.find((m) => m !== undefined)?.unit ?? metric.unit;
  const byYear = yearMetrics.every((m) => m !== undefined)
    ? attributionByYear(
        result.years,
        result.startByYear,
        result.endByYear,
        rows.map((r, i) => ({ label: r.label, values: result.rows[i]?.shapleyByYear ?? [] })),
        unitOfYear,
        refPhrase,
      )
    : undefined;
  return {
    metricLabel: metric.label,
    unit: metric.unit,
    startLabel,
    endLabel: A.name,
    start: result.start,
    end: result.end,
    interaction: result.interaction,
    rows,
    narration: narrateBars({
      kind: 'waterfall',
      metric: metric.phrase,
      unit: metric.unit,
      startLabel: refPhrase,
      start: result.start,
      steps: rows.map((r) => ({ label: r.label, delta: r.shapley })),
    }),
    ...(byYear ? { byYear } : {}),
  };
}

/** Builds the year-by-year split and its sentence: the total gap in the first and last year, and who leads it. */
export function attributionByYear(
  years: readonly number[],
  start: readonly number[],
  end: readonly number[],
  rows: readonly { readonly label: string; readonly values: readonly number[] }[],
  unit: string,
  refPhrase: string,
): BriefAttributionByYear {
  const lead = (i: number): string | undefined => {
    let best: { label: string; v: number } | undefined;
    for (const r of rows) {
      const v = Math.abs(r.values[i] ?? Number.NaN);
      if (Number.isFinite(v) && v > 0 && (best === undefined || v > best.v)) best = { label: r.label, v };
    }
    return best?.label;
  };
  const first = 0;
  const last = years.length - 1;
  const gap = (i: number): string => formatSignedQuantity((end[i] ?? Number.NaN) - (start[i] ?? Number.NaN), unit);
  const l0 = lead(first);
  const l1 = lead(last);
  const y0 = years[first] ?? Number.NaN;
  const y1 = years[last] ?? Number.NaN;
  const leaders =
    l0 === undefined || l1 === undefined
      ? ''
      : l0 === l1
        ? ASSEMBLE_TEXT.sameLeader(l0)
        : ASSEMBLE_TEXT.leaders(l0, y0, l1, y1);
  return {
    years,
    unit,
    start,
    end,
    rows,
    narration: `${ASSEMBLE_TEXT.yearlyGap(refPhrase, gap(first), y0, gap(last), y1)}${leaders}.`,
  };
}

function sortKeys<T>(r: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(r)
      .sort()
      .map((k) => [k, r[k] as T]),
  );
}
