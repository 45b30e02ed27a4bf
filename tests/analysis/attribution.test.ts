import { describe, expect, it } from 'vitest';
import { attribute, planPlayers, shapleyValues } from '../../src/analysis/attribution.js';

function sumOfMask(weights: readonly number[], mask: number): number {
  return weights.reduce((s, w, i) => (mask & (1 << i) ? s + w : s), 0);
}

describe('shapleyValues', () => {
  it('matches hand-computed values on v(S) = (sum of S)^2', () => {
    // For v(S) = (Σ w)^2 each player gets w_i · W (W = Σ all w): 1·6, 2·6, 3·6.
    const w = [1, 2, 3];
    const phi = shapleyValues(3, (mask) => [sumOfMask(w, mask) ** 2]);
    expect(phi.map((p) => p[0])).toEqual([6, 12, 18].map((x) => expect.closeTo(x, 12)));
  });

  it('sums to v(all) − v(none) for an asymmetric game', () => {
    const w = [0.3, -1.7, 2.2, 5, -0.4];
    const v = (mask: number): number[] => {
      const s = sumOfMask(w, mask);
      return [Math.exp(s / 4) + (mask & 1 && mask & 4 ? 3 : 0), s * s];
    };
    const phi = shapleyValues(5, v);
    for (const d of [0, 1]) {
      const total = (v(31)[d] ?? 0) - (v(0)[d] ?? 0);
      expect(phi.reduce((s, p) => s + (p[d] ?? 0), 0)).toBeCloseTo(total, 10);
    }
  });

  it('splits a pure interaction equally', () => {
    const phi = shapleyValues(2, (mask) => [mask === 3 ? 1 : 0]);
    expect(phi).toEqual([[0.5], [0.5]]);
  });

  it('refuses too many players', () => {
    expect(() => shapleyValues(13, () => [0])).toThrow(RangeError);
  });
});

describe('attribute', () => {
  it('reports start, end, one-at-a-time effects and their interaction', () => {
    const players = [
      { id: 'x', label: 'x', levers: ['x'] },
      { id: 'y', label: 'y', levers: ['y'] },
    ];
    // Metric = 10 + 2x + 3y + 4xy; yearly values = metric·1 and metric·2.
    const result = attribute(players, [2019, 2020], (mask) => {
      const x = mask & 1 ? 1 : 0;
      const y = mask & 2 ? 1 : 0;
      const m = 10 + 2 * x + 3 * y + 4 * x * y;
      return [m, m, 2 * m];
    });
    expect(result.start).toBe(10);
    expect(result.end).toBe(19);
    expect(result.total).toBe(9);
    expect(result.rows.map((r) => r.oneAtATime)).toEqual([2, 3]);
    expect(result.interaction).toBe(4);
    expect(result.rows.map((r) => r.shapley)).toEqual([4, 5]);
    expect(result.rows[1]?.shapleyByYear).toEqual([5, 10]);
    expect(result.startByYear).toEqual([10, 20]);
    expect(result.endByYear).toEqual([19, 38]);
    expect(result.evaluations).toBe(4);
  });
});

describe('planPlayers', () => {
  const lever = (id: string, family: string) => ({ id, label: id, family });

  it('keeps one player per lever up to the limit', () => {
    const plan = planPlayers([lever('a', 'f'), lever('b', 'f')], 8);
    expect(plan.grouped).toBe(false);
    expect(plan.players.map((p) => p.levers)).toEqual([['a'], ['b']]);
  });

  it('groups by family above the limit', () => {
    const levers = [lever('a', 'f'), lever('b', 'g'), lever('c', 'f')];
    const plan = planPlayers(levers, 2);
    expect(plan.grouped).toBe(true);
    expect(plan.players.map((p) => [p.id, p.levers])).toEqual([
      ['f', ['a', 'c']],
      ['g', ['b']],
    ]);
  });
});
