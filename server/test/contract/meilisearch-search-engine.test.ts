import { randomBytes } from 'node:crypto';
import { describe, it } from 'vitest';
import { Meilisearch } from 'meilisearch';
import { createMeilisearchSearchEngine } from '../../src/modules/search/meilisearch-search-engine.ts';
import { defineSearchEngineContract } from './search-engine.contract.ts';

const url = process.env.MEILI_URL;
const apiKey = process.env.MEILI_MASTER_KEY ?? process.env.MEILI_API_KEY;

if (url) {
  defineSearchEngineContract('meilisearch', async () => {
    const indexName = `test_products_${Date.now()}_${randomBytes(3).toString('hex')}`;
    const engine = createMeilisearchSearchEngine({ url, apiKey, indexName });
    return {
      engine,
      async cleanup() {
        const client = new Meilisearch({ host: url, ...(apiKey ? { apiKey } : {}) });
        await client.index(indexName).delete().waitTask();
      },
    };
  });
} else {
  console.info(
    'meilisearch contract skipped: MEILI_URL is not set (e.g. MEILI_URL=http://127.0.0.1:7700, and MEILI_MASTER_KEY if the server has one).',
  );
  describe.skip('meilisearch contract (set MEILI_URL to run it against a real server)', () => {
    it('runs the search engine contract against Meilisearch', () => {});
  });
}
