import type { Redis } from 'ioredis';

type Counter = { count: number; resetAt: number };

/**
 * Counts failed logins per (account, IP) and per IP in fixed windows. It lives in Redis so that
 * all API replicas share it; when Redis is down it falls back to this process's memory rather
 * than letting guesses through unlimited (login fails closed, the global limiter fails open).
 * Keying the account limit by IP too means an attacker cannot lock a victim out from elsewhere.
 */
export function createLoginLimiter(options: {
  redis: Redis;
  prefix: string;
  maxPerAccount: number;
  maxPerIp: number;
  windowSeconds: number;
}) {
  const memory = new Map<string, Counter>();
  const windowMs = options.windowSeconds * 1000;

  const keys = (email: string, ip: string) => ({
    account: `${options.prefix}:login:acct:${email.toLowerCase()}:${ip}`,
    ip: `${options.prefix}:login:ip:${ip}`,
  });

  function memoryGet(key: string): number {
    const entry = memory.get(key);
    if (!entry || entry.resetAt < Date.now()) {
      memory.delete(key);
      return 0;
    }
    return entry.count;
  }

  function memoryIncr(key: string) {
    const entry = memory.get(key);
    if (!entry || entry.resetAt < Date.now()) {
      memory.set(key, { count: 1, resetAt: Date.now() + windowMs });
    } else {
      entry.count += 1;
    }
    if (memory.size > 100_000) {
      memory.clear();
    }
  }

  return {
    /** Seconds until the caller may try again, or 0 if allowed now. */
    async blockedFor(email: string, ip: string): Promise<number> {
      const k = keys(email, ip);
      try {
        const results = await options.redis
          .multi()
          .get(k.account)
          .get(k.ip)
          .pttl(k.account)
          .pttl(k.ip)
          .exec();
        if (!results) {
          throw new Error('transaction aborted');
        }
        const [account, perIp, ttlA, ttlI] = results.map(([err, value]) => {
          if (err) {
            throw err;
          }
          return value;
        });
        if (Number(account ?? 0) >= options.maxPerAccount) {
          return Math.ceil(Math.max(Number(ttlA), 1000) / 1000);
        }
        if (Number(perIp ?? 0) >= options.maxPerIp) {
          return Math.ceil(Math.max(Number(ttlI), 1000) / 1000);
        }
        return 0;
      } catch {
        const blocked =
          memoryGet(k.account) >= options.maxPerAccount || memoryGet(k.ip) >= options.maxPerIp;
        return blocked ? options.windowSeconds : 0;
      }
    },

    async recordFailure(email: string, ip: string): Promise<void> {
      const k = keys(email, ip);
      try {
        await options.redis
          .multi()
          .incr(k.account)
          .pexpire(k.account, windowMs, 'NX')
          .incr(k.ip)
          .pexpire(k.ip, windowMs, 'NX')
          .exec();
      } catch {
        memoryIncr(k.account);
        memoryIncr(k.ip);
      }
    },

    async recordSuccess(email: string, ip: string): Promise<void> {
      const k = keys(email, ip);
      memory.delete(k.account);
      try {
        await options.redis.del(k.account);
      } catch {
        // Nothing to clear if Redis is down; the memory fallback was cleared above.
      }
    },
  };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
