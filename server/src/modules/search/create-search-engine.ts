import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { createPostgresSearchEngine } from './postgres-search-engine.ts';
import type { SearchEngine } from './search-engine.ts';

/** The engine SEARCH_ENGINE names; Meilisearch is loaded only when chosen. */
export async function createSearchEngine(config: Config, db: Db): Promise<SearchEngine> {
  if (config.SEARCH_ENGINE === 'meilisearch') {
    const { createMeilisearchSearchEngine } = await import('./meilisearch-search-engine.ts');
    return createMeilisearchSearchEngine({
      url: config.MEILI_URL,
      apiKey: config.MEILI_MASTER_KEY,
      indexName: config.MEILI_INDEX,
    });
  }
  return createPostgresSearchEngine(db);
}
