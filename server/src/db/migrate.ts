import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { loadConfig } from '../config.ts';
import { createDatabase } from './client.ts';

export const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

export async function migrateDatabase(url: string): Promise<void> {
  const database = createDatabase(url, { max: 1, applicationName: 'ketnoi-migrate' });
  try {
    await migrate(database.db, { migrationsFolder });
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = loadConfig();
  await migrateDatabase(config.DATABASE_URL);
  console.log('[ketnoi] migrations applied');
}
