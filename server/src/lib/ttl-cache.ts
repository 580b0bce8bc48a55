/** A small in-process cache with a time to live and a size bound (oldest entries go first). */
export function createTtlCache<V>(options: { ttlMs: number; maxEntries: number }) {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (!entry) {
        return undefined;
      }
      if (entry.expiresAt < Date.now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key: string, value: V): void {
      if (options.ttlMs <= 0) {
        return;
      }
      if (entries.size >= options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) {
          entries.delete(oldest);
        }
      }
      entries.set(key, { value, expiresAt: Date.now() + options.ttlMs });
    },
    delete: (key: string) => entries.delete(key),
    /** Removes every entry whose value matches. */
    deleteWhere(predicate: (value: V) => boolean): void {
      for (const [key, entry] of entries) {
        if (predicate(entry.value)) {
          entries.delete(key);
        }
      }
    },
  };
}
