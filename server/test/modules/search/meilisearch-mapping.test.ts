import { describe, expect, it } from 'vitest';
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
} from 'meilisearch';
import { MAX_SEARCH_HITS } from '@ketnoi/shared';
import {
  buildMeiliFilter,
  isMeiliUnavailable,
  meiliSettings,
  meiliSynonyms,
  quoteFilterValue,
  toMeiliDocument,
  toMeiliQuery,
} from '../../../src/modules/search/meilisearch-search-engine.ts';
import type {
  ProductSearchDocument,
  ResolvedSearchQuery,
} from '../../../src/modules/search/search-engine.ts';

const base: ResolvedSearchQuery = { sort: 'relevance', page: 1, limit: 20 };

describe('buildMeiliFilter', () => {
  it('is empty without filters', () => {
    expect(buildMeiliFilter(base)).toEqual([]);
    expect(buildMeiliFilter({ ...base, q: 'nuoc mam', certifications: [] })).toEqual([]);
  });

  it('maps every filter to a quoted condition', () => {
    expect(
      buildMeiliFilter({
        ...base,
        group: 'food',
        category: 'seasonings',
        province: 'an-giang',
        region: 'mekong-delta',
        minStars: 4,
        certifications: ['haccp', 'gi'],
        storage: 'ambient',
        exportedTo: 'JP',
        priceMinVnd: 50_000,
        priceMaxVnd: 200_000,
        moqMax: 100,
      }),
    ).toEqual([
      'ocopGroup = "food"',
      'category = "seasonings"',
      'province = "an-giang"',
      'region = "mekong-delta"',
      'ocopStars >= 4',
      'certifications = "haccp"',
      'certifications = "gi"',
      'storage = "ambient"',
      'exportedTo = "JP"',
      '(priceMaxVnd >= 50000 OR (priceMaxVnd IS NULL AND priceMinVnd >= 50000))',
      'priceMinVnd <= 200000',
      'moq <= 100',
    ]);
  });

  it('requires all certifications: one AND-ed condition each, duplicates once', () => {
    expect(buildMeiliFilter({ ...base, certifications: ['vietgap', 'haccp', 'vietgap'] })).toEqual([
      'certifications = "vietgap"',
      'certifications = "haccp"',
    ]);
  });

  it('keeps zero-valued numeric filters', () => {
    expect(buildMeiliFilter({ ...base, priceMinVnd: 0, priceMaxVnd: 0, moqMax: 0 })).toEqual([
      '(priceMaxVnd >= 0 OR (priceMaxVnd IS NULL AND priceMinVnd >= 0))',
      'priceMinVnd <= 0',
      'moq <= 0',
    ]);
  });

  it('escapes double quotes and backslashes in values', () => {
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"');
    expect(quoteFilterValue('a\\b')).toBe('"a\\\\b"');
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
    expect(buildMeiliFilter({ ...base, region: '" OR ocopGroup = "food' })).toEqual([
      'region = "\\" OR ocopGroup = \\"food"',
    ]);
    expect(buildMeiliFilter({ ...base, province: 'x\\', certifications: ['"'] })).toEqual([
      'province = "x\\\\"',
      'certifications = "\\""',
    ]);
  });

  it('leaves no unescaped quote that could end a value early', () => {
    const hostile = ['"', '\\', '\\"', '"\\', 'a" OR 1 = 1 OR "', "' or 1=1 --", '\u0000', '%_'];
    for (const value of hostile) {
      const [expression] = buildMeiliFilter({ ...base, region: value });
      const literal = expression!.slice('region = '.length);
      expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
      // Reading the literal back, honouring escapes, gives the value and ends at the last quote.
      let i = 1;
      let read = '';
      while (literal[i] !== '"') {
        if (literal[i] === '\\') i += 1;
        read += literal[i];
        i += 1;
      }
      expect(read).toBe(value);
      expect(i).toBe(literal.length - 1);
    }
  });

  it('rejects numbers that are not finite', () => {
    expect(() => buildMeiliFilter({ ...base, moqMax: Number.NaN })).toThrow(RangeError);
    expect(() => buildMeiliFilter({ ...base, priceMinVnd: Number.POSITIVE_INFINITY })).toThrow(
      RangeError,
    );
  });
});

describe('toMeiliDocument', () => {
  const doc: ProductSearchDocument = {
    id: '5e1c0000-0000-4000-8000-000000000001',
    nameVi: 'Nước mắm Phú Quốc 40 độ đạm',
    nameEn: 'Phu Quoc fish sauce',
    descriptionVi: 'Nước mắm nhĩ',
    descriptionEn: null,
    producerId: '9a0d0000-0000-4000-8000-000000000001',
    producerName: 'Cong ty Hai Long',
    ocopGroup: 'food',
    ocopGroupNames: ['Thực phẩm', 'Food'],
    category: 'seasonings',
    categoryNames: ['Gia vị và nước chấm', 'Seasonings and sauces'],
    ocopStars: 4,
    province: 'an-giang',
    provinceNames: ['An Giang', 'Kiên Giang'],
    region: 'mekong-delta',
    certifications: ['haccp'],
    storage: 'ambient',
    exportedTo: ['JP'],
    unit: 'chai',
    moq: 100,
    priceMin: 85_000,
    priceMax: 120_000,
    currency: 'VND',
    priceMinVnd: 85_000,
    priceMaxVnd: 120_000,
    coverImage: null,
    publishedAt: '2026-03-02T03:00:00.000Z',
    version: 3,
  };

  it('keeps every field and adds the publication time as epoch milliseconds', () => {
    expect(toMeiliDocument(doc)).toEqual({
      ...doc,
      publishedAtTs: Date.parse('2026-03-02T03:00:00.000Z'),
    });
    expect(toMeiliDocument(doc).publishedAtTs).toBe(1772420400000);
  });

  it('has no publication time when unpublished or unreadable', () => {
    expect(toMeiliDocument({ ...doc, publishedAt: null }).publishedAtTs).toBeNull();
    expect(toMeiliDocument({ ...doc, publishedAt: 'not a date' }).publishedAtTs).toBeNull();
  });

  it('does not change the input', () => {
    const copy = structuredClone(doc);
    toMeiliDocument(doc);
    expect(doc).toEqual(copy);
  });
});

describe('toMeiliQuery', () => {
  it('sends the unaccented words only, keeping a trailing space (word complete)', () => {
    expect(toMeiliQuery('Nước mắm "Phú Quốc" -40')).toBe('nuoc mam phu quoc 40');
    expect(toMeiliQuery('mat ong ')).toBe('mat ong ');
    expect(toMeiliQuery("' & | ! ( ) :*")).toBe('');
    expect(toMeiliQuery(undefined)).toBe('');
    expect(toMeiliQuery('a\u0000b')).toBe('a b');
  });
});

describe('Meilisearch settings', () => {
  it('maps every synonym phrase to the others of its group', () => {
    const synonyms = meiliSynonyms()!;
    expect(synonyms['mat ong']).toEqual(['honey']);
    expect(synonyms['honey']).toEqual(['mat ong']);
    expect(synonyms['tea']).toEqual(['che', 'tra']);
    expect(synonyms['fish sauce']).toEqual(['nuoc mam']);
  });

  it('caps hits, facets and typos like the PostgreSQL engine', () => {
    expect(meiliSettings.pagination).toEqual({ maxTotalHits: MAX_SEARCH_HITS });
    expect(meiliSettings.faceting).toEqual({ maxValuesPerFacet: 100 });
    expect(meiliSettings.typoTolerance?.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 100 });
    expect(meiliSettings.rankingRules?.at(-1)).toBe('ocopStars:desc');
    expect(meiliSettings.sortableAttributes).toContain('publishedAtTs');
  });
});

describe('isMeiliUnavailable', () => {
  const apiError = (status: number, code: string) =>
    new MeilisearchApiError(new Response(null, { status }), {
      message: code,
      code,
      type: status >= 500 ? 'internal' : 'invalid_request',
      link: '',
    });

  it('is true when Meilisearch did not answer, timed out, failed or has no index yet', () => {
    const refused = new MeilisearchRequestError(
      'http://127.0.0.1:7700/indexes/products/search',
      new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }),
    );
    const timedOut = new MeilisearchRequestError(
      'http://127.0.0.1:7700/indexes/products/search',
      new MeilisearchRequestTimeOutError(5000, { method: 'POST' }),
    );
    expect(isMeiliUnavailable(refused)).toBe(true);
    expect(isMeiliUnavailable(timedOut)).toBe(true);
    expect(isMeiliUnavailable(apiError(503, 'unavailable'))).toBe(true);
    expect(isMeiliUnavailable(apiError(500, 'internal'))).toBe(true);
    expect(isMeiliUnavailable(apiError(404, 'index_not_found'))).toBe(true);
    // A proxy's HTML error page: the client fails parsing it as JSON.
    expect(isMeiliUnavailable(new SyntaxError('Unexpected token <'))).toBe(true);
  });

  it('is false for a request Meilisearch refused as wrong: that is our bug, a 500', () => {
    expect(isMeiliUnavailable(apiError(400, 'invalid_search_filter'))).toBe(false);
    expect(isMeiliUnavailable(apiError(403, 'invalid_api_key'))).toBe(false);
    expect(isMeiliUnavailable(apiError(404, 'document_not_found'))).toBe(false);
  });
});
