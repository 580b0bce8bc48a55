import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateMarketGuideBodySchema,
  IdParamsSchema,
  ListMarketGuidesQuerySchema,
  MarketChecklistSchema,
  MarketGuideChecklistQuerySchema,
  MarketGuidePageSchema,
  MarketGuideSchema,
  UpdateMarketGuideBodySchema,
  VersionBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/**
 * Market guides: what a destination market or one retailer requires. Everyone reads published
 * guides; coordinators write, publish and unpublish them.
 */
const marketGuides: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['market-guides'];

  fastify.get(
    '/',
    {
      onRequest: fastify.identify,
      schema: {
        tags,
        description: 'Published guides; coordinators see drafts too.',
        querystring: ListMarketGuidesQuerySchema,
        response: { 200: MarketGuidePageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.marketGuides.list(request.actor, request.query),
  );

  fastify.post(
    '/',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Creates a draft guide (coordinators).',
        body: CreateMarketGuideBodySchema,
        response: { 201: MarketGuideSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.marketGuides.create(
            requireActor(request),
            request.body,
            request.id,
          ),
        ),
  );

  fastify.get(
    '/:id',
    {
      onRequest: fastify.identify,
      schema: {
        tags,
        params: IdParamsSchema,
        response: { 200: MarketGuideSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.marketGuides.get(request.actor, request.params.id),
  );

  fastify.patch(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        body: UpdateMarketGuideBodySchema,
        response: { 200: MarketGuideSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.marketGuides.update(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  for (const action of ['publish', 'unpublish'] as const) {
    fastify.post(
      `/:id/${action}`,
      {
        onRequest: fastify.authenticate,
        schema: {
          tags,
          security,
          description: `${action === 'publish' ? 'draft → published' : 'published → draft'}; otherwise 409 INVALID_TRANSITION.`,
          params: IdParamsSchema,
          body: VersionBodySchema,
          response: { 200: MarketGuideSchema, ...problemResponses },
        },
      },
      async (request) =>
        fastify.services.marketGuides[action](
          requireActor(request),
          request.params.id,
          request.body.version,
          request.id,
        ),
    );
  }

  fastify.get(
    '/:id/checklist',
    {
      onRequest: fastify.identify,
      schema: {
        tags,
        description: [
          'The gap checklist of a product against the guide ("has HACCP ✓, needs FDA registration ✗"),',
          'counting valid certificates only. Public products for everyone; a producer checks its own',
          'drafts (their working copy). `met: null` means the product facts cannot tell (confirm it).',
        ].join(' '),
        params: IdParamsSchema,
        querystring: MarketGuideChecklistQuerySchema,
        response: { 200: MarketChecklistSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.marketGuides.checklist(
        request.actor,
        request.params.id,
        request.query.productId,
      ),
  );
};

export default marketGuides;
