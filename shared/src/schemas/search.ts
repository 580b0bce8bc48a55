import { Type, type Static } from 'typebox';
import { currencyCodes, ocopGroupCodes, productCategoryCodes } from '../reference/index.ts';
import { IdSchema, Nullable, Text } from './common.ts';
import { CountryCodeSchema, StorageModeSchema } from './products.ts';

export const searchSorts = ['relevance', 'stars', 'newest', 'price_asc', 'price_desc'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** Both engines stop at this many hits (Meilisearch's default): refine the query instead of paging on. */
export const MAX_SEARCH_HITS = 1000;

export const SearchProductsQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    group: Type.Optional(Type.Enum(ocopGroupCodes)),
    category: Type.Optional(Type.Enum(productCategoryCodes)),
    province: Type.Optional(
      Text({ maxLength: 80, description: 'Code or name; pre-2025 names map to the new unit' }),
    ),
    region: Type.Optional(Type.String({ maxLength: 60 })),
    minStars: Type.Optional(Type.Integer({ minimum: 3, maximum: 5 })),
    certifications: Type.Optional(
      Type.Array(Type.String({ maxLength: 40 }), {
        maxItems: 10,
        description: 'All of these, valid (verified and unexpired)',
      }),
    ),
    storage: Type.Optional(StorageModeSchema),
    exportedTo: Type.Optional(CountryCodeSchema),
    priceMin: Type.Optional(Type.Integer({ minimum: 0 })),
    priceMax: Type.Optional(Type.Integer({ minimum: 0 })),
    currency: Type.Optional(
      Type.Enum(currencyCodes, { default: 'VND', description: 'Currency of priceMin/priceMax' }),
    ),
    moqMax: Type.Optional(Type.Number({ minimum: 0 })),
    sort: Type.Enum(searchSorts, { default: 'relevance' }),
    page: Type.Integer({ minimum: 1, maximum: MAX_SEARCH_HITS, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type SearchProductsQuery = Static<typeof SearchProductsQuerySchema>;

/** Character ranges [start, end) of matched words, so clients highlight without parsing markup. */
export const HighlightSchema = Type.Record(
  Type.String(),
  Type.Array(Type.Tuple([Type.Integer(), Type.Integer()])),
);

export const SearchHitSchema = Type.Object({
  id: IdSchema,
  nameVi: Type.String(),
  nameEn: Nullable(Type.String()),
  producer: Type.Object({ id: IdSchema, name: Type.String() }),
  ocopGroup: Type.String(),
  category: Type.String(),
  ocopStars: Nullable(Type.Integer()),
  province: Type.String(),
  region: Type.String(),
  certifications: Type.Array(Type.String()),
  storage: Type.String(),
  exportedTo: Type.Array(Type.String()),
  unit: Type.String(),
  moq: Type.Number(),
  priceMin: Nullable(Type.Integer()),
  priceMax: Nullable(Type.Integer()),
  currency: Type.String(),
  coverImage: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  highlights: HighlightSchema,
});
export type SearchHit = Static<typeof SearchHitSchema>;

export const FacetCountsSchema = Type.Record(Type.String(), Type.Integer());
export const searchFacets = [
  'group',
  'category',
  'province',
  'region',
  'stars',
  'certifications',
  'storage',
  'exportedTo',
] as const;
export type SearchFacet = (typeof searchFacets)[number];

export const SearchResultSchema = Type.Object({
  hits: Type.Array(SearchHitSchema),
  total: Type.Integer(),
  /** True when `total` stopped counting at MAX_SEARCH_HITS. */
  totalCapped: Type.Boolean(),
  /**
   * True when there were more matches than the engine examines for one answer (PostgreSQL:
   * 10,000): the facet counts then cover only the matches examined, so read them as approximate.
   * Absent or false: they are exact.
   */
  facetsApproximate: Type.Optional(Type.Boolean()),
  facets: Type.Object(
    Object.fromEntries(searchFacets.map((f) => [f, FacetCountsSchema])) as Record<
      SearchFacet,
      typeof FacetCountsSchema
    >,
  ),
  page: Type.Integer(),
  limit: Type.Integer(),
  tookMs: Type.Number(),
  engine: Type.String(),
});
export type SearchResult = Static<typeof SearchResultSchema>;
