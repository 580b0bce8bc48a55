import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateSavedSearchBodySchema,
  IdParamsSchema,
  SavedSearchListSchema,
  SavedSearchSchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { NoContent, problemResponses } from '../../../responses.ts';

/** The signed-in person's own saved catalogue searches. */
const savedSearches: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const schema = { tags: ['search'], security: [{ bearerAuth: [] }] };

  fastify.get(
    '/',
    { schema: { ...schema, response: { 200: SavedSearchListSchema, ...problemResponses } } },
    async (request) => fastify.services.savedSearches.list(requireActor(request)),
  );

  fastify.post(
    '/',
    {
      schema: {
        ...schema,
        body: CreateSavedSearchBodySchema,
        response: { 201: SavedSearchSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await fastify.services.savedSearches.create(requireActor(request), request.body)),
  );

  fastify.delete(
    '/:id',
    {
      schema: {
        ...schema,
        params: IdParamsSchema,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await fastify.services.savedSearches.remove(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default savedSearches;
