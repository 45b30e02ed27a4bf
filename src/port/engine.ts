/**
 * The engine: the one place the command line, the terminal UI and the analysis tools call to turn a
 * scenario into curves. Plain data in, plain data out; no I/O.
 */
import type { Assumption, Band, EnsembleResult, Equation, Lever, Scenario } from '../model/types.js';
import { ASSUMPTIONS } from '../model/assumptions.js';
import { LEVERS, LEVER_FAMILIES } from '../model/levers.js';
import { EQUATIONS } from '../model/equations.js';
import {
  MONTH_COUNT,
  SCENARIO_START as SCENARIO_START_INDEX,
  START_YEAR,
  WORKFORCE_2012,
  yearlyMean,
} from '../model/history.js';
import { ASSUMPTION_POSITIONS, FIXED_POSITIONS, LAST_OBSERVED } from '../model/params.js';
import {
  MODEL_INPUTS,
  P_UNTIL,
  cachedCentralRow,
  cachedPool,
  historyFreePositions,
  keptPools,
  poolReady,
  type KeptPool,
  type Pool,
} from '../model/pools.js';
import { compileSampler } from '../model/sample.js';
import { fillRun, runTable, type RunDraws } from '../model/run-draws.js';
import { LruMap } from '../model/lru.js';
import { runStream } from '../model/rng.js';
import { POOLED, THEORIES, THEORY_ASSUMPTION, poolWeights, type TheoryId, type TheoryStats } from '../model/pools.js';
import {
  HINDCAST_FIRST,
  HINDCAST_LAST,
  HINDCAST_RUNS,
  HINDCAST_SEED,
  SCORED_UNTIL,
  hindcast,
  hindcastSteps,
  mapeOf,
  testYearsOf,
  type Hindcast,
  type HindcastYear,
} from '../model/hindcast.js';
import { targetsUntil, yearMeanOf, type Target } from '../model/constrain.js';
import { quantileSorted } from '../model/quantiles.js';
import { THEORY_SKILL } from '../model/generated/theory-skill.gen.js';
import { GENERATED, runModel } from '../model/generated/model.gen.js';
import {
  BandPrefixCache,
  abortError,
  runEnsembleChunked,
  runEnsembleSync,
  type BandReuse,
  type EnsembleModel,
  type EnsembleResume,
} from '../model/ensemble.js';
import type { ParamSpec } from '../model/sample.js';
import {
  PassAccumulator,
  PassStorage,
  leanBandSteps,
  mergeResults,
  type LeanBudget,
  type LeanStats,
  type PassPlan,
  type PassResult,
} from '../model/lean-bands.js';
import { PARALLEL_RUNS, callWorkers, defaultThreads, startInBackground } from './threads.js';
import { setParallelRunner } from '../model/pools.js';
import {
  DEFAULT_RUNS,
  HISTORY,
  MODEL_VERSION,
  MONTHS,
  OUTPUTS,
  OUTPUT_INDEX,
  SCENARIO_START,
  leverValues,
  paramSpecs,
  resolveAssumptions,
  statusQuo,
  type OutputMeta,
  type ResolvedAssumption,
} from '../model/scenario-model.js';
import { metricReducer, type Metric } from '../analysis/metrics.js';
import { msg } from '../text/i18n.js';

export { ASSUMPTIONS, LEVERS, LEVER_FAMILIES, EQUATIONS, yearlyMean };
export type { Assumption, Lever, Scenario, EnsembleResult, Band, Equation };

export {
  DEFAULT_RUNS,
  HISTORY,
  MODEL_VERSION,
  MONTHS,
  OUTPUTS,
  OUTPUT_INDEX,
  SCENARIO_START,
  leverValues,
  paramSpecs,
  resolveAssumptions,
  statusQuo,
};
export type { OutputMeta, ResolvedAssumption };

// The model scores pool candidates on this port's worker threads for large ensembles.
setParallelRunner({ defaultThreads, call: callWorkers });

const N_STOCKS = GENERATED.stocks.length;

/**
 * Starts runs from their state at 2019-01. Nothing before 2019 depends on the levers, so one checkpoint
 * serves every lever setting.
 */
const RESUME_2019: EnsembleResume = {
  month: SCENARIO_START_INDEX,
  size: N_STOCKS,
  runSaving(p, inp, out, state) {
    runModel(p, inp, out, 0, state, SCENARIO_START_INDEX);
  },
  runFrom(p, inp, out, state) {
    runModel(p, inp, out, SCENARIO_START_INDEX, state);
  },
};

let constrained: readonly number[] | undefined;

/** Positions of the assumptions whose draws the history constraint checks (the rest act only from 2019). */
function constrainedPositions(): readonly number[] {
  if (constrained === undefined) {
    const free = new Set(historyFreePositions());
    constrained = ASSUMPTION_POSITIONS.filter((i) => !free.has(i));
  }
  return constrained;
}

/**
 * The history-constrained pool of a scenario's runs: assumptions drawn and kept by their fit to 2007–`until`.
 * Scenarios whose assumptions differ only in ones that act from 2019 on share a pool.
 */
export function poolOf(s: Scenario, opts?: { runs?: number; seed?: string; until?: number }): Pool {
  const specs = paramSpecs(s, undefined, opts?.until);
  return cachedPool(
    specs,
    constrainedPositions(),
    opts?.seed ?? s.seed,
    opts?.runs ?? s.runs,
    opts?.until ?? LAST_OBSERVED,
  );
}

/**
 * The kept candidates of the history-constrained pool of a scenario's runs (see poolOf), built unless already
 * known: what lets another engine rebuild that pool without its rejection loop.
 */
export function keptPoolsOf(s: Scenario): KeptPool[] {
  return keptPools(paramSpecs(s), constrainedPositions(), s.seed, s.runs);
}

/** True when the pool of a scenario's runs is at hand (cached, or known by its kept candidates). */
export function poolReadyFor(s: Scenario): boolean {
  return poolReady(paramSpecs(s), constrainedPositions(), s.seed, s.runs);
}

export { addKnownPools, type KeptPool } from '../model/pools.js';

/** The stream run r draws its assumptions that act only from 2019 from. */
function laterStream(seed: string, r: number) {
  return runStream(`${seed}\u0000from 2019`, r);
}

/** Draws of the assumptions that act only from 2019, per run: rows of the history-free positions. */
interface LaterDraws {
  readonly values: Float64Array;
  readonly runs: number;
}

/** Recent tables of later draws, least recently used first (a lever change reuses them). */
const LATER_TABLES = 4;
const laterTables = new LruMap<string, LaterDraws>(LATER_TABLES);

/** The later draws of runs 0 … runs−1 for the specs and seed, from each run's own stream; cached. */
function laterDraws(specs: readonly ParamSpec[], seed: string, runs: number): LaterDraws {
  const free = historyFreePositions();
  let key = `${seed}\u0000${runs}`;
  for (const i of free) {
    const p = specs[i] as ParamSpec;
    key += `\u0000${p.value},${p.low},${p.high},${p.distribution}`;
  }
  const hit = laterTables.get(key);
  if (hit !== undefined) return hit;
  const sampler = compileSampler(specs);
  const all = new Float64Array(specs.length);
  const values = runTable(runs * free.length, runs >= PARALLEL_RUNS);
  for (let r = 0; r < runs; r++) {
    sampler.draw(laterStream(seed, r), all);
    for (let j = 0; j < free.length; j++) values[r * free.length + j] = all[free[j] as number] as number;
  }
  return laterTables.set(key, { values, runs });
}

/**
 * What run r's parameters are made of: the pool's kept draw, then the assumptions that act only from 2019
 * drawn from the run's own stream, then the scenario's levers and settings (filled by fillRun).
 */
function runDrawsOf(pool: Pool, specs: readonly ParamSpec[], seed: string): RunDraws {
  return {
    rows: pool.rows,
    size: pool.size,
    later: laterDraws(specs, seed, pool.runs).values,
    free: Int32Array.from(historyFreePositions()),
    fixed: new Float64Array(specs.map((x) => x.value)),
    fixedAt: Int32Array.from(FIXED_POSITIONS),
  };
}

/** Fills the parameters of run r of a scenario's ensemble exactly as its ensembles do. */
export function runParameters(
  s: Scenario,
  opts?: { runs?: number; seed?: string; until?: number },
): (r: number, p: Float64Array) => void {
  return modelFor(s, opts).draws as (r: number, p: Float64Array) => void;
}

function modelFor(s: Scenario, opts?: { runs?: number; seed?: string; until?: number }): EnsembleModel {
  return modelAndDraws(s, opts).model;
}

/** A scenario's ensemble model and what its runs' parameters are made of. */
function modelAndDraws(
  s: Scenario,
  opts?: { runs?: number; seed?: string; until?: number },
): { model: EnsembleModel; runDraws: RunDraws } {
  const parameters = paramSpecs(s, undefined, opts?.until);
  const runDraws = runDrawsOf(poolOf(s, opts), parameters, opts?.seed ?? s.seed);
  const model: EnsembleModel = {
    run: runModel,
    parameters,
    parameterIds: GENERATED.parameters,
    inputs: MODEL_INPUTS,
    nOut: GENERATED.outputs.length,
    months: MONTH_COUNT,
    outputIds: GENERATED.outputs,
    writesEveryOutput: true,
    resume: RESUME_2019,
    draws: (r, p) => fillRun(runDraws, r, p),
  };
  return { model, runDraws };
}

/**
 * Bands of the history months (before SCENARIO_START) of recent ensembles. Levers act from 2019 on, so
 * scenarios that differ only in levers share them; each entry is reused only when the new ensemble's
 * history values are bit for bit the cached ones, so results never depend on what was cached.
 */
const historyBands = new BandPrefixCache();

/** Returns the history-band reuse of a model and seed: keyed by the seed and the drawn assumptions' specs. */
function historyReuse(model: EnsembleModel, seed: string): BandReuse {
  let key = `${MODEL_VERSION}\u0000${seed}\u0000${model.parameters[P_UNTIL]?.value}`;
  for (const i of ASSUMPTION_POSITIONS) {
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

function ensembleOptions(s: Scenario, opts?: { runs?: number; seed?: string; outputs?: readonly string[] }) {
  return {
    runs: opts?.runs ?? s.runs,
    seed: opts?.seed ?? s.seed,
    ...(opts?.outputs ? { outputs: opts.outputs } : {}),
  };
}

/** How a large ensemble is computed: threads, memory per pass, and figures to fill in. None changes a band. */
export interface LeanOptions {
  /** Worker threads (1: this thread only); by default the machine's cores, at most MAX_THREADS. */
  readonly threads?: number;
  readonly budget?: LeanBudget;
  readonly stats?: LeanStats;
}

/** Ensembles of at least this many runs are computed in passes over worker threads (see lean-bands.ts). */
export { PARALLEL_RUNS };

/**
 * The passes of a large ensemble: worker threads are handed what the runs' parameters are made of (the pool
 * and the later draws, in shared memory: see run-draws.ts) and each fills its range of runs; every pass runs
 * the model again over all runs and keeps only the pass's summaries (in memory reused from pass to pass).
 * Returns the band steps and the function that runs one pass.
 */
function leanSetup(s: Scenario, o: { runs: number; seed: string; outputs?: readonly string[] }, lean: LeanOptions) {
  const { model, runDraws } = modelAndDraws(s, o);
  const ids = o.outputs ?? GENERATED.outputs;
  const index = ids.map((id) => {
    const k = OUTPUT_INDEX[id];
    // text-exempt: callers pass output ids from the model's own list
    if (k === undefined) throw new RangeError(`unknown output "${id}"`);
    return k;
  });
  const { nOut, runs } = { nOut: model.nOut, runs: o.runs };
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(msg.port.badRuns(String(runs)));
  const months = MONTH_COUNT;
  const draw = model.draws as (r: number, p: Float64Array) => void;
  const size = model.parameters.length;
  const threads = Math.max(1, Math.min(lean.threads ?? defaultThreads(), runs));
  let parallel = false;
  if (threads > 1) {
    const per = Math.ceil(runs / threads);
    const requests = [];
    for (let t = 0; t < threads; t++) {
      const from = Math.min(runs, t * per);
      const count = Math.min(runs, from + per) - from;
      requests.push({ value: { type: 'runs', draws: runDraws, from, count } });
    }
    parallel = callWorkers(requests) !== undefined;
  }
  const storage = new PassStorage();
  const pass = (plan: PassPlan): PassResult => {
    if (parallel) {
      const parts = callWorkers<PassResult>(
        Array.from({ length: threads }, () => ({ value: { type: 'pass', plan, months, nOut } })),
      );
      if (parts === undefined) throw new Error(msg.port.workersStopped);
      return mergeResults(plan, parts);
    }
    const acc = new PassAccumulator(plan, storage);
    const p = new Float64Array(size);
    const out = new Float64Array(months * nOut);
    for (let r = 0; r < runs; r++) {
      draw(r, p);
      runModel(p, MODEL_INPUTS, out);
      acc.add(out);
    }
    return acc.result;
  };
  const steps = leanBandSteps(
    ids.length,
    months,
    runs,
    (c) => (c % months) * nOut + (index[Math.floor(c / months)] as number),
    lean.budget,
    lean.stats,
  );
  const bandsOf = (bands: readonly Band[]): Record<string, Band> =>
    Object.fromEntries(ids.map((id, j) => [id, bands[j] as Band]));
  return { steps, pass, bandsOf };
}

/**
 * Runs a scenario's ensemble in passes (bounded memory; worker threads unless `threads` is 1): the same
 * bands as runEnsemble computes in memory, bit for bit. runEnsemble uses it from PARALLEL_RUNS runs on.
 */
export function runEnsembleLean(
  s: Scenario,
  opts?: { runs?: number; seed?: string; outputs?: readonly string[] } & LeanOptions,
): EnsembleResult {
  const o = ensembleOptions(s, opts);
  const { steps, pass, bandsOf } = leanSetup(s, o, opts ?? {});
  let step = steps.next();
  while (!step.done) step = steps.next(pass(step.value));
  return { months: MONTHS, runs: o.runs, seed: o.seed, bands: bandsOf(step.value) };
}

/** runEnsembleLean, yielding to the event loop between passes, with progress and abort. */
async function runEnsembleLeanAsync(
  s: Scenario,
  o: { runs: number; seed: string; outputs?: readonly string[] },
  signal: AbortSignal | undefined,
  onProgress: ((done: number, total: number) => void) | undefined,
): Promise<EnsembleResult> {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  await turn();
  if (signal?.aborted) throw abortError();
  const { steps, pass, bandsOf } = leanSetup(s, o, {});
  let passes = 0;
  let step = steps.next();
  while (!step.done) {
    // The pass's result lives in memory the next pass reuses: read it before yielding.
    step = steps.next(pass(step.value));
    passes++;
    // Passes usually number five or six; progress halves what is left after each.
    onProgress?.(Math.min(o.runs - 1, Math.round(o.runs * (1 - 0.5 ** passes))), o.runs);
    await turn();
    if (signal?.aborted) throw abortError();
  }
  onProgress?.(o.runs, o.runs);
  return { months: MONTHS, runs: o.runs, seed: o.seed, bands: bandsOf(step.value) };
}

/**
 * Bytes an ensemble may keep in memory (every kept output of every run and month) before it is computed in
 * passes instead (the same bands, bit for bit, in bounded memory, spread over worker threads).
 */
export const IN_MEMORY_BYTES = 128 * 1024 * 1024;

/** True when an ensemble is computed in passes over threads: from PARALLEL_RUNS runs, when it would not fit. */
export function computedInPasses(o: { runs: number; outputs?: readonly string[] }): boolean {
  const kept = o.outputs?.length ?? OUTPUTS.length;
  return o.runs >= PARALLEL_RUNS && o.runs * MONTH_COUNT * kept * 8 > IN_MEMORY_BYTES;
}

/** Runs the seeded ensemble of a scenario: P10–P90 bands for every output over all 288 months. */
export function runEnsemble(
  s: Scenario,
  opts?: { runs?: number; seed?: string; outputs?: readonly string[] },
): EnsembleResult {
  const o = ensembleOptions(s, opts);
  return computedInPasses(o) ? runEnsembleLean(s, o) : ensembleInMemory(s, o);
}

/** An ensemble held in memory (see computedInPasses), handing each run's outputs to `onRun`. */
function ensembleInMemory(
  s: Scenario,
  o: { runs: number; seed: string; outputs?: readonly string[] },
  onRun?: (r: number, out: Float64Array) => void,
): EnsembleResult {
  const model = modelFor(s, o);
  const bands = runEnsembleSync(model, { ...o, reuse: historyReuse(model, o.seed), ...(onRun ? { onRun } : {}) });
  return { months: MONTHS, runs: o.runs, seed: o.seed, bands };
}

/**
 * runEnsemble, and from the same runs in the same pass each run's value of each metric: exactly what runPerRun
 * with the metric's reducer gives (run i is the same draw in both). Metrics read months from 2019 on, which
 * every run writes, also when it starts from a 2019 checkpoint; an ensemble computed in passes, or a metric
 * reading earlier months, has its values from runPerRun instead.
 */
export function runEnsembleWithMetrics(
  s: Scenario,
  opts: { runs?: number; seed?: string; outputs?: readonly string[] },
  metrics: readonly Metric[],
): { readonly ensemble: EnsembleResult; readonly perRun: readonly Float64Array[] } {
  const o = ensembleOptions(s, opts);
  const reducers = metrics.map((m) => metricReducer(m, MONTH_COUNT));
  const perRun = metrics.map(() => new Float64Array(o.runs));
  const record = (r: number, out: Float64Array): void => {
    for (const [k, reduce] of reducers.entries()) (perRun[k] as Float64Array)[r] = reduce(out, OUTPUT_INDEX);
  };
  if (computedInPasses(o) || metrics.some((m) => m.from < SCENARIO_START_INDEX)) {
    let r = 0;
    runPerRun(s, o, (out) => {
      record(r++, out);
      return 0;
    });
    return { ensemble: runEnsemble(s, o), perRun };
  }
  return { ensemble: ensembleInMemory(s, o, record), perRun };
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
  if (computedInPasses(o)) return runEnsembleLeanAsync(s, o, opts.signal, opts.onProgress);
  const model = modelFor(s, o);
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

/**
 * The parameters of a scenario's central run: of the kept draws of a fixed stream (CENTRAL_SEED, so the
 * central run depends on the assumptions only, not on the ensemble's seed), the one whose history fits best
 * (see centralRow), with the assumptions that act only from 2019 at their central values, the scenario's levers,
 * and the given assumption overrides on top.
 */
export function centralParameters(s: Scenario, overrides?: Readonly<Record<string, number>>): Float64Array {
  const specs = paramSpecs(s);
  const p = cachedCentralRow(specs, constrainedPositions(), CENTRAL_SEED);
  for (const i of [...historyFreePositions(), ...FIXED_POSITIONS]) p[i] = (specs[i] as ParamSpec).value;
  if (overrides) {
    for (const [id, v] of Object.entries(overrides)) {
      const i = (GENERATED.parameters as readonly string[]).indexOf(id);
      // text-exempt: a programming error (an id the code itself passes), never caused by input
      if (i < 0) throw new Error(`the model has no parameter ${id}`);
      p[i] = v;
    }
  }
  return p;
}

/** The seed of the draws the central run is chosen from. */
export const CENTRAL_SEED = 'central';

/** One deterministic run: the central run (with optional assumption overrides), every output, 288 months. */
export function runCentral(s: Scenario, overrides?: Readonly<Record<string, number>>): Record<string, Float64Array> {
  const out = new Float64Array(MONTH_COUNT * GENERATED.outputs.length);
  runModel(centralParameters(s, overrides), MODEL_INPUTS, out);
  return seriesOf(out);
}

/**
 * Runs the ensemble and reduces each run to one number. Run i of two scenarios with the same seed and
 * assumptions uses the same kept draw (common random numbers), so paired differences are meaningful.
 */
export function runPerRun(
  s: Scenario,
  opts: { runs?: number; seed?: string; until?: number },
  reduce: (out: Float64Array, index: Readonly<Record<string, number>>) => number,
): Float64Array {
  const { runs, seed } = ensembleOptions(s, opts);
  const model = modelFor(s, { runs, seed, ...(opts.until !== undefined ? { until: opts.until } : {}) });
  const draw = model.draws as (r: number, p: Float64Array) => void;
  const p = new Float64Array(model.parameters.length);
  const out = new Float64Array(MONTH_COUNT * model.nOut);
  const result = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    draw(r, p);
    runModel(p, MODEL_INPUTS, out);
    result[r] = reduce(out, OUTPUT_INDEX);
  }
  return result;
}

// ---------------------------------------------------------------- history constraint, hindcasts, theories

/** How the history constraint went for a scenario's ensemble, and how its runs fit 2007–2018. */
export interface ConstraintReport {
  readonly runs: number;
  readonly seed: string;
  readonly theories: readonly (TheoryStats & { readonly acceptance: number })[];
  /** Per observed year: INEGI's count, the ensemble's P10/P50/P90 and the central run. */
  readonly years: readonly (HindcastYear & { readonly central: number })[];
  /** MAPE of the ensemble median and of the central run against INEGI 2007–2018, in percent. */
  readonly mape: number;
  readonly centralMape: number;
  /** Share of observed years inside the P10–P90 band. */
  readonly coverage: number;
  /** Cartel members in 2012 (median of the runs) against Prieto-Curiel et al.'s 115,000. */
  readonly workforce2012: { readonly model: number; readonly observed: number };
  /** The targets each kept run was held against, with their tolerances. */
  readonly targets: readonly Target[];
}

/** Reports the history constraint of a scenario's ensemble. */
export function constraintReport(s: Scenario, opts?: { runs?: number; seed?: string }): ConstraintReport {
  const { runs, seed } = ensembleOptions(s, opts);
  const pool = poolOf(s, { runs, seed });
  const years = testYearsOf(pool, START_YEAR - 1, LAST_OBSERVED);
  const central = runCentral(s);
  const withCentral = years.map((y) => ({ ...y, central: yearlyMean(central.homicides as Float64Array, y.year) }));
  const workforce = runPerRun(s, { runs, seed }, (out, index) =>
    yearMeanOf(out, GENERATED.outputs.length, index.workforce as number, 2012),
  );
  return {
    runs,
    seed,
    theories: pool.stats.map((t) => ({ ...t, acceptance: t.tried > 0 ? t.accepted / t.tried : 0 })),
    years: withCentral,
    mape: mapeOf(years.map((y) => ({ observed: y.observed, predicted: y.p50 }))),
    centralMape: mapeOf(withCentral.map((y) => ({ observed: y.observed, predicted: y.central }))),
    coverage: years.filter((y) => y.observed >= y.p10 && y.observed <= y.p90).length / years.length,
    workforce2012: { model: quantileSorted(workforce.sort(), 0.5), observed: WORKFORCE_2012.value },
    targets: targetsUntil(LAST_OBSERVED),
  };
}

/** Hindcast of a scenario's assumptions: constrained on 2007..until, projected to 2018 (see model/hindcast.ts). */
export function hindcastOf(
  s: Scenario,
  opts: { until: number; theory?: TheoryId | 'pooled'; runs?: number; seed?: string },
): Hindcast {
  return hindcast(...hindcastArgs(s, opts));
}

/**
 * The same hindcast, computed on a worker thread while the caller goes on: returns a function that waits for
 * it. Without a free worker (or when the worker fails) the function computes it on this thread; the answer
 * is the same either way, and an error is this thread's own.
 */
export function hindcastLater(
  s: Scenario,
  opts: { until: number; theory?: TheoryId | 'pooled'; runs?: number; seed?: string },
): () => Hindcast {
  const args = hindcastArgs(s, opts);
  const wait = startInBackground<Hindcast>({ type: 'hindcast', args });
  return () => {
    if (wait !== undefined) {
      try {
        return wait();
      } catch {
        // Computed again here: the same answer, or the error in this thread's language.
      }
    }
    return hindcast(...args);
  };
}

/**
 * The same hindcast, handing the event loop a turn after each constrained pool (a pooled hindcast builds a
 * dozen); rejects with an AbortError when `signal` aborts.
 */
export async function hindcastAsync(
  s: Scenario,
  opts: { until: number; theory?: TheoryId | 'pooled'; runs?: number; seed?: string },
  signal?: AbortSignal,
): Promise<Hindcast> {
  const steps = hindcastSteps(...hindcastArgs(s, opts));
  for (;;) {
    if (signal?.aborted) throw abortError();
    const r = steps.next();
    if (r.done === true) return r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function hindcastArgs(
  s: Scenario,
  opts: { until: number; theory?: TheoryId | 'pooled'; runs?: number; seed?: string },
): Parameters<typeof hindcast> {
  return [
    paramSpecs(s, undefined, opts.until),
    {
      until: opts.until,
      theory: opts.theory ?? 'pooled',
      runs: opts.runs ?? HINDCAST_RUNS,
      seed: opts.seed ?? HINDCAST_SEED,
    },
  ];
}

/** One theory of violence: its camp's label and source, its skill and the share of a pooled ensemble it gets. */
export interface TheorySummary {
  readonly id: TheoryId;
  readonly label: string;
  readonly source: string;
  /** Rolling-origin skill against persistence (0 = no better), and the share of a pooled ensemble it gets. */
  readonly skill: number;
  readonly share: number;
}

/** One theory of violence as `palancas theories` lists it: the summary and its hindcasts. */
export interface TheoryInfo extends TheorySummary {
  readonly hindcasts: readonly Hindcast[];
}

/** The theories of violence with their sources, skill and pooled share (instant: from the generated scores). */
export function theoryList(): TheorySummary[] {
  const camps = ASSUMPTIONS.find((a) => a.id === THEORY_ASSUMPTION)?.camps ?? [];
  const shares = poolWeights();
  return THEORIES.map((t) => {
    const camp = camps.find((c) => c.id === t.id);
    return {
      id: t.id,
      label: camp?.label ?? t.id,
      source: camp?.source ?? '',
      skill: THEORY_SKILL[t.id] ?? 0,
      share: shares[t.id],
    };
  });
}

/** The theories of violence with their sources, skill, pooled share and hindcasts to 2012 and 2014. */
export function theories(opts?: { runs?: number; seed?: string }): TheoryInfo[] {
  const base = statusQuo();
  return theoryList().map((t) => ({
    ...t,
    hindcasts: SCORED_UNTIL.map((until) => hindcastOf(base, { until, theory: t.id, ...(opts ?? {}) })),
  }));
}

/** The theory ids, and the camp value that pools them. */
export { THEORIES, POOLED, poolWeights, HINDCAST_FIRST, HINDCAST_LAST, SCORED_UNTIL, HINDCAST_RUNS, HINDCAST_SEED };
export type { TheoryId, Hindcast, HindcastYear, Pool };
