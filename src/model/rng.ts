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
  let n = mash(0xefc8249d, ' ');
  const s0 = n;
  n = mash(n, ' ');
  const s1 = n;
  n = mash(n, ' ');
  const s2 = n;
  const st = { s0: fraction(s0), s1: fraction(s1), s2: fraction(s2), c: 1 };
  n = mash(n, seed);
  st.s0 -= fraction(n);
  if (st.s0 < 0) st.s0 += 1;
  n = mash(n, seed);
  st.s1 -= fraction(n);
  if (st.s1 < 0) st.s1 += 1;
  n = mash(n, seed);
  st.s2 -= fraction(n);
  if (st.s2 < 0) st.s2 += 1;
  return () => {
    const t = 2091639 * st.s0 + st.c * TWO_TO_MINUS_32;
    st.s0 = st.s1;
    st.s1 = st.s2;
    st.c = t | 0;
    st.s2 = t - st.c;
    return st.s2;
  };
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
  if (!Number.isInteger(runIndex) || runIndex < 0) {
    // text-exempt: run indices come from the ensemble loop (a programming error).
    throw new RangeError(`run index must be a non-negative integer, got ${runIndex}`);
  }
  return alea(`${seed}${RUN_SEPARATOR}${runIndex}`);
}
