import { and, count, desc, eq, getTableColumns, inArray, is, sql, SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { DbOrTx } from '../../db/client.ts';
import {
  imports,
  products,
  type StoredImportError,
  type StoredImportWarning,
  type StoredText,
} from '../../db/schema/index.ts';
import type { NewProductRow } from '../products/products.repository.ts';

export type ImportRow = typeof imports.$inferSelect;
export type NewImportRow = typeof imports.$inferInsert;
/** An import without its (possibly large) error list. */
export type ImportHead = Omit<ImportRow, 'errors'>;

const { errors: _errors, ...headColumns } = getTableColumns(imports);

/** Inserts the import unless this producer already uploaded the same bytes; returns it only if it is new. */
export async function insertImport(
  db: DbOrTx,
  values: NewImportRow,
): Promise<ImportRow | undefined> {
  const [row] = await db
    .insert(imports)
    .values(values)
    .onConflictDoNothing({ target: [imports.producerOrgId, imports.fileSha256] })
    .returning();
  return row;
}

export async function findImportBySha(
  db: DbOrTx,
  producerOrgId: string,
  fileSha256: string,
): Promise<ImportHead | undefined> {
  const [row] = await db
    .select(headColumns)
    .from(imports)
    .where(and(eq(imports.producerOrgId, producerOrgId), eq(imports.fileSha256, fileSha256)));
  return row;
}

export async function findImportHead(db: DbOrTx, id: string): Promise<ImportHead | undefined> {
  const [row] = await db.select(headColumns).from(imports).where(eq(imports.id, id));
  return row;
}

/** The first `limit` errors and how many there are, sliced in the database (the list can be long). */
export async function findImportErrors(
  db: DbOrTx,
  id: string,
  limit?: number,
): Promise<{ errors: StoredImportError[]; total: number }> {
  const slice =
    limit === undefined
      ? imports.errors
      : sql<
          StoredImportError[]
        >`jsonb_path_query_array(${imports.errors}, ${`$[0 to ${Math.max(limit - 1, 0)}]`}::jsonpath)`;
  const [row] = await db
    .select({
      errors: slice,
      total: sql<number>`jsonb_array_length(${imports.errors})`.mapWith(Number),
    })
    .from(imports)
    .where(eq(imports.id, id));
  return { errors: limit === 0 ? [] : (row?.errors ?? []), total: row?.total ?? 0 };
}

export async function countUnfinishedImports(db: DbOrTx, producerOrgId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(imports)
    .where(
      and(eq(imports.producerOrgId, producerOrgId), inArray(imports.status, ['queued', 'running'])),
    );
  return row?.n ?? 0;
}

/** A producer's imports (`producerOrgId`) or everyone's (staff), newest first. */
export async function listImports(
  db: DbOrTx,
  filter: { producerOrgId?: string | undefined; page: number; limit: number },
) {
  const where: SQL | undefined = filter.producerOrgId
    ? eq(imports.producerOrgId, filter.producerOrgId)
    : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select(headColumns)
      .from(imports)
      .where(where)
      .orderBy(desc(imports.createdAt), desc(imports.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(imports).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** queued | running | failed → running. A done import is never run again. */
export async function markImportRunning(db: DbOrTx, id: string): Promise<ImportHead | undefined> {
  const [row] = await db
    .update(imports)
    .set({
      status: 'running',
      startedAt: sql`coalesce(${imports.startedAt}, now())`,
      error: null,
      finishedAt: null,
    })
    .where(and(eq(imports.id, id), inArray(imports.status, ['queued', 'running', 'failed'])))
    .returning(headColumns);
  return row;
}

/** Records what reading the file found: how many rows and the header warnings. */
/** Progress while reading; best effort (a lost update only delays the next one). */
export async function setImportRowsRead(db: DbOrTx, id: string, rowsRead: number): Promise<void> {
  await db.update(imports).set({ rowsRead }).where(eq(imports.id, id));
}

export async function setImportTotals(
  db: DbOrTx,
  id: string,
  rowsTotal: number,
  warnings: StoredImportWarning[],
): Promise<void> {
  await db
    .update(imports)
    .set({ rowsTotal, rowsRead: rowsTotal, warnings })
    .where(eq(imports.id, id));
}

export async function markImportFailed(db: DbOrTx, id: string, error: StoredText): Promise<void> {
  await db
    .update(imports)
    .set({ status: 'failed', error, finishedAt: sql`now()` })
    .where(and(eq(imports.id, id), inArray(imports.status, ['queued', 'running', 'failed'])));
}

export async function markImportDone(db: DbOrTx, id: string): Promise<ImportHead | undefined> {
  const [row] = await db
    .update(imports)
    .set({ status: 'done', finishedAt: sql`now()`, error: null })
    .where(and(eq(imports.id, id), eq(imports.status, 'running')))
    .returning(headColumns);
  return row;
}

const productColumns = getTableColumns(products);
type ProductKey = keyof typeof productColumns;

/**
 * Inserts a batch of drafts. `(import_id, import_row)` is unique, so a row a crashed run already
 * created is skipped, not duplicated. Returns how many rows were really inserted.
 *
 * The rows travel as one JSON parameter read by `jsonb_to_recordset`: measured on the 2-core box,
 * 500 rows take ~60–150 ms this way against ~500 ms as a 12,000-parameter multi-row VALUES
 * built by drizzle. Columns come from the drizzle table (names, SQL types, defaults), so the
 * statement follows the schema: a column no row sets keeps its database default, and a column
 * with a default that some rows leave out gets that default through `coalesce`.
 */
export async function insertImportedProducts(db: DbOrTx, rows: NewProductRow[]): Promise<number> {
  if (rows.length === 0) {
    return 0;
  }
  const withIds = rows.map((row) => ({
    ...row,
    id: row.id ?? (productColumns.id.defaultFn!() as string),
  }));
  const keys = [
    ...new Set(
      withIds.flatMap((row) => Object.keys(row).filter((k) => row[k as ProductKey] !== undefined)),
    ),
  ] as ProductKey[];
  const columnName = (key: ProductKey) => {
    const column = productColumns[key];
    return column.keyAsName ? toSnakeCase(key) : column.name;
  };
  const recordType = sql.join(
    keys.map((key) => sql`${sql.identifier(key)} ${sql.raw(productColumns[key].getSQLType())}`),
    sql`, `,
  );
  const values = sql.join(
    keys.map((key) => {
      const column = productColumns[key];
      const value = sql`r.${sql.identifier(key)}`;
      if (column.default === undefined) {
        return value;
      }
      const fallback = is(column.default, SQL) ? column.default : sql`${column.default}`;
      return sql`coalesce(${value}, ${fallback})`;
    }),
    sql`, `,
  );
  const target = sql.join(
    keys.map((key) => sql.identifier(columnName(key))),
    sql`, `,
  );
  const result = await db.execute(sql`
    insert into ${products} (${target})
    select ${values} from jsonb_to_recordset(${JSON.stringify(withIds)}::jsonb) as r(${recordType})
    on conflict (${sql.identifier(columnName('importId'))}, ${sql.identifier(columnName('importRow'))}) do nothing`);
  return result.rowCount ?? 0;
}

/**
 * Moves progress from `from` to `to` rows done, adding the batch's counts and errors — only if
 * progress is still at `from`. False means another run got there first: the caller's
 * transaction must roll back so the batch is not counted twice.
 */
export async function advanceImport(
  db: DbOrTx,
  id: string,
  batch: { from: number; to: number; created: number; failed: number; errors: StoredImportError[] },
): Promise<boolean> {
  const updated = await db
    .update(imports)
    .set({
      rowsDone: batch.to,
      rowsCreated: sql`${imports.rowsCreated} + ${batch.created}`,
      rowsFailed: sql`${imports.rowsFailed} + ${batch.failed}`,
      ...(batch.errors.length > 0
        ? { errors: sql`${imports.errors} || ${JSON.stringify(batch.errors)}::jsonb` }
        : {}),
    })
    .where(and(eq(imports.id, id), eq(imports.rowsDone, batch.from), eq(imports.status, 'running')))
    .returning({ id: imports.id });
  return updated.length === 1;
}
