import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { AccessTokenPayload } from '../../modules/auth/access-token.ts';

export const TOKEN_ISSUER = 'ketnoi';
export const TOKEN_AUDIENCE = 'ketnoi-api';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessTokenPayload;
    user: AccessTokenPayload;
  }
}

/**
 * Access tokens: HS256 only, issuer and audience pinned, so `alg: none` and algorithm
 * switching are refused by the verifier itself. Tokens are read from the Authorization
 * header only (never from the query string).
 * @see https://github.com/fastify/fastify-jwt
 */
export default fp(
  async (fastify) => {
    await fastify.register(cookie);
    await fastify.register(jwt, {
      secret: fastify.config.JWT_SECRET,
      sign: {
        algorithm: 'HS256',
        iss: TOKEN_ISSUER,
        aud: TOKEN_AUDIENCE,
        expiresIn: fastify.config.ACCESS_TOKEN_TTL_SECONDS,
      },
      verify: { algorithms: ['HS256'], allowedIss: TOKEN_ISSUER, allowedAud: TOKEN_AUDIENCE },
    });
  },
  { name: 'auth-tokens', dependencies: ['config'] },
);
