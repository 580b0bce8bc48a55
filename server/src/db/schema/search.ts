import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The PostgreSQL search engine's index: one row per public product, written only by the
 * search-sync job through the SearchEngine interface, exactly as Meilisearch's index would be.
 * Texts are weighted name (A) > category, group, province and producer (B) > description and
 * certifications (C), lower-cased and unaccented by the IMMUTABLE wrapper so the vector is stored.
 */
export const productSearch = pgTable(
  'product_search',
  {
    productId: uuid().primaryKey(),
    document: jsonb().notNull(),
    textA: text().notNull(),
    textB: text().notNull(),
    textC: text().notNull(),
    tsv: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', immutable_unaccent(lower(text_a))), 'A') || setweight(to_tsvector('simple', immutable_unaccent(lower(text_b))), 'B') || setweight(to_tsvector('simple', immutable_unaccent(lower(text_c))), 'C')`,
    ),
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
  },
  (t) => [
    index('product_search_tsv_idx').using('gin', t.tsv),
    index('product_search_group_idx').on(t.ocopGroup, t.category),
    index('product_search_province_idx').on(t.provinceCode),
    index('product_search_region_idx').on(t.region),
    index('product_search_certifications_idx').using('gin', t.certifications),
    index('product_search_exported_idx').using('gin', t.exportedTo),
    index('product_search_published_idx').on(t.publishedAt.desc()),
    index('product_search_price_idx').on(t.priceMinVnd),
  ],
);

/**
 * Every distinct unaccented word in the index, with a trigram index: "which word did they mean"
 * answers in about a millisecond even at 10^6 words, and the correction then uses the tsvector.
 */
export const searchVocabulary = pgTable('search_vocabulary', { word: text().primaryKey() }, (t) => [
  index('search_vocabulary_trgm_idx').using('gist', sql`${t.word} gist_trgm_ops`),
]);
