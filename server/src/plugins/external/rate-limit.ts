import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';

/**
 * A per-IP request budget kept in Redis so it holds across API replicas. If Redis is down
 * the limiter lets requests through (`skipOnError`): availability over throttling. Login has
 * its own stricter limiter that falls back to memory instead (modules/auth/login-limiter.ts).
 * @see https://github.com/fastify/fastify-rate-limit
 */
const staticFile = /^\/(assets\/[^?]+|favicon\.png|apple-touch-icon\.png)(\?|$)/;

export default fp(
  async (fastify) => {
    await fastify.register(rateLimit, {
      global: true,
      max: fastify.config.RATE_LIMIT_PER_MINUTE,
      timeWindow: 60_000,
      redis: fastify.redis,
      nameSpace: `${fastify.config.QUEUE_PREFIX}:rl:`,
      skipOnError: true,
      // The web app's content-hashed files are cheap and immutable; a code-split page loads
      // dozens of them, which must not spend the budget meant for API calls.
      allowList: (request) => request.method === 'GET' && staticFile.test(request.url),
      errorResponseBuilder: (_request, context) => {
        const error = new Error(
          `Too many requests: retry in ${Math.ceil(context.ttl / 1000)} s`,
        ) as Error & { statusCode: number };
        error.statusCode = context.statusCode;
        return error;
      },
    });
  },
  { name: 'rate-limit', dependencies: ['config', 'redis'] },
);
