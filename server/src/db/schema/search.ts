import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Every distinct combination of the eight facet values among indexed products, with how many
 * products have it. A catalogue of 10^5–10^6 products has a few hundred to a few thousand: a
 * search with filters but no words answers its total and every facet count from these rows
 * alone, exactly, and reads its page per combination from product_search's
 * (combination_id, published_at) index. Kept by triggers on product_search (migration 0018),
 * in the same transaction as the index rows; a combination no product has any more keeps its row
 * with `products` = 0, so ids stay stable.
 */
export const productSearchCombinations = pgTable(
  'product_search_combinations',
  {
    id: serial().primaryKey(),
    ocopGroup: text().notNull(),
    category: text().notNull(),
    provinceCode: text().notNull(),
    region: text().notNull(),
    stars: smallint(),
    certifications: text().array().notNull(),
    storage: text().notNull(),
    exportedTo: text().array().notNull(),
    products: integer().notNull().default(0),
  },
  (t) => [
    unique('product_search_combinations_values_key')
      .on(
        t.ocopGroup,
        t.category,
        t.provinceCode,
        t.region,
        t.stars,
        t.certifications,
        t.storage,
        t.exportedTo,
      )
      .nullsNotDistinct(),
  ],
);

/**
 * The PostgreSQL search engine's index: one row per public product, written only by the
 * search-sync job through the SearchEngine interface, exactly as Meilisearch's index would be.
 *
 * This table holds only what a search reads for every match — the text vector and the values to
 * filter, facet and sort on — so a query that visits thousands of matches reads narrow rows
 * (about 1 KB, most of it the vector). The hit as shown (about 1.2 KB of JSON) lives in
 * product_search_documents and is read only for the page's hits.
 *
 * `tsv` is written by the engine from the document's texts, weighted name (A) > category, group,
 * province and producer (B) > description and certifications (C), lower-cased and unaccented by
 * the IMMUTABLE wrapper (see postgres-search-engine.ts, `tsvectorOf`).
 */
export const productSearch = pgTable(
  'product_search',
  {
    productId: uuid().primaryKey(),
    tsv: tsvector().notNull(),
    ocopGroup: text().notNull(),
    category: text().notNull(),
    provinceCode: text().notNull(),
    region: text().notNull(),
    stars: smallint(),
    certifications: text().array().notNull(),
    storage: text().notNull(),
    exportedTo: text().array().notNull(),
    moq: doublePrecision().notNull(),
    priceMinVnd: bigint({ mode: 'number' }),
    priceMaxVnd: bigint({ mode: 'number' }),
    publishedAt: timestamp({ withTimezone: true }),
    indexedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set by a trigger from the facet values (migration 0018), never by the engine. */
    combinationId: integer()
      .notNull()
      .references(() => productSearchCombinations.id),
  },
  (t) => [
    // ONE GIN index over the text and every value filtered by equality or containment (btree_gin
    // gives the scalar columns GIN operator classes): the index intersects the word and the
    // filters itself — skipping through a common value's long list, e.g. the two thirds of a
    // catalogue that are food — so the heap is read only for real matches (and phrase rechecks).
    // Separate indexes made the planner either AND a huge bitmap or filter thousands of rows.
    // New entries wait in a pending list that every search reads through, unsorted, until it
    // holds gin_pending_list_limit: at the default 4 MB that was up to ~500 pages per search
    // (the word lookup 1.9 ms instead of 0.5); at 256 kB it stays short, and writes
    // (a 100,000-product reindex) take no longer.
    index('product_search_match_idx')
      .using(
        'gin',
        t.tsv,
        t.ocopGroup,
        t.category,
        t.provinceCode,
        t.region,
        t.storage,
        t.certifications,
        t.exportedTo,
      )
      .with({ gin_pending_list_limit: 256 }),
    // Newest first, the default order without a text query: with more matches than a search
    // examines (EXAMINED_MATCHES), the page is read in this order and the scan stops at its end.
    index('product_search_published_idx').on(t.publishedAt.desc()),
    index('product_search_price_idx').on(t.priceMinVnd),
    // A filter-only page: the newest of each matching combination, merged (see the engine).
    index('product_search_combination_published_idx').on(
      t.combinationId,
      t.publishedAt.desc().nullsLast(),
      t.productId,
    ),
  ],
);

/** The hit as shown, by product: fetched only for the hits of the page asked for. */
export const productSearchDocuments = pgTable('product_search_documents', {
  productId: uuid()
    .primaryKey()
    .references(() => productSearch.productId, { onDelete: 'cascade' }),
  document: jsonb().notNull(),
});

/**
 * Every distinct unaccented word in the index, with a trigram index: "which word did they mean"
 * answers in about a millisecond even at 10^6 words, and the correction then uses the tsvector.
 */
export const searchVocabulary = pgTable('search_vocabulary', { word: text().primaryKey() }, (t) => [
  index('search_vocabulary_trgm_idx').using('gist', sql`${t.word} gist_trgm_ops`),
]);
