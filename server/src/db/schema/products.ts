import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { productStatuses, storageModes, type ProductFacts } from '@ketnoi/shared';
import { id, timestamps, version } from './columns.ts';
import { organizations } from './organizations.ts';
import { ocopGroups, provinces } from './reference.ts';

export const productStatus = pgEnum('product_status', productStatuses);
export const storageMode = pgEnum('storage_mode', storageModes);

/**
 * A producer's listing. The columns are the working copy the producer edits; `public_facts`
 * is the last version a coordinator approved, which the public sees while an edit is in review.
 * A product is public when `public_facts` is set, it is not archived, and its producer is verified.
 */
export const products = pgTable(
  'products',
  {
    id: id(),
    producerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    status: productStatus().notNull().default('draft'),
    nameVi: text().notNull(),
    nameEn: text(),
    descriptionVi: text().notNull(),
    descriptionEn: text(),
    ocopGroup: text()
      .notNull()
      .references(() => ocopGroups.code),
    category: text().notNull(),
    ocopStars: smallint(),
    provinceCode: text()
      .notNull()
      .references(() => provinces.code),
    originLegacyProvince: text(),
    monthsAvailable: smallint()
      .array()
      .notNull()
      .default(sql`'{1,2,3,4,5,6,7,8,9,10,11,12}'`),
    hsCode: text(),
    unit: text().notNull(),
    moq: doublePrecision().notNull(),
    monthlyCapacity: doublePrecision().notNull().default(0),
    leadTimeDays: integer().notNull().default(7),
    priceMin: bigint({ mode: 'number' }),
    priceMax: bigint({ mode: 'number' }),
    currency: char({ length: 3 }).notNull().default('VND'),
    shelfLifeDays: integer(),
    storage: storageMode().notNull().default('ambient'),
    packaging: text(),
    exportedTo: char({ length: 2 })
      .array()
      .notNull()
      .default(sql`'{}'`),
    publicFacts: jsonb().$type<ProductFacts>(),
    reviewNote: text(),
    reviewedBy: uuid(),
    reviewedAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    /** Bulk import provenance: one row of one import creates at most one product. */
    importId: uuid(),
    importRow: integer(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('products_producer_idx').on(t.producerOrgId, t.updatedAt.desc()),
    index('products_review_idx').on(t.status, t.submittedAt),
    uniqueIndex('products_import_row_key').on(t.importId, t.importRow),
  ],
);

/** Up to 8 per product; `position` 0 is the cover. Files live in the storage backend under `storageKey`. */
export const productImages = pgTable(
  'product_images',
  {
    id: id(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: smallint().notNull(),
    storageKey: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    bytes: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.position)],
);
