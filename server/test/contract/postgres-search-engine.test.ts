import { createPostgresSearchEngine } from '../../src/modules/search/postgres-search-engine.ts';
import { createTestContext } from '../helpers/test-app.ts';
import { defineSearchEngineContract } from './search-engine.contract.ts';

defineSearchEngineContract('postgres', async () => {
  const ctx = await createTestContext();
  return { engine: createPostgresSearchEngine(ctx.database.db), cleanup: () => ctx.close() };
});
