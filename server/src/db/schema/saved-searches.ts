import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SavedSearchFilters } from '@ketnoi/shared';
import { id } from './columns.ts';
import { users } from './users.ts';

/** Catalogue filters a person keeps to run again (their own; nobody else sees them). */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    filters: jsonb().$type<SavedSearchFilters>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One name per person, whatever its case: "Chè Thái" and "chè thái" are the same search.
    uniqueIndex('saved_searches_user_name_idx').on(t.userId, sql`lower(${t.name})`),
    index('saved_searches_user_idx').on(t.userId, t.createdAt.desc()),
  ],
);
