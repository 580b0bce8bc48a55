import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  DecideRegistrationBodySchema,
  IdParamsSchema,
  ListRegistrationsQuerySchema,
  ParticipantListSchema,
  RegisterForEventBodySchema,
  RegistrationListSchema,
  RegistrationParamsSchema,
  RegistrationSchema,
  type RegistrationAction,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/** `/events/:id/registrations` and `/events/:id/participants`. */
const registrations: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['events'];

  fastify.post(
    '/:id/registrations',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'A verified producer or distributor registers its own organization (pending until a coordinator decides). 409 REGISTRATION_CLOSED after the deadline, EVENT_FULL at capacity.',
        params: IdParamsSchema,
        body: RegisterForEventBodySchema,
        response: { 201: RegistrationSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.registrations.register(
            requireActor(request),
            request.params.id,
            request.body,
            request.id,
          ),
        ),
  );

  fastify.get(
    '/:id/registrations',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Coordinators: all registrations; a producer or distributor: its own.',
        params: IdParamsSchema,
        querystring: ListRegistrationsQuerySchema,
        response: { 200: RegistrationListSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.registrations.list(requireActor(request), request.params.id, request.query),
  );

  const actions: Record<RegistrationAction, string> = {
    accept: 'Coordinators: accepts the registration (capacity permitting).',
    decline: "Coordinators: declines it; an accepted organization's meetings are cancelled.",
    cancel: 'The organization (or a coordinator) withdraws it; its meetings are cancelled.',
  };
  for (const [action, description] of Object.entries(actions) as [RegistrationAction, string][]) {
    fastify.post(
      `/:id/registrations/:rid/${action}`,
      {
        onRequest: fastify.authenticate,
        schema: {
          tags,
          security,
          description,
          params: RegistrationParamsSchema,
          body: DecideRegistrationBodySchema,
          response: { 200: RegistrationSchema, ...problemResponses },
        },
      },
      async (request) =>
        fastify.services.registrations[action](
          requireActor(request),
          request.params.id,
          request.params.rid,
          request.body,
          request.id,
        ),
    );
  }

  fastify.get(
    '/:id/participants',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Accepted organizations, for coordinators and accepted participants.',
        params: IdParamsSchema,
        response: { 200: ParticipantListSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.registrations.participants(requireActor(request), request.params.id),
  );
};

export default registrations;
