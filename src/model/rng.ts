/**
 * Seeded random streams for the Monte Carlo ensembles.
 *
 * Every run of an ensemble gets its own stream derived only from the scenario seed and the run's index,
 * so a run draws the same numbers whether it is computed first or last, alone or in a chunk.
 */

import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** Separates the seed from the run index so that ("a1", 2) and ("a", 12) give different streams. */
const RUN_SEPARATOR = '\u0000';

/**
 * Creates a seeded uniform generator in [0, 1) using the Alea algorithm (seedrandom's).
 *
 * Alea is used rather than xor4096 because it is cheaper to seed (one stream is seeded per run) and
 * as fast to draw from.
 */
export function createRng(seed: string): Rng {
  return seedrandom.alea(seed);
}

/**
 * Returns the random stream of run `runIndex` of the ensemble seeded with `seed`.
 *
 * The stream depends only on (seed, runIndex): never on the order runs are computed in.
 */
export function runStream(seed: string, runIndex: number): Rng {
  return seedrandom.alea(runSeed(seed, runIndex));
}

/** The seed of run `runIndex`'s stream. */
function runSeed(seed: string, runIndex: number): string {
  if (!Number.isInteger(runIndex) || runIndex < 0) {
    // text-exempt: run indices come from the ensemble loop (a programming error).
    throw new RangeError(`run index must be a non-negative integer, got ${runIndex}`);
  }
  return `${seed}${RUN_SEPARATOR}${runIndex}`;
}

/**
 * Writes the first `count` numbers of runStream(seed, runIndex) into u[0 … count) (a pool draws tens of
 * thousands of candidates, each from its own stream, into one buffer).
 */
export function fillRunStream(seed: string, runIndex: number, u: Float64Array, count: number = u.length): void {
  const next = seedrandom.alea(runSeed(seed, runIndex));
  for (let i = 0; i < count; i++) u[i] = next();
}
