import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SearchProductsQuerySchema, SearchResultSchema } from '@ketnoi/shared';
import { problemResponses } from '../../../responses.ts';

/** Public catalogue search: only published products of verified producers are in the index. */
const search: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/products',
    {
      schema: {
        tags: ['search'],
        description:
          'Full-text search without diacritics, with typos, synonyms and old province names; filters, facets, sorts. At most 1,000 hits can be paged through.',
        querystring: SearchProductsQuerySchema,
        response: { 200: SearchResultSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.search.searchProducts(request.query),
  );
};

export default search;
