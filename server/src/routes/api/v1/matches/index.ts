import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ApproveMatchBodySchema,
  BulkApproveMatchesBodySchema,
  BulkApproveResultSchema,
  CreateMatchBodySchema,
  IdParamsSchema,
  ListMatchesQuerySchema,
  MatchPageSchema,
  MatchSchema,
  RejectMatchBodySchema,
  UpdateMatchBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/**
 * Matches: the coordinators' approval queue and decisions, manual proposals, and the deal pipeline
 * the parties walk after an introduction. Who sees and does what: modules/matches/matches.policy.ts.
 */
const matches: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const security = [{ bearerAuth: [] }];
  const tags = ['matches'];

  fastify.get(
    '/',
    {
      schema: {
        tags,
        security,
        description:
          'Coordinators: the approval queue (`status` defaults to `proposed`), best score first. ' +
          'Producers and distributors: their own matches from `introduced` on.',
        querystring: ListMatchesQuerySchema,
        response: { 200: MatchPageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.matches.list(requireActor(request), request.query),
  );

  fastify.post(
    '/',
    {
      config: { idempotent: true },
      schema: {
        tags,
        security,
        description:
          'A coordinator proposes a demand × product pair by hand; it is scored and waits as ' +
          '`proposed`. 409 MATCH_EXISTS when the pair exists.',
        body: CreateMatchBodySchema,
        response: { 201: MatchSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.matches.propose(requireActor(request), request.body, request.id),
        ),
  );

  fastify.post(
    '/approve',
    {
      schema: {
        tags,
        security,
        description:
          'Approves up to 200 matches, each in its own transaction; the result gives every id its outcome.',
        body: BulkApproveMatchesBodySchema,
        response: { 200: BulkApproveResultSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.matches.bulkApprove(requireActor(request), request.body, request.id),
  );

  fastify.get(
    '/:id',
    {
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        response: { 200: MatchSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.matches.get(requireActor(request), request.params.id),
  );

  fastify.post(
    '/:id/approve',
    {
      schema: {
        tags,
        security,
        description:
          'Approval introduces the parties (status `introduced`): both are notified in-app and by ' +
          'e-mail and see each other’s contacts from then on.',
        params: IdParamsSchema,
        body: ApproveMatchBodySchema,
        response: { 200: MatchSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.matches.approve(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.post(
    '/:id/reject',
    {
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        body: RejectMatchBodySchema,
        response: { 200: MatchSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.matches.reject(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.patch(
    '/:id',
    {
      schema: {
        tags,
        security,
        description:
          'A step of the deal pipeline (either party or a coordinator). 409 INVALID_TRANSITION lists ' +
          'the allowed statuses; `lost` needs `lostReason`; `won` may record the agreement.',
        params: IdParamsSchema,
        body: UpdateMatchBodySchema,
        response: { 200: MatchSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.matches.move(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );
};

export default matches;
