/** The one least-recently-used map the caches share: which entries it keeps, and in what order. */
import { describe, expect, it } from 'vitest';
import { LruMap } from '../../src/model/lru.js';

describe('LruMap', () => {
  it('forgets the least recently used entry past its limit; get and set make an entry the newest', () => {
    const m = new LruMap<string, number>(3);
    expect(m.set('a', 1)).toBe(1);
    m.set('b', 2);
    m.set('c', 3);
    expect(m.get('a')).toBe(1); // a is now the newest: b is the oldest
    m.set('d', 4);
    expect(m.has('b')).toBe(false);
    expect([...m.entries()].map(([k]) => k)).toEqual(['c', 'a', 'd']);
    m.set('c', 30); // overwriting refreshes too
    m.set('e', 5);
    expect([...m.entries()]).toEqual([
      ['d', 4],
      ['c', 30],
      ['e', 5],
    ]);
    expect(m.get('zz')).toBeUndefined();
    expect(m.size).toBe(3);
  });

  it('applies a lowered limit at the next set, and clears', () => {
    const m = new LruMap<number, number>(4);
    for (let i = 0; i < 4; i++) m.set(i, i);
    m.limit = 2;
    expect(m.size).toBe(4);
    m.set(9, 9);
    expect([...m.entries()].map(([k]) => k)).toEqual([3, 9]);
    m.clear();
    expect(m.size).toBe(0);
  });
});
