import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  DemandInputSchema,
  DemandPageSchema,
  DemandSchema,
  IdParamsSchema,
  ListDemandsQuerySchema,
  UpdateDemandBodySchema,
  VersionBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';
import demandMatchesRoutes from './matches.ts';

/** Sourcing requests: distributors post them; coordinators see open ones; producers, introduced ones. */
const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['demands'];

  fastify.post(
    '/',
    {
      onRequest: fastify.authenticate,
      config: { idempotent: true },
      schema: {
        tags,
        security,
        description:
          "Creates a draft demand of the caller's (distributor) organization. Send an " +
          '`Idempotency-Key` to make a retry safe.',
        body: DemandInputSchema,
        response: { 201: DemandSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.demands.create(requireActor(request), request.body, request.id),
        ),
  );

  fastify.get(
    '/',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          "Distributors: their organization's demands. Coordinators and admins: open and closed " +
          'demands of verified distributors. Producers: demands they were introduced to.',
        querystring: ListDemandsQuerySchema,
        response: { 200: DemandPageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.demands.list(requireActor(request), request.query),
  );

  fastify.get(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        response: { 200: DemandSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.demands.get(requireActor(request), request.params.id),
  );

  fastify.patch(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'Edits a draft or open demand (a closed one is reopened first: 409 INVALID_TRANSITION).',
        params: IdParamsSchema,
        body: UpdateDemandBodySchema,
        response: { 200: DemandSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.demands.update(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.post(
    '/:id/open',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'draft | closed → open. The organization must be verified (409 ORGANIZATION_NOT_VERIFIED).',
        params: IdParamsSchema,
        body: VersionBodySchema,
        response: { 200: DemandSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.demands.open(
        requireActor(request),
        request.params.id,
        request.body.version,
        request.id,
      ),
  );

  fastify.post(
    '/:id/close',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'open → closed.',
        params: IdParamsSchema,
        body: VersionBodySchema,
        response: { 200: DemandSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.demands.close(
        requireActor(request),
        request.params.id,
        request.body.version,
        request.id,
      ),
  );

  await fastify.register(demandMatchesRoutes);
};

export default routes;
