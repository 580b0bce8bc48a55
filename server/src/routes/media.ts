import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { notFound } from '../lib/errors.ts';
import { isSafeStorageKey } from '../modules/storage/storage.ts';
import { problemResponses } from './responses.ts';

/** Only the re-encoded image variants are public: `images/<xx>/<uuid>-<width>.webp`. */
const MEDIA_KEY = /^images\/[0-9a-f]{2}\/[0-9a-f-]{36}-\d{2,5}\.webp$/;

/**
 * `GET /media/<key>`: stored image variants. Keys are random and their content never changes
 * (a new upload gets a new key), so browsers and CDNs may keep them for a year. A key that is
 * not of the expected shape (`..`, other folders, other extensions) is a 404 without touching
 * the disk, exactly like a key that does not exist.
 */
const media: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/media/*',
    {
      schema: {
        tags: ['media'],
        description: 'A stored image variant (WebP). Immutable: cached for a year.',
        params: Type.Object({ '*': Type.String({ maxLength: 240 }) }),
        response: {
          200: Type.String({ format: 'binary', description: 'image/webp' }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const key = request.params['*'];
      if (!MEDIA_KEY.test(key) || !isSafeStorageKey(key)) {
        throw notFound('Media');
      }
      const object = await fastify.storage.stream(key);
      if (!object) {
        throw notFound('Media');
      }
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .header('content-length', object.size)
        .type('image/webp')
        .send(object.stream);
    },
  );
};

export default media;
