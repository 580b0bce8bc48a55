import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { createDatabase } from '../../src/db/client.ts';
import { seedReference } from '../../src/db/seed/reference.ts';
import { adminUrl, databaseUrl, TEST_DB_PREFIX } from './databases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    runId: string;
  }
}

/**
 * Once per run: a template database with migrations and reference data. Every test file clones
 * it (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of re-running migrations.
 */
export default async function setup(project: TestProject) {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const template = `${TEST_DB_PREFIX}tpl_${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await dropStale(admin);
  await admin.query(`create database "${template}"`);
  await migrateDatabase(databaseUrl(template));
  const seeded = createDatabase(databaseUrl(template), { max: 1 });
  await seedReference(seeded.db);
  await seeded.close();
  await admin.query(`alter database "${template}" with is_template true allow_connections false`);
  project.provide('templateDatabase', template);
  project.provide('runId', runId);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${TEST_DB_PREFIX}%${runId}%`],
    );
    for (const { datname } of rows) {
      await admin.query(`alter database "${datname}" with is_template false`);
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.end();
  };
}

/** Databases left by an interrupted run more than an hour ago. */
async function dropStale(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    `select d.datname from pg_database d
      where d.datname like $1
        and (pg_stat_file('base/' || d.oid || '/PG_VERSION')).modification < now() - interval '1 hour'`,
    [`${TEST_DB_PREFIX}%`],
  );
  for (const { datname } of rows) {
    await admin.query(`alter database "${datname}" with is_template false`);
    await admin.query(`drop database if exists "${datname}" with (force)`);
  }
}
