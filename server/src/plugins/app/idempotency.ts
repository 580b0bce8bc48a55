import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';
import type {
  FastifyReply,
  FastifyRequest,
  onResponseAsyncHookHandler,
  onSendAsyncHookHandler,
  preHandlerAsyncHookHandler,
  RouteOptions,
} from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../lib/errors.ts';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  deleteExpiredIdempotencyKeys,
  releaseIdempotencyKey,
} from '../../modules/idempotency/idempotency.repository.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route honours an `Idempotency-Key` header (plugins/app/idempotency.ts). `'in-handler'`
     * is for bodies only the handler reads (multipart uploads): the handler itself calls
     * `fastify.claimIdempotencyKey` with a fingerprint of what it read, before changing anything.
     */
    idempotent?: boolean | 'in-handler';
  }
  interface FastifyRequest {
    idempotencyClaim: { actorId: string; key: string } | null;
  }
  interface FastifyInstance {
    /**
     * For `idempotent: 'in-handler'` routes: claims the request's key for `fingerprint` (what
     * the request asks for, e.g. an uploaded file's SHA-256 and name; JSON-serializable), or
     * throws 409 IDEMPOTENCY_IN_PROGRESS / 422 IDEMPOTENCY_KEY_REUSED. Returns true when it has
     * sent the stored response of an earlier request: the handler must then return `reply` and
     * do nothing else. Without the header (or an actor) it returns false and claims nothing.
     */
    claimIdempotencyKey: (
      request: FastifyRequest,
      reply: FastifyReply,
      fingerprint: unknown,
    ) => Promise<boolean>;
  }
}

const HEADER = 'idempotency-key';
const TTL_SECONDS = 24 * 60 * 60;
/** An unfinished key older than this belongs to a request whose process died; a retry may take it. */
const LEASE_SECONDS = 120;
const SWEEP_EVERY_MS = 10 * 60 * 1000;

export const IdempotencyKeyHeaderSchema = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[\\x20-\\x7e]+$',
  description:
    'Makes a retry safe: the first 2xx response is stored for 24 h and replayed (header ' +
    '`Idempotent-Replayed: true`) to a retry with the same key and request. The same key while ' +
    'the first request runs → 409 IDEMPOTENCY_IN_PROGRESS; with a different request → 422 ' +
    'IDEMPOTENCY_KEY_REUSED. A failed request releases its key.',
});

/** Canonical JSON (sorted keys), so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const requestHash = (request: FastifyRequest, what: unknown) =>
  createHash('sha256')
    .update(canonical([request.method, request.url, what]))
    .digest('hex');

/** Documents the header on the route's schema (OpenAPI) and has it validated with the rest. */
function withHeaderSchema(routeOptions: RouteOptions): void {
  const schema = (routeOptions.schema ??= {});
  const headers = (schema.headers ?? { type: 'object', properties: {} }) as {
    properties?: Record<string, unknown>;
  };
  schema.headers = {
    ...headers,
    properties: { ...headers.properties, [HEADER]: IdempotencyKeyHeaderSchema },
  };
}

const asArray = <T>(hooks: T | T[] | undefined): T[] =>
  hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];

/**
 * Idempotent creating POSTs (`config: { idempotent: true }`): for an authenticated request with
 * an `Idempotency-Key`, the first request runs and its 2xx status and JSON body are stored per
 * actor and key; a retry of the same request replays them without running the handler.
 * Without the header nothing changes.
 */
export default fp(
  async (fastify) => {
    const { db } = fastify;
    fastify.decorateRequest('idempotencyClaim', null);
    let lastSweep = 0;

    async function sweep(request: FastifyRequest) {
      if (Date.now() - lastSweep < SWEEP_EVERY_MS) {
        return;
      }
      lastSweep = Date.now();
      try {
        await deleteExpiredIdempotencyKeys(db, TTL_SECONDS);
      } catch (err) {
        request.log.warn({ err }, 'could not delete expired idempotency keys');
      }
    }

    /** True when the stored response of an earlier request has been sent. */
    async function claimKey(
      request: FastifyRequest,
      reply: FastifyReply,
      what: unknown,
    ): Promise<boolean> {
      const key = request.headers[HEADER];
      if (typeof key !== 'string' || !request.actor) {
        return false;
      }
      await sweep(request);
      const hash = requestHash(request, what);
      const ref = { actorId: request.actor.id, key };
      const result = await claimIdempotencyKey(
        db,
        { ...ref, requestHash: hash },
        { ttlSeconds: TTL_SECONDS, leaseSeconds: LEASE_SECONDS },
      );
      if (result.claimed) {
        request.idempotencyClaim = ref;
        return false;
      }
      const { row } = result;
      if (row.requestHash !== hash) {
        throw new AppError(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for a different request. Use a new key.',
        );
      }
      if (row.statusCode === null) {
        throw new AppError(
          'IDEMPOTENCY_IN_PROGRESS',
          'A request with this Idempotency-Key is still being processed. Retry in a moment.',
          { headers: { 'retry-after': '1' } },
        );
      }
      void reply.status(row.statusCode).header('idempotent-replayed', 'true').send(row.response);
      return true;
    }

    const claim: preHandlerAsyncHookHandler = async function (request, reply) {
      if (await claimKey(request, reply, request.body ?? null)) {
        return reply;
      }
    };

    fastify.decorate('claimIdempotencyKey', async (request, reply, fingerprint) => {
      if (request.routeOptions.config.idempotent !== 'in-handler') {
        throw new Error('claimIdempotencyKey is only for routes with idempotent: "in-handler"');
      }
      // A fingerprint, not a body: it cannot be mistaken for the JSON body of another request.
      return claimKey(request, reply, { fingerprint });
    });

    async function settle(request: FastifyRequest, statusCode: number, payload: unknown) {
      const ref = request.idempotencyClaim;
      if (!ref) {
        return;
      }
      request.idempotencyClaim = null;
      try {
        if (statusCode >= 200 && statusCode < 300 && typeof payload === 'string') {
          const response: unknown = payload === '' ? null : JSON.parse(payload);
          await completeIdempotencyKey(db, ref, { statusCode, response });
        } else {
          await releaseIdempotencyKey(db, ref);
        }
      } catch (err) {
        request.log.error({ err }, 'could not settle the idempotency key');
        await releaseIdempotencyKey(db, ref).catch(() => undefined);
      }
    }

    // Stored before the response leaves, so a client that got it and retries sees a replay.
    const store: onSendAsyncHookHandler = async function (request, reply, payload) {
      await settle(request, reply.statusCode, payload);
      return payload;
    };

    const abandon: onResponseAsyncHookHandler = async function (request) {
      await settle(request, 500, undefined);
    };

    fastify.addHook('onRoute', (routeOptions) => {
      if (!routeOptions.config?.idempotent) {
        return;
      }
      withHeaderSchema(routeOptions);
      if (routeOptions.config?.idempotent !== 'in-handler') {
        // Runs after authentication (onRequest) and validation, before the route's own preHandlers.
        routeOptions.preHandler = [claim, ...asArray(routeOptions.preHandler)];
      }
      routeOptions.onSend = [...asArray(routeOptions.onSend), store];
      // A response that never reached onSend (hijacked, aborted) must not keep its key forever.
      routeOptions.onResponse = [...asArray(routeOptions.onResponse), abandon];
    });
  },
  { name: 'idempotency', dependencies: ['database', 'authenticate'] },
);
