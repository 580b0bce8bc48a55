import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import type { AccessTokenPayload } from '../../modules/auth/access-token.ts';
import type { AuthenticatedSession } from '../../modules/auth/auth.service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook: a valid access token of an active user, or 401. */
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** onRequest hook for public routes: identifies the caller if a token is sent. */
    identify: (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: AuthenticatedSession | null;
  }
}

/**
 * Every failure gives the same body — missing, malformed, expired, tampered, `alg: none`, a
 * disabled user — so a caller learns nothing about why a token was refused.
 */
const refused = () => new AppError('UNAUTHENTICATED', 'Authentication required');

export function requireSession(request: FastifyRequest): AuthenticatedSession {
  if (!request.session) {
    throw refused();
  }
  return request.session;
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw refused();
  }
  return request.actor;
}

export default fp(
  async (fastify) => {
    fastify.decorateRequest('actor', null);
    fastify.decorateRequest('session', null);

    async function authenticate(request: FastifyRequest) {
      let payload;
      try {
        payload = await request.jwtVerify<AccessTokenPayload>();
      } catch {
        request.log.info('access token refused');
        throw refused();
      }
      try {
        request.session = await fastify.services.auth.authenticate(payload);
        request.actor = request.session.actor;
      } catch (err) {
        if (err instanceof AppError && err.code === 'UNAUTHENTICATED') {
          throw refused();
        }
        throw err;
      }
    }

    fastify.decorate('authenticate', authenticate);
    fastify.decorate('identify', async (request: FastifyRequest) => {
      if (request.headers.authorization !== undefined) {
        await authenticate(request);
      }
    });
  },
  { name: 'authenticate', dependencies: ['auth-tokens', 'services'] },
);
