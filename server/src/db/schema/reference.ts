import { boolean, pgTable, text } from 'drizzle-orm/pg-core';

/** Reference data, seeded from @ketnoi/shared/reference; keyed by stable slugs, never by name. */
export const regions = pgTable('regions', {
  code: text().primaryKey(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
});

export const provinces = pgTable('provinces', {
  code: text().primaryKey(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
  regionCode: text()
    .notNull()
    .references(() => regions.code),
  /** National statistics code, scheme 2025-07. */
  gsoCode: text().notNull(),
  isCity: boolean().notNull().default(false),
  /** Pre-2025 provinces merged into this unit: people still write them. */
  aliases: text().array().notNull().default([]),
});

export const ocopGroups = pgTable('ocop_groups', {
  code: text().primaryKey(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
});

export const certificationSchemes = pgTable('certification_schemes', {
  code: text().primaryKey(),
  name: text().notNull(),
  kind: text().notNull(),
});
