/**
 * Monte Carlo ensembles around a compiled model function.
 *
 * Knows nothing about the model itself: it draws the parameters of each run from their specs with
 * the run's own random stream, calls the compiled function, keeps the outputs asked for in
 * step-major arrays (ens[m * runs + r]) and turns them into P10–P90 bands. Run r always uses the
 * stream runStream(seed, r), so the bands are identical whatever the chunk size or the variant.
 *
 * Memory and time: each kept output costs runs × months × 8 bytes (1,000 runs × 288 months ≈ 2.3 MB)
 * and its bands cost about as much as the simulation itself. The default keeps and bands every
 * output; pass `outputs` to keep only the ones shown (10,000 runs of 17 outputs would need 390 MB).
 *
 * Repeated ensembles, as when a lever moves in the explorer, are cheaper: the stores of finished
 * ensembles are pooled for the next one of the same shape (up to 24 MB), each seed's uniforms are kept
 * for ensembles of up to 2,000 runs (so no stream is seeded again), and with `reuse` the bands of
 * leading months whose values did not change are taken from a BandPrefixCache. A model with `resume`
 * goes further: the cache then keeps each run's checkpoint at the reuse month (for up to 2,000 runs and
 * a few keys), and later ensembles of the same key run only the months after it. None of this changes
 * a result: the same model, options and seed give the same bands, bit for bit.
 */
import { msg } from '../text/i18n.js';
import type { Band } from './types.js';
import { runStream } from './rng.js';
import { assertParamSpecs, compileSampler, type ParamSpec, type Sampler } from './sample.js';
import { emptyBand, fillBandRange } from './quantiles.js';
import { LruMap } from './lru.js';

/**
 * The compiled model: reads parameters `p` and monthly inputs `inp`, writes months × nOut values
 * into `out` (out[m * nOut + k] = output k at month m).
 */
export type RunFn = (p: Float64Array, inp: readonly Float64Array[], out: Float64Array) => void;

/** Everything the ensemble needs to know about a compiled model. */
export interface EnsembleModel {
  readonly run: RunFn;
  /** One spec per entry of `p`, in the order the function reads them (assumptions, then levers). */
  readonly parameters: readonly ParamSpec[];
  readonly inputs: readonly Float64Array[];
  /** Number of outputs written per month. */
  readonly nOut: number;
  readonly months: number;
  /** Output ids, in the order of `out` (length nOut). */
  readonly outputIds: readonly string[];
  /** Optional parameter names, used only in error messages. */
  readonly parameterIds?: readonly string[];
  /** True when `run` writes every value of `out` on every call, so the buffer need not be cleared between runs. */
  readonly writesEveryOutput?: boolean;
  /** Lets ensembles with a `reuse` over exactly `resume.month` months start each run from a checkpoint. */
  readonly resume?: EnsembleResume;
  /**
   * Fills run r's parameters itself (a history-constrained pool, say) instead of drawing them from
   * `parameters` with the run's stream; `parameters` then only describe the vector.
   */
  readonly draws?: (r: number, p: Float64Array) => void;
}

/**
 * How a model saves each run's state at a month and runs on from it. An ensemble with `reuse` over
 * these months saves one checkpoint per run the first time; a later ensemble with the same reuse key
 * and run count then runs only the months from `month` on and takes the leading months' values from
 * the BandPrefixCache. So the reuse key must name ensembles whose runs agree on everything before
 * `month`: outputs and checkpoints alike.
 */
export interface EnsembleResume {
  /** The month runs restart from. */
  readonly month: number;
  /** Values in one run's checkpoint. */
  readonly size: number;
  /** Runs every month exactly as `run` does and writes the run's checkpoint into `state`. */
  readonly runSaving: (p: Float64Array, inp: readonly Float64Array[], out: Float64Array, state: Float64Array) => void;
  /** Writes the months from `month` on exactly as `run` would, starting from the checkpoint in `state` (left unchanged). */
  readonly runFrom: (p: Float64Array, inp: readonly Float64Array[], out: Float64Array, state: Float64Array) => void;
}

/**
 * Lets an ensemble reuse the bands of its first months from an earlier one: the months before a
 * scenario's levers act, say, which many scenarios share. Reuse happens only when the kept outputs'
 * raw values over those months are bit for bit the ones cached, so the bands are always exactly the
 * ones a full computation gives.
 */
export interface BandReuse {
  readonly cache: BandPrefixCache;
  /** Names the ensembles whose first months may match (e.g. seed and assumptions, not levers). */
  readonly key: string;
  /** How many leading months are looked up and remembered. */
  readonly months: number;
}

/** Options shared by both ensemble variants. */
export interface EnsembleOptions {
  readonly runs: number;
  readonly seed: string;
  /** Output ids to keep and band; all of `outputIds` when absent. */
  readonly outputs?: readonly string[];
  /** Reuses the bands of leading months when their raw values match an earlier ensemble's. */
  readonly reuse?: BandReuse;
  /**
   * Called with each run's index and output buffer once the run is done. A run started from a checkpoint
   * writes only the months from the checkpoint's on: the earlier ones hold another run's values.
   */
  readonly onRun?: (r: number, out: Float64Array) => void;
}

/** Options of the chunked variant. */
export interface ChunkedEnsembleOptions extends EnsembleOptions {
  /** Runs computed between two yields to the event loop (default 100). */
  readonly chunk?: number;
  /** Stops the ensemble between chunks; the promise then rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Called after each chunk with the runs done so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Gives the event loop a turn between chunks (default: setImmediate where it exists, else setTimeout 0). */
  readonly yieldFn?: () => Promise<void>;
}

/** The raw ensemble: for each kept output id, runs × months values stored step-major. */
export type RawEnsemble = Record<string, Float64Array>;

/** Default number of runs per chunk in the chunked variant. */
export const DEFAULT_CHUNK = 100;

// text-exempt: the standard AbortError message; callers drop aborted runs silently, it is never shown.
const MSG_ABORTED = 'Aborted';
const ABORT_ERROR_NAME = 'AbortError';

/** Creates the error the chunked ensemble rejects with when aborted (name 'AbortError'). */
export function abortError(): Error {
  return new DOMException(MSG_ABORTED, ABORT_ERROR_NAME);
}

/** Tells whether an error is the rejection of an aborted ensemble. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === ABORT_ERROR_NAME;
}

/** Yields to the event loop once. */
function defaultYield(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

/**
 * Values (doubles) a BandPrefixCache holds by default, raw values and bands together: 40 MB, room for the
 * history months of every output at 1,000 runs and at the explorer's 200-run preview at once (about 4 M
 * values), so a lever change finds both.
 */
export const DEFAULT_PREFIX_CACHE_VALUES = 5_000_000;

/** Largest entry (values) a BandPrefixCache accepts by default: 1,000 runs × 144 months of 7 outputs. */
export const DEFAULT_PREFIX_ENTRY_VALUES = 1_000_000;

/** Runs whose checkpoints are kept; larger ensembles always run every month. */
export const CHECKPOINT_RUNS = 2000;

/** Ensembles (reuse key and run count) whose checkpoints a BandPrefixCache keeps. */
export const CHECKPOINT_KEYS = 4;

/** One cached prefix: the raw step-major values of the leading months and their bands. */
interface PrefixEntry {
  readonly raw: Float64Array;
  readonly band: Band;
  readonly size: number;
}

/**
 * Tells whether the first n doubles of a and b are the same numbers, zeros of the same sign. A NaN
 * never matches, so the answer errs only towards recomputing.
 */
function sameValues(a: Float64Array, b: Float64Array, n: number): boolean {
  if (a.length < n || b.length < n) return false;
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y || (x === 0 && 1 / x !== 1 / y)) return false;
  }
  return true;
}

/** Copies months [0, months) of each percentile of `from` into `to`. */
function copyBandPrefix(from: Band, to: Band, months: number): void {
  to.p10.set(from.p10.subarray(0, months));
  to.p25.set(from.p25.subarray(0, months));
  to.p50.set(from.p50.subarray(0, months));
  to.p75.set(from.p75.subarray(0, months));
  to.p90.set(from.p90.subarray(0, months));
}

/**
 * Keeps the bands of an output's leading months, each with a copy of the raw values they were
 * computed from, dropping the least recently used beyond its size. Entries never alias the caller's arrays.
 */
export class BandPrefixCache {
  private readonly entries = new Map<string, PrefixEntry>();
  private readonly checkpoints = new LruMap<string, Float64Array>(CHECKPOINT_KEYS);
  private held = 0;
  /** Lookups answered from the cache. */
  hits = 0;
  /** Lookups that found no entry or different raw values. */
  misses = 0;
  /** Ensembles that started their runs from kept checkpoints. */
  resumes = 0;

  /** Creates a cache holding at most `maxValues` doubles, skipping entries larger than `maxEntryValues`. */
  constructor(
    readonly maxValues: number = DEFAULT_PREFIX_CACHE_VALUES,
    readonly maxEntryValues: number = DEFAULT_PREFIX_ENTRY_VALUES,
  ) {}

  /** Returns the number of entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets every entry and resets the counters. */
  clear(): void {
    this.entries.clear();
    this.checkpoints.clear();
    this.held = 0;
    this.hits = 0;
    this.misses = 0;
    this.resumes = 0;
  }

  /**
   * Copies into `band` the cached bands of months [0, months) when the entry `key` was computed from
   * exactly the first runs × months values of the step-major `store`; returns whether it did.
   */
  restore(
    key: string,
    store: Float64Array,
    runs: number,
    months: number,
    band: Band,
    copiedFrom?: Float64Array,
  ): boolean {
    const entry = this.entries.get(key);
    const n = runs * months;
    // A store whose leading months were copied from this very entry's values needs no comparison.
    const same = entry !== undefined && (entry.raw === copiedFrom || sameValues(entry.raw, store, n));
    if (entry === undefined || entry.raw.length !== n || entry.band.p10.length !== months || !same) {
      this.misses++;
      return false;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    copyBandPrefix(entry.band, band, months);
    this.hits++;
    return true;
  }

  /** Returns the raw values cached under `key` when they are runs × months values; the caller must not modify them. */
  rawPrefix(key: string, runs: number, months: number): Float64Array | undefined {
    const entry = this.entries.get(key);
    return entry !== undefined && entry.raw.length === runs * months && entry.band.p10.length === months
      ? entry.raw
      : undefined;
  }

  /** Returns the run checkpoints kept under `key`, or undefined; the caller must not modify them. */
  checkpoint(key: string): Float64Array | undefined {
    return this.checkpoints.get(key);
  }

  /** Keeps run checkpoints under `key`, dropping the least recently used beyond CHECKPOINT_KEYS. */
  keepCheckpoint(key: string, cp: Float64Array): void {
    this.checkpoints.set(key, cp);
  }

  /** Returns the number of ensembles whose checkpoints are kept. */
  get checkpointCount(): number {
    return this.checkpoints.size;
  }

  /** Remembers the bands of months [0, months) of `band` with a copy of the values they came from. */
  remember(key: string, store: Float64Array, runs: number, months: number, band: Band): void {
    const n = runs * months;
    const size = n + 5 * months;
    if (size > this.maxEntryValues || size > this.maxValues || store.length < n) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.held -= old.size;
    }
    for (const [k, e] of this.entries) {
      if (this.held + size <= this.maxValues) break;
      this.entries.delete(k);
      this.held -= e.size;
    }
    const copy = emptyBand(months);
    copyBandPrefix(band, copy, months);
    this.entries.set(key, { raw: store.slice(0, n), band: copy, size });
    this.held += size;
  }
}

/** Step-major stores of finished ensembles, kept for the next ensemble of the same shape. */
const storePool: Float64Array[] = [];

/** The most values the store pool keeps: 24 MB, e.g. ten 1,000-run stores of 288 months. */
const POOL_VALUES = 3_000_000;

/** Takes a store of exactly `length` values from the pool, or allocates one. Its contents are arbitrary. */
function acquireStore(length: number): Float64Array {
  for (let i = storePool.length - 1; i >= 0; i--) {
    const a = storePool[i] as Float64Array;
    if (a.length === length) {
      storePool.splice(i, 1);
      return a;
    }
  }
  return new Float64Array(length);
}

/** Returns stores to the pool once nothing reads them any more, dropping the oldest beyond POOL_VALUES. */
function releaseStores(stores: readonly Float64Array[]): void {
  for (const a of stores) {
    if (a.length > POOL_VALUES) continue;
    storePool.push(a);
  }
  let total = 0;
  for (const a of storePool) total += a.length;
  while (total > POOL_VALUES && storePool.length > 0) total -= (storePool.shift() as Float64Array).length;
}

/** The uniforms of runs [0, filled) of one seed: u[r * size + i] is the i-th number of run r's stream. */
interface UniformTable {
  readonly seed: string;
  readonly size: number;
  readonly u: Float64Array;
  filled: number;
}

/** Runs whose uniforms are kept per seed (1.3 MB for 79 parameters); larger ensembles draw from the streams. */
const UNIFORM_RUNS = 2000;

/** Seeds whose uniforms are kept. */
const UNIFORM_SEEDS = 4;

/** Uniform tables of recent seeds, least recently used first. */
const uniformTables = new LruMap<string, UniformTable>(UNIFORM_SEEDS);

/**
 * Returns the table of uniforms of a seed for `size` parameters, or undefined when `runs` is too large
 * to keep. The numbers are those of runStream(seed, r), so drawing from the table or from the streams
 * gives the same parameters; the table only saves seeding a stream per run when levers change.
 */
function uniformTable(seed: string, size: number, runs: number): UniformTable | undefined {
  if (runs > UNIFORM_RUNS || size < 1) return undefined;
  const key = `${size}\u0000${seed}`;
  return (
    uniformTables.get(key) ??
    uniformTables.set(key, { seed, size, u: new Float64Array(UNIFORM_RUNS * size), filled: 0 })
  );
}

/** Takes the uniforms of runs up to `to` from their streams, when not taken yet. */
function fillUniforms(table: UniformTable, to: number): void {
  const { seed, size, u } = table;
  for (let r = table.filled; r < to; r++) {
    const rng = runStream(seed, r);
    const base = r * size;
    for (let i = 0; i < size; i++) u[base + i] = rng();
  }
  if (to > table.filled) table.filled = to;
}

/** Returns the central values (`value`) of the specs, in order. */
export function centralParams(specs: readonly ParamSpec[]): Float64Array {
  const p = new Float64Array(specs.length);
  for (let i = 0; i < specs.length; i++) p[i] = (specs[i] as ParamSpec).value;
  return p;
}

/** Checks the model's shape and throws a RangeError describing the first mismatch. */
function assertModel(model: EnsembleModel): void {
  const { nOut, months, outputIds } = model;
  // text-exempt: internal consistency checks of the generated model's shape (programming errors).
  if (!Number.isInteger(nOut) || nOut < 1) throw new RangeError(`nOut must be a positive integer, got ${nOut}`);
  // text-exempt: checks the generated model's shape (a programming error).
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive integer, got ${months}`);
  // text-exempt: checks the generated model's shape (a programming error).
  if (outputIds.length !== nOut) throw new RangeError(`outputIds has ${outputIds.length} ids, nOut is ${nOut}`);
}

/**
 * Runs the model once with the given parameters and returns its months × nOut outputs.
 */
export function runOnce(model: EnsembleModel, params: Float64Array): Float64Array {
  assertModel(model);
  if (params.length < model.parameters.length) {
    // text-exempt: an internal consistency check (a programming error), never triggered by user input.
    throw new RangeError(`got ${params.length} parameters, the model reads ${model.parameters.length}`);
  }
  const out = new Float64Array(model.months * model.nOut);
  model.run(params, model.inputs, out);
  return out;
}

/** The working state of one ensemble: buffers reused across runs and the step-major stores. */
interface EnsembleState {
  readonly model: EnsembleModel;
  readonly runs: number;
  readonly seed: string;
  readonly reuse: BandReuse | undefined;
  readonly keptIds: readonly string[];
  readonly keptIndex: Int32Array;
  readonly stores: Float64Array[];
  readonly sampler: Sampler;
  /** The seed's uniforms, when kept for ensembles of this size. */
  readonly uniforms: UniformTable | undefined;
  readonly p: Float64Array;
  readonly out: Float64Array;
  /** Outputs of the runs of the current block, before they are written out step-major. */
  readonly block: Float64Array;
  /** Checkpoints: read to start each run at `resume.month`, or written for the next ensembles. */
  readonly checkpoints: CheckpointUse | undefined;
  readonly onRun: ((r: number, out: Float64Array) => void) | undefined;
}

/** How an ensemble uses run checkpoints. */
interface CheckpointUse {
  readonly resume: EnsembleResume;
  readonly cache: BandPrefixCache;
  /** When resuming: the cached values each kept output's leading months were copied from, by output. */
  readonly copiedFrom?: readonly Float64Array[];
  readonly key: string;
  /** True: runs start from `states`; false: runs fill `states`, kept once the ensemble is complete. */
  readonly resuming: boolean;
  readonly states: Float64Array;
  /** One run's checkpoint, copied in or out of `states`. */
  readonly scratch: Float64Array;
}

/**
 * Decides whether an ensemble starts its runs from checkpoints (kept ones, and the leading months'
 * raw values of every kept output in the cache, copied into the stores) or saves them, or neither.
 */
function checkpointsOf(
  model: EnsembleModel,
  runs: number,
  reuse: BandReuse | undefined,
  keptIds: readonly string[],
  stores: readonly Float64Array[],
): CheckpointUse | undefined {
  const resume = model.resume;
  if (resume === undefined || reuse === undefined || runs > CHECKPOINT_RUNS) return undefined;
  const { month, size } = resume;
  if (
    !Number.isInteger(month) ||
    month < 1 ||
    month >= model.months ||
    month !== reuse.months ||
    !Number.isInteger(size) ||
    size < 1
  )
    return undefined;
  const { cache } = reuse;
  const key = `${reuse.key}\u0000${runs}\u0000${month}\u0000${size}`;
  const scratch = new Float64Array(size);
  const kept = cache.checkpoint(key);
  if (kept !== undefined && kept.length === runs * size) {
    const raws = keptIds.map((id) => cache.rawPrefix(prefixKey(reuse, id, runs), runs, month));
    if (raws.every((r) => r !== undefined)) {
      for (const [j, raw] of raws.entries()) (stores[j] as Float64Array).set(raw as Float64Array);
      cache.resumes++;
      return { resume, cache, key, resuming: true, states: kept, scratch, copiedFrom: raws as Float64Array[] };
    }
    return undefined;
  }
  return { resume, cache, key, resuming: false, states: new Float64Array(runs * size), scratch };
}

/** Keeps the checkpoints an ensemble saved, once all its runs are done. */
function keepCheckpoints(s: EnsembleState): void {
  const c = s.checkpoints;
  if (c !== undefined && !c.resuming) c.cache.keepCheckpoint(c.key, c.states);
}

/**
 * Validates the options and allocates the buffers of an ensemble. With `pooled`, the stores come from
 * the pool and must go back to it (releaseStores) once banded; without, they belong to the caller.
 */
function prepare(model: EnsembleModel, options: EnsembleOptions, pooled: boolean): EnsembleState {
  assertModel(model);
  const { runs, seed } = options;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(msg.model.errors.runs(runs));
  assertParamSpecs(model.parameters, model.parameterIds);
  const keptIds = options.outputs ?? model.outputIds;
  const keptIndex = new Int32Array(keptIds.length);
  for (let j = 0; j < keptIds.length; j++) {
    const id = keptIds[j] as string;
    const k = model.outputIds.indexOf(id);
    // text-exempt: callers pass output ids from the generated model's own list (a programming error).
    if (k < 0) throw new RangeError(`unknown output "${id}"`);
    keptIndex[j] = k;
  }
  const stores = keptIds.map(() =>
    pooled ? acquireStore(runs * model.months) : new Float64Array(runs * model.months),
  );
  return {
    model,
    runs,
    seed,
    reuse: options.reuse,
    keptIds,
    keptIndex,
    stores,
    checkpoints: checkpointsOf(model, runs, options.reuse, keptIds, stores),
    onRun: options.onRun,
    sampler: compileSampler(model.parameters),
    uniforms: model.draws === undefined ? uniformTable(seed, model.parameters.length, runs) : undefined,
    p: new Float64Array(model.parameters.length),
    out: new Float64Array(model.months * model.nOut),
    block: new Float64Array(keptIds.length * model.months * BLOCK_RUNS),
  };
}

/** Runs buffered before their outputs are written out step-major in one pass (a blocked transpose). */
const BLOCK_RUNS = 32;

/** Computes runs [from, to) and copies their kept outputs into the stores. */
function simulateRange(s: EnsembleState, from: number, to: number): void {
  const { model, runs, keptIndex, stores, sampler, uniforms, p, out, block, checkpoints, onRun } = s;
  const { run, inputs, nOut, months } = model;
  const clear = model.writesEveryOutput !== true;
  const kept = keptIndex.length;
  // Months written by the runs: from the checkpoint month on when resuming (the stores hold the rest).
  const first = checkpoints?.resuming === true ? checkpoints.resume.month : 0;
  for (let start = from; start < to; start += BLOCK_RUNS) {
    const end = Math.min(to, start + BLOCK_RUNS);
    if (uniforms !== undefined) fillUniforms(uniforms, end);
    // Run-major within the block: block[(j * months + m) * BLOCK_RUNS + b].
    for (let r = start; r < end; r++) {
      const b = r - start;
      if (model.draws !== undefined) model.draws(r, p);
      else if (uniforms !== undefined) sampler.drawUniforms(uniforms.u, r * uniforms.size, p);
      else sampler.draw(runStream(s.seed, r), p);
      if (clear) out.fill(0);
      if (checkpoints === undefined) run(p, inputs, out);
      else {
        const { resume, states, scratch } = checkpoints;
        const size = resume.size;
        const at = r * size;
        if (checkpoints.resuming) {
          for (let i = 0; i < size; i++) scratch[i] = states[at + i] as number;
          resume.runFrom(p, inputs, out, scratch);
        } else {
          resume.runSaving(p, inputs, out, scratch);
          for (let i = 0; i < size; i++) states[at + i] = scratch[i] as number;
        }
      }
      onRun?.(r, out);
      for (let j = 0; j < kept; j++) {
        const k = keptIndex[j] as number;
        const base = j * months * BLOCK_RUNS + b;
        for (let m = first; m < months; m++) block[base + m * BLOCK_RUNS] = out[m * nOut + k] as number;
      }
    }
    // Step-major in the stores: each (output, month) gets one contiguous copy of the block's runs.
    const count = end - start;
    // Plain loops: a subarray per (output, month) would cost more than the copy itself.
    for (let j = 0; j < kept; j++) {
      const store = stores[j] as Float64Array;
      for (let m = first; m < months; m++) {
        const src = (j * months + m) * BLOCK_RUNS;
        const dst = m * runs + start;
        for (let b = 0; b < count; b++) store[dst + b] = block[src + b] as number;
      }
    }
  }
}

/** Gathers the stores into a record keyed by output id. */
function rawOf(s: EnsembleState): RawEnsemble {
  const raw: RawEnsemble = {};
  s.keptIds.forEach((id, j) => {
    raw[id] = s.stores[j] as Float64Array;
  });
  return raw;
}

/**
 * Runs the whole ensemble synchronously and returns the step-major outputs (ens[m * runs + r]).
 */
export function runEnsembleRawSync(model: EnsembleModel, options: EnsembleOptions): RawEnsemble {
  const s = prepare(model, options, false);
  simulateRange(s, 0, s.runs);
  return rawOf(s);
}

/** Returns the key of one output's entry in a BandPrefixCache. */
function prefixKey(reuse: BandReuse, id: string, runs: number): string {
  return `${reuse.key}\u0000${id}\u0000${runs}\u0000${reuse.months}`;
}

/**
 * Bands one output's step-major values over `months` months, taking the leading months from
 * `reuse` when their values match and remembering them there otherwise.
 */
function bandOfStore(
  id: string,
  ens: Float64Array,
  runs: number,
  months: number,
  reuse?: BandReuse,
  copiedFrom?: Float64Array,
): Band {
  const band = emptyBand(months);
  let from = 0;
  if (reuse !== undefined && Number.isInteger(reuse.months) && reuse.months > 0 && reuse.months <= months) {
    const key = prefixKey(reuse, id, runs);
    if (!reuse.cache.restore(key, ens, runs, reuse.months, band, copiedFrom)) {
      fillBandRange(ens, runs, band, 0, reuse.months);
      reuse.cache.remember(key, ens, runs, reuse.months, band);
    }
    from = reuse.months;
  }
  fillBandRange(ens, runs, band, from, months);
  return band;
}

/** Turns raw step-major outputs into one band per output (reusing leading months from `reuse` when given). */
export function bandsOf(raw: RawEnsemble, runs: number, months: number, reuse?: BandReuse): Record<string, Band> {
  const bands: Record<string, Band> = {};
  for (const [id, ens] of Object.entries(raw)) bands[id] = bandOfStore(id, ens, runs, months, reuse);
  return bands;
}

/**
 * Runs the whole ensemble synchronously and returns a P10–P90 band per kept output.
 */
export function runEnsembleSync(model: EnsembleModel, options: EnsembleOptions): Record<string, Band> {
  const s = prepare(model, options, true);
  try {
    simulateRange(s, 0, s.runs);
    keepCheckpoints(s);
    const bands: Record<string, Band> = {};
    s.keptIds.forEach((id, j) => {
      bands[id] = bandOfStore(
        id,
        s.stores[j] as Float64Array,
        s.runs,
        model.months,
        s.reuse,
        s.checkpoints?.copiedFrom?.[j],
      );
    });
    return bands;
  } finally {
    releaseStores(s.stores);
  }
}

/**
 * Runs the ensemble in chunks, yielding to the event loop between them, and resolves to the same
 * bands as runEnsembleSync. Rejects with an AbortError (see isAbortError) when `signal` aborts.
 */
export async function runEnsembleChunked(
  model: EnsembleModel,
  options: ChunkedEnsembleOptions,
): Promise<Record<string, Band>> {
  const { signal, onProgress } = options;
  const chunk = options.chunk ?? DEFAULT_CHUNK;
  const yieldFn = options.yieldFn ?? defaultYield;
  // text-exempt: the chunk size is set by the program, never by a user (a programming error).
  if (!Number.isInteger(chunk) || chunk < 1) throw new RangeError(`chunk must be a positive integer, got ${chunk}`);
  if (signal?.aborted) throw abortError();
  const s = prepare(model, options, true);
  try {
    for (let from = 0; from < s.runs; from += chunk) {
      const to = Math.min(s.runs, from + chunk);
      simulateRange(s, from, to);
      onProgress?.(to, s.runs);
      await yieldFn();
      if (signal?.aborted) throw abortError();
    }
    keepCheckpoints(s);
    const bands: Record<string, Band> = {};
    for (let j = 0; j < s.keptIds.length; j++) {
      const id = s.keptIds[j] as string;
      bands[id] = bandOfStore(
        id,
        s.stores[j] as Float64Array,
        s.runs,
        model.months,
        s.reuse,
        s.checkpoints?.copiedFrom?.[j],
      );
      await yieldFn();
      if (signal?.aborted) throw abortError();
    }
    return bands;
  } finally {
    releaseStores(s.stores);
  }
}
