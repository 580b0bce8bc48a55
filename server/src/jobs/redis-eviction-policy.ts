import type { Redis } from 'ioredis';

/** Redis set up to evict keys: queued jobs and counters could vanish without an error. */
export class RedisEvictionPolicyError extends Error {
  override name = 'RedisEvictionPolicyError';
}

/**
 * Refuses a Redis whose `maxmemory-policy` is not `noeviction`: under memory pressure it would
 * silently drop BullMQ's jobs and locks (RELIABILITY-TESTS F7). Read from `INFO memory`, which
 * managed services allow where they block `CONFIG GET`; a server that does not report it passes.
 * @see https://docs.bullmq.io/guide/going-to-production#max-memory-policy
 */
export async function assertNoEviction(redis: Redis): Promise<void> {
  const info = await redis.info('memory');
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  if (policy !== undefined && policy !== 'noeviction') {
    throw new RedisEvictionPolicyError(
      `Redis maxmemory-policy is "${policy}"; it must be "noeviction" (set maxmemory-policy noeviction in redis.conf), or Redis may evict queued jobs`,
    );
  }
}
