/**
 * Lever attribution: splits the difference A − B of a metric into each player's share with exact Shapley
 * values (players are levers, lever families, or the assumption settings). Pure: the model comes in as a
 * `value` function of a coalition bitmask (bit i set: player i takes A's setting, otherwise B's).
 */

/** Largest number of players solved exactly (2^n model runs). */
export const MAX_EXACT_PLAYERS = 12;

/**
 * Computes exact Shapley values for a vector-valued game on n players. `value(mask)` returns a vector (same
 * length for every mask); the result is one vector per player, and the players' vectors sum to
 * value(all) − value(none) up to rounding.
 */
export function shapleyValues(n: number, value: (mask: number) => ArrayLike<number>): number[][] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_EXACT_PLAYERS) {
    // text-exempt: callers group players to at most MAX_EXACT_PLAYERS (a programming error).
    throw new RangeError(`shapleyValues: n must be an integer 0–${MAX_EXACT_PLAYERS}, got ${n}`);
  }
  const size = 1 << n;
  const v: ArrayLike<number>[] = new Array<ArrayLike<number>>(size);
  for (let mask = 0; mask < size; mask++) v[mask] = value(mask);
  const dim = v[0]?.length ?? 0;
  // weight[s] = s! (n − s − 1)! / n! for a coalition of size s not containing the player.
  const weight: number[] = [];
  for (let s = 0; s < n; s++) weight.push(1 / (n * binomial(n - 1, s)));
  const phi: number[][] = [];
  for (let i = 0; i < n; i++) {
    const bit = 1 << i;
    const acc = new Array<number>(dim).fill(0);
    for (let mask = 0; mask < size; mask++) {
      if (mask & bit) continue;
      const w = weight[popcount(mask)] ?? 0;
      const without = v[mask];
      const withI = v[mask | bit];
      if (without === undefined || withI === undefined) continue;
      for (let d = 0; d < dim; d++) acc[d] = (acc[d] ?? 0) + w * ((withI[d] ?? 0) - (without[d] ?? 0));
    }
    phi.push(acc);
  }
  return phi;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let j = 1; j <= k; j++) r = (r * (n - k + j)) / j;
  return r;
}

function popcount(x: number): number {
  let c = 0;
  let y = x;
  while (y) {
    y &= y - 1;
    c++;
  }
  return c;
}

/** Something that changes between B and A and gets a share of the difference (moving levers with ids `L`). */
export interface Player<L extends string = string> {
  readonly id: string;
  readonly label: string;
  /** Lever ids the player moves together (empty for the assumption-settings player). */
  readonly levers: readonly L[];
}

/** One player's share. */
export interface AttributionRow extends Player {
  /** Shapley value on the metric. */
  readonly shapley: number;
  /** Effect of switching only this player from B to A: v({i}) − v(∅). */
  readonly oneAtATime: number;
  /** Shapley value on each year's value, aligned with `years`. */
  readonly shapleyByYear: readonly number[];
}

/** The full split of A − B. */
export interface AttributionResult {
  /** Metric for B (all players at B's settings). */
  readonly start: number;
  /** Metric for A (all players at A's settings). */
  readonly end: number;
  /** end − start. */
  readonly total: number;
  /** total − sum of one-at-a-time effects. */
  readonly interaction: number;
  readonly rows: readonly AttributionRow[];
  readonly years: readonly number[];
  /** B's and A's value in each year. */
  readonly startByYear: readonly number[];
  readonly endByYear: readonly number[];
  /** Number of coalitions evaluated (model runs). */
  readonly evaluations: number;
}

/**
 * Attributes A − B to players. `evaluate(mask)` returns [metric, year_1, …, year_k] for the coalition
 * (bit i: player i at A's setting).
 */
export function attribute(
  players: readonly Player[],
  years: readonly number[],
  evaluate: (mask: number) => ArrayLike<number>,
): AttributionResult {
  const n = players.length;
  const cache = new Map<number, ArrayLike<number>>();
  const value = (mask: number): ArrayLike<number> => {
    let v = cache.get(mask);
    if (v === undefined) {
      v = evaluate(mask);
      cache.set(mask, v);
    }
    return v;
  };
  const phi = shapleyValues(n, value);
  const none = value(0);
  const all = value((1 << n) - 1);
  const start = none[0] ?? Number.NaN;
  const end = all[0] ?? Number.NaN;
  let oatSum = 0;
  const rows: AttributionRow[] = players.map((p, i) => {
    const oat = (value(1 << i)[0] ?? Number.NaN) - start;
    oatSum += oat;
    const vec = phi[i] ?? [];
    return { ...p, shapley: vec[0] ?? 0, oneAtATime: oat, shapleyByYear: vec.slice(1, 1 + years.length) };
  });
  const total = end - start;
  return {
    start,
    end,
    total,
    interaction: total - oatSum,
    rows,
    years,
    startByYear: Array.from(none).slice(1, 1 + years.length),
    endByYear: Array.from(all).slice(1, 1 + years.length),
    evaluations: cache.size,
  };
}

/** How the players were formed. */
export interface PlayerPlan<L extends string = string> {
  readonly players: readonly Player<L>[];
  /** True when more than `maxLevers` levers differ and players are lever families. */
  readonly grouped: boolean;
}

/**
 * Turns the levers that differ into players: one per lever when there are at most `maxLevers`, otherwise
 * one per family (in first-seen order).
 */
export function planPlayers<L extends string>(
  differing: readonly { readonly id: L; readonly label: string; readonly family: string }[],
  maxLevers = 8,
): PlayerPlan<L> {
  if (differing.length <= maxLevers) {
    return { players: differing.map((l) => ({ id: l.id, label: l.label, levers: [l.id] })), grouped: false };
  }
  const families = new Map<string, L[]>();
  for (const l of differing) {
    const list = families.get(l.family) ?? [];
    list.push(l.id);
    families.set(l.family, list);
  }
  const players = [...families.entries()].map(([family, levers]) => ({ id: family, label: family, levers }));
  return { players, grouped: true };
}
