/**
 * A map that keeps only its `limit` most recently used entries: `get` and `set` make an entry the newest, and
 * a `set` past the limit forgets the least recently used. The caches of pools, tables and ensembles share it.
 */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(public limit: number) {}

  /** The entry's value, made the newest; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Stores the value as the newest entry, forgetting the least recently used past the limit; returns it. */
  set(key: K, value: V): V {
    this.map.delete(key);
    this.map.set(key, value);
    for (const k of this.map.keys()) {
      if (this.map.size <= this.limit) break;
      this.map.delete(k);
    }
    return value;
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }

  /** The entries, least recently used first (reading them changes no order). */
  entries(): IterableIterator<[K, V]> {
    return this.map.entries();
  }
}
