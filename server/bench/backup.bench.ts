/**
 * Backup and restore drill (RELIABILITY-TESTS B1/B2): a bench database with `--products` products
 * and its search index, `npm run db:backup`, `npm run db:restore` into a new database (which
 * rebuilds the index), then proof that nothing changed: per-table row counts, an md5 over each
 * table's ordered (id, updated_at), and the top-10 ids of sample searches, before and after.
 * See bench/README.md (`backup`).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { createDatabase } from '../src/db/client.ts';
import { createPostgresSearchEngine } from '../src/modules/search/postgres-search-engine.ts';
import { reindexAll } from '../src/modules/search/reindex.ts';
import type { ResolvedSearchQuery } from '../src/modules/search/search-engine.ts';
import { generateCatalogue } from './lib/generate-catalogue.ts';
import { createBenchDatabase, log, runBench } from './lib/harness.ts';

const run = promisify(execFile);
const repoRoot = new URL('../../', import.meta.url).pathname;

/** Rebuilt by the reindex rather than restored: compared by row count only. */
const derivedTables = new Set(['product_search', 'search_vocabulary']);

const sampleQueries: Partial<ResolvedSearchQuery>[] = [
  { q: 'mat ong' },
  { q: 'nuoc mam', storage: 'ambient' },
  { q: 'tea', minStars: 4 },
  { q: 'ca phe', province: 'dak-lak' },
  { q: 'coffee' },
  { q: 'gao st25' },
  { q: 'honey', sort: 'stars' },
  { q: 'tra', group: 'beverage' },
  { group: 'food', sort: 'newest' },
  { region: 'central-highlands', sort: 'price_asc' },
  { q: 'mien dong' },
  { q: 'banh', minStars: 3 },
  { q: 'nem chua' },
  { q: 'dua' },
  { q: 'xoai', sort: 'newest' },
  { q: 'hat dieu' },
  { q: 'vai thieu' },
  { q: 'nuoc mam phu quoc' },
  { q: 'ruou' },
  { certifications: ['vietgap'] },
];

/** Row count and an md5 over every row's text, in a fixed order, for every table: stricter than (id, updated_at). */
async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE'
        order by table_name`,
    );
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { table_name: table } of tables) {
      const { rows } = await client.query<{ rows: string; md5: string | null }>(
        `select count(*) as rows, md5(string_agg(t::text, '|' order by t::text)) as md5 from "${table}" t`,
      );
      result[table] = { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 ?? '' };
    }
    return result;
  } finally {
    await client.end();
  }
}

async function searches(url: string) {
  const database = createDatabase(url, { max: 2, applicationName: 'ketnoi-bench-drill' });
  try {
    const engine = createPostgresSearchEngine(database.db);
    const results: string[][] = [];
    for (const query of sampleQueries) {
      const result = await engine.search({ page: 1, limit: 10, sort: 'relevance', ...query });
      results.push(result.hits.map((hit) => hit.id));
    }
    return results;
  } finally {
    await database.close();
  }
}

runBench('backup', async ({ args, cleanup }) => {
  const products = args.int('products', 20_000);
  const source = await createBenchDatabase('backup');
  cleanup.add(source.drop, 'drop source database');
  await generateCatalogue(source.url, { products, log });
  const seeding = createDatabase(source.url, { max: 2, applicationName: 'ketnoi-bench-drill' });
  try {
    await reindexAll(seeding.db, createPostgresSearchEngine(seeding.db));
  } finally {
    await seeding.close();
  }

  const file = join(tmpdir(), `${source.name}.dump`);
  const target = `${source.name}_restored`;
  cleanup.add(() => run('rm', ['-f', file]), 'remove dump');
  cleanup.add(async () => {
    const admin = new pg.Client({ connectionString: source.url.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    await admin.query(`drop database if exists "${target}" with (force)`);
    await admin.end();
  }, 'drop restored database');

  const env = { ...process.env, DATABASE_URL: source.url, BACKUP_FILE: file };
  const backup = JSON.parse(
    (await run('bash', ['scripts/db-backup.sh'], { cwd: repoRoot, env })).stdout.trim(),
  ) as { bytes: number; durationMs: number };
  log(`backup: ${backup.bytes} bytes in ${backup.durationMs} ms`);
  const restore = JSON.parse(
    (
      await run('bash', ['scripts/db-restore.sh', file, target], {
        cwd: repoRoot,
        env,
        maxBuffer: 64 * 1024 * 1024,
      })
    ).stdout.trim(),
  ) as { restoreMs: number; totalMsWithReindex: number };
  log(`restore: ${restore.restoreMs} ms, ${restore.totalMsWithReindex} ms with reindex`);

  const restoredUrl = source.url.replace(/\/[^/]+$/, `/${target}`);
  const [before, after] = [await fingerprint(source.url), await fingerprint(restoredUrl)];
  const tableMismatches = Object.keys(before).filter(
    (table) =>
      before[table]!.rows !== after[table]?.rows ||
      (!derivedTables.has(table) && before[table]!.md5 !== after[table]?.md5),
  );
  const [searchBefore, searchAfter] = [await searches(source.url), await searches(restoredUrl)];
  const searchMismatches = sampleQueries.filter(
    (_, i) => JSON.stringify(searchBefore[i]) !== JSON.stringify(searchAfter[i]),
  ).length;

  console.log(
    JSON.stringify({
      suite: 'backup',
      products,
      backup: { bytes: backup.bytes, ms: backup.durationMs },
      restore: { ms: restore.restoreMs, msWithReindex: restore.totalMsWithReindex },
      tables: Object.keys(before).length,
      rows: Object.values(before).reduce((sum, t) => sum + t.rows, 0),
      tableMismatches,
      searches: sampleQueries.length,
      searchesWithHits: searchBefore.filter((ids) => ids.length > 0).length,
      searchMismatches,
      ok: tableMismatches.length === 0 && searchMismatches === 0,
    }),
  );
});
