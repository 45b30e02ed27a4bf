/**
 * Builds a brief's data from the engine and the analysis functions. The engine comes in as an object so the
 * assembly can be tested with a small stand-in; no files are read or written here.
 */
import type { AssumptionKind, Scenario } from '../model/types.js';
import { leverValue } from '../model/scenario-defaults.js';
import { POOLED, THEORIES, THEORY_ASSUMPTION } from '../model/pools.js';
import { attribute, planPlayers, type Player } from '../analysis/attribution.js';
import { findCruxes } from '../analysis/crux.js';
import { buildClaim, formatCommand } from '../analysis/claim.js';
import {
  assessEvidenceSets,
  countEvidenceSets,
  enumerateEvidenceSets,
  type ContestedAssumption,
  type EvidenceSet,
  applyEvidenceSet,
  MAX_EVIDENCE_SETS,
} from '../analysis/evidence.js';
import { buildLedger } from '../analysis/ledger.js';
import { advantage, getMetric, metricNamed, SCENARIO_YEARS, type Metric } from '../analysis/metrics.js';
import { computeSensitivity, type RangeItem } from '../analysis/sensitivity.js';
import { pairedEffect } from '../analysis/stats.js';
import { formatNumber, formatPercent, formatQuantity, formatSignedQuantity } from '../text/format.js';
import { type Catalogue, msg } from '../text/i18n.js';
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
import type { Hindcast } from './engine.js';
import type { EnginePort, ResolvedAssumption } from './engine-port.js';

/**
 * The members of the engine port a brief reads: `engine` in index.ts, or in tests a stand-in with known answers.
 * Without the hindcast and the theory list the brief leaves those sections out.
 */
export type BriefEngine = Pick<
  EnginePort,
  | 'levers'
  | 'outputs'
  | 'months'
  | 'scenarioStart'
  | 'modelVersion'
  | 'history'
  | 'statusQuo'
  | 'resolveAssumptions'
  | 'runEnsembleWithMetrics'
  | 'runCentral'
  | 'centralMetric'
  | 'centralEvaluator'
> &
  Partial<
    Pick<EnginePort, 'leverFamilies' | 'hindcastOf' | 'hindcastLater' | 'centralEvidenceMarginsLater' | 'theoryList'>
  >;

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

/**
 * Words the assembly writes into the brief, in the language in force: every property read goes to the
 * catalogue (`msg.render.assemble`), so a brief assembled after a language switch is in the new language.
 */
export const ASSEMBLE_TEXT: Catalogue['render']['assemble'] = new Proxy({} as Catalogue['render']['assemble'], {
  get: (_target, key) => msg.render.assemble[key as keyof Catalogue['render']['assemble']],
});

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
    modelVersion: engine.modelVersion,
    levers: engine.levers.map((l) => {
      const value = leverValue(s, l);
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
  const resolved = engine.resolveAssumptions(A);
  const theoryId = activeTheory(resolved);
  // The hindcast runs on a worker thread, where the engine has one, while the sections below run here; the
  // charts that show it are built last.
  let hindcastOf: (() => Hindcast) | undefined;
  if (engine.hindcastOf) {
    try {
      progress(ASSEMBLE_TEXT.progressHindcast);
      const hindcastOpts = { until: BRIEF_HINDCAST_UNTIL, theory: theoryId };
      if (engine.hindcastLater) hindcastOf = engine.hindcastLater(A, hindcastOpts);
      else {
        const h = engine.hindcastOf(A, hindcastOpts);
        hindcastOf = () => h;
      }
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

  // The metrics of the comparison table, and of the claim cards after them.
  const metricId = input.metricId ?? 'homicides_total';
  const metrics: Metric[] = [];
  for (const id of COMPARE_METRICS) {
    try {
      metrics.push(getMetric(id));
    } catch {
      // Not every registry has every metric; skip the missing ones.
    }
  }
  const claimMetrics: Metric[] = [];
  for (const id of [metricId, ...CLAIM_METRICS]) {
    if (claimMetrics.length >= MAX_CLAIMS || claimMetrics.some((m) => m.id === id)) continue;
    try {
      claimMetrics.push(metricNamed(id));
    } catch {
      // Skip metrics the registry lacks.
    }
  }
  const all = [...metrics, ...claimMetrics.filter((m) => !metrics.some((x) => x.id === m.id))];

  // The evidence sets' central margins, on a worker thread where the engine has one (after the hindcast),
  // while the sections below run here. A scenario whose sets cannot be listed gets the section's own error there.
  let evidenceMargins: (() => number[]) | undefined;
  if (!input.quick && engine.centralEvidenceMarginsLater) {
    try {
      evidenceMargins = engine.centralEvidenceMarginsLater(A, refScenario, metricId, evidenceSetsOf(resolved));
    } catch {
      evidenceMargins = undefined;
    }
  }

  // Charts; each run's metrics are read in the same pass, for the comparison and the claim cards.
  progress(ASSEMBLE_TEXT.progressEnsembles);
  const chartOutputs = CHART_OUTPUTS.filter((id) => engine.outputs.some((o) => o.id === id));
  const withRunsA = engine.runEnsembleWithMetrics(A, { ...opts, outputs: chartOutputs }, all);
  const withRunsRef = engine.runEnsembleWithMetrics(refScenario, { ...opts, outputs: chartOutputs }, all);
  const ensA = withRunsA.ensemble;
  const ensRef = withRunsRef.ensemble;
  // Comparison, and claim cards from the same paired runs.
  let compare: BriefCompare | undefined;
  let claims: BriefClaim[] | undefined;
  const claimBName = input.b ? input.b.scenario.name : ASSEMBLE_TEXT.statusQuoPhrase;
  try {
    progress(ASSEMBLE_TEXT.progressCompare);
    const runsA = withRunsA.perRun.map((v) => Array.from(v));
    const runsRef = withRunsRef.perRun.map((v) => Array.from(v));
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
        effect: c.effect,
        argv,
        command: formatCommand(argv),
      };
    });
    compare = {
      aLabel: A.name,
      bLabel: refName,
      note: ASSEMBLE_TEXT.compareNote(A.runs, A.seed),
      rows: metrics.map((m, k) => {
        const e = pairedEffect(runsA[k] ?? [], runsRef[k] ?? [], m.better);
        return {
          id: m.id,
          label: m.label,
          unit: m.unit,
          a: e.medianA,
          b: e.medianB,
          diff: e.p50,
          diffP10: e.p10,
          diffP90: e.p90,
          pct: Number.isFinite(e.pct.p50) ? e.pct.p50 : null,
          shareABetter: e.winShare,
        };
      }),
    };
  } catch (e) {
    omitted.push(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionCompare, errorText(e)));
  }

  const metric = metricNamed(metricId);
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
  // The central runs of A and of the reference with one assumption moved (cruxes and sensitivity), each made
  // when a section first asks, so a failure stays in that section.
  const centralOf = (s: Scenario): ((id?: string, x?: number) => number) => {
    let evaluate: ((id?: string, x?: number) => number) | undefined;
    return (id, x) => {
      evaluate ??= engine.centralEvaluator(s, metric);
      return evaluate(id, x);
    };
  };
  const centralA = centralOf(A);
  const centralRef = centralOf(refScenario);

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
      const margin = (id?: string, x?: number): number => advantage(metric, centralA(id, x), centralRef(id, x));
      const result = findCruxes(items, margin(), (item, x) => margin(item.id, x), { intervals: CRUX_INTERVALS });
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
      const base = centralA();
      const result = computeSensitivity(metric, base, items, (item, x) => centralA(item.id, x));
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
      evidence = evidenceBrief(engine, resolved, A, refScenario, refName, metric, input, evidenceMargins);
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

  let hindcast: BriefHindcast | undefined;
  if (hindcastOf) {
    try {
      hindcast = hindcastBrief(hindcastOf());
    } catch (e) {
      // The hindcast is the brief's first section: its failure is listed first.
      omitted.unshift(ASSEMBLE_TEXT.failed(ASSEMBLE_TEXT.sectionHindcast, errorText(e)));
    }
  }
  const months = ensA.months;
  const start = engine.scenarioStart;
  const charts: BriefChart[] = [];
  for (const id of CHART_OUTPUTS) {
    const meta = engine.outputs.find((o) => o.id === id);
    const band = ensA.bands[id];
    if (!meta || !band) continue;
    const ref = ensRef.bands[id];
    const history =
      id === 'homicides' && engine.history.homicides.length
        ? {
            months: engine.history.homicides.map((h) => String(h.year)),
            values: engine.history.homicides.map((h) => h.value),
            label: ASSEMBLE_TEXT.historyLabel,
            source: [...new Set(engine.history.homicides.map((h) => h.source))].join('; '),
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

  const assumptions: BriefAssumption[] = resolved.map((r) => ({
    id: r.id,
    label: r.label,
    value: r.effective.value,
    unit: r.unit,
    low: r.effective.low,
    high: r.effective.high,
    kind: r.kind,
    confidence: r.camps?.find((c) => c.id === r.camp)?.confidence ?? r.confidence,
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
function activeTheory(resolved: readonly ResolvedAssumption[]): 'pooled' | (typeof THEORIES)[number]['id'] {
  const r = resolved.find((x) => x.id === THEORY_ASSUMPTION);
  const value = r?.effective.value ?? POOLED;
  return THEORIES.find((t) => t.value === value)?.id ?? 'pooled';
}

/** The brief's hindcast: the engine's rows and scores as they are, and the scores in one sentence. */
function hindcastBrief(h: Hindcast): BriefHindcast {
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
        formatPercent(h.mape),
        formatPercent(h.persistence_mape),
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
    .map(([id, w]) => `${id} ${formatPercent(100 * w)}`)
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
          .map((t) => ASSEMBLE_TEXT.theoriesShare(t.label, formatPercent(100 * t.share), skill(t.skill)))
          .join('; '),
      );
  return { active, summary, rows };
}

/** The assumptions evidence sets combine: as `palancas evidence`, the theory of violence picks the structure and is not one of them. */
function contestedOf(resolved: readonly ResolvedAssumption[]): ContestedAssumption[] {
  return resolved
    .filter((r) => (r.camps?.length ?? 0) > 0 && r.id !== THEORY_ASSUMPTION)
    .map((r) => ({ id: r.id, label: r.label, camps: (r.camps ?? []).map((c) => ({ id: c.id, label: c.label })) }));
}

/** Every evidence set of the contested assumptions, or the error that there are none or too many. */
function evidenceSetsOf(resolved: readonly ResolvedAssumption[]): EvidenceSet[] {
  const contested = contestedOf(resolved);
  const count = countEvidenceSets(contested);
  if (contested.length === 0) throw new Error(ASSEMBLE_TEXT.noContested);
  if (count > MAX_EVIDENCE_SETS) throw new Error(ASSEMBLE_TEXT.tooManySets(count, MAX_EVIDENCE_SETS));
  return enumerateEvidenceSets(contested);
}

/** Counts the evidence sets in which A beats the reference on the metric, at central values. */
function evidenceBrief(
  engine: BriefEngine,
  resolved: readonly ResolvedAssumption[],
  A: Scenario,
  ref: Scenario,
  refName: string,
  metric: Metric,
  input: AssembleInput,
  margins: (() => readonly number[]) | undefined,
): BriefEvidence {
  const contested = contestedOf(resolved);
  const sets = evidenceSetsOf(resolved);
  // The margins computed elsewhere are those of the sets in this order.
  const central = margins?.();
  let next = 0;
  const result = assessEvidenceSets(sets, (set) => ({
    central:
      central !== undefined
        ? (central[next++] as number)
        : advantage(
            metric,
            engine.centralMetric(applyEvidenceSet(A, set), metric),
            engine.centralMetric(applyEvidenceSet(ref, set), metric),
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
  const missing = new Float64Array(engine.months.length).fill(Number.NaN);
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
  const differing = engine.levers.filter((l) => leverValue(A, l) !== leverValue(ref, l));
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
        const l = engine.levers.find((x) => x.id === id);
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
    const get = (id: string): ArrayLike<number> => out[id] ?? new Float64Array(engine.months.length).fill(Number.NaN);
    return [metric.fromSeries(get), ...yearMetrics.map((m) => (m ? m.fromSeries(get) : Number.NaN))];
  });
  const familyLabel = new Map((engine.leverFamilies ?? []).map((f) => [f.id, f.label]));
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
