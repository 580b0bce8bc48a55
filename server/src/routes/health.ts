import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'drizzle-orm';
import { Type } from 'typebox';

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

/**
 * `/health`: the process is alive (for restarts). `/ready`: it can serve, i.e. PostgreSQL and
 * Redis both answer within 1 s (for load balancers). Neither is rate-limited.
 */
const health: FastifyPluginAsync = async (fastify) => {
  fastify.get(
    '/health',
    {
      config: { rateLimit: false },
      schema: { hide: true, response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  fastify.get(
    '/ready',
    {
      config: { rateLimit: false },
      schema: {
        hide: true,
        response: {
          '2xx': Type.Object({
            status: Type.String(),
            checks: Type.Record(Type.String(), Type.String()),
          }),
          503: Type.Object({
            status: Type.String(),
            checks: Type.Record(Type.String(), Type.String()),
          }),
        },
      },
    },
    async (_request, reply) => {
      const [database, redis] = await Promise.allSettled([
        withTimeout(fastify.db.execute(sql`select 1`), 1000),
        withTimeout(fastify.redis.ping(), 1000),
      ]);
      const checks = {
        database: database.status === 'fulfilled' ? 'ok' : 'unavailable',
        redis: redis.status === 'fulfilled' ? 'ok' : 'unavailable',
      };
      const ready = checks.database === 'ok' && checks.redis === 'ok';
      if (!ready) {
        void reply.status(503).header('retry-after', '5');
      }
      return { status: ready ? 'ready' : 'not-ready', checks };
    },
  );
};

export default health;
