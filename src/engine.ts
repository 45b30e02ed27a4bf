/**
 * The engine: the one place the command line, the terminal UI and the analysis tools call to turn a
 * scenario into curves. Plain data in, plain data out; no I/O.
 */
import type { Assumption, Band, EnsembleResult, Equation, Lever, Scenario } from './model/types.js';
import { ASSUMPTIONS } from './model/assumptions.js';
import { LEVERS, LEVER_FAMILIES } from './model/levers.js';
import { EQUATIONS } from './model/equations.js';
import {
  HOMICIDES_INEGI,
  MONTH_COUNT,
  SCENARIO_START as SCENARIO_START_INDEX,
  TROOPS_SEDENA,
  monthLabels,
  monthlyFromYearly,
  yearlyMean,
} from './model/history.js';
import { GENERATED, runModel } from './model/generated/model.gen.js';
import {
  BandPrefixCache,
  runEnsembleChunked,
  runEnsembleSync,
  runOnce,
  type BandReuse,
  type EnsembleModel,
  type EnsembleResume,
} from './model/ensemble.js';
import { compileSampler, type ParamSpec } from './model/sample.js';
import { runStream } from './model/rng.js';

export { ASSUMPTIONS, LEVERS, LEVER_FAMILIES, EQUATIONS, yearlyMean };
export type { Assumption, Lever, Scenario, EnsembleResult, Band, Equation };

/** Changes whenever equations, assumptions or levers change what a scenario computes. */
export const MODEL_VERSION = '2018.1';

/** Default ensemble size. */
export const DEFAULT_RUNS = 1000;

/** Display facts about an output series. */
export interface OutputMeta {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly group: 'revenue' | 'violence' | 'workforce' | 'forces' | 'fiscal';
}

const GROUP: Readonly<Record<string, OutputMeta['group']>> = {
  cartel_revenue: 'revenue', revenue_cannabis: 'revenue', revenue_cocaine: 'revenue', revenue_opioids: 'revenue',
  revenue_meth: 'revenue', revenue_nondrug: 'revenue',
  homicides: 'violence', homicides_oc: 'violence', homicide_rate: 'violence', fragmentation: 'violence',
  workforce: 'workforce', recruitment: 'workforce',
  forces_military: 'forces', forces_guard: 'forces', forces_total: 'forces', enforcement: 'forces',
  fiscal_cost: 'fiscal', cost_guard: 'fiscal', cost_military: 'fiscal', cost_youth: 'fiscal', cost_amnesty: 'fiscal',
  cannabis_tax: 'fiscal',
};

/** Every recorded output with its label, unit and group, in the order the model writes them. */
export const OUTPUTS: readonly OutputMeta[] = GENERATED.outputs.map((id) => {
  const eq = EQUATIONS.find((e) => e.id === id);
  if (!eq) throw new Error(`output ${id} has no equation`);
  return { id, label: eq.label, unit: eq.unit, group: GROUP[id] ?? 'violence' };
});

/** "YYYY-MM" for every simulated month, 2007-01 … 2030-12. */
export const MONTHS: readonly string[] = monthLabels();
/** Index of 2019-01, the first month levers act. */
export const SCENARIO_START = SCENARIO_START_INDEX;

/** Observed history the model is calibrated against. */
export const HISTORY = { homicides: HOMICIDES_INEGI, troops: TROOPS_SEDENA } as const;

const INPUTS: readonly Float64Array[] = [monthlyFromYearly(TROOPS_SEDENA)];

/** The status-quo scenario: every lever at its default, every assumption central, default camps. */
export function statusQuo(): Scenario {
  return {
    name: 'Status quo',
    description: 'The 2006–2018 strategy continued: troops stay on the streets, no legalization, no amnesty.',
    seed: '2018',
    runs: DEFAULT_RUNS,
    levers: {},
    assumptions: {},
    camps: {},
  };
}

/** An assumption as a scenario sets it: the camp's figures, then the scenario's override of the value. */
export interface ResolvedAssumption extends Assumption {
  readonly effective: { readonly value: number; readonly low: number; readonly high: number };
  /** The selected camp, for contested assumptions. */
  readonly camp?: string;
  /** True when the scenario overrides the value or picks a camp other than the default. */
  readonly changed: boolean;
}

/** Applies a scenario's camps and overrides to every assumption. */
export function resolveAssumptions(s: Scenario): ResolvedAssumption[] {
  return ASSUMPTIONS.map((a) => {
    let { value, low, high } = a;
    let camp = a.defaultCamp;
    const chosen = s.camps[a.id];
    if (chosen !== undefined && a.camps) {
      const c = a.camps.find((x) => x.id === chosen);
      if (c) {
        ({ value, low, high } = c);
        camp = c.id;
      }
    }
    const override = s.assumptions[a.id];
    if (override !== undefined) {
      value = override;
      low = Math.min(low, override);
      high = Math.max(high, override);
    }
    const changed = override !== undefined || (camp !== undefined && camp !== a.defaultCamp);
    return { ...a, effective: { value, low, high }, ...(camp !== undefined ? { camp } : {}), changed };
  });
}

/** The value of every lever in a scenario (defaults filled in). */
export function leverValues(s: Scenario): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of LEVERS) out[l.id] = s.levers[l.id] ?? l.default;
  return out;
}

/** Returns parameter specs in the generated model's order: assumptions (drawn) then levers (fixed). */
export function paramSpecs(s: Scenario, overrides?: Readonly<Record<string, number>>): ParamSpec[] {
  const resolved = new Map(resolveAssumptions(s).map((a) => [a.id, a]));
  const levers = leverValues(s);
  return GENERATED.parameters.map((id): ParamSpec => {
    const a = resolved.get(id);
    if (a) {
      const o = overrides?.[id];
      if (o !== undefined) return { value: o, low: o, high: o, distribution: 'fixed' };
      return { ...a.effective, distribution: a.distribution };
    }
    const v = levers[id];
    if (v === undefined) throw new Error(`parameter ${id} is neither an assumption nor a lever`);
    return { value: v, low: v, high: v, distribution: 'fixed' };
  });
}

const NOUT = GENERATED.outputs.length;
const P_SPILL = GENERATED.parameters.indexOf('spillover');
const K_HOM = GENERATED.outputs.indexOf('homicides');
const K_OC = GENERATED.outputs.indexOf('homicides_oc');
const K_RATE = GENERATED.outputs.indexOf('homicide_rate');
const ANCHOR_YEAR = 2018;
const ANCHOR_VALUE = HOMICIDES_INEGI.find((o) => o.year === ANCHOR_YEAR)!.value;
const ANCHOR_FIRST = (ANCHOR_YEAR - 2007) * 12;

/**
 * Runs the model anchored to 2018. The model's organized-crime violence is read as an index; each run converts
 * it to homicides with its own factor, chosen so that the run's 2018 homicides equal INEGI's count. Every run,
 * central or sampled, thus starts the scenario period from the observed level, and differences between runs
 * come from how the assumptions change the path, not from where it starts. The factor is kept within
 * ANCHOR_LIMITS: a run that would need more is left partly unanchored rather than distorted.
 */
export function runAnchored(p: Float64Array, inp: readonly Float64Array[], out: Float64Array): void {
  runModel(p, inp, out);
  anchorOutputs(p, out);
}

/** Applies the 2018 anchoring to the output buffer of one run made with parameters `p` (see runAnchored). */
export function anchorOutputs(p: Float64Array, out: Float64Array): void {
  applyAnchor(p, out, anchorFactor(p, out), 0);
}

/**
 * Returns a run's anchoring factor, computed from its raw outputs of 2018 (months ANCHOR_FIRST to
 * ANCHOR_FIRST + 11), or NaN when the run is left unanchored.
 */
function anchorFactor(p: Float64Array, out: Float64Array): number {
  let hom = 0;
  let oc = 0;
  for (let m = ANCHOR_FIRST; m < ANCHOR_FIRST + 12; m++) {
    hom += out[m * NOUT + K_HOM] as number;
    oc += out[m * NOUT + K_OC] as number;
  }
  const spill = 1 + (p[P_SPILL] as number);
  const ocPart = (spill * oc) / 12;
  if (!(ocPart > 0)) return Number.NaN;
  const factor = (ANCHOR_VALUE - (hom / 12 - ocPart)) / ocPart;
  if (!Number.isFinite(factor)) return Number.NaN;
  return Math.min(ANCHOR_LIMITS[1], Math.max(ANCHOR_LIMITS[0], factor));
}

/** Converts months [from, MONTH_COUNT) of a run's raw outputs with its anchoring factor (none when NaN). */
function applyAnchor(p: Float64Array, out: Float64Array, factor: number, from: number): void {
  if (Number.isNaN(factor)) return;
  const spill = 1 + (p[P_SPILL] as number);
  for (let m = from; m < MONTH_COUNT; m++) {
    const o = m * NOUT;
    const ocM = out[o + K_OC] as number;
    const homM = out[o + K_HOM] as number;
    const newHom = homM + (factor - 1) * spill * ocM;
    out[o + K_OC] = ocM * factor;
    out[o + K_HOM] = newHom;
    if (homM > 0) out[o + K_RATE] = (out[o + K_RATE] as number) * (newHom / homM);
  }
}

/** The range of the per-run factor that converts the violence index to homicides. */
export const ANCHOR_LIMITS = [1 / 3, 3] as const;

const N_STOCKS = GENERATED.stocks.length;

/**
 * Starts anchored runs from their state at 2019-01: the stocks, then the anchoring factor (which only
 * 2018 decides). Nothing before 2019 depends on the levers, so one checkpoint serves every lever setting.
 */
const RESUME_2019: EnsembleResume = {
  month: SCENARIO_START_INDEX,
  size: N_STOCKS + 1,
  runSaving(p, inp, out, state) {
    runModel(p, inp, out, 0, state, SCENARIO_START_INDEX);
    const factor = anchorFactor(p, out);
    state[N_STOCKS] = factor;
    applyAnchor(p, out, factor, 0);
  },
  runFrom(p, inp, out, state) {
    runModel(p, inp, out, SCENARIO_START_INDEX, state);
    applyAnchor(p, out, state[N_STOCKS] as number, SCENARIO_START_INDEX);
  },
};

function modelFor(s: Scenario, overrides?: Readonly<Record<string, number>>): EnsembleModel {
  return {
    run: runAnchored,
    parameters: paramSpecs(s, overrides),
    parameterIds: GENERATED.parameters,
    inputs: INPUTS,
    nOut: GENERATED.outputs.length,
    months: MONTH_COUNT,
    outputIds: GENERATED.outputs,
    writesEveryOutput: true,
    resume: RESUME_2019,
  };
}

/**
 * Bands of the history months (before SCENARIO_START) of recent ensembles. Levers act from 2019 on, so
 * scenarios that differ only in levers share them; each entry is reused only when the new ensemble's
 * history values are bit for bit the cached ones, so results never depend on what was cached.
 */
const historyBands = new BandPrefixCache();

/** Positions in the parameter vector of the assumptions (the parameters that are not levers). */
const ASSUMPTION_PARAMS: readonly number[] = (() => {
  const levers = new Set(LEVERS.map((l) => l.id));
  return GENERATED.parameters.flatMap((id, i) => (levers.has(id) ? [] : [i]));
})();

/** Returns the history-band reuse of a model and seed: keyed by the seed and the drawn assumptions' specs. */
function historyReuse(model: EnsembleModel, seed: string): BandReuse {
  let key = `${MODEL_VERSION}\u0000${seed}`;
  for (const i of ASSUMPTION_PARAMS) {
    const p = model.parameters[i];
    if (p !== undefined) key += `\u0000${p.value},${p.low},${p.high},${p.distribution}`;
  }
  return { cache: historyBands, key, months: SCENARIO_START_INDEX };
}

/**
 * Counts of the history-band cache: lookups answered, lookups missed, entries held, ensembles started
 * from 2019 checkpoints and ensembles whose checkpoints are kept.
 */
export function historyCacheStats(): {
  readonly hits: number;
  readonly misses: number;
  readonly entries: number;
  readonly resumes: number;
  readonly checkpoints: number;
} {
  return {
    hits: historyBands.hits,
    misses: historyBands.misses,
    entries: historyBands.size,
    resumes: historyBands.resumes,
    checkpoints: historyBands.checkpointCount,
  };
}

/** Empties the history-band cache (results are the same with or without it; only time changes). */
export function clearHistoryCache(): void {
  historyBands.clear();
}

/** Index of each output id in a run's output buffer. */
export const OUTPUT_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  GENERATED.outputs.map((id, k) => [id, k]),
);

function ensembleOptions(s: Scenario, opts?: { runs?: number; seed?: string; outputs?: readonly string[] }) {
  return {
    runs: opts?.runs ?? s.runs,
    seed: opts?.seed ?? s.seed,
    ...(opts?.outputs ? { outputs: opts.outputs } : {}),
  };
}

/** Runs the seeded ensemble of a scenario: P10–P90 bands for every output over all 288 months. */
export function runEnsemble(
  s: Scenario,
  opts?: { runs?: number; seed?: string; outputs?: readonly string[] },
): EnsembleResult {
  const o = ensembleOptions(s, opts);
  const model = modelFor(s);
  const bands = runEnsembleSync(model, { ...o, reuse: historyReuse(model, o.seed) });
  return { months: MONTHS, runs: o.runs, seed: o.seed, bands };
}

/** Runs the ensemble in chunks, yielding between them; rejects with an AbortError when aborted. */
export async function runEnsembleAsync(
  s: Scenario,
  opts: {
    runs?: number;
    seed?: string;
    chunk?: number;
    signal?: AbortSignal;
    outputs?: readonly string[];
    onProgress?: (done: number, total: number) => void;
  },
): Promise<EnsembleResult> {
  const o = ensembleOptions(s, opts);
  const model = modelFor(s);
  const bands = await runEnsembleChunked(model, {
    ...o,
    reuse: historyReuse(model, o.seed),
    ...(opts.chunk !== undefined ? { chunk: opts.chunk } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return { months: MONTHS, runs: o.runs, seed: o.seed, bands };
}

/** Splits one run's output buffer into a series per output id. */
function seriesOf(out: Float64Array): Record<string, Float64Array> {
  const nOut = GENERATED.outputs.length;
  const series: Record<string, Float64Array> = {};
  GENERATED.outputs.forEach((id, k) => {
    const s = new Float64Array(MONTH_COUNT);
    for (let m = 0; m < MONTH_COUNT; m++) s[m] = out[m * nOut + k] as number;
    series[id] = s;
  });
  return series;
}

/** One deterministic run at central values (with optional assumption overrides): every output, 288 months. */
export function runCentral(
  s: Scenario,
  overrides?: Readonly<Record<string, number>>,
  opts?: { anchored?: boolean },
): Record<string, Float64Array> {
  const model = modelFor(s, overrides);
  const p = new Float64Array(model.parameters.map((x) => x.value));
  if (opts?.anchored === false) {
    const out = new Float64Array(MONTH_COUNT * model.nOut);
    runModel(p, INPUTS, out);
    return seriesOf(out);
  }
  return seriesOf(runOnce(model, p));
}

/**
 * Runs the ensemble and reduces each run to one number. Run i of two scenarios with the same seed uses
 * the same draws (common random numbers), so paired differences are meaningful.
 */
export function runPerRun(
  s: Scenario,
  opts: { runs?: number; seed?: string },
  reduce: (out: Float64Array, index: Readonly<Record<string, number>>) => number,
): Float64Array {
  const { runs, seed } = ensembleOptions(s, opts);
  const model = modelFor(s);
  const sampler = compileSampler(model.parameters);
  const p = new Float64Array(model.parameters.length);
  const out = new Float64Array(MONTH_COUNT * model.nOut);
  const result = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    sampler.draw(runStream(seed, r), p);
    runAnchored(p, INPUTS, out);
    result[r] = reduce(out, OUTPUT_INDEX);
  }
  return result;
}

