import { sql } from 'drizzle-orm';
import {
  char,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { importFormats, importStatuses } from '@ketnoi/shared';
import { id, timestamps } from './columns.ts';
import { organizations } from './organizations.ts';
import { users } from './users.ts';

export const importStatus = pgEnum('import_status', importStatuses);
export const importFormat = pgEnum('import_format', importFormats);

/** A message kept in both languages; the API answers in the caller's. */
export type StoredText = { vi: string; en: string };
export type StoredImportError = {
  row: number;
  column: string;
  value: string | null;
  message: StoredText;
};
export type StoredImportWarning = { column: string; message: StoredText };

/**
 * One uploaded spreadsheet and the progress of the job that reads it. The same file (same
 * producer, same SHA-256) is one import: uploading it again returns this row. The job commits
 * its rows in batches together with `rows_done`, so a restarted job resumes where the last
 * commit left off; products carry `(import_id, import_row)` with a unique index, so a row is
 * never created twice.
 */
export const imports = pgTable(
  'imports',
  {
    id: id(),
    producerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    /** For display only; the file lives under `storage_key`, a generated name. */
    fileName: text().notNull(),
    fileSha256: char({ length: 64 }).notNull(),
    fileSize: integer().notNull(),
    format: importFormat().notNull(),
    storageKey: text().notNull(),
    status: importStatus().notNull().default('queued'),
    rowsTotal: integer(),
    /** Rows read from the file so far: progress while the whole file is read and checked. */
    rowsRead: integer().notNull().default(0),
    rowsDone: integer().notNull().default(0),
    rowsCreated: integer().notNull().default(0),
    rowsFailed: integer().notNull().default(0),
    errors: jsonb()
      .$type<StoredImportError[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    warnings: jsonb()
      .$type<StoredImportWarning[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Why the import as a whole failed; null otherwise. */
    error: jsonb().$type<StoredText>(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('imports_producer_file_key').on(t.producerOrgId, t.fileSha256),
    index('imports_producer_idx').on(t.producerOrgId, t.createdAt.desc()),
  ],
);
