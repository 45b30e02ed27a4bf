/**
 * "Did you mean …?" suggestions for misspelled keys, lever ids, assumption ids and camp ids.
 */

/** Returns the optimal-string-alignment (restricted Damerau–Levenshtein) distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rolling rows: two back (for transpositions), previous and current.
  let twoBack = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1, // deletion
        (current[j - 1] ?? 0) + 1, // insertion
        (previous[j - 1] ?? 0) + cost, // substitution
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (twoBack[j - 2] ?? 0) + 1); // transposition
      }
      current[j] = best;
    }
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length] ?? 0;
}

/** Normalises a key for comparison: lower case, hyphens and spaces read as underscores. */
function normalise(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '_');
}

/** Longest input compared; anything longer is not a typo of a short id. */
const MAX_COMPARED = 64;

/**
 * Finds the candidate closest to `input`, or undefined when none is close enough to be a likely typo.
 * Close means an edit distance of at most a third of the length (at least 1), or an unambiguous prefix of
 * four or more characters.
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > MAX_COMPARED) return undefined;
  const wanted = normalise(input);
  const limit = Math.max(1, Math.floor(Math.max(wanted.length, 3) / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const other = normalise(candidate);
    // The distance is at least the difference in length: skip candidates that cannot be close enough.
    if (Math.abs(other.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= limit) return best;
  if (wanted.length >= 4) {
    const prefixed = candidates.filter((c) => normalise(c).startsWith(wanted));
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}
