import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  EmptyBodySchema,
  LoginBodySchema,
  RegisterBodySchema,
  SessionSchema,
} from '@ketnoi/shared';
import type { IssuedSession } from '../../../../modules/auth/auth.service.ts';
import { refreshCookieName } from '../../../../modules/auth/refresh-cookie.ts';
import { AppError } from '../../../../lib/errors.ts';
import { NoContent, problemResponses } from '../../../responses.ts';

/**
 * Sign-up, sign-in and the refresh-token cookie. The cookie is httpOnly and SameSite=Strict;
 * the routes that read it also refuse cross-site requests (CSRF).
 */
const auth: FastifyPluginAsyncTypebox = async (fastify) => {
  const production = fastify.config.NODE_ENV === 'production';
  const cookieName = refreshCookieName(production);
  const allowedOrigins = new Set([...fastify.config.corsOrigins, fastify.config.PUBLIC_URL]);

  function setRefreshCookie(reply: FastifyReply, session: IssuedSession) {
    void reply.setCookie(cookieName, session.refreshToken, {
      httpOnly: true,
      secure: production,
      sameSite: 'strict',
      path: '/',
      maxAge: Math.floor(fastify.services.auth.refreshTtlMs / 1000),
    });
    return { accessToken: session.accessToken, user: session.user };
  }

  /** Cookie-authenticated routes accept same-site JSON requests only. */
  function assertSameSite(request: FastifyRequest) {
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const json = (request.headers['content-type'] ?? '').startsWith('application/json');
    if (
      (site !== undefined && site !== 'same-origin' && site !== 'same-site' && site !== 'none') ||
      (origin !== undefined && !allowedOrigins.has(origin)) ||
      !json
    ) {
      throw new AppError('CSRF_REJECTED', 'Cross-site request refused');
    }
  }

  fastify.post(
    '/register',
    {
      schema: {
        tags: ['auth'],
        body: RegisterBodySchema,
        response: { 201: SessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = await fastify.services.auth.register(request.body, request.id);
      return reply.status(201).send(setRefreshCookie(reply, session));
    },
  );

  fastify.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        body: LoginBodySchema,
        response: { 200: SessionSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      setRefreshCookie(reply, await fastify.services.auth.login(request.body, request.ip)),
  );

  fastify.post(
    '/refresh',
    {
      onRequest: async (request) => assertSameSite(request),
      schema: {
        tags: ['auth'],
        body: EmptyBodySchema,
        response: { 200: SessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      try {
        return setRefreshCookie(
          reply,
          await fastify.services.auth.refresh(request.cookies[cookieName]),
        );
      } catch (err) {
        void reply.clearCookie(cookieName, { path: '/' });
        throw err;
      }
    },
  );

  fastify.post(
    '/logout',
    {
      onRequest: async (request) => assertSameSite(request),
      schema: {
        tags: ['auth'],
        body: EmptyBodySchema,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await fastify.services.auth.logout(request.cookies[cookieName]);
      void reply.clearCookie(cookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};

export default auth;
