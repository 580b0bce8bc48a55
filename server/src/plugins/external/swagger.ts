import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ProblemDetailsSchema } from '@ketnoi/shared';

/**
 * OpenAPI 3 from the route schemas at /docs/json, and the UI at /docs (the only place with a
 * relaxed CSP, which swagger-ui sets for its own routes).
 * @see https://github.com/fastify/fastify-swagger
 */
export default fp(
  async (fastify) => {
    fastify.addSchema(ProblemDetailsSchema);
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'KếtNối API',
          version: '1.0.0',
          description:
            'B2B supply–demand matchmaking. Errors are RFC 9457 problem details with a stable `code`.',
        },
        components: {
          securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
      },
    });
    await fastify.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  },
  { name: 'swagger' },
);
