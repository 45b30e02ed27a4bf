import { describe, expect, it } from 'vitest';
import {
  CAMP_SWITCH_DISTANCE,
  combinations,
  confirmCruxSets,
  screenCruxSets,
  setDistance,
  type SetChange,
  type SetOption,
} from '../../src/analysis/crux-sets.js';

/** A range option on [0, 1] with its central value at `value`. */
function range(id: string, value = 0.5, low = 0, high = 1): SetOption {
  return { kind: 'range', id, value, low, high };
}

/** The value each change sets, by id (central values where a change is missing). */
function valuesOf(options: readonly SetOption[], changes: readonly SetChange[]): Record<string, number> {
  const v: Record<string, number> = {};
  for (const o of options) if (o.kind === 'range') v[o.id] = o.value;
  for (const c of changes) if (c.kind === 'range') v[c.id] = c.to;
  return v;
}

function campOn(changes: readonly SetChange[], id: string, to: string): boolean {
  return changes.some((c) => c.kind === 'camp' && c.id === id && c.to === to);
}

/**
 * A's lead 1 − 1.6·(x − 0.5) − 1.6·(y − 0.5) − 0.1·(z − 0.5): x or y alone at 1 leaves a lead of 0.2, both at their
 * high ends turn it to −0.6; z never matters enough. The smallest move that flips: one of x, y at 1 and the
 * other at 0.5 + 0.2/1.6 = 0.625 (distance 0.5 + 0.125 = 0.625).
 */
const OPTIONS = [range('x'), range('y'), range('z')];
const pairOnly = (changes: readonly SetChange[]): number => {
  const v = valuesOf(OPTIONS, changes);
  return 1 - 1.6 * ((v.x as number) - 0.5) - 1.6 * ((v.y as number) - 0.5) - 0.1 * ((v.z as number) - 0.5);
};

describe('screenCruxSets', () => {
  it('finds no single change that flips, and the pair that does, at its smallest move', () => {
    const singles = screenCruxSets(OPTIONS, 1, pairOnly, { maxSet: 1 });
    expect(singles.candidates).toEqual([]);
    const r = screenCruxSets(OPTIONS, 1, pairOnly, { maxSet: 2 });
    expect(r.candidates.length).toBeGreaterThan(0);
    const best = r.candidates[0];
    expect(best?.key).toBe('x+y');
    expect(best?.changes).toHaveLength(2);
    expect(best?.distance).toBeCloseTo(0.625, 3);
    // The move found does flip the margin, and it is a move toward the pair's high corner.
    expect(pairOnly(best?.changes ?? [])).toBeLessThan(0);
    for (const c of best?.changes ?? []) if (c.kind === 'range') expect(c.to).toBeGreaterThan(0.5);
    // Every candidate is a pair that holds x and y (z alone or with one of them cannot flip it).
    for (const c of r.candidates) expect(c.key).toBe('x+y');
  });

  it('keeps only minimal sets: no set holding an option that flips alone', () => {
    // w alone at its low end flips; x and y need each other as above.
    const options = [...OPTIONS, range('w', 0.5)];
    const margin = (changes: readonly SetChange[]): number => {
      const v = valuesOf(options, changes);
      return pairOnly(changes) - 4 * (0.5 - (v.w as number));
    };
    const r = screenCruxSets(options, 1, margin, { maxSet: 3 });
    const keys = new Set(r.candidates.map((c) => c.key));
    expect(keys.has('w')).toBe(true);
    expect(keys.has('x+y')).toBe(true);
    for (const k of keys) if (k !== 'w') expect(k.split('+')).not.toContain('w');
    // No triple: every triple holds x+y or w.
    for (const k of keys) expect(k.split('+').length).toBeLessThanOrEqual(2);
    // w flips at 0.5 − 1/4 = 0.25, a distance of 0.25: it ranks before the pair (0.625).
    expect(r.candidates[0]?.key).toBe('w');
    expect(r.candidates[0]?.distance).toBeCloseTo(0.25, 3);
  });

  it('ranks candidates by distance, nearest first', () => {
    const r = screenCruxSets(OPTIONS, 1, pairOnly, { maxSet: 2 });
    const d = r.candidates.map((c) => c.distance);
    expect(d).toEqual([...d].sort((p, q) => p - q));
  });

  it('switches camps, counting each switch as CAMP_SWITCH_DISTANCE, and never pairs two camps of one assumption', () => {
    const options: SetOption[] = [
      range('x'),
      { kind: 'camp', id: 'c', from: 'base', to: 'left' },
      { kind: 'camp', id: 'c', from: 'base', to: 'right' },
    ];
    // Camp "left" takes 0.7 off the lead of 1; x at 1 takes 0.5: neither alone flips, together they do.
    const margin = (changes: readonly SetChange[]): number => {
      const v = valuesOf(options, changes);
      return (
        1 -
        ((v.x as number) - 0.5) -
        (campOn(changes, 'c', 'left') ? 0.7 : 0) -
        (campOn(changes, 'c', 'right') ? 0.1 : 0)
      );
    };
    const r = screenCruxSets(options, 1, margin, { maxSet: 2 });
    expect(r.candidates.map((c) => c.key)).toEqual(['x+c=left']);
    const best = r.candidates[0];
    // x must move 0.3 past its central value: 0.3 of its range, plus one switch.
    expect(best?.distance).toBeCloseTo(0.3 + CAMP_SWITCH_DISTANCE, 3);
    expect(best?.changes.find((c) => c.kind === 'camp')).toEqual({ kind: 'camp', id: 'c', from: 'base', to: 'left' });
    expect(setDistance(best?.changes ?? [], options)).toBeCloseTo(best?.distance ?? Number.NaN, 9);
  });

  it('flips a lead of B (sign −1) the same way', () => {
    const negative = (changes: readonly SetChange[]): number => -pairOnly(changes);
    const r = screenCruxSets(OPTIONS, -1, negative, { maxSet: 2 });
    expect(r.candidates[0]?.key).toBe('x+y');
    expect(negative(r.candidates[0]?.changes ?? [])).toBeGreaterThan(0);
  });

  it('leaves out ranges that do not move the margin', () => {
    const options = [...OPTIONS, range('flat')];
    const r = screenCruxSets(options, 1, pairOnly, { maxSet: 2 });
    expect(r.flat).toBe(1);
    expect(r.candidates.some((c) => c.key.includes('flat'))).toBe(false);
  });

  it('gives the same candidates on every call (deterministic)', () => {
    const a = screenCruxSets(OPTIONS, 1, pairOnly, { maxSet: 3 });
    const b = screenCruxSets(OPTIONS, 1, pairOnly, { maxSet: 3 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('reports the closest call when nothing flips', () => {
    const holds = (changes: readonly SetChange[]): number => 2 + pairOnly(changes);
    const r = screenCruxSets(OPTIONS, 1, holds, { maxSet: 2 });
    expect(r.candidates).toEqual([]);
    // Closest: x and y both at their high ends (2 − 0.6 = 1.4 with z central).
    expect(r.closest?.margin).toBeCloseTo(1.4, 6);
    expect(r.closest?.changes.map((c) => c.id).sort()).toEqual(['x', 'y']);
  });
});

describe('confirmCruxSets', () => {
  it('keeps a candidate the decisive margin also flips, with its effect', () => {
    const screen = screenCruxSets(OPTIONS, 1, pairOnly, { maxSet: 2 });
    const r = confirmCruxSets(
      screen.candidates,
      OPTIONS,
      1,
      (changes) => ({ advantage: pairOnly(changes), effect: pairOnly(changes) }),
      { top: 5, budget: 50 },
    );
    expect(r.sets.map((s) => s.key)).toEqual(['x+y']);
    expect(r.sets[0]?.effect).toBeLessThan(0);
  });

  it('moves a candidate further toward its corner when the decisive margin needs more', () => {
    // The decisive lead is 0.3 larger than the screen's: the screened move is not enough, the corner is.
    const decisive = (changes: readonly SetChange[]) => ({ advantage: pairOnly(changes) + 0.3, effect: 0 });
    const screen = screenCruxSets(OPTIONS, 1, pairOnly, { maxSet: 2 });
    const r = confirmCruxSets(screen.candidates, OPTIONS, 1, decisive, { top: 5, budget: 50, steps: 6 });
    expect(r.sets).toHaveLength(1);
    const set = r.sets[0];
    expect(decisive(set?.changes ?? []).advantage).toBeLessThan(0);
    expect(set?.distance).toBeGreaterThan(screen.candidates[0]?.distance ?? Number.POSITIVE_INFINITY);
    expect(set?.distance).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('gives up a candidate that does not flip the decisive margin even at its corner', () => {
    const screen = screenCruxSets(OPTIONS, 1, pairOnly, { maxSet: 2 });
    const r = confirmCruxSets(
      screen.candidates,
      OPTIONS,
      1,
      (changes) => ({ advantage: pairOnly(changes) + 5, effect: 0 }),
      { top: 5, budget: 50 },
    );
    expect(r.sets).toEqual([]);
    expect(r.checked).toBe(1);
  });

  it('stops at its budget of decisive evaluations', () => {
    const screen = screenCruxSets(OPTIONS, 1, pairOnly, { maxSet: 2 });
    let calls = 0;
    confirmCruxSets(
      screen.candidates,
      OPTIONS,
      1,
      (changes) => {
        calls++;
        return { advantage: pairOnly(changes) + 5, effect: 0 };
      },
      { top: 5, budget: 1 },
    );
    expect(calls).toBe(1);
  });
});

describe('combinations', () => {
  it('lists every k-subset once, in order', () => {
    expect(combinations(4, 2)).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    expect(combinations(5, 3)).toHaveLength(10);
  });
});
