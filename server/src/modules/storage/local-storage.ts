import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { assertSafeStorageKey, type Storage } from './storage.ts';

const missing = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);
const isMissing = (err: unknown) => missing.has((err as NodeJS.ErrnoException).code ?? '');

/**
 * Files under one root folder (STORAGE_DIR). Every key is checked twice: against the safe-key
 * pattern, and the resolved path must stay inside the root. Writes go to a temporary file in
 * the same folder and are renamed into place, so a crash never leaves half a file under a key.
 */
export function createLocalStorage(rootDir: string): Storage {
  const root = resolve(rootDir);

  function pathOf(key: string): string {
    assertSafeStorageKey(key);
    const path = resolve(root, key);
    if (!path.startsWith(root + sep)) {
      throw new Error(`Storage key ${key} resolves outside the storage root`);
    }
    return path;
  }

  return {
    async put(key, data) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, data, { flag: 'wx' });
        await rename(temporary, path);
      } catch (err) {
        await rm(temporary, { force: true });
        throw err;
      }
    },

    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (err) {
        if (isMissing(err)) {
          return undefined;
        }
        throw err;
      }
    },

    async stream(key) {
      let handle;
      try {
        handle = await open(pathOf(key), 'r');
      } catch (err) {
        if (isMissing(err)) {
          return undefined;
        }
        throw err;
      }
      let size: number;
      try {
        const stats = await handle.stat();
        if (!stats.isFile()) {
          await handle.close();
          return undefined;
        }
        size = stats.size;
      } catch (err) {
        await handle.close();
        throw err;
      }
      // The stream owns the handle from here and closes it when it ends or fails.
      return { stream: handle.createReadStream(), size };
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
