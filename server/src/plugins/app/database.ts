import fp from 'fastify-plugin';
import { createDatabase, type Db } from '../../db/client.ts';
import type pg from 'pg';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    pool: pg.Pool;
  }
}

/** The PostgreSQL pool and drizzle instance as `fastify.db`; closed with the app. */
export default fp(
  async (fastify) => {
    const database = createDatabase(fastify.config.DATABASE_URL, {
      max: fastify.config.DATABASE_POOL_MAX,
      applicationName: 'ketnoi-api',
      onError: (err) => fastify.log.warn({ err }, 'idle PostgreSQL client lost its connection'),
    });
    fastify.decorate('db', database.db);
    fastify.decorate('pool', database.pool);
    fastify.addHook('onClose', async () => database.close());
  },
  { name: 'database', dependencies: ['config'] },
);
