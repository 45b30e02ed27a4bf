/**
 * Seeded random streams for the Monte Carlo ensembles.
 *
 * Every run of an ensemble gets its own stream derived only from the scenario seed and the run's index,
 * so a run draws the same numbers whether it is computed first or last, alone or in a chunk.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** Separates the seed from the run index so that ("a1", 2) and ("a", 12) give different streams. */
const RUN_SEPARATOR = '\u0000';

/** 2^-32. */
const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/**
 * Johannes Baagøe's Alea seeded with his Mash, step for step as seedrandom's `alea` (seedrandom 3) computes
 * them, so every stream gives the numbers it gives (tested against it), without the extra methods and
 * objects seedrandom builds for each generator: a pool seeds one stream per candidate, tens of thousands
 * of them for a brief.
 */
function alea(seed: string): Rng {
  const st = seeded(seed, { s0: 0, s1: 0, s2: 0, c: 1 });
  return () => step(st);
}

/** Alea's state: three fractions and a carry. */
interface AleaState {
  s0: number;
  s1: number;
  s2: number;
  c: number;
}

/** Seeds `st` from `seed` (Baagøe's seeding) and returns it. */
function seeded(seed: string, st: AleaState): AleaState {
  let n = mash(0xefc8249d, ' ');
  st.s0 = fraction(n);
  n = mash(n, ' ');
  st.s1 = fraction(n);
  n = mash(n, ' ');
  st.s2 = fraction(n);
  st.c = 1;
  n = mash(n, seed);
  st.s0 -= fraction(n);
  if (st.s0 < 0) st.s0 += 1;
  n = mash(n, seed);
  st.s1 -= fraction(n);
  if (st.s1 < 0) st.s1 += 1;
  n = mash(n, seed);
  st.s2 -= fraction(n);
  if (st.s2 < 0) st.s2 += 1;
  return st;
}

/** Alea's next number. */
function step(st: AleaState): number {
  const t = 2091639 * st.s0 + st.c * TWO_TO_MINUS_32;
  st.s0 = st.s1;
  st.s1 = st.s2;
  st.c = t | 0;
  st.s2 = t - st.c;
  return st.s2;
}

/** Mash's state after reading `data` from state `n`. */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000;
  }
  return n;
}

/** The number in [0, 1) Mash gives for its state. */
function fraction(n: number): number {
  return (n >>> 0) * TWO_TO_MINUS_32;
}

/**
 * Creates a seeded uniform generator in [0, 1) using the Alea algorithm (seedrandom's).
 *
 * Alea is used rather than xor4096 because it is cheaper to seed (one stream is seeded per run) and
 * as fast to draw from.
 */
export function createRng(seed: string): Rng {
  return alea(seed);
}

/**
 * Returns the random stream of run `runIndex` of the ensemble seeded with `seed`.
 *
 * The stream depends only on (seed, runIndex): never on the order runs are computed in.
 */
export function runStream(seed: string, runIndex: number): Rng {
  return alea(runSeed(seed, runIndex));
}

/** The seed of run `runIndex`'s stream. */
function runSeed(seed: string, runIndex: number): string {
  if (!Number.isInteger(runIndex) || runIndex < 0) {
    // text-exempt: run indices come from the ensemble loop (a programming error).
    throw new RangeError(`run index must be a non-negative integer, got ${runIndex}`);
  }
  return `${seed}${RUN_SEPARATOR}${runIndex}`;
}

/** The state `fillRunStream` seeds and steps (one at a time: nothing else runs between). */
const scratch: AleaState = { s0: 0, s1: 0, s2: 0, c: 1 };

/**
 * Writes the first `count` numbers of runStream(seed, runIndex) into u[0 … count), without making a generator
 * (a pool draws tens of thousands of candidates, each from its own stream).
 */
export function fillRunStream(seed: string, runIndex: number, u: Float64Array, count: number = u.length): void {
  const st = seeded(runSeed(seed, runIndex), scratch);
  for (let i = 0; i < count; i++) u[i] = step(st);
}
