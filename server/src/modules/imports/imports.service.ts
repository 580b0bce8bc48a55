import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Import, ImportPage, ImportSummary, ListImportsQuery, Locale } from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import type { StoredImportError } from '../../db/schema/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { addOutbox } from '../outbox/outbox.repository.ts';
import { newStorageKey, type Storage } from '../storage/storage.ts';
import { toCsv } from './csv.ts';
import { ImportFileError } from './import-file-error.ts';
import { detectImportFormat, displayFileName } from './import-upload.ts';
import { importPolicy as policy } from './imports.policy.ts';
import {
  countUnfinishedImports,
  findImportBySha,
  findImportErrors,
  findImportHead,
  insertImport,
  listImports,
  type ImportHead,
} from './imports.repository.ts';
import { productTemplateCsv, productTemplateXlsx } from './imports.template.ts';
import { inspectZip } from './zip-guard.ts';

/** Errors shown with the import; the downloads have all of them. */
export const ERRORS_SHOWN = 100;

/**
 * Imports a producer may have queued or running at once. Each is one job on a queue that runs
 * one import at a time per worker: the cap keeps one organization from filling it for everyone.
 */
export const MAX_UNFINISHED_IMPORTS = 10;

function toSummary(row: ImportHead, locale: Locale): ImportSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    status: row.status,
    rowsTotal: row.rowsTotal,
    rowsRead: row.rowsRead,
    rowsDone: row.rowsDone,
    rowsCreated: row.rowsCreated,
    rowsFailed: row.rowsFailed,
    error: row.error ? row.error[locale] : null,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

const localizeError = (e: StoredImportError, locale: Locale) => ({
  row: e.row,
  column: e.column,
  value: e.value,
  message: e.message[locale],
});

/**
 * Bulk import of products. The upload stores the file and, in one transaction, the import row
 * and its `import.products` outbox row; the worker does the rest (imports.runner.ts). Uploading
 * the same bytes again returns the existing import.
 */
export function createImportsService({ db, storage }: { db: Db; storage: Storage }) {
  let xlsxTemplate: Promise<Buffer> | undefined;

  async function loadVisible(actor: Actor, id: string): Promise<ImportHead> {
    const row = await findImportHead(db, id);
    if (!row || !policy.canSee(actor, row)) {
      throw notFound('Import');
    }
    return row;
  }

  async function toDto(row: ImportHead, locale: Locale): Promise<Import> {
    const { errors, total } = await findImportErrors(db, row.id, ERRORS_SHOWN);
    return {
      ...toSummary(row, locale),
      producerId: row.producerOrgId,
      errors: errors.map((e) => localizeError(e, locale)),
      errorsTotal: total,
      warnings: row.warnings.map((w) => ({ column: w.column, message: w.message[locale] })),
    };
  }

  return {
    /** Built once per process: it only changes with the reference data, which ships with the code. */
    templateXlsx: () => (xlsxTemplate ??= productTemplateXlsx()),
    templateCsv: () => productTemplateCsv(),

    /**
     * Stores the file and queues the import. Refuses, before storing anything, what is not an
     * XLSX or UTF-8 CSV (415) and archives that are no ordinary workbook (422: zip bombs,
     * thousands of entries, a damaged zip). `created: false` means this producer had already
     * uploaded these exact bytes, and that import is returned.
     */
    async upload(
      actor: Actor,
      file: { fileName: string | undefined; bytes: Buffer },
      locale: Locale,
      requestId?: string,
    ): Promise<{ created: boolean; import: Import }> {
      if (!policy.canUpload(actor)) {
        throw forbidden('Only producers import products');
      }
      const producerOrgId = actor.organizationId!;
      const format = detectImportFormat(file.bytes);
      if (format === 'xlsx') {
        try {
          inspectZip(file.bytes);
        } catch (err) {
          if (err instanceof ImportFileError) {
            throw new AppError('IMPORT_FILE_REJECTED', err.message, {
              errors: [{ path: '/file', message: err.userMessage }],
            });
          }
          throw err;
        }
      }
      const fileSha256 = createHash('sha256').update(file.bytes).digest('hex');
      const existing = await findImportBySha(db, producerOrgId, fileSha256);
      if (existing) {
        return { created: false, import: await toDto(existing, locale) };
      }
      if ((await countUnfinishedImports(db, producerOrgId)) >= MAX_UNFINISHED_IMPORTS) {
        throw new AppError(
          'TOO_MANY_REQUESTS',
          `${MAX_UNFINISHED_IMPORTS} imports are still waiting or running; upload more when they finish`,
          {
            headers: { 'retry-after': '30' },
          },
        );
      }

      const storageKey = newStorageKey('imports');
      await storage.put(storageKey, file.bytes);
      let row: ImportHead | undefined;
      try {
        row = await db.transaction(async (tx) => {
          const inserted = await insertImport(tx, {
            producerOrgId,
            createdBy: actor.id,
            fileName: displayFileName(file.fileName),
            fileSha256,
            fileSize: file.bytes.length,
            format,
            storageKey,
          });
          if (!inserted) {
            return undefined; // the same file, uploaded at the same moment, won
          }
          await addOutbox(tx, 'import.products', { importId: inserted.id });
          await writeAudit(tx, {
            actorId: actor.id,
            action: 'import.create',
            entityType: 'import',
            entityId: inserted.id,
            after: { fileName: inserted.fileName, fileSha256, format, fileSize: inserted.fileSize },
            requestId,
          });
          return inserted;
        });
      } catch (err) {
        await storage.delete(storageKey).catch(() => undefined);
        throw err;
      }
      if (!row) {
        await storage.delete(storageKey).catch(() => undefined);
        const winner = await findImportBySha(db, producerOrgId, fileSha256);
        return { created: false, import: await toDto(winner!, locale) };
      }
      return { created: true, import: await toDto(row, locale) };
    },

    async get(actor: Actor, id: string, locale: Locale): Promise<Import> {
      return toDto(await loadVisible(actor, id), locale);
    },

    async list(actor: Actor, query: ListImportsQuery, locale: Locale): Promise<ImportPage> {
      const scope = policy.listScope(actor);
      if (!scope) {
        throw forbidden('Only producers and staff see imports');
      }
      const { items, total } = await listImports(db, {
        ...scope,
        page: query.page,
        limit: query.limit,
      });
      return {
        items: items.map((row) => toSummary(row, locale)),
        total,
        page: query.page,
        limit: query.limit,
      };
    },

    /**
     * Every error of the import as a file. CSV cells that a spreadsheet would run as a formula
     * are prefixed with `'`; XLSX cells are written as strings, never formulas.
     */
    async errorsFile(
      actor: Actor,
      id: string,
      format: 'csv' | 'xlsx',
      locale: Locale,
    ): Promise<{ body: Buffer; fileName: string }> {
      const row = await loadVisible(actor, id);
      const { errors } = await findImportErrors(db, row.id);
      const header = [
        'Dòng / Row',
        'Cột / Column',
        'Giá trị / Value',
        locale === 'vi' ? 'Lỗi' : 'Error',
      ];
      const lines = errors.map((e) => [e.row, e.column, e.value, e.message[locale]] as const);
      const fileName = `import-${row.id}-errors.${format}`;
      if (format === 'csv') {
        return { body: Buffer.from(toCsv([header, ...lines]), 'utf8'), fileName };
      }
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(locale === 'vi' ? 'Lỗi' : 'Errors', {
        views: [{ state: 'frozen', ySplit: 1 }],
      });
      sheet.columns = [{ width: 10 }, { width: 40 }, { width: 40 }, { width: 80 }];
      sheet.addRow(header).font = { bold: true };
      for (const [rowNumber, column, value, message] of lines) {
        // Explicit string cells: a value like "=HYPERLINK(…)" stays text.
        const added = sheet.addRow([rowNumber]);
        added.getCell(2).value = { richText: [{ text: column }] };
        added.getCell(3).value = value === null ? null : { richText: [{ text: value }] };
        added.getCell(4).value = { richText: [{ text: message }] };
      }
      return { body: Buffer.from(await workbook.xlsx.writeBuffer()), fileName };
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
