import type { Db } from '../../db/client.ts';
import type { StoredText } from '../../db/schema/index.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import type { NewProductRow } from '../products/products.repository.ts';
import type { Storage } from '../storage/storage.ts';
import { ImportFileError } from './import-file-error.ts';
import {
  advanceImport,
  findImportHead,
  insertImportedProducts,
  markImportDone,
  markImportFailed,
  markImportRunning,
  setImportRowsRead,
  setImportTotals,
} from './imports.repository.ts';
import { mapHeader, prepareRow, type HeaderMap, type PreparedRow } from './imports.rows.ts';
import { readSheet, type Sheet } from './spreadsheet-reader.ts';

/**
 * Rows per transaction. 500 drafts are ~15,000 bind parameters (PostgreSQL allows 65,535) and
 * commit in tens of milliseconds, so progress moves several times a second and a crash loses
 * at most one uncommitted batch.
 */
export const IMPORT_BATCH_SIZE = 500;

export type ImportOutcome = 'done' | 'failed' | 'skipped';

class LostRace extends Error {}

/** A system failure on the job's last attempt: shown on the import; the outbox reconciler may run it again. */
export const interruptedMessage: StoredText = {
  vi: 'Việc nhập bị gián đoạn do lỗi hệ thống; các dòng đã tạo được giữ lại và hệ thống sẽ tự chạy tiếp.',
  en: 'The import was interrupted by a system error; rows already created are kept and it will resume automatically.',
};

/**
 * Runs (or resumes) one import. Reading and checking the whole file comes first, so a file that
 * is unusable as a whole ends `failed` having created nothing. Then good rows become drafts in
 * batches; each batch commits its products together with `rows_done`, the counts and its
 * errors, guarded by the `rows_done` it started from. A run that crashed resumes after the last
 * committed batch, and two runs of one import never count a batch twice; `(import_id,
 * import_row)` is unique, so no row is ever created twice either.
 */
export async function runImport(
  deps: { db: Db; storage: Storage },
  importId: string,
): Promise<ImportOutcome> {
  const { db, storage } = deps;
  const current = await markImportRunning(db, importId);
  if (!current) {
    return 'skipped'; // gone, or already done
  }

  // Everything that can make the whole file unusable is found here, before any row is written.
  let sheet: Sheet;
  let header: HeaderMap;
  try {
    const bytes = await storage.get(current.storageKey);
    if (!bytes) {
      throw new ImportFileError({
        vi: 'Không tìm thấy tệp đã tải lên; hãy tải lên lại.',
        en: 'The uploaded file is missing; upload it again.',
      });
    }
    let reported = 0;
    sheet = await readSheet(bytes, current.format, (rowsRead) => {
      if (Date.now() - reported >= 250) {
        reported = Date.now();
        void setImportRowsRead(db, importId, rowsRead).catch(() => undefined);
      }
    });
    header = mapHeader(sheet.header);
  } catch (err) {
    if (err instanceof ImportFileError) {
      await markImportFailed(db, importId, err.userMessage);
      return 'failed';
    }
    throw err;
  }
  const rows = sheet.rows;
  await setImportTotals(db, importId, rows.length, header.warnings);

  let done = Math.min(current.rowsDone, rows.length);
  while (done < rows.length) {
    const from = done;
    const to = Math.min(from + IMPORT_BATCH_SIZE, rows.length);
    // Rows are checked batch by batch (a row's checks depend only on the row), so progress
    // starts moving as soon as the file is read.
    const batch: PreparedRow[] = rows.slice(from, to).map((row) => prepareRow(row, header));
    try {
      await db.transaction(async (tx) => {
        const drafts = batch
          .filter((r) => r.columns !== null)
          .map((r) => ({
            ...(r.columns as NewProductRow),
            producerOrgId: current.producerOrgId,
            status: 'draft' as const,
            importId,
            importRow: r.row,
          }));
        const created = await insertImportedProducts(tx, drafts);
        const failed = batch.filter((r) => r.columns === null);
        if (
          !(await advanceImport(tx, importId, {
            from,
            to,
            created,
            failed: failed.length,
            errors: failed.flatMap((r) => r.errors),
          }))
        ) {
          throw new LostRace();
        }
      });
      done = to;
    } catch (err) {
      if (!(err instanceof LostRace)) {
        throw err;
      }
      // Another run of this import committed this batch first: carry on from where it is.
      const head = await findImportHead(db, importId);
      if (!head || head.status !== 'running') {
        return 'skipped';
      }
      done = head.rowsDone;
    }
  }

  await db.transaction(async (tx) => {
    const finished = await markImportDone(tx, importId);
    if (finished) {
      await writeAudit(tx, {
        actorId: null, // the job, on behalf of `createdBy`
        action: 'import.finish',
        entityType: 'import',
        entityId: importId,
        after: {
          createdBy: finished.createdBy,
          status: finished.status,
          rowsTotal: finished.rowsTotal,
          rowsCreated: finished.rowsCreated,
          rowsFailed: finished.rowsFailed,
        },
      });
    }
  });
  return 'done';
}

/** Called on a job's last failed attempt: the producer sees why instead of a spinner. */
export async function markImportInterrupted(db: Db, importId: string): Promise<void> {
  await markImportFailed(db, importId, interruptedMessage);
}
