import { loadConfig } from '../../config.ts';
import { createDatabase } from '../client.ts';
import { seedDemo } from './demo.ts';
import { seedDemoDemands } from './demo-demands.ts';
import { seedProgrammesMarkets } from './programmes-markets.ts';
import { seedProgrammeEvents } from './programmes-events.ts';
import { seedReference } from './reference.ts';
import { createSearchEngine } from '../../modules/search/create-search-engine.ts';
import { reindexAll } from '../../modules/search/reindex.ts';

/**
 * `npm run db:seed`: reference data always; demo organizations, accounts and the demo catalogue
 * everywhere but production, which must never carry accounts with a published password.
 */
const config = loadConfig();
const database = createDatabase(config.DATABASE_URL, { max: 2, applicationName: 'ketnoi-seed' });
try {
  await seedReference(database.db);
  if (config.NODE_ENV === 'production') {
    console.log('[ketnoi] reference data seeded (production: no demo data)');
  } else {
    const started = performance.now();
    const demo = await seedDemo(database.db);
    const markets = await seedProgrammesMarkets(database.db);
    console.log(
      `[ketnoi] market guides and campaigns seeded (${markets.guides} new guides, ${markets.campaigns} new campaigns)`,
    );
    const sourcing = await seedDemoDemands(database.db);
    console.log(
      `[ketnoi] reference and demo data seeded (${demo.organizations} new organizations, ${demo.accounts} new accounts, ${demo.products} new products, ${sourcing.demands} new demands) in ${Math.round(performance.now() - started)} ms`,
    );
    const programmes = await seedProgrammeEvents(database.db);
    console.log(
      `[ketnoi] events and KPI targets seeded (${programmes.events} new events, ${programmes.targets} new targets)`,
    );
    // The seed writes rows directly, not through the outbox: bring the search index in line.
    if (demo.products > 0) {
      const { indexed } = await reindexAll(
        database.db,
        await createSearchEngine(config, database.db),
      );
      console.log(`[ketnoi] search index rebuilt (${indexed} public products)`);
    }
  }
} finally {
  await database.close();
}
