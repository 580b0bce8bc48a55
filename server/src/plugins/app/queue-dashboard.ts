import { createHmac, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { queueNames } from '../../jobs/queues.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, forbidden } from '../../lib/errors.ts';
import { localeFromHeader } from '../../lib/locale.ts';
import { sendProblem, toProblem } from '../../lib/problem.ts';
import { requireActor } from './authenticate.ts';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'ketnoi_qb';
/** Ten minutes: long enough to look into a failure, short enough that a forgotten tab expires. */
const COOKIE_TTL_SECONDS = 600;

/**
 * The board's own CSP, on its routes only: the UI loads IBM Plex from Google Fonts. Scripts stay
 * `'self'` (its config is a JSON script block, which CSP does not execute).
 */
const BOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
  "font-src 'self' data: https://fonts.gstatic.com",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const SessionResponseSchema = Type.Object({
  url: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});

type CookieClaims = { sub: string; ims: number; exp: number };

/**
 * Bull Board at /admin/queues, for admins only, over every queue in jobs/queues.ts.
 *
 * The SPA authenticates with a Bearer token, which a browser navigation does not carry. So
 * `POST /api/v1/admin/queues/session` (admin, Bearer) sets a signed, httpOnly, SameSite=Strict
 * cookie scoped to the board's path for ten minutes; the board's routes accept that cookie or a
 * Bearer admin token, and refuse anything else with problem JSON (401 no/invalid credentials,
 * 403 not an admin). The cookie names the user: each request re-checks that the user is active,
 * still an admin and has not revoked its tokens since.
 *
 * Queue objects (one shared Redis connection) are created on the first authorized request, so
 * API processes whose board nobody opens hold no extra connections.
 * @see https://github.com/felixmosh/bull-board
 */
export default fp(
  async (fastify) => {
    const { config } = fastify;
    const production = config.NODE_ENV === 'production';
    const key = createHmac('sha256', config.JWT_SECRET).update('queue-dashboard-cookie').digest();
    const mac = (payload: string) => createHmac('sha256', key).update(payload).digest();

    function signCookie(claims: CookieClaims): string {
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${payload}.${mac(payload).toString('base64url')}`;
    }

    function readCookie(value: string | undefined): CookieClaims | null {
      const [payload, signature, extra] = (value ?? '').split('.');
      if (!payload || !signature || extra !== undefined) {
        return null;
      }
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return null;
      }
      try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as CookieClaims;
        return typeof claims.sub === 'string' && claims.exp * 1000 > Date.now() ? claims : null;
      } catch {
        return null;
      }
    }

    const refused = () => new AppError('UNAUTHENTICATED', 'Authentication required');

    async function boardActor(request: FastifyRequest): Promise<Actor> {
      if (request.headers.authorization !== undefined) {
        await fastify.authenticate(request);
        return requireActor(request);
      }
      const claims = readCookie(request.cookies[COOKIE]);
      if (!claims) {
        throw refused();
      }
      try {
        const session = await fastify.services.auth.authenticate({
          sub: claims.sub,
          typ: 'access',
          ims: claims.ims,
        });
        return session.actor;
      } catch (err) {
        throw err instanceof AppError && err.code === 'UNAUTHENTICATED' ? refused() : err;
      }
    }

    fastify.post(
      `/api/v1${QUEUE_DASHBOARD_PATH}/session`,
      {
        onRequest: fastify.authenticate,
        schema: {
          tags: ['admin'],
          security: [{ bearerAuth: [] }],
          description:
            'Admins: sets a 10-minute cookie for the queue dashboard at /admin/queues, then open that URL.',
          response: {
            200: SessionResponseSchema,
            '4xx': Type.Ref('ProblemDetails'),
            '5xx': Type.Ref('ProblemDetails'),
          },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (actor.role !== 'admin') {
          throw forbidden('Only admins open the queue dashboard');
        }
        const exp = Math.floor(Date.now() / 1000) + COOKIE_TTL_SECONDS;
        void reply.setCookie(COOKIE, signCookie({ sub: actor.id, ims: Date.now(), exp }), {
          httpOnly: true,
          secure: production,
          sameSite: 'strict',
          path: QUEUE_DASHBOARD_PATH,
          maxAge: COOKIE_TTL_SECONDS,
        });
        return { url: `${QUEUE_DASHBOARD_PATH}/`, expiresAt: new Date(exp * 1000).toISOString() };
      },
    );

    let connection: Redis | undefined;
    let queues: Queue[] = [];
    const serverAdapter = new FastifyAdapter();
    const board = createBullBoard({
      queues: [],
      // @bull-board/fastify 9.10.1 pins its own copy of @bull-board/api (9.10.1) whose classes
      // differ only in private fields; the adapter's contract is the same.
      serverAdapter: serverAdapter as unknown as Parameters<
        typeof createBullBoard
      >[0]['serverAdapter'],
      options: { uiConfig: { boardTitle: 'KếtNối queues' } },
    });
    function ensureQueues() {
      if (connection) {
        return;
      }
      connection = new Redis(config.REDIS_URL, {
        // Fail fast while Redis is down instead of queueing the board's reads.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2000,
      });
      connection.on('error', (err) => fastify.log.warn({ err }, 'queue dashboard: Redis error'));
      queues = queueNames.map(
        (name) => new Queue(name, { connection: connection!, prefix: config.QUEUE_PREFIX }),
      );
      board.setQueues(queues.map((queue) => new BullMQAdapter(queue)));
    }
    fastify.addHook('onClose', async () => {
      await Promise.all(queues.map((queue) => queue.close().catch(() => undefined)));
      connection?.disconnect();
    });

    async function guard(request: FastifyRequest, reply: FastifyReply) {
      // The board's assets need Google Fonts; every other route keeps helmet's strict policy.
      reply.raw.setHeader('content-security-policy', BOARD_CSP);
      try {
        // The cookie is SameSite=Strict; a cross-site write is refused outright as well.
        if (request.method !== 'GET' && request.headers['sec-fetch-site'] === 'cross-site') {
          throw new AppError('CSRF_REJECTED', 'Cross-site request refused');
        }
        const actor = await boardActor(request);
        if (actor.role !== 'admin') {
          throw forbidden('Only admins see the queue dashboard');
        }
        ensureQueues();
      } catch (err) {
        // The board's routes have Bull Board's own error handler: answer here, as every route does.
        return sendProblem(
          request,
          reply,
          toProblem(err, localeFromHeader(request.headers['accept-language'])),
        );
      }
    }

    await fastify.register(async (scope) => {
      scope.addHook('onRequest', guard);
      await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
    });
  },
  {
    name: 'queue-dashboard',
    dependencies: ['config', 'auth-tokens', 'services', 'authenticate', 'swagger'],
  },
);
