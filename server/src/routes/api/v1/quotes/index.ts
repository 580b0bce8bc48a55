import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcceptQuoteBodySchema,
  CreateQuoteBodySchema,
  DeclineQuoteBodySchema,
  IdParamsSchema,
  ListQuotesQuerySchema,
  QuotePageSchema,
  QuoteSchema,
  RequestQuoteRevisionBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/**
 * Quotes on an introduced match: the producer sends, the distributor accepts, declines or asks
 * for one revision (answered by a new quote with `revisionOf`). One `sent` quote per match: a
 * new one withdraws the previous. Quotes past `validUntil` expire (409 QUOTE_EXPIRED on accept).
 * Parties of the match and coordinators see them; strangers get 404.
 */
const quotes: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['quotes'];
  const response = { 200: QuoteSchema, ...problemResponses };

  fastify.post(
    '/',
    {
      onRequest: fastify.authenticate,
      config: { idempotent: true },
      schema: {
        tags,
        security,
        description:
          'The producer of an introduced, still open match sends a quote; it withdraws the quote still `sent` on that match, if any. With `revisionOf`, it answers a revision request (once per quote). Honours `Idempotency-Key`.',
        body: CreateQuoteBodySchema,
        response: { 201: QuoteSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.quotes.create(requireActor(request), request.body, request.id),
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
          "With `matchId`: that match's quotes (its parties and staff). Without: the caller's organization's quotes, or all for staff.",
        querystring: ListQuotesQuerySchema,
        response: { 200: QuotePageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.quotes.list(requireActor(request), request.query),
  );

  fastify.get(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: { tags, security, params: IdParamsSchema, response },
    },
    async (request) => fastify.services.quotes.get(requireActor(request), request.params.id),
  );

  fastify.post(
    '/:id/accept',
    {
      onRequest: fastify.authenticate,
      schema: { tags, security, params: IdParamsSchema, body: AcceptQuoteBodySchema, response },
    },
    async (request) =>
      fastify.services.quotes.accept(
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
      schema: { tags, security, params: IdParamsSchema, body: DeclineQuoteBodySchema, response },
    },
    async (request) =>
      fastify.services.quotes.decline(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.post(
    '/:id/request-revision',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'The distributor sends a quote back once, saying what should change; a revised quote cannot be sent back again.',
        params: IdParamsSchema,
        body: RequestQuoteRevisionBodySchema,
        response,
      },
    },
    async (request) =>
      fastify.services.quotes.requestRevision(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );
};

export default quotes;
