import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AgreementPageSchema,
  AgreementSchema,
  CreateAgreementBodySchema,
  ListAgreementsQuerySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/** MoUs and contracts: the parties see theirs, coordinators record and see them all. */
const agreements: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const security = [{ bearerAuth: [] }];
  const tags = ['agreements'];

  fastify.get(
    '/',
    {
      schema: {
        tags,
        security,
        description:
          'Producers and distributors: agreements their organization is a party to. Coordinators and admins: all.',
        querystring: ListAgreementsQuerySchema,
        response: { 200: AgreementPageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.agreements.list(requireActor(request), request.query),
  );

  fastify.post(
    '/',
    {
      schema: {
        tags,
        security,
        description:
          'A coordinator records an MoU or contract between a producer and a distributor, from a ' +
          'match (its parties) or with both parties given.',
        body: CreateAgreementBodySchema,
        response: { 201: AgreementSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.agreements.create(requireActor(request), request.body, request.id),
        ),
  );
};

export default agreements;
