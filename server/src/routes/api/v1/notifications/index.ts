import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  MarkNotificationsReadBodySchema,
  NotificationListSchema,
  NotificationsQuerySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { NoContent, problemResponses } from '../../../responses.ts';

const notifications: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const security = [{ bearerAuth: [] }];

  fastify.get(
    '/',
    {
      schema: {
        tags: ['notifications'],
        security,
        querystring: NotificationsQuerySchema,
        response: { 200: NotificationListSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.notifications.list(requireActor(request), request.query),
  );

  fastify.post(
    '/read',
    {
      schema: {
        tags: ['notifications'],
        security,
        body: MarkNotificationsReadBodySchema,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await fastify.services.notifications.markRead(requireActor(request), request.body.ids);
      return reply.status(204).send(null);
    },
  );
};

export default notifications;
