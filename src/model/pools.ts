/**
 * History-constrained draws for the generated model: for a scenario's assumption specs and a seed, the
 * parameter vectors of the runs an ensemble uses, each kept only if its 2007–`until` history fits (see
 * constrain.ts). Theories of violence are a parameter of the run: a pooled ensemble gives each theory a share
 * of the runs in proportion to its hindcast skill. Pure and deterministic; kept pools are cached.
 */
import { msg } from '../text/i18n.js';
import { GENERATED, runModel } from './generated/model.gen.js';
import { historyInputs, MONTH_COUNT, SCENARIO_START, START_YEAR } from './history.js';
import {
  MAX_IMPLAUSIBILITY,
  constrain,
  effectiveSampleSize,
  fitOf,
  keptRowStart,
  targetsUntil,
  type ConstrainedDraws,
  type HistoryLayout,
  type RowsInto,
  type ScreenFn,
  type Target,
} from './constrain.js';
import { compileSampler, type ParamSpec } from './sample.js';
import { fillRunStream } from './rng.js';
import { runTable } from './run-draws.js';
import { LruMap } from './lru.js';
import { THEORY_SKILL } from './generated/theory-skill.gen.js';
import { ASSUMPTION_POSITIONS, LAST_OBSERVED, defaultSpecs } from './params.js';
import type { AssumptionId, CampOf } from './ids.js';

export { LAST_OBSERVED };

/** The model's inputs over the whole grid (troops, leader removals, observed homicides). */
export const MODEL_INPUTS: readonly Float64Array[] = historyInputs();

const NOUT = GENERATED.outputs.length;
const OUT_LENGTH = MONTH_COUNT * NOUT;

/** Where the history constraint reads a run. */
export const LAYOUT: HistoryLayout = {
  nOut: NOUT,
  homicides: GENERATED.outputs.indexOf('homicides'),
  homicidesOc: GENERATED.outputs.indexOf('homicides_oc'),
  workforce: GENERATED.outputs.indexOf('workforce'),
};

/** Position of the theory and of the last observed year in a parameter vector. */
export const P_THEORY = GENERATED.parameters.indexOf('violence_theory');
export const P_UNTIL = GENERATED.parameters.indexOf('observed_until');

/** The theories of violence, by the value of `violence_theory` in a run. */
export const THEORIES = [
  { id: 'conflict', value: 1 },
  { id: 'fragmentation', value: 2 },
  { id: 'confrontation', value: 3 },
  { id: 'persistence', value: 0 },
] as const satisfies readonly { readonly id: CampOf<'violence_theory'>; readonly value: number }[];

export type TheoryId = (typeof THEORIES)[number]['id'];

/** The assumption whose camps are the theories. */
export const THEORY_ASSUMPTION = 'violence_theory' satisfies AssumptionId;

/** `violence_theory` when the ensemble pools the theories. */
export const POOLED = -1;

/**
 * Candidates a theory tries per kept run before the closest candidates fill the rest, counted on at least
 * BUDGET_FLOOR_RUNS runs: every pool of up to that many runs per theory has the same budget, so a smaller
 * one is exactly the first runs of a larger one (what lets the explorer's 200-run preview share the pool of
 * its 1,000-run ensemble).
 */
export const BUDGET_PER_RUN = 40;
export const BUDGET_FLOOR_RUNS = 1000;

/** Runs the model once from 2007 into `out`. */
export function runFull(p: Float64Array, out: Float64Array): void {
  runModel(p, MODEL_INPUTS, out);
}

/** Runs the model from 2007 through 2018 only (the history months of `out`). */
export function runHistory(p: Float64Array, out: Float64Array): void {
  runModel(p, MODEL_INPUTS, out, 0, undefined, -1, SCENARIO_START);
}

/** Months of history run before each check of a candidate: most draws that fail are off by 2008 or 2009. */
const SCREEN_MONTHS = [12, 24, 36, 48];

/**
 * A screen of candidates against `targets` (see ScreenFn): runs 2007, checks the observations of that year,
 * runs 2008, checks, and so on for SCREEN_MONTHS, then runs on to 2019 from the saved stocks. Each stretch
 * runs one month past its end, where the next one starts again from the stocks saved there.
 */
export function historyScreen(targets: readonly Target[]): ScreenFn {
  const state = new Float64Array(GENERATED.stocks.length);
  let done = 0;
  const stages = SCREEN_MONTHS.map((to) => {
    const from = done;
    done = to;
    // The observations of the years that end within this stretch.
    const end = (t: Target): number => (t.year - START_YEAR + 1) * 12;
    return { from, to, targets: targets.filter((t) => end(t) > from && end(t) <= to) };
  });
  return (p, out) => {
    for (const stage of stages) {
      runModel(p, MODEL_INPUTS, out, stage.from, state, stage.to, stage.to + 1);
      if (stage.targets.length > 0 && fitOf(out, LAYOUT, stage.targets).max > MAX_IMPLAUSIBILITY) return false;
    }
    runModel(p, MODEL_INPUTS, out, done, state, -1, SCENARIO_START);
    return true;
  };
}

let historyFree: readonly number[] | undefined;

/**
 * Positions of the assumptions that cannot change any output before 2019 under any theory (the ones that act
 * only through the levers): moving each from its low to its high (a fixed one from its value to twice it
 * plus one) leaves every history value bit for bit the same. Their draws need no history constraint. The
 * theory is never among them: it chooses the structure.
 */
export function historyFreePositions(): readonly number[] {
  if (historyFree !== undefined) return historyFree;
  const specs = defaultSpecs();
  const months = SCENARIO_START * NOUT;
  const a = new Float64Array(OUT_LENGTH);
  const b = new Float64Array(OUT_LENGTH);
  const free: number[] = [];
  for (const i of ASSUMPTION_POSITIONS) {
    const spec = specs[i] as ParamSpec;
    // A fixed assumption can still be overridden: move it by its own size instead.
    const [low, high] = spec.high > spec.low ? [spec.low, spec.high] : [spec.value, spec.value * 2 + 1];
    let same = true;
    for (const t of THEORIES) {
      const p = new Float64Array(specs.map((x) => x.value));
      p[P_THEORY] = t.value;
      p[i] = low;
      runHistory(p, a);
      p[i] = high;
      runHistory(p, b);
      for (let k = 0; k < months && same; k++) if (!Object.is(a[k], b[k])) same = false;
      if (!same) break;
    }
    if (same && i !== P_THEORY) free.push(i);
  }
  historyFree = free;
  return free;
}

/**
 * Shares of a pooled ensemble by theory: skill scores against persistence, floored at zero; when no
 * causal theory beats persistence, persistence takes every run.
 */
export function poolWeights(skill: Readonly<Record<string, number>> = THEORY_SKILL): Record<TheoryId, number> {
  const w = { conflict: 0, fragmentation: 0, confrontation: 0, persistence: 0 } as Record<TheoryId, number>;
  let total = 0;
  for (const t of THEORIES) {
    if (t.id === 'persistence') continue;
    const s = Math.max(0, skill[t.id] ?? 0);
    w[t.id] = s;
    total += s;
  }
  if (!(total > 0)) return { ...w, persistence: 1 };
  for (const t of THEORIES) w[t.id] /= total;
  return w;
}

/**
 * The theory of each run of a pooled ensemble: run r goes to the theory furthest behind its share, so any
 * first r runs hold the shares as closely as whole runs can (the same runs whatever the total).
 */
export function theoryOfRuns(weights: Readonly<Record<TheoryId, number>>, runs: number): number[] {
  const given = new Map<TheoryId, number>(THEORIES.map((t) => [t.id, 0]));
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    let best: (typeof THEORIES)[number] = THEORIES[0];
    let deficit = Number.NEGATIVE_INFINITY;
    for (const t of THEORIES) {
      const d = (weights[t.id] ?? 0) * (r + 1) - (given.get(t.id) as number);
      if ((weights[t.id] ?? 0) > 0 && d > deficit) {
        deficit = d;
        best = t;
      }
    }
    given.set(best.id, (given.get(best.id) as number) + 1);
    out.push(best.value);
  }
  return out;
}

/** How the constraint went for one theory. */
export interface TheoryStats {
  readonly theory: TheoryId;
  readonly runs: number;
  readonly tried: number;
  readonly accepted: number;
  readonly filled: number;
  readonly ess: number;
}

/** The parameter vectors of an ensemble's runs, constrained on history up to `until`. */
export interface Pool {
  /** Row-major: runs × size. Levers in the rows are those of the specs the pool was built from. */
  readonly rows: Float64Array;
  readonly size: number;
  readonly runs: number;
  /** Each run's root mean square implausibility over the history targets. */
  readonly rms: Float64Array;
  readonly until: number;
  readonly stats: readonly TheoryStats[];
}

function theoryIdOf(value: number): TheoryId {
  const t = THEORIES.find((x) => x.value === value);
  if (t === undefined)
    throw new RangeError(msg.model.errors.violenceTheory(THEORIES.map((x) => x.value).join(', '), POOLED, value));
  return t.id;
}

/** Candidates a theory may try for `want` kept runs: the same for every want up to BUDGET_FLOOR_RUNS. */
function budgetFor(want: number): number {
  return BUDGET_PER_RUN * Math.max(BUDGET_FLOOR_RUNS, want);
}

/** A range of one theory's candidates to score: what a worker thread needs to draw and run them. */
export interface CandidateBatch {
  readonly specs: readonly ParamSpec[];
  readonly stream: string;
  readonly theory: number;
  readonly until: number;
  readonly from: number;
  readonly to: number;
}

/** Fills candidate j of a theory's stream. */
function candidateOf(sampler: ReturnType<typeof compileSampler>, stream: string, theory: number, until: number) {
  const u = new Float64Array(sampler.size);
  return (j: number, p: Float64Array) => {
    // The numbers sampler.draw would take from runStream(stream, j), taken without a generator.
    fillRunStream(stream, j, u);
    sampler.drawUniforms(u, 0, p);
    p[P_THEORY] = theory;
    p[P_UNTIL] = until;
  };
}

/** Runs and scores candidates [from, to) of a theory's stream: each one's largest and rms implausibility. */
export function scoreCandidates(batch: CandidateBatch): { max: Float64Array; rms: Float64Array } {
  const { specs, stream, theory, until, from, to } = batch;
  const candidate = candidateOf(compileSampler(specs), stream, theory, until);
  const targets = targetsUntil(until);
  const p = new Float64Array(specs.length);
  const out = new Float64Array(OUT_LENGTH);
  const max = new Float64Array(to - from);
  const rms = new Float64Array(to - from);
  for (let j = from; j < to; j++) {
    candidate(j, p);
    runHistory(p, out);
    const fit = fitOf(out, LAYOUT, targets);
    max[j - from] = fit.max;
    rms[j - from] = fit.rms;
  }
  return { max, rms };
}

/** Ensembles of at least this many runs spread their work over threads when a port provides them. */
export const PARALLEL_RUNS = 5000;

/**
 * Worker threads, as the port that owns them provides: how many to use by default, and a call that sends one
 * request to each and returns their answers in order (undefined when workers cannot be used). The model
 * itself starts no thread; results are the same with or without them.
 */
export interface Parallel {
  readonly defaultThreads: () => number;
  readonly call: <T>(requests: readonly { value: unknown; transfer?: ArrayBuffer[] }[]) => T[] | undefined;
}

let parallel: Parallel | undefined;

/** Lets the model score pool candidates on the given threads (undefined: one thread). */
export function setParallelRunner(p: Parallel | undefined): void {
  parallel = p;
}

/** Candidates each worker scores per call. */
const WORKER_BLOCK = 2048;

/**
 * Scores candidates [from, to) split over `threads` worker threads in candidate order, or undefined when
 * workers are not available.
 */
function scoreOnThreads(base: Omit<CandidateBatch, 'from' | 'to'>, threads: number, from: number, to: number) {
  const per = Math.ceil((to - from) / threads);
  const requests = [];
  for (let t = 0; t < threads; t++) {
    const a = Math.min(to, from + t * per);
    requests.push({ value: { type: 'fits', batch: { ...base, from: a, to: Math.min(to, a + per) } } });
  }
  const parts = parallel?.call<{ max: Float64Array; rms: Float64Array }>(requests);
  if (parts === undefined) return undefined;
  const max = new Float64Array(to - from);
  const rms = new Float64Array(to - from);
  let at = 0;
  for (const part of parts) {
    max.set(part.max, at);
    rms.set(part.rms, at);
    at += part.max.length;
  }
  return { max, rms };
}

/**
 * A theory's pool as the candidates it kept: enough to rebuild it exactly without the rejection loop, since
 * candidate j of a stream is the same draw wherever it is drawn. Plain data (it travels as JSON in the page).
 */
export interface KeptPool {
  /** The poolKey of the specs, seed and last observed year. */
  readonly key: string;
  readonly theory: number;
  readonly want: number;
  /** The candidate of each kept row, in row order. */
  readonly kept: readonly number[];
  /** Each kept row's root mean square implausibility. */
  readonly rms: readonly number[];
  readonly tried: number;
  readonly accepted: number;
  readonly filled: number;
}

/** Theory pools known by their kept candidates, by knownKey. */
const knownPools = new Map<string, KeptPool>();

function knownKey(key: string, theory: number, want: number): string {
  return `${key}\u0000theory ${theory}\u0000want ${want}`;
}

/** Lets pools be rebuilt from their kept candidates instead of the rejection loop (same rows, same stats). */
export function addKnownPools(entries: readonly KeptPool[]): void {
  for (const k of entries) knownPools.set(knownKey(k.key, k.theory, k.want), k);
}

/** What a pool build reads and records kept candidates under. */
interface KeptOptions {
  readonly key: string;
  readonly record?: (k: KeptPool) => void;
}

/** Builds the pool for one theory: `want` kept draws from the theory's own candidate stream. */
function poolOfTheory(
  specs: readonly ParamSpec[],
  seed: string,
  theory: number,
  want: number,
  until: number,
  threads: number,
  keptOptions?: KeptOptions,
  into?: RowsInto,
): ConstrainedDraws {
  const sampler = compileSampler(specs);
  const stream = `${seed}\u0000theory ${theory}\u0000until ${until}`;
  const candidate = candidateOf(sampler, stream, theory, until);
  const known = keptOptions && knownPools.get(knownKey(keptOptions.key, theory, want));
  if (known !== undefined) {
    keptOptions?.record?.(known);
    return replayKept(known, specs.length, candidate, into);
  }
  const base = { specs: specs.map((x) => ({ ...x })), stream, theory, until };
  const fits =
    threads > 1
      ? (from: number, to: number) => scoreOnThreads(base, threads, from, to) ?? scoreCandidates({ ...base, from, to })
      : undefined;
  const drawn = constrain({
    ...(fits !== undefined ? { fits, block: WORKER_BLOCK * threads } : {}),
    want,
    budget: budgetFor(want),
    size: specs.length,
    candidate,
    run: runHistory,
    screen: historyScreen(targetsUntil(until)),
    outLength: OUT_LENGTH,
    layout: LAYOUT,
    targets: targetsUntil(until),
    ...(into !== undefined ? { into } : {}),
  });
  keptOptions?.record?.({
    key: keptOptions.key,
    theory,
    want,
    kept: Array.from(drawn.kept.subarray(0, drawn.count)),
    rms: Array.from(drawn.rms.subarray(0, drawn.count)),
    tried: drawn.tried,
    accepted: drawn.accepted,
    filled: drawn.filled,
  });
  return drawn;
}

/** The draws of a known theory pool: each kept candidate drawn again, as the rejection loop drew it. */
function replayKept(
  k: KeptPool,
  size: number,
  candidate: (j: number, p: Float64Array) => void,
  into?: RowsInto,
): ConstrainedDraws {
  const rows = into?.rows ?? new Float64Array(k.want * size);
  const rms = new Float64Array(k.want);
  const p = new Float64Array(size);
  k.kept.forEach((j, r) => {
    candidate(j, p);
    rows.set(p, keptRowStart(into, r, size));
    rms[r] = k.rms[r] as number;
  });
  return {
    rows,
    size,
    count: k.kept.length,
    tried: k.tried,
    accepted: k.accepted,
    filled: k.filled,
    rms,
    kept: Int32Array.from(k.kept),
  };
}

/** The theory of each run: every run the chosen theory's, or shared by weight when the theories are pooled. */
function theoryOrder(specs: readonly ParamSpec[], runs: number, weights?: Readonly<Record<TheoryId, number>>) {
  const chosen = (specs[P_THEORY] as ParamSpec).value;
  return chosen === POOLED ? theoryOfRuns(weights ?? poolWeights(), runs) : new Array<number>(runs).fill(chosen);
}

/**
 * Builds the constrained pool of `runs` runs for parameter specs (assumptions drawn, levers fixed): with
 * `violence_theory` fixed at a theory, every run is that theory's; at POOLED, runs are shared by weight.
 */
export function buildPool(
  specs: readonly ParamSpec[],
  opts: {
    readonly seed: string;
    readonly runs: number;
    readonly until?: number;
    readonly weights?: Readonly<Record<TheoryId, number>>;
    /** Worker threads scoring candidates (same pool whatever the number); by default the cores from PARALLEL_RUNS runs. */
    readonly threads?: number;
    /** The pool's key: theory pools known under it are rebuilt from their kept candidates; `record` sees each. */
    readonly kept?: KeptOptions;
  },
): Pool {
  const threads =
    opts.threads ?? (opts.runs >= PARALLEL_RUNS && parallel !== undefined ? parallel.defaultThreads() : 1);
  const until = opts.until ?? LAST_OBSERVED;
  const order = theoryOrder(specs, opts.runs, opts.weights);
  const size = specs.length;
  // Large pools live in shared memory: worker threads read their rows in place (see run-draws.ts).
  const rows = runTable(opts.runs * size, opts.runs >= PARALLEL_RUNS);
  const rms = new Float64Array(opts.runs);
  const stats: TheoryStats[] = [];
  const targets = targetsUntil(until).length;
  for (const t of THEORIES) {
    // The rows of this theory's runs, in run order: its kept rows are written there directly.
    const at = Int32Array.from(order.flatMap((v, r) => (v === t.value ? [r] : [])));
    const want = at.length;
    if (want === 0) continue;
    const drawn = poolOfTheory(specs, opts.seed, t.value, want, until, threads, opts.kept, { rows, at });
    at.forEach((r, k) => {
      rms[r] = drawn.rms[k] as number;
    });
    stats.push({
      theory: theoryIdOf(t.value),
      runs: want,
      tried: drawn.tried,
      accepted: drawn.accepted,
      filled: drawn.filled,
      ess: effectiveSampleSize(drawn.rms, drawn.count, targets),
    });
  }
  return { rows, size, runs: opts.runs, rms, until, stats };
}

/** Most recent pools, least recently used first. */
const POOL_ENTRIES = 16;
const pools = new LruMap<string, Pool>(POOL_ENTRIES);

/** A key naming the pools of the same assumption specs, seed and last observed year. */
export function poolKey(
  specs: readonly ParamSpec[],
  assumptionPositions: readonly number[],
  seed: string,
  until: number,
): string {
  let key = `${seed}\u0000${until}`;
  for (const i of assumptionPositions) {
    const p = specs[i] as ParamSpec;
    key += `\u0000${p.value},${p.low},${p.high},${p.distribution}`;
  }
  return key;
}

/**
 * Returns the pool of at least `runs` runs for the specs, seed and year, building it once. A larger pool
 * already built serves a smaller ensemble when its first runs are exactly the smaller pool: no run was
 * filled and both had the same candidate budget.
 */
export function cachedPool(
  specs: readonly ParamSpec[],
  assumptionPositions: readonly number[],
  seed: string,
  runs: number,
  until: number = LAST_OBSERVED,
): Pool {
  const base = poolKey(specs, assumptionPositions, seed, until);
  const key = `${base}\u0000${runs}`;
  let hit = pools.get(key);
  if (hit === undefined) {
    // A larger pool serves when its first runs are exactly this one: nothing filled, and every theory's runs
    // within the budget floor (so the smaller pool would have had the same candidates and the same budget).
    for (const [k, p] of pools.entries()) {
      if (
        k.startsWith(`${base}\u0000`) &&
        p.runs > runs &&
        p.stats.every((x) => x.filled === 0 && x.runs <= BUDGET_FLOOR_RUNS)
      ) {
        hit = p;
        break;
      }
    }
  }
  return pools.set(key, hit ?? buildPool(specs, { seed, runs, until, kept: { key: base } }));
}

/**
 * The kept candidates of every theory pool of the pool cachedPool returns for the same arguments, building it
 * unless it is known; the pool is cached.
 */
export function keptPools(
  specs: readonly ParamSpec[],
  assumptionPositions: readonly number[],
  seed: string,
  runs: number,
  until: number = LAST_OBSERVED,
): KeptPool[] {
  const base = poolKey(specs, assumptionPositions, seed, until);
  const out: KeptPool[] = [];
  pools.set(
    `${base}\u0000${runs}`,
    buildPool(specs, { seed, runs, until, kept: { key: base, record: (k) => out.push(k) } }),
  );
  // A scenario with the same drawn assumptions asks next for the same pool: it is rebuilt from these.
  addKnownPools(out);
  return out;
}

/** True when cachedPool would return at once: the pool is cached, or every theory pool of it is known. */
export function poolReady(
  specs: readonly ParamSpec[],
  assumptionPositions: readonly number[],
  seed: string,
  runs: number,
  until: number = LAST_OBSERVED,
): boolean {
  const base = poolKey(specs, assumptionPositions, seed, until);
  if (pools.has(`${base}\u0000${runs}`)) return true;
  const order = theoryOrder(specs, runs);
  return THEORIES.every((t) => {
    const want = order.filter((v) => v === t.value).length;
    return want === 0 || knownPools.has(knownKey(base, t.value, want));
  });
}

/** Forgets every cached pool (results do not depend on the cache; only time does). */
export function clearPools(): void {
  pools.clear();
  knownPools.clear();
  centralRows.clear();
}

/** Runs in the pool the central run is chosen from. */
export const CENTRAL_RUNS = 50;

/** The theory whose runs the central run is chosen from: the largest share's, if among `present`, else `first`. */
function centralTheory(
  present: ReadonlySet<number>,
  first: number,
  weights: Readonly<Record<TheoryId, number>>,
): number {
  const top = [...THEORIES].sort((a, b) => (weights[b.id] ?? 0) - (weights[a.id] ?? 0))[0]!.value;
  return present.has(top) ? top : first;
}

/** Index of the smallest of `rms` among the rows `take` accepts (the first on ties), or −1. */
function bestRow(rms: Float64Array, n: number, take: (r: number) => boolean): number {
  let best = -1;
  for (let r = 0; r < n; r++) {
    if (!take(r)) continue;
    if (best < 0 || (rms[r] as number) < (rms[best] as number)) best = r;
  }
  return best;
}

/**
 * The central run's parameters: of the first CENTRAL_RUNS runs of the pool, the one whose history fits best
 * (in a pooled ensemble, among the runs of the theory with the largest share).
 */
export function centralRow(pool: Pool, weights: Readonly<Record<TheoryId, number>> = poolWeights()): Float64Array {
  const n = Math.min(CENTRAL_RUNS, pool.runs);
  const theories = new Set<number>();
  for (let r = 0; r < n; r++) theories.add(pool.rows[r * pool.size + P_THEORY] as number);
  const wanted = centralTheory(theories, pool.rows[P_THEORY] as number, weights);
  const best = bestRow(pool.rms, n, (r) => pool.rows[r * pool.size + P_THEORY] === wanted);
  return pool.rows.slice(best * pool.size, (best + 1) * pool.size);
}

/** Central rows already chosen, by pool key, least recently used first. */
const CENTRAL_ENTRIES = 512;
const centralRows = new LruMap<string, Float64Array>(CENTRAL_ENTRIES);

/**
 * centralRow of the CENTRAL_RUNS-run pool of the specs and seed, bit for bit, building only the runs it
 * reads: a theory's kept draws come from its own candidate stream whatever the other theories draw, so the
 * runs of the theory centralRow picks are those of the whole pool, in the same order. An analysis that
 * moves camps (evidence sets) needs one central row per combination; each costs one theory's draws, not all.
 */
export function cachedCentralRow(
  specs: readonly ParamSpec[],
  assumptionPositions: readonly number[],
  seed: string,
): Float64Array {
  const key = poolKey(specs, assumptionPositions, seed, LAST_OBSERVED);
  const hit = centralRows.get(key);
  if (hit !== undefined) return hit.slice();
  const chosen = (specs[P_THEORY] as ParamSpec).value;
  const order =
    chosen === POOLED ? theoryOfRuns(poolWeights(), CENTRAL_RUNS) : new Array<number>(CENTRAL_RUNS).fill(chosen);
  const wanted = centralTheory(new Set(order), order[0] as number, poolWeights());
  // A theory value the model does not know: leave it to buildPool to say so.
  if (!THEORIES.some((t) => t.value === wanted))
    return centralRow(cachedPool(specs, assumptionPositions, seed, CENTRAL_RUNS));
  const want = order.filter((v) => v === wanted).length;
  const drawn = poolOfTheory(specs, seed, wanted, want, LAST_OBSERVED, 1);
  const size = specs.length;
  const best = bestRow(drawn.rms, want, () => true);
  return centralRows.set(key, drawn.rows.slice(best * size, (best + 1) * size)).slice();
}
