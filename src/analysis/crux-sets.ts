/**
 * Crux sets, "what you would have to believe": the smallest sets of assumption changes (values inside their
 * ranges, camp switches) that turn "A beats B" around. Pure: the model comes in as functions.
 *
 * Two stages. The screen searches every set of up to K options on a cheap margin (central runs in the port):
 * for a single range it scans the range; for a set it tries each corner (every option at the end of its
 * range in a chosen direction, or switched) and, where the corner turns the margin around, looks for the
 * smallest move toward that corner (every option but one at its end and that one bisected, or all moved by a
 * common share of the way). Then the confirmation checks the nearest candidates on the decisive margin (the
 * ensemble's paired effect in the port) and moves a candidate that does not turn it around further toward its
 * corner, bisecting a few times, before giving it up.
 *
 * Distance of a set: the sum over its changes of |to − from| / (high − low) for a value moved inside its
 * range, plus CAMP_SWITCH_DISTANCE for each camp switched.
 */
import { findFlips, type FlipSearchOptions, type Leader } from './crux.js';
import type { CruxSetChangeRow, CruxSetReport } from './reports.js';
import type { Effect } from './stats.js';

/** What one switched camp adds to a set's distance: as far as a whole range. */
export const CAMP_SWITCH_DISTANCE = 1;

/** Most changes a set may hold. */
export const MAX_SET_SIZE = 3;

/** An assumption that may be moved inside its range [low, high] from its central value. */
export interface RangeOption {
  readonly kind: 'range';
  readonly id: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** A contested assumption that may be switched from its camp to another. */
export interface CampOption {
  readonly kind: 'camp';
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

/** One thing a set may change. */
export type SetOption = RangeOption | CampOption;

/** One change of a set: a value moved inside its range, or a camp switched. */
export type SetChange =
  | { readonly kind: 'range'; readonly id: string; readonly from: number; readonly to: number }
  | { readonly kind: 'camp'; readonly id: string; readonly from: string; readonly to: string };

/** A's advantage over B (positive: A better) with the changes applied to both. */
export type SetMargin = (changes: readonly SetChange[]) => number;

/** A set the screen found to turn the cheap margin around. */
export interface SetCandidate {
  /** The smallest move found, in the order of the options. */
  readonly changes: readonly SetChange[];
  readonly distance: number;
  /** The cheap margin with the changes applied. */
  readonly margin: number;
  /** The corner the move heads for: every range option at its end, every camp switched. */
  readonly corner: readonly SetChange[];
  /** The options' keys joined (one id per range, id=camp per switch), one per set of options. */
  readonly key: string;
}

/** How the screen searches. */
export interface ScreenOptions extends FlipSearchOptions {
  /** Most changes per set (1–3). */
  readonly maxSet: number;
  /** Bisection steps toward a corner. @default 14 */
  readonly steps?: number;
}

/** What the screen found, and what it cost. */
export interface ScreenResult {
  /** Minimal candidates (no subset of their options turns the margin around), nearest first. */
  readonly candidates: readonly SetCandidate[];
  /** Sets of options examined. */
  readonly screened: number;
  /** Range options left out because the margin is the same at both ends and the middle of the range. */
  readonly flat: number;
  /** Calls of the margin. */
  readonly evaluations: number;
  /** The corner or range end screened that came nearest to turning the margin around (none: nothing screened). */
  readonly closest?: { readonly changes: readonly SetChange[]; readonly distance: number; readonly margin: number };
}

/** True when `margin` has the other sign than the lead `sign` (+1: A leads, −1: B leads); a tie is not turned. */
export function turned(margin: number, sign: 1 | -1): boolean {
  return sign * margin < 0;
}

function optionKey(o: SetOption): string {
  return o.kind === 'range' ? o.id : `${o.id}=${o.to}`;
}

function width(o: RangeOption): number {
  return o.high - o.low;
}

/** The distance of a set of changes, in range units (see the module's comment). */
export function setDistance(changes: readonly SetChange[], options: readonly SetOption[]): number {
  let d = 0;
  for (const c of changes) {
    if (c.kind === 'camp') {
      d += CAMP_SWITCH_DISTANCE;
      continue;
    }
    const o = options.find((x): x is RangeOption => x.kind === 'range' && x.id === c.id);
    if (o !== undefined && width(o) > 0) d += Math.abs(c.to - c.from) / width(o);
  }
  return d;
}

/** The change of an option moved a share `t` (0–1) of the way from its central value to `end`. */
function moved(o: SetOption, end: number, t: number): SetChange {
  if (o.kind === 'camp') return { kind: 'camp', id: o.id, from: o.from, to: o.to };
  return { kind: 'range', id: o.id, from: o.value, to: t >= 1 ? end : o.value + t * (end - o.value) };
}

function distanceOf(set: readonly SetOption[], ends: readonly number[], shares: readonly number[]): number {
  let d = 0;
  set.forEach((o, i) => {
    if (o.kind === 'camp') d += CAMP_SWITCH_DISTANCE;
    else if (width(o) > 0) d += (Math.abs((ends[i] as number) - o.value) * (shares[i] as number)) / width(o);
  });
  return d;
}

/** Every way of taking k of n indices, ascending, in lexicographic order. */
export function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (start: number): void => {
    if (pick.length === k) {
      out.push([...pick]);
      return;
    }
    for (let i = start; i < n; i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

/**
 * A screen in steps, so a caller can spread it over event-loop turns: `sets(k)` lists the sets of k options
 * still worth screening (one option per assumption, no subset already found), `screen(set)` screens one, and
 * `result()` ranks what was found.
 */
export interface SetScreen {
  readonly options: readonly SetOption[];
  sets(k: number): readonly (readonly number[])[];
  screen(set: readonly number[]): void;
  result(): ScreenResult;
}

/** Starts a screen of `options` around `centralMargin` (A's advantage with no change; its sign is the verdict's). */
export function startScreen(
  allOptions: readonly SetOption[],
  sign: 1 | -1,
  margin: SetMargin,
  opts: ScreenOptions,
): SetScreen {
  const steps = Math.max(1, Math.floor(opts.steps ?? 14));
  let evaluations = 0;
  const at = (changes: readonly SetChange[]): number => {
    evaluations++;
    return margin(changes);
  };
  const base = at([]);
  // A range whose margin is the same at both ends and the middle does not enter it: left out.
  let flat = 0;
  const options = allOptions.filter((o) => {
    if (o.kind === 'camp') return true;
    if (!(width(o) > 0)) return false;
    if (opts.skipFlat === false) return true;
    const m = (x: number): number => at([{ kind: 'range', id: o.id, from: o.value, to: x }]);
    const keep = !(m(o.low) === base && m(o.high) === base && m((o.low + o.high) / 2) === base);
    if (!keep) flat++;
    return keep;
  });
  const found = new Map<string, SetCandidate[]>();
  let closest: ScreenResult['closest'];
  const near = (changes: readonly SetChange[], m: number): void => {
    if (closest === undefined || sign * m < sign * closest.margin)
      closest = { changes, distance: setDistance(changes, options), margin: m };
  };
  const foundSets: Set<number>[] = [];
  let screened = 0;

  const keep = (c: SetCandidate, set: readonly number[]): void => {
    const list = found.get(c.key);
    if (list === undefined) {
      found.set(c.key, [c]);
      foundSets.push(new Set(set));
    } else list.push(c);
  };

  const screenSingle = (i: number): void => {
    const o = options[i] as SetOption;
    if (o.kind === 'camp') {
      const change = moved(o, 0, 1);
      const m = at([change]);
      near([change], m);
      if (turned(m, sign))
        keep({ changes: [change], corner: [change], distance: CAMP_SWITCH_DISTANCE, margin: m, key: optionKey(o) }, [
          i,
        ]);
      return;
    }
    const scan = findFlips((x) => at([{ kind: 'range', id: o.id, from: o.value, to: x }]), o.low, o.high, sign, {
      ...opts,
      skipFlat: false,
    });
    for (const end of [o.low, o.high]) near([moved(o, end, 1)], at([moved(o, end, 1)]));
    // Each side of the central value: the nearest value past which the margin is turned around.
    for (const end of [o.low, o.high]) {
      const side = scan.flips.filter((f) => (end < o.value ? f <= o.value : f >= o.value));
      const flip = end < o.value ? side[side.length - 1] : side[0];
      if (flip === undefined) continue;
      const change = { kind: 'range', id: o.id, from: o.value, to: flip } as const;
      keep(
        {
          changes: [change],
          corner: [moved(o, end, 1)],
          distance: Math.abs(flip - o.value) / width(o),
          margin: at([change]),
          key: optionKey(o),
        },
        [i],
      );
    }
  };

  const screenCorner = (
    set: readonly SetOption[],
    ends: readonly number[],
    key: string,
    idx: readonly number[],
  ): void => {
    const full = set.map(() => 1);
    const cornerChanges = set.map((o, i) => moved(o, ends[i] as number, 1));
    const mCorner = at(cornerChanges);
    near(cornerChanges, mCorner);
    if (!turned(mCorner, sign)) return;
    // Ways toward the corner: all options by a common share, or all at their ends but one, bisected.
    const paths: ((t: number) => number[])[] = [(t) => set.map(() => t)];
    set.forEach((o, j) => {
      if (o.kind === 'range') paths.push((t) => set.map((_, i) => (i === j ? t : 1)));
    });
    let best: SetCandidate | undefined;
    for (const path of paths) {
      const changesAt = (t: number): SetChange[] => {
        const shares = path(t);
        return set.map((o, i) => moved(o, ends[i] as number, shares[i] as number));
      };
      let lo = 0;
      let hi = 1;
      let mHi = mCorner;
      if (turned(at(changesAt(0)), sign)) continue; // a subset turns it: not minimal this way
      for (let s = 0; s < steps; s++) {
        const mid = (lo + hi) / 2;
        const m = at(changesAt(mid));
        if (turned(m, sign)) {
          hi = mid;
          mHi = m;
        } else lo = mid;
      }
      const d = distanceOf(set, ends, path(hi));
      if (best === undefined || d < best.distance)
        best = { changes: changesAt(hi), corner: cornerChanges, distance: d, margin: mHi, key };
    }
    if (best === undefined)
      best = {
        changes: cornerChanges,
        corner: cornerChanges,
        distance: distanceOf(set, ends, full),
        margin: mCorner,
        key,
      };
    keep(best, idx);
  };

  return {
    options,
    sets(k) {
      if (k === 1) return options.map((_, i) => [i]);
      return combinations(options.length, k).filter((set) => {
        const ids = new Set(set.map((i) => (options[i] as SetOption).id));
        if (ids.size < set.length) return false;
        return !foundSets.some((f) => [...f].every((i) => set.includes(i)));
      });
    },
    screen(idx) {
      screened++;
      if (idx.length === 1) {
        screenSingle(idx[0] as number);
        return;
      }
      const set = idx.map((i) => options[i] as SetOption);
      const key = set.map(optionKey).join('+');
      // Every corner: each range option at its low or its high end, each camp switched.
      const choices = set.map((o) => (o.kind === 'range' ? [o.low, o.high] : [0]));
      const walk = (i: number, ends: number[]): void => {
        if (i === set.length) {
          screenCorner(set, ends, key, idx);
          return;
        }
        for (const e of choices[i] as number[]) walk(i + 1, [...ends, e]);
      };
      walk(0, []);
    },
    result() {
      const candidates = [...found.values()].flat().sort(byDistance);
      return { candidates, screened, flat, evaluations, ...(closest === undefined ? {} : { closest }) };
    },
  };
}

function byDistance(a: { distance: number; key: string }, b: { distance: number; key: string }): number {
  return a.distance - b.distance || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Screens the sets of 1, 2, … `maxSet` options in turn, pausing after each set (see startScreen). */
export function* screening(screen: SetScreen, maxSet: number): Generator<void, ScreenResult, void> {
  const k = Math.max(1, Math.min(MAX_SET_SIZE, Math.floor(maxSet)));
  for (let size = 1; size <= k; size++) {
    for (const set of screen.sets(size)) {
      screen.screen(set);
      yield;
    }
  }
  return screen.result();
}

/** Runs a stepwise computation (screening, confirming) to its end and returns its result. */
export function runThrough<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Screens every set of up to `opts.maxSet` options at once (see startScreen). */
export function screenCruxSets(
  options: readonly SetOption[],
  sign: 1 | -1,
  margin: SetMargin,
  opts: ScreenOptions,
): ScreenResult {
  return runThrough(screening(startScreen(options, sign, margin, opts), opts.maxSet));
}

/** The decisive margin of a set (A's advantage, positive: A better) and what to report with it. */
export interface Decisive<E> {
  readonly advantage: number;
  readonly effect: E;
}

/** A set that turns the decisive margin around. */
export interface CruxSet<E> {
  readonly changes: readonly SetChange[];
  readonly distance: number;
  readonly effect: E;
  readonly key: string;
}

/** How many candidates to check, and how. */
export interface ConfirmOptions {
  /** Stop once this many sets are confirmed. */
  readonly top: number;
  /** Most decisive evaluations in all. */
  readonly budget: number;
  /** Bisection steps toward the corner when the screened move is not enough. @default 3 */
  readonly steps?: number;
}

/** The confirmed sets and what confirming them cost. */
export interface ConfirmResult<E> {
  /** Minimal among themselves, nearest first. */
  readonly sets: readonly CruxSet<E>[];
  /** Candidates checked. */
  readonly checked: number;
  /** Decisive evaluations made. */
  readonly evaluations: number;
}

function between(a: readonly SetChange[], b: readonly SetChange[], t: number): SetChange[] {
  return a.map((c, i) => {
    const d = b[i] as SetChange;
    if (c.kind === 'camp' || d.kind === 'camp') return c;
    return { ...c, to: c.to + t * (d.to - c.to) };
  });
}

/**
 * Checks the candidates nearest first with the decisive margin: a candidate's own move, then (if that is not
 * enough) its corner and a few bisections between the two. One set per key; a set some confirmed subset of
 * whose options already turns the margin around is dropped. A generator that pauses after each decisive
 * evaluation, so a caller can spread the work over event-loop turns; confirmCruxSets runs it through.
 */
export function* confirming<E>(
  candidates: readonly SetCandidate[],
  options: readonly SetOption[],
  sign: 1 | -1,
  decisive: (changes: readonly SetChange[]) => Decisive<E>,
  opts: ConfirmOptions,
): Generator<void, ConfirmResult<E>, void> {
  const steps = Math.max(0, Math.floor(opts.steps ?? 3));
  let evaluations = 0;
  let checked = 0;
  const sets: CruxSet<E>[] = [];
  const done = new Set<string>();
  const parts = (key: string): string[] => key.split('+');
  const within = (small: string, big: string): boolean => parts(small).every((p) => parts(big).includes(p));
  for (const c of candidates) {
    if (sets.length >= opts.top || evaluations >= opts.budget) break;
    if (done.has(c.key) || sets.some((s) => within(s.key, c.key))) continue;
    checked++;
    let hit: { changes: readonly SetChange[]; d: Decisive<E> } | undefined;
    evaluations++;
    const first = decisive(c.changes);
    yield;
    if (turned(first.advantage, sign)) hit = { changes: c.changes, d: first };
    else if (evaluations < opts.budget) {
      evaluations++;
      const corner = decisive(c.corner);
      yield;
      if (turned(corner.advantage, sign)) {
        hit = { changes: c.corner, d: corner };
        let lo = 0;
        let hi = 1;
        for (let s = 0; s < steps && evaluations < opts.budget; s++) {
          const mid = (lo + hi) / 2;
          const changes = between(c.changes, c.corner, mid);
          evaluations++;
          const d = decisive(changes);
          yield;
          if (turned(d.advantage, sign)) {
            hi = mid;
            hit = { changes, d };
          } else lo = mid;
        }
      }
    }
    if (hit === undefined) continue;
    done.add(c.key);
    sets.push({ changes: hit.changes, distance: setDistance(hit.changes, options), effect: hit.d.effect, key: c.key });
  }
  sets.sort(byDistance);
  // A set confirmed before a subset of its options (that subset moved further) is not minimal.
  const minimal = sets.filter((s) => !sets.some((t) => t.key !== s.key && within(t.key, s.key)));
  return { sets: minimal, checked, evaluations };
}

/** Runs `confirming` to the end. */
export function confirmCruxSets<E>(
  candidates: readonly SetCandidate[],
  options: readonly SetOption[],
  sign: 1 | -1,
  decisive: (changes: readonly SetChange[]) => Decisive<E>,
  opts: ConfirmOptions,
): ConfirmResult<E> {
  return runThrough(confirming(candidates, options, sign, decisive, opts));
}

/** What a crux-set report is made of: the verdict, the screen, the confirmation and what was run. */
export interface CruxSetParts {
  readonly leader: Leader;
  readonly verdict: Effect;
  readonly centralMargin: number;
  readonly centralAgrees: boolean;
  readonly options: readonly SetOption[];
  readonly screen: ScreenResult;
  readonly confirmed: ConfirmResult<Effect>;
  readonly maxSet: number;
  readonly runs: number;
  readonly seed: string;
  /** A change with its label, unit and source. */
  readonly row: (c: SetChange) => CruxSetChangeRow;
}

/** The report of a crux-set search (the verdict counts as one of its paired ensembles). */
export function cruxSetReport(p: CruxSetParts): CruxSetReport {
  const { screen, confirmed } = p;
  return {
    verdict: { leader: p.leader, effect: p.verdict },
    centralMargin: p.centralMargin,
    centralAgrees: p.centralAgrees,
    sets: confirmed.sets.map((s) => ({ changes: s.changes.map(p.row), distance: s.distance, effect: s.effect })),
    ...(screen.closest === undefined
      ? {}
      : {
          closest: {
            changes: screen.closest.changes.map(p.row),
            distance: screen.closest.distance,
            margin: screen.closest.margin,
          },
        }),
    maxSet: p.maxSet,
    runs: p.runs,
    seed: p.seed,
    search: {
      options: p.options.length,
      flat: screen.flat,
      screened: screen.screened,
      candidates: screen.candidates.length,
      checked: confirmed.checked,
      centralEvaluations: screen.evaluations,
      ensembleEvaluations: 1 + confirmed.evaluations,
    },
  };
}
