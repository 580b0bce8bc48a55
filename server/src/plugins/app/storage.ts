import { resolve } from 'node:path';
import fp from 'fastify-plugin';
import { createLocalStorage } from '../../modules/storage/local-storage.ts';
import type { Storage } from '../../modules/storage/storage.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Uploaded files (product images); keys are made by the server. */
    storage: Storage;
  }
}

/**
 * The file store, under STORAGE_DIR (relative paths are taken from the working directory).
 * Local disk today; an object store later implements the same `Storage` interface.
 * @see ../../modules/storage/storage.ts
 */
export default fp(
  async (fastify) => {
    fastify.decorate(
      'storage',
      createLocalStorage(resolve(process.cwd(), fastify.config.STORAGE_DIR)),
    );
  },
  { name: 'storage', dependencies: ['config'] },
);
