/**
 * Draws assumption values inside their ranges for the Monte Carlo runs.
 *
 * Every parameter is drawn by inverse-CDF sampling from exactly one uniform number, in the order the
 * specs are listed. A 'fixed' parameter still consumes its uniform, so adding or fixing one parameter
 * never shifts the draws of the others.
 *
 * Beta-PERT has no closed-form inverse CDF. It is sampled from a table: the beta density with
 * alpha = 1 + 4(mode - low)/(high - low) and beta = 1 + 4(high - mode)/(high - low) is integrated
 * (Simpson's rule) over a grid of PERT_CELLS equal cells on [0, 1], and the uniform is mapped through
 * the inverse of that piecewise-linear CDF. The table depends only on (alpha, beta), is built once
 * per shape and cached, and the mapping is plain arithmetic, so draws are deterministic. The error
 * is below 1/PERT_CELLS of the range.
 *
 * compileSampler prepares a list of specs once for the thousands of draws of an ensemble; it gives
 * exactly the numbers drawParams gives.
 */
import { msg } from '../text/i18n.js';
import type { Distribution } from './types.js';
import type { Rng } from './rng.js';

/** How one parameter of a run is drawn: central value, range and distribution. */
export interface ParamSpec {
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly distribution: Distribution;
}

/** Number of equal cells the PERT tables divide [0, 1] into. */
export const PERT_CELLS = 2048;

/** The most PERT shapes kept in the cache before it is cleared. */
const PERT_CACHE_LIMIT = 256;

/** A PERT shape's inverse-CDF table on the unit interval. */
interface PertTable {
  /** cdf[i] = P(X <= i / PERT_CELLS), cdf[0] = 0, cdf[PERT_CELLS] = 1. */
  readonly cdf: Float64Array;
  /** guide[j] = the cell where u = j / PERT_CELLS falls: a starting point for the search. */
  readonly guide: Int32Array;
}

const pertCache = new Map<string, PertTable>();

/**
 * Checks that a spec can be sampled and returns a description of the first problem, or undefined.
 */
export function checkParamSpec(spec: ParamSpec): string | undefined {
  const { value, low, high, distribution } = spec;
  const problem = msg.model.errors.spec;
  if (!Number.isFinite(value) || !Number.isFinite(low) || !Number.isFinite(high)) return problem.notFinite;
  if (distribution === 'fixed') return undefined;
  if (low > high) return problem.lowAboveHigh;
  if (value < low || value > high) return problem.valueOutside;
  switch (distribution) {
    case 'uniform':
    case 'triangular':
    case 'pert':
      return undefined;
    case 'loguniform':
      return low > 0 ? undefined : problem.loguniformPositive;
    default:
      return problem.unknownDistribution;
  }
}

/**
 * Throws a RangeError naming the first spec that cannot be sampled; `names` labels them in the message.
 */
export function assertParamSpecs(specs: readonly ParamSpec[], names?: readonly string[]): void {
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    if (spec === undefined) continue;
    const problem = checkParamSpec(spec);
    if (problem !== undefined) {
      const name = names?.[i] ?? `#${i}`;
      throw new RangeError(
        msg.model.errors.parameter(name, problem, spec.value, spec.low, spec.high, spec.distribution),
      );
    }
  }
}

/** Returns the unnormalised beta density x^(a-1) (1-x)^(b-1) on [0, 1]. */
function betaKernel(x: number, a: number, b: number): number {
  return x ** (a - 1) * (1 - x) ** (b - 1);
}

/** Builds the inverse-CDF table of the beta(a, b) distribution with a, b >= 1. */
function buildPertTable(a: number, b: number): PertTable {
  const n = PERT_CELLS;
  const cdf = new Float64Array(n + 1);
  const h = 1 / n;
  let acc = 0;
  let left = betaKernel(0, a, b);
  for (let i = 0; i < n; i++) {
    const right = betaKernel((i + 1) * h, a, b);
    const mid = betaKernel((i + 0.5) * h, a, b);
    acc += (h / 6) * (left + 4 * mid + right);
    cdf[i + 1] = acc;
    left = right;
  }
  for (let i = 1; i < n; i++) cdf[i] = (cdf[i] as number) / acc;
  cdf[n] = 1;
  const guide = new Int32Array(n);
  let cell = 0;
  for (let j = 0; j < n; j++) {
    const u = j / n;
    while (cell < n - 1 && (cdf[cell + 1] as number) <= u) cell++;
    guide[j] = cell;
  }
  return { cdf, guide };
}

/** The PERT table last used by each spec object, with the shape it was built for. */
const specTables = new WeakMap<ParamSpec, { readonly a: number; readonly b: number; readonly table: PertTable }>();

/** Returns the PERT table of a spec's shape, remembering it on the spec object for the next draw. */
function pertTableOfSpec(spec: ParamSpec, a: number, b: number): PertTable {
  const hit = specTables.get(spec);
  if (hit !== undefined && hit.a === a && hit.b === b) return hit.table;
  const table = pertTable(a, b);
  specTables.set(spec, { a, b, table });
  return table;
}

/** Returns the cached table for a PERT shape, building it on first use. */
function pertTable(a: number, b: number): PertTable {
  const key = `${a},${b}`;
  let table = pertCache.get(key);
  if (table === undefined) {
    if (pertCache.size >= PERT_CACHE_LIMIT) pertCache.clear();
    table = buildPertTable(a, b);
    pertCache.set(key, table);
  }
  return table;
}

/** Maps a uniform u in [0, 1) to the unit-interval beta quantile through a PERT table. */
function pertUnitQuantile(table: PertTable, u: number): number {
  const n = PERT_CELLS;
  const { cdf, guide } = table;
  let i = guide[Math.min(n - 1, Math.floor(u * n))] as number;
  while (i < n - 1 && (cdf[i + 1] as number) <= u) i++;
  const c0 = cdf[i] as number;
  const c1 = cdf[i + 1] as number;
  const frac = c1 > c0 ? (u - c0) / (c1 - c0) : 0;
  return (i + frac) / n;
}

/**
 * Maps one uniform number u in [0, 1) to a value of the spec's distribution (inverse CDF).
 *
 * Degenerate ranges (low == high) and 'fixed' return `value`. The result is clamped to [low, high].
 */
export function quantileOfParam(spec: ParamSpec, u: number): number {
  const { value, low, high } = spec;
  if (spec.distribution === 'fixed' || !(high > low)) return value;
  const width = high - low;
  let x: number;
  switch (spec.distribution) {
    case 'uniform':
      x = low + u * width;
      break;
    case 'triangular': {
      const split = (value - low) / width;
      x =
        u < split ? low + Math.sqrt(u * (width * (value - low))) : high - Math.sqrt((1 - u) * (width * (high - value)));
      break;
    }
    case 'pert': {
      const a = 1 + (4 * (value - low)) / width;
      const b = 1 + (4 * (high - value)) / width;
      x = low + width * pertUnitQuantile(pertTableOfSpec(spec, a, b), u);
      break;
    }
    case 'loguniform': {
      const lo = Math.log(low);
      x = Math.exp(lo + u * (Math.log(high) - lo));
      break;
    }
    default:
      x = value;
  }
  return x < low ? low : Math.min(x, high);
}

/**
 * Draws one value for a spec, consuming exactly one uniform from `rng`.
 */
export function drawParam(spec: ParamSpec, rng: Rng): number {
  return quantileOfParam(spec, rng());
}

/**
 * Draws every spec once, in order, into `out` (one uniform each, 'fixed' included).
 */
export function drawParams(specs: readonly ParamSpec[], rng: Rng, out: Float64Array): void {
  const n = specs.length;
  // text-exempt: the caller's buffer is too small (a programming error).
  if (out.length < n) throw new RangeError(`output buffer holds ${out.length} values, ${n} needed`);
  for (let i = 0; i < n; i++) {
    out[i] = quantileOfParam(specs[i] as ParamSpec, rng());
  }
}

/** Distribution codes of a compiled sampler. */
const KIND_FIXED = 0;
const KIND_UNIFORM = 1;
const KIND_TRIANGULAR = 2;
const KIND_PERT = 3;
const KIND_LOGUNIFORM = 4;

/** A list of specs prepared for fast repeated drawing: the same draws as drawParams, precomputed. */
export interface Sampler {
  /** Number of parameters drawn per call. */
  readonly size: number;
  /** Draws every parameter once, in order, into `out` (one uniform each), exactly as drawParams does. */
  draw(rng: Rng, out: Float64Array): void;
  /**
   * Draws every parameter from uniforms already taken from a stream, u[offset + i] for parameter i:
   * the same values `draw` gives when the stream yields those uniforms.
   */
  drawUniforms(u: Float64Array, offset: number, out: Float64Array): void;
}

/**
 * Prepares specs for repeated drawing (an ensemble draws the same list thousands of times).
 *
 * The specs are read once: later changes to them do not affect the sampler.
 */
export function compileSampler(specs: readonly ParamSpec[]): Sampler {
  const n = specs.length;
  const kind = new Uint8Array(n);
  const lowA = new Float64Array(n);
  const highA = new Float64Array(n);
  const c1 = new Float64Array(n);
  const c2 = new Float64Array(n);
  const c3 = new Float64Array(n);
  const tables: (PertTable | undefined)[] = new Array<PertTable | undefined>(n).fill(undefined);
  for (let i = 0; i < n; i++) {
    const spec = specs[i] as ParamSpec;
    const { value, low, high } = spec;
    lowA[i] = low;
    highA[i] = high;
    const width = high - low;
    if (spec.distribution === 'fixed' || !(high > low)) {
      kind[i] = KIND_FIXED;
      c1[i] = value;
      continue;
    }
    switch (spec.distribution) {
      case 'uniform':
        kind[i] = KIND_UNIFORM;
        c1[i] = width;
        break;
      case 'triangular':
        kind[i] = KIND_TRIANGULAR;
        c1[i] = (value - low) / width;
        c2[i] = width * (value - low);
        c3[i] = width * (high - value);
        break;
      case 'pert':
        kind[i] = KIND_PERT;
        c1[i] = width;
        tables[i] = pertTable(1 + (4 * (value - low)) / width, 1 + (4 * (high - value)) / width);
        break;
      case 'loguniform':
        kind[i] = KIND_LOGUNIFORM;
        c1[i] = Math.log(low);
        c2[i] = Math.log(high) - Math.log(low);
        break;
      default:
        kind[i] = KIND_FIXED;
        c1[i] = value;
    }
  }
  const drawUniforms = (us: Float64Array, offset: number, out: Float64Array): void => {
    // text-exempt: the caller's buffer is too small (a programming error).
    if (out.length < n) throw new RangeError(`output buffer holds ${out.length} values, ${n} needed`);
    if (!(offset >= 0) || us.length < offset + n)
      // text-exempt: the caller's uniforms are too few (a programming error).
      throw new RangeError(`uniforms hold ${us.length} values, ${offset + n} needed`);
    for (let i = 0; i < n; i++) {
      const u = us[offset + i] as number;
      const k = kind[i] as number;
      if (k === KIND_FIXED) {
        out[i] = c1[i] as number;
        continue;
      }
      const low = lowA[i] as number;
      const high = highA[i] as number;
      let x: number;
      if (k === KIND_UNIFORM) {
        x = low + u * (c1[i] as number);
      } else if (k === KIND_TRIANGULAR) {
        x =
          u < (c1[i] as number)
            ? low + Math.sqrt(u * (c2[i] as number))
            : high - Math.sqrt((1 - u) * (c3[i] as number));
      } else if (k === KIND_PERT) {
        x = low + (c1[i] as number) * pertUnitQuantile(tables[i] as PertTable, u);
      } else {
        x = Math.exp((c1[i] as number) + u * (c2[i] as number));
      }
      out[i] = x < low ? low : Math.min(x, high);
    }
  };
  const taken = new Float64Array(n);
  const draw = (rng: Rng, out: Float64Array): void => {
    // text-exempt: the caller's buffer is too small (a programming error).
    if (out.length < n) throw new RangeError(`output buffer holds ${out.length} values, ${n} needed`);
    for (let i = 0; i < n; i++) taken[i] = rng();
    drawUniforms(taken, 0, out);
  };
  return { size: n, draw, drawUniforms };
}
