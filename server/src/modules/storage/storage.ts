import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. Keys are always made by the server (`newStorageKey`), never taken
 * from a file name, so a client cannot choose or guess a path. Implementations must refuse any
 * key that `isSafeStorageKey` refuses.
 */
export interface Storage {
  /** Writes the whole object atomically: a reader sees the old object, nothing, or the new one, never a part. */
  put(key: string, data: Buffer): Promise<void>;
  /** The object's bytes, or undefined when there is none under this key. */
  get(key: string): Promise<Buffer | undefined>;
  /** A stream of the object and its size, or undefined when there is none under this key. */
  stream(key: string): Promise<{ stream: Readable; size: number } | undefined>;
  /** Removes the object; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/**
 * Lower-case segments of letters, digits, `-`, `_` and `.` joined by `/`; no segment may start
 * with a dot (so no `..`, no hidden files), no leading slash, no backslash, no NUL.
 */
const SAFE_KEY = /^[a-z0-9][a-z0-9_.-]*(?:\/[a-z0-9][a-z0-9_.-]*)*$/;

export function isSafeStorageKey(key: string): boolean {
  return key.length > 0 && key.length <= 240 && SAFE_KEY.test(key) && !key.includes('..');
}

export class UnsafeStorageKeyError extends Error {
  override name = 'UnsafeStorageKeyError';
  constructor(key: string) {
    super(`Refused storage key ${JSON.stringify(key.slice(0, 100))}`);
  }
}

export function assertSafeStorageKey(key: string): void {
  if (!isSafeStorageKey(key)) {
    throw new UnsafeStorageKeyError(key);
  }
}

/**
 * A fresh key under `prefix`: a random UUID, fanned out over 256 folders by its first two hex
 * digits so no folder grows without bound (`images/3f/3f2a…`).
 */
export function newStorageKey(prefix: string): string {
  const id = randomUUID();
  const key = `${prefix}/${id.slice(0, 2)}/${id}`;
  assertSafeStorageKey(key);
  return key;
}

/** A stored file on its way out: its name is made by the server, never taken from the upload. */
export type FileDownload = {
  stream: Readable;
  size: number;
  contentType: string;
  filename: string;
};
