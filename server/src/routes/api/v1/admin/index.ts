import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AdminUserPageSchema,
  AdminUserSchema,
  CreateStaffUserBodySchema,
  IdParamsSchema,
  PageQuerySchema,
  UpdateUserBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

const admin: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const security = [{ bearerAuth: [] }];

  fastify.get(
    '/users',
    {
      schema: {
        tags: ['admin'],
        security,
        querystring: PageQuerySchema,
        response: { 200: AdminUserPageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.users.list(requireActor(request), request.query),
  );

  fastify.post(
    '/users',
    {
      schema: {
        tags: ['admin'],
        security,
        body: CreateStaffUserBodySchema,
        response: { 201: AdminUserSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.users.createStaff(requireActor(request), request.body, request.id),
        ),
  );

  fastify.patch(
    '/users/:id',
    {
      schema: {
        tags: ['admin'],
        security,
        params: IdParamsSchema,
        body: UpdateUserBodySchema,
        response: { 200: AdminUserSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.users.update(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );
};

export default admin;
