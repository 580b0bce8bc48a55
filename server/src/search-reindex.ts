import { loadConfig } from './config.ts';
import { createDatabase } from './db/client.ts';
import { createSearchEngine } from './modules/search/create-search-engine.ts';
import { reindexAll } from './modules/search/reindex.ts';

/** `npm run search:reindex`: rebuilds the search index from the database, with a progress bar. */
const config = loadConfig();
const database = createDatabase(config.DATABASE_URL, { max: 2, applicationName: 'ketnoi-reindex' });
const started = performance.now();
try {
  const engine = await createSearchEngine(config, database.db);
  const { total, indexed } = await reindexAll(database.db, engine, ({ done, total, indexed }) => {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} products, ${indexed} public`,
    );
  });
  process.stderr.write('\n');
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(JSON.stringify({ engine: engine.name, products: total, indexed, seconds }));
} finally {
  await database.close();
}
