/**
 * Import files for the load scenarios (bench/lib/import-file.ts, with names unique per file) and
 * the upload over real HTTP.
 */
import { importRow, xlsxOf } from '../lib/import-file.ts';
import { buildVocabulary, random } from '../lib/synthetic-catalogue.ts';

/** `count` valid rows; `seed` varies names and prices so two files never hash the same. */
export async function importFile(count: number, seed: number): Promise<Buffer> {
  const templates = [...buildVocabulary().values()].flat();
  const rand = random(seed);
  const rows = Array.from({ length: count }, (_, i) => {
    const t = templates[Math.floor(rand() * templates.length)]!;
    return importRow(t, 0.9 + rand() * 0.2, `${t.nameVi} (lô ${seed}-${i + 1})`.slice(0, 200));
  });
  return xlsxOf(rows);
}

/** POST /api/v1/imports/products with the file; the status and parsed body. */
export async function uploadImport(
  apiUrl: string,
  token: string,
  file: Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { id?: string; code?: string }; headers: Headers }> {
  const form = new FormData();
  form.append(
    'file',
    new Blob([file], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    'bench-load.xlsx',
  );
  const response = await fetch(`${apiUrl}/api/v1/imports/products`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...headers },
    body: form,
  });
  const text = await response.text();
  let body: { id?: string; code?: string } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { code: text.slice(0, 200) };
  }
  return { status: response.status, body, headers: response.headers };
}
