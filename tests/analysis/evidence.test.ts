import { describe, expect, it } from 'vitest';
import { assessEvidenceSets, countEvidenceSets, enumerateEvidenceSets } from '../../src/analysis/evidence.js';

const contested = [
  {
    id: 'share',
    label: 'share',
    camps: [
      { id: 'rand', label: 'RAND' },
      { id: 'usg', label: 'US government' },
    ],
  },
  {
    id: 'subst',
    label: 'substitution',
    camps: [
      { id: 'none', label: 'none' },
      { id: 'half', label: 'half' },
      { id: 'full', label: 'full' },
    ],
  },
];

describe('evidence sets', () => {
  it('enumerates every combination of camps', () => {
    const sets = enumerateEvidenceSets(contested);
    expect(countEvidenceSets(contested)).toBe(6);
    expect(sets).toHaveLength(6);
    expect(new Set(sets.map((s) => JSON.stringify(s))).size).toBe(6);
    expect(sets[0]).toEqual({ share: 'rand', subst: 'none' });
    expect(sets[5]).toEqual({ share: 'usg', subst: 'full' });
  });

  it('counts the sets where A beats B and lists where it fails', () => {
    const sets = enumerateEvidenceSets(contested);
    const result = assessEvidenceSets(sets, (set) => ({
      central: set.share === 'usg' && set.subst === 'full' ? -1 : 1,
    }));
    expect(result.n).toBe(6);
    expect(result.kCentral).toBe(5);
    expect(result.kEnsemble).toBeUndefined();
    expect(result.failing.map((r) => r.set)).toEqual([{ share: 'usg', subst: 'full' }]);
  });

  it('counts ensemble medians separately and fails a set on either measure', () => {
    const sets = enumerateEvidenceSets(contested);
    const result = assessEvidenceSets(sets, (set) => ({
      central: set.subst === 'none' ? -1 : 1,
      ensembleMedian: set.share === 'rand' ? 1 : -1,
    }));
    expect(result.kCentral).toBe(4);
    expect(result.kEnsemble).toBe(3);
    // Fails: subst none (2 sets) or share usg (3 sets), overlapping in one.
    expect(result.failing).toHaveLength(4);
  });

  it('treats a zero margin as not beating', () => {
    const result = assessEvidenceSets([{}], () => ({ central: 0 }));
    expect(result.kCentral).toBe(0);
  });
});
