import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParamsSchema,
  OrganizationPageSchema,
  OrganizationSchema,
  RejectOrganizationBodySchema,
  ReviewOrganizationsQuerySchema,
  VerifyOrganizationBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/** The coordinators' review queues. Role checks live in the services' policies. */
const review: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const security = [{ bearerAuth: [] }];

  fastify.get(
    '/organizations',
    { schema: { tags: ['review'], security, querystring: ReviewOrganizationsQuerySchema, response: { 200: OrganizationPageSchema, ...problemResponses } } },
    async (request) => fastify.services.organizations.listForReview(requireActor(request), request.query),
  );

  fastify.post(
    '/organizations/:id/verify',
    {
      schema: { tags: ['review'], security, params: IdParamsSchema, body: VerifyOrganizationBodySchema, response: { 200: OrganizationSchema, ...problemResponses } },
    },
    async (request) =>
      fastify.services.organizations.verify(requireActor(request), request.params.id, request.body.note, request.id),
  );

  fastify.post(
    '/organizations/:id/reject',
    {
      schema: { tags: ['review'], security, params: IdParamsSchema, body: RejectOrganizationBodySchema, response: { 200: OrganizationSchema, ...problemResponses } },
    },
    async (request) =>
      fastify.services.organizations.reject(requireActor(request), request.params.id, request.body.reason, request.id),
  );
};

export default review;
