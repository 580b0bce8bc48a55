import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/client.ts';
import { adminUrl } from '../helpers/databases.ts';

const database = createDatabase(adminUrl(), { max: 1, applicationName: 'ketnoi-test-settings' });

afterAll(async () => {
  await database.close();
});

/**
 * The settings every connection starts with (src/db/client.ts, docs/deployment.md): without them
 * the server's defaults apply — a broad search planned as a full table scan, JIT compiling at
 * catalogue size, a runaway statement never cancelled.
 */
describe('a pooled connection', () => {
  it('starts with the planner settings and statement timeout the searches were measured with', async () => {
    const { rows } = await database.pool.query<Record<string, string>>(
      `select current_setting('random_page_cost') as random_page_cost,
              current_setting('jit') as jit,
              current_setting('statement_timeout') as statement_timeout`,
    );
    expect(rows[0]).toEqual({ random_page_cost: '1.1', jit: 'off', statement_timeout: '15s' });
  });
});
