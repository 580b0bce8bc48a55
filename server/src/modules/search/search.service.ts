import { MAX_SEARCH_HITS, type SearchProductsQuery, type SearchResult } from '@ketnoi/shared';
import { resolveProvince, toVnd } from '@ketnoi/shared/reference';
import { fieldError } from '../../lib/errors.ts';
import type { SearchEngine } from './search-engine.ts';

/**
 * Product discovery for everyone (public catalogue): resolves names to codes — old province
 * names map to the new unit — and prices to đồng, then asks the configured engine.
 */
export function createSearchService({ engine }: { engine: SearchEngine }) {
  return {
    async searchProducts(query: SearchProductsQuery): Promise<SearchResult> {
      const started = performance.now();
      if ((query.page - 1) * query.limit >= MAX_SEARCH_HITS) {
        throw fieldError('VALIDATION_FAILED', '/query/page', {
          vi: `Chỉ xem được ${MAX_SEARCH_HITS} kết quả đầu tiên; hãy thu hẹp tìm kiếm bằng bộ lọc`,
          en: `Only the first ${MAX_SEARCH_HITS} results can be paged through; narrow the search with filters`,
        });
      }
      let province: string | undefined;
      if (query.province) {
        const match = resolveProvince(query.province);
        if (!match) {
          throw fieldError('UNKNOWN_PROVINCE', '/query/province', {
            vi: 'Không tìm thấy tỉnh/thành',
            en: 'Unknown province',
          });
        }
        province = match.province.code;
      }
      const currency = query.currency ?? 'VND';
      const { province: _typed, priceMin, priceMax, currency: _currency, ...rest } = query;
      const result = await engine.search({
        ...rest,
        province,
        priceMinVnd: priceMin === undefined ? undefined : toVnd(priceMin, currency),
        priceMaxVnd: priceMax === undefined ? undefined : toVnd(priceMax, currency),
      });
      return {
        ...result,
        tookMs: Math.round((performance.now() - started) * 10) / 10,
        engine: engine.name,
      };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
