import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateProductBodySchema,
  IdParamsSchema,
  ListProductsQuerySchema,
  ProductPageSchema,
  ProductSchema,
  UpdateProductBodySchema,
  VersionBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

const products: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['products'];

  fastify.post(
    '/',
    { onRequest: fastify.authenticate, schema: { tags, security, body: CreateProductBodySchema, response: { 201: ProductSchema, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await fastify.services.products.create(requireActor(request), request.body, request.id)),
  );

  fastify.get(
    '/',
    { onRequest: fastify.identify, schema: { tags, querystring: ListProductsQuerySchema, response: { 200: ProductPageSchema, ...problemResponses } } },
    async (request) => fastify.services.products.list(request.actor, request.query),
  );

  fastify.get(
    '/:id',
    { onRequest: fastify.identify, schema: { tags, params: IdParamsSchema, response: { 200: ProductSchema, ...problemResponses } } },
    async (request) => fastify.services.products.get(request.actor, request.params.id),
  );

  fastify.patch(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: { tags, security, params: IdParamsSchema, body: UpdateProductBodySchema, response: { 200: ProductSchema, ...problemResponses } },
    },
    async (request) => fastify.services.products.update(requireActor(request), request.params.id, request.body, request.id),
  );

  fastify.delete(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: { tags, security, description: 'Archives the product (it leaves the catalogue; history is kept).', params: IdParamsSchema, querystring: VersionBodySchema, response: { 200: ProductSchema, ...problemResponses } },
    },
    async (request) => fastify.services.products.archive(requireActor(request), request.params.id, request.query.version, request.id),
  );

  fastify.post(
    '/:id/submit',
    { onRequest: fastify.authenticate, schema: { tags, security, params: IdParamsSchema, body: VersionBodySchema, response: { 200: ProductSchema, ...problemResponses } } },
    async (request) => fastify.services.products.submit(requireActor(request), request.params.id, request.body.version, request.id),
  );
};

export default products;
