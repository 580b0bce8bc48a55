import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateSampleRequestBodySchema,
  DeclineSampleBodySchema,
  EvaluateSampleBodySchema,
  IdParamsSchema,
  ListSampleRequestsQuerySchema,
  SampleRequestPageSchema,
  SampleRequestSchema,
  SampleStepBodySchema,
  ShipSampleBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/**
 * Sample requests: a verified distributor asks (from a public product or an introduced match of
 * its own), the producer accepts or declines and ships, the distributor confirms delivery and
 * evaluates. Each step notifies the other side; wrong-side steps are 403, steps not allowed from
 * the current status 409 INVALID_TRANSITION with `allowed`. Strangers get 404.
 */
const sampleRequests: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['sample-requests'];
  const response = { 200: SampleRequestSchema, ...problemResponses };

  fastify.post(
    '/',
    {
      onRequest: fastify.authenticate,
      config: { idempotent: true },
      schema: {
        tags,
        security,
        description:
          'A distributor whose organization is verified (else 409 ORGANIZATION_NOT_VERIFIED) requests a sample of a public product, or of the product of one of its matches that has been introduced. Honours `Idempotency-Key`.',
        body: CreateSampleRequestBodySchema,
        response: { 201: SampleRequestSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.samples.create(requireActor(request), request.body, request.id),
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
          "A producer sees its organization's incoming requests, a distributor its outgoing ones, coordinators and admins all.",
        querystring: ListSampleRequestsQuerySchema,
        response: { 200: SampleRequestPageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.samples.list(requireActor(request), request.query),
  );

  fastify.get(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: { tags, security, params: IdParamsSchema, response },
    },
    async (request) => fastify.services.samples.get(requireActor(request), request.params.id),
  );

  const step = (description: string) => ({
    onRequest: fastify.authenticate,
    schema: {
      tags,
      security,
      description,
      params: IdParamsSchema,
      body: SampleStepBodySchema,
      response,
    },
  });

  fastify.post('/:id/accept', step('The producer accepts a requested sample.'), async (request) =>
    fastify.services.samples.accept(
      requireActor(request),
      request.params.id,
      request.body,
      request.id,
    ),
  );

  fastify.post(
    '/:id/decline',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'The producer declines a requested sample, saying why.',
        params: IdParamsSchema,
        body: DeclineSampleBodySchema,
        response,
      },
    },
    async (request) =>
      fastify.services.samples.decline(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.post(
    '/:id/ship',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'The producer ships an accepted sample, with the carrier and tracking number.',
        params: IdParamsSchema,
        body: ShipSampleBodySchema,
        response,
      },
    },
    async (request) =>
      fastify.services.samples.ship(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.post(
    '/:id/deliver',
    step('The distributor confirms a shipped sample arrived.'),
    async (request) =>
      fastify.services.samples.deliver(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.post(
    '/:id/evaluate',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'The distributor evaluates a delivered sample: six ratings 1–5, a comment and go / no-go. The producer sees it.',
        params: IdParamsSchema,
        body: EvaluateSampleBodySchema,
        response,
      },
    },
    async (request) =>
      fastify.services.samples.evaluate(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );
};

export default sampleRequests;
