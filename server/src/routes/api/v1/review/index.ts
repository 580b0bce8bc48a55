import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ApproveProductBodySchema,
  ProductPageSchema,
  ProductSchema,
  RejectProductBodySchema,
  ReviewProductsQuerySchema,
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
    {
      schema: {
        tags: ['review'],
        security,
        querystring: ReviewOrganizationsQuerySchema,
        response: { 200: OrganizationPageSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.organizations.listForReview(requireActor(request), request.query),
  );

  fastify.post(
    '/organizations/:id/verify',
    {
      schema: {
        tags: ['review'],
        security,
        params: IdParamsSchema,
        body: VerifyOrganizationBodySchema,
        response: { 200: OrganizationSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.organizations.verify(
        requireActor(request),
        request.params.id,
        request.body.note,
        request.id,
      ),
  );

  fastify.post(
    '/organizations/:id/reject',
    {
      schema: {
        tags: ['review'],
        security,
        params: IdParamsSchema,
        body: RejectOrganizationBodySchema,
        response: { 200: OrganizationSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.organizations.reject(
        requireActor(request),
        request.params.id,
        request.body.reason,
        request.id,
      ),
  );

  fastify.get(
    '/products',
    {
      schema: {
        tags: ['review'],
        security,
        querystring: ReviewProductsQuerySchema,
        response: { 200: ProductPageSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.products.listForReview(requireActor(request), request.query),
  );

  fastify.post(
    '/products/:id/approve',
    {
      schema: {
        tags: ['review'],
        security,
        params: IdParamsSchema,
        body: ApproveProductBodySchema,
        response: { 200: ProductSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.products.approve(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.post(
    '/products/:id/reject',
    {
      schema: {
        tags: ['review'],
        security,
        params: IdParamsSchema,
        body: RejectProductBodySchema,
        response: { 200: ProductSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.products.reject(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );
};

export default review;
