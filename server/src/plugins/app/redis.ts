import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { assertNoEviction, RedisEvictionPolicyError } from '../../jobs/redis-eviction-policy.ts';

declare module 'fastify' {
  interface FastifyInstance {
    redis: Redis;
  }
}

/**
 * The API's Redis client (rate limits, login throttling, readiness). It fails fast: no offline
 * queue and a short command timeout, so a Redis outage never makes a request wait.
 * @see https://docs.bullmq.io/guide/going-to-production
 */
export default fp(
  async (fastify) => {
    const redis = new Redis(fastify.config.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    let lastWarning = 0;
    redis.on('error', (err) => {
      // A down Redis reports on every reconnect attempt; one line every 10 s is enough.
      if (Date.now() - lastWarning > 10_000) {
        lastWarning = Date.now();
        fastify.log.warn({ err }, 'Redis unavailable');
      }
    });
    // Give Redis a moment to connect so the first requests find it; start anyway if it is down.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2000);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    // A Redis that may evict keys would lose queued work silently: refuse to start on one, and
    // say so loudly if the one we reconnect to later is set up that way.
    if (redis.status === 'ready') {
      try {
        await assertNoEviction(redis);
      } catch (err) {
        if (err instanceof RedisEvictionPolicyError) {
          redis.disconnect();
          throw err;
        }
      }
    }
    redis.on('ready', () => {
      assertNoEviction(redis).catch((err: unknown) => {
        if (err instanceof RedisEvictionPolicyError) {
          fastify.log.error({ err }, err.message);
        }
      });
    });
    fastify.decorate('redis', redis);
    fastify.addHook('onClose', async () => {
      redis.disconnect();
    });
  },
  { name: 'redis', dependencies: ['config'] },
);
