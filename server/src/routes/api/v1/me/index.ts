import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MeSchema } from '@ketnoi/shared';
import { requireSession } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

const me: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      schema: {
        tags: ['auth'],
        security: [{ bearerAuth: [] }],
        response: { 200: MeSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.auth.me(requireSession(request)),
  );
};

export default me;
