import { Type, type Static } from 'typebox';
import { IdSchema, Nullable, PageSchema, TimestampSchema } from './common.ts';

/**
 * Bulk import of products from a spreadsheet (XLSX or CSV). The upload only stores the file;
 * a background job reads it, creates a draft per good row and records an error per bad cell.
 */
export const importStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];
export const ImportStatusSchema = Type.Enum(importStatuses);

export const importFormats = ['xlsx', 'csv'] as const;
export type ImportFormat = (typeof importFormats)[number];
export const ImportFormatSchema = Type.Enum(importFormats);

/** One problem with one row: `row` is the row number the user sees in the sheet (the header is row 1). */
export const ImportRowErrorSchema = Type.Object({
  row: Type.Integer(),
  column: Type.String({ description: 'The column header as in the template (bilingual)' }),
  value: Nullable(Type.String({ description: 'The cell as read, truncated to 200 characters' })),
  message: Type.String({
    description: "In the caller's language (Accept-Language, else the user's locale)",
  }),
});
export type ImportRowError = Static<typeof ImportRowErrorSchema>;

export const ImportWarningSchema = Type.Object({ column: Type.String(), message: Type.String() });
export type ImportWarning = Static<typeof ImportWarningSchema>;

const importFields = {
  id: IdSchema,
  fileName: Type.String({ description: 'As uploaded, cleaned for display; never used as a path' }),
  format: ImportFormatSchema,
  status: ImportStatusSchema,
  /** Data rows in the file (blank rows not counted); null until the job has read the file. */
  rowsTotal: Nullable(Type.Integer()),
  /** Rows read so far while the job reads the file, before any is created. */
  rowsRead: Type.Integer(),
  rowsDone: Type.Integer(),
  rowsCreated: Type.Integer(),
  rowsFailed: Type.Integer(),
  /** Why the whole import failed (a broken file, too many rows, missing columns …). */
  error: Nullable(Type.String()),
  createdAt: TimestampSchema,
  startedAt: Nullable(TimestampSchema),
  finishedAt: Nullable(TimestampSchema),
};

export const ImportSummarySchema = Type.Object(importFields);
export type ImportSummary = Static<typeof ImportSummarySchema>;

export const ImportSchema = Type.Object({
  ...importFields,
  producerId: IdSchema,
  /** The first errors (see `errorsTotal`); `GET /imports/:id/errors.csv` has them all. */
  errors: Type.Array(ImportRowErrorSchema),
  errorsTotal: Type.Integer(),
  warnings: Type.Array(ImportWarningSchema),
});
export type Import = Static<typeof ImportSchema>;

export const ImportPageSchema = PageSchema(ImportSummarySchema);
export type ImportPage = Static<typeof ImportPageSchema>;

export const ListImportsQuerySchema = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListImportsQuery = Static<typeof ListImportsQuerySchema>;
