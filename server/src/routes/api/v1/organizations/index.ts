import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema, OrganizationSchema, UpdateOrganizationBodySchema } from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

const organizations: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/:id',
    {
      onRequest: fastify.identify,
      schema: {
        tags: ['organizations'],
        params: IdParamsSchema,
        response: { 200: OrganizationSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.organizations.get(request.actor, request.params.id),
  );

  fastify.patch(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags: ['organizations'],
        security: [{ bearerAuth: [] }],
        params: IdParamsSchema,
        body: UpdateOrganizationBodySchema,
        response: { 200: OrganizationSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.organizations.update(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );
};

export default organizations;
