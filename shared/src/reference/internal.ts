/**
 * Helpers for building the typed reference constants from the JSON data. Not part of the public
 * API (index.ts does not re-export this module).
 */

/**
 * The code tuples are written out as literals so that they type as unions; this check, run once at
 * import time, makes sure they never drift from the JSON (same codes, same order).
 */
export function assertSameCodes(
  what: string,
  literal: readonly (string | number)[],
  fromData: readonly (string | number)[],
): void {
  const same = literal.length === fromData.length && literal.every((c, i) => c === fromData[i]);
  if (!same) {
    throw new Error(
      `reference data drift in ${what}: code list [${literal.join(', ')}] does not match data [${fromData.join(', ')}]`,
    );
  }
}

export function makeGuard<T extends string | number>(
  codes: readonly T[],
): (value: unknown) => value is T {
  const set = new Set<unknown>(codes);
  return (value: unknown): value is T => set.has(value);
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
