import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import {
  assertNoEviction,
  RedisEvictionPolicyError,
} from '../../src/jobs/redis-eviction-policy.ts';
import { pollUntil } from '../helpers/poll.ts';

/**
 * RELIABILITY-TESTS F7: a Redis that evicts keys under memory pressure would silently drop
 * queued jobs, so the API refuses to start on one, naming the setting. A private redis-server
 * on a free port plays the misconfigured one; the shared Redis (noeviction) must pass.
 */
let evicting: ChildProcess;
let evictingUrl: string;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  evictingUrl = `redis://127.0.0.1:${port}`;
  evicting = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'].concat([
      '--maxmemory',
      '32mb',
      '--maxmemory-policy',
      'allkeys-lru',
    ]),
    { stdio: 'ignore' },
  );
  await pollUntil(
    async () => {
      const probe = new Redis(evictingUrl, { lazyConnect: true, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    },
    Boolean,
    { what: 'the private redis-server to answer' },
  );
});

afterAll(() => {
  evicting?.kill('SIGKILL');
});

describe('the Redis eviction policy check', () => {
  it('accepts the shared Redis, which never evicts', async () => {
    const redis = new Redis(loadConfig().REDIS_URL);
    try {
      await expect(assertNoEviction(redis)).resolves.toBeUndefined();
    } finally {
      redis.disconnect();
    }
  });

  it('refuses a Redis with maxmemory-policy allkeys-lru, naming the setting', async () => {
    const redis = new Redis(evictingUrl);
    try {
      const refusal = assertNoEviction(redis);
      await expect(refusal).rejects.toBeInstanceOf(RedisEvictionPolicyError);
      await expect(refusal).rejects.toThrow(/maxmemory-policy is "allkeys-lru"/);
    } finally {
      redis.disconnect();
    }
  });

  it('makes the API refuse to start on such a Redis', async () => {
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      REDIS_URL: evictingUrl,
    });
    await expect(buildApp(config)).rejects.toThrow(/maxmemory-policy/);
  });
});
