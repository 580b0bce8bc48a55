import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CancelEventBodySchema,
  CreateEventBodySchema,
  EventPageSchema,
  EventSchema,
  EventVersionBodySchema,
  IdParamsSchema,
  ListEventsQuerySchema,
  UpdateEventBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';
import meetings from './meetings.ts';
import registrations from './registrations.ts';

/**
 * Trade events: coordinators create, edit, publish and cancel them; everyone reads published
 * ones. Registrations and B2B meetings live under `/:id` (registrations.ts, meetings.ts).
 * @see ../../../../modules/events/README.md
 */
const events: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['events'];

  fastify.post(
    '/',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Coordinators: creates a draft event.',
        body: CreateEventBodySchema,
        response: { 201: EventSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.events.create(requireActor(request), request.body, request.id),
        ),
  );

  fastify.get(
    '/',
    {
      onRequest: fastify.identify,
      schema: {
        tags,
        description: 'Published events (staff: any status). Upcoming first, soonest first.',
        querystring: ListEventsQuerySchema,
        response: { 200: EventPageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.events.list(request.actor, request.query),
  );

  fastify.get(
    '/:id',
    {
      onRequest: fastify.identify,
      schema: { tags, params: IdParamsSchema, response: { 200: EventSchema, ...problemResponses } },
    },
    async (request) => fastify.services.events.get(request.actor, request.params.id),
  );

  fastify.patch(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Coordinators: edits a draft or published event (version required).',
        params: IdParamsSchema,
        body: UpdateEventBodySchema,
        response: { 200: EventSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.events.update(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.post(
    '/:id/publish',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        body: EventVersionBodySchema,
        response: { 200: EventSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.events.publish(
        requireActor(request),
        request.params.id,
        request.body.version,
        request.id,
      ),
  );

  fastify.post(
    '/:id/cancel',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Coordinators: cancels the event and every meeting booked at it.',
        params: IdParamsSchema,
        body: CancelEventBodySchema,
        response: { 200: EventSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.events.cancel(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  await fastify.register(registrations);
  await fastify.register(meetings);
};

export default events;
