import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/scenario/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('guard_size', 'guard_size')).toBe(0);
    expect(editDistance('guard_size', 'guard_sizes')).toBe(1);
    expect(editDistance('guard_size', 'guard_sie')).toBe(1);
    expect(editDistance('guard_size', 'guard_sixe')).toBe(1);
    expect(editDistance('guard_size', 'guard_szie')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['levers', 'lveers'],
      ['camps', 'camp'],
      ['seed', 'sede'],
    ] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('suggest', () => {
  const keys = ['name', 'description', 'seed', 'runs', 'levers', 'assumptions', 'camps'];

  it('finds close typos, ignoring case and hyphens', () => {
    expect(suggest('levrs', keys)).toBe('levers');
    expect(suggest('Descripton', keys)).toBe('description');
    expect(suggest('camp', keys)).toBe('camps');
    expect(suggest('guard-size', ['guard_size', 'guard_vetting'])).toBe('guard_size');
  });

  it('uses an unambiguous prefix', () => {
    expect(suggest('assum', keys)).toBe('assumptions');
    expect(suggest('guard', ['guard_size', 'guard_vetting'])).toBeUndefined();
  });

  it('stays quiet when nothing is close', () => {
    expect(suggest('years', keys)).toBeUndefined();
    expect(suggest('', keys)).toBeUndefined();
    expect(suggest('x'.repeat(1000), keys)).toBeUndefined();
  });
});
