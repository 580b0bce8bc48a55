import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema, ListDemandMatchesQuerySchema, MatchPageSchema } from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/** `GET /demands/:id/matches`: the proposals and introductions of one demand (modules/matches). */
const demandMatchesRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/:id/matches',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags: ['demands', 'matches'],
        security: [{ bearerAuth: [] }],
        description:
          "Coordinators: every match of the demand, proposals and pools included. The demand's " +
          'distributor: its matches from `introduced` on. Producers: 403; another distributor: 404.',
        params: IdParamsSchema,
        querystring: ListDemandMatchesQuerySchema,
        response: { 200: MatchPageSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.matches.listForDemand(
        requireActor(request),
        request.params.id,
        request.query,
      ),
  );
};

export default demandMatchesRoutes;
