import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateProductBodySchema,
  IdParamsSchema,
  ListProductsQuerySchema,
  ProductImageListSchema,
  ProductImageParamsSchema,
  ProductImageSchema,
  ProductPageSchema,
  ProductSchema,
  ReorderProductImagesBodySchema,
  UpdateProductBodySchema,
  VersionBodySchema,
  productImageRules,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { NoContent, problemResponses } from '../../../responses.ts';
import { singleUpload } from './image-upload.ts';

const products: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['products'];

  fastify.post(
    '/',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        body: CreateProductBodySchema,
        response: { 201: ProductSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.products.create(requireActor(request), request.body, request.id),
        ),
  );

  fastify.get(
    '/',
    {
      onRequest: fastify.identify,
      schema: {
        tags,
        querystring: ListProductsQuerySchema,
        response: { 200: ProductPageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.products.list(request.actor, request.query),
  );

  fastify.get(
    '/:id',
    {
      onRequest: fastify.identify,
      schema: {
        tags,
        params: IdParamsSchema,
        response: { 200: ProductSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.products.get(request.actor, request.params.id),
  );

  fastify.patch(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        body: UpdateProductBodySchema,
        response: { 200: ProductSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.products.update(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.delete(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Archives the product (it leaves the catalogue; history is kept).',
        params: IdParamsSchema,
        querystring: VersionBodySchema,
        response: { 200: ProductSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.products.archive(
        requireActor(request),
        request.params.id,
        request.query.version,
        request.id,
      ),
  );

  fastify.post(
    '/:id/submit',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        body: VersionBodySchema,
        response: { 200: ProductSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.products.submit(
        requireActor(request),
        request.params.id,
        request.body.version,
        request.id,
      ),
  );

  fastify.post(
    '/:id/images',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        consumes: ['multipart/form-data'],
        description: [
          `Adds one image (multipart/form-data, one file in the field \`file\`): JPEG, PNG or WebP, at most ${productImageRules.maxBytes / (1024 * 1024)} MB,`,
          `${productImageRules.maxPixels / 1e6} megapixels and ${productImageRules.maxSide} px a side; at most ${productImageRules.maxImages} per product.`,
          'The type is read from the bytes. The image is turned upright from its EXIF orientation and re-encoded to WebP at',
          '320 and 1280 px wide (never enlarged) without any metadata; of an animated image only the first frame is kept.',
          'The first image is the cover. 413 too large, 415 not an allowed type, 422 too many pixels or unreadable,',
          '409 IMAGE_LIMIT_REACHED, 503 when too many images are being processed (retry).',
        ].join(' '),
        params: IdParamsSchema,
        response: { 201: ProductImageSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const upload = singleUpload(request, { field: 'file', maxBytes: productImageRules.maxBytes });
      try {
        const image = await fastify.services.productImages.add(
          requireActor(request),
          request.params.id,
          upload.read,
          request.id,
        );
        return await reply.status(201).send(image);
      } catch (err) {
        if (upload.shouldClose()) {
          void reply.header('connection', 'close');
        }
        throw err;
      }
    },
  );

  fastify.put(
    '/:id/images/order',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'Reorders the images: `imageIds` lists every image of the product once, in the new order; the first is the cover.',
        params: IdParamsSchema,
        body: ReorderProductImagesBodySchema,
        response: { 200: ProductImageListSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.productImages.reorder(
        requireActor(request),
        request.params.id,
        request.body.imageIds,
        request.id,
      ),
  );

  fastify.delete(
    '/:id/images/:imageId',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        params: ProductImageParamsSchema,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await fastify.services.productImages.remove(
        requireActor(request),
        request.params.id,
        request.params.imageId,
        request.id,
      );
      return reply.status(204).send(null);
    },
  );
};

export default products;
