import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currencyCodes } from '@ketnoi/shared/reference';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';

/**
 * D4: the invariants the database itself holds, read from the catalogue (`pg_constraint`,
 * `pg_index`, `pg_trigger`) of a database migrated exactly as production is. A migration that
 * drops or loosens one fails here, whatever the application code still checks.
 */

/**
 * Columns that name another row by id but carry no foreign key, each for a reason. A new `*_id`
 * column without a foreign key fails the test until it gets one or a line here.
 */
const unreferencedIdColumns: Record<string, string> = {
  // The log outlives what it records and names entities of every type.
  'audit_log.actor_id': 'append-only log: survives its actor',
  'audit_log.entity_id': 'polymorphic (entity_type says which table)',
  'idempotency_keys.actor_id': 'short-lived replay cache, purged by age, never joined',
  // Pooled proposals share a generated group id; there is no pools table.
  'matches.pool_id': 'a grouping id, not a reference',
  // The search projection is rebuilt from products (search:reindex) and may briefly lag a delete.
  'product_search.product_id': 'derived projection, rebuilt by search:reindex',
  // Import provenance: import jobs are purged independently of the products they created.
  'products.import_id': 'provenance of a bulk import; imports are purged on their own',
  'refresh_tokens.family_id': 'a rotation-family id generated per login, not a row',
};

/**
 * `*_by` columns naming the user who took a decision. Some have a foreign key to users; these do
 * not (users are disabled, never deleted, so none dangles today). Listed so the set cannot grow
 * silently; a foreign key added to one of them fails the test until it leaves this list.
 */
const unreferencedUserColumns = [
  'event_registrations.decided_by',
  'kpi_targets.updated_by',
  'matches.decided_by',
  'meetings.cancelled_by',
  'meetings.outcome_by',
  'meetings.responded_by',
  'organizations.verified_by',
  'products.reviewed_by',
];

const currencyList = [...currencyCodes];

describe('D4: schema invariants (introspection)', () => {
  let ctx: TestContext;
  const query = async <T extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
    (await ctx.database.pool.query<T>(text, values)).rows;

  beforeAll(async () => {
    ctx = await createTestContext();
  });

  afterAll(async () => {
    await ctx?.close();
  });

  /** The definition of every index on a table, normalised to a lower-case, space-free string. */
  async function uniqueIndexes(table: string) {
    const rows = await query<{ def: string; predicate: string | null }>(
      `select pg_get_indexdef(i.indexrelid) as def, pg_get_expr(i.indpred, i.indrelid) as predicate
         from pg_index i where i.indrelid = $1::regclass and i.indisunique`,
      [table],
    );
    return rows.map((r) => r.def.toLowerCase().replace(/\s+/g, ''));
  }

  async function constraint(table: string, name: string) {
    const [row] = await query<{ contype: string; def: string; convalidated: boolean }>(
      `select contype, pg_get_constraintdef(oid) as def, convalidated
         from pg_constraint where conrelid = $1::regclass and conname = $2`,
      [table, name],
    );
    return row;
  }

  it('keeps one match per (demand, product)', async () => {
    expect(await uniqueIndexes('matches')).toContainEqual(
      expect.stringMatching(/uniqueindex\w+onpublic\.matchesusingbtree\(demand_id,product_id\)$/),
    );
  });

  it('keeps e-mail addresses unique regardless of case (citext + unique)', async () => {
    const [column] = await query<{ udt_name: string }>(
      `select udt_name from information_schema.columns
        where table_schema = 'public' and table_name = 'users' and column_name = 'email'`,
    );
    const indexes = await uniqueIndexes('users');
    const caseInsensitive =
      (column?.udt_name === 'citext' && indexes.some((d) => d.endsWith('(email)'))) ||
      indexes.some((d) => d.includes('(lower((email)::text))') || d.includes('(lower(email))'));
    expect(
      caseInsensitive,
      `users.email is ${column?.udt_name}; unique: ${indexes.join(', ')}`,
    ).toBe(true);
  });

  it('forbids double-booking in meetings (exclusion constraints per producer, distributor, table)', async () => {
    const rows = await query<{ conname: string; def: string }>(
      `select conname, pg_get_constraintdef(oid) as def
         from pg_constraint where conrelid = 'meetings'::regclass and contype = 'x'`,
    );
    const byName = Object.fromEntries(rows.map((r) => [r.conname, r.def]));
    const overlap = 'tstzrange(starts_at, ends_at) WITH &&';
    expect(byName.meetings_producer_no_overlap).toContain(`(producer_org_id WITH =, ${overlap})`);
    expect(byName.meetings_distributor_no_overlap).toContain(
      `(distributor_org_id WITH =, ${overlap})`,
    );
    expect(byName.meetings_table_no_overlap).toContain(
      `(event_id WITH =, table_no WITH =, ${overlap})`,
    );
    for (const def of Object.values(byName)) {
      // Only active meetings hold a slot; a cancelled one frees it.
      expect(def).toMatch(/WHERE \(.*status = ANY/);
    }
  });

  it('has a foreign key on every *_id column, except the justified list', async () => {
    const rows = await query<{ col: string }>(
      `select c.table_name || '.' || c.column_name as col
         from information_schema.columns c
         join information_schema.tables t
           on t.table_schema = c.table_schema and t.table_name = c.table_name
          and t.table_type = 'BASE TABLE'
        where c.table_schema = 'public' and c.column_name like '%\\_id' and c.data_type = 'uuid'
          and c.table_name not like '\\_\\_%'
          and not exists (
            select 1 from pg_constraint k
              join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
             where k.contype = 'f' and k.conrelid = (quote_ident(c.table_name))::regclass
               and a.attname = c.column_name)
        order by 1`,
    );
    expect(rows.map((r) => r.col)).toEqual(Object.keys(unreferencedIdColumns).sort());
  });

  it('lists exactly the *_by user columns that have no foreign key (to users)', async () => {
    const rows = await query<{ col: string; target: string | null }>(
      `select c.table_name || '.' || c.column_name as col,
              (select k.confrelid::regclass::text from pg_constraint k
                 join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                where k.contype = 'f' and k.conrelid = (quote_ident(c.table_name))::regclass
                  and a.attname = c.column_name limit 1) as target
         from information_schema.columns c
        where c.table_schema = 'public' and c.column_name like '%\\_by' and c.data_type = 'uuid'
        order by 1`,
    );
    expect(rows.filter((r) => r.target === null).map((r) => r.col)).toEqual(
      unreferencedUserColumns,
    );
    // The ones that do have a key point at users.
    for (const row of rows.filter((r) => r.target !== null)) {
      expect(row.target, row.col).toBe('users');
    }
  });

  it.each([
    ['products', 'products_ocop_stars_check', 'ocop_stars'],
    ['demands', 'demands_min_ocop_stars_check', 'min_ocop_stars'],
  ])('%s: OCOP stars are 3, 4, 5 or none (%s)', async (table, name, column) => {
    const check = await constraint(table, name);
    expect(check?.contype).toBe('c');
    expect(check?.convalidated).toBe(true);
    expect(check?.def).toContain(`${column} IS NULL`);
    expect(check?.def).toMatch(/ARRAY\[3, 4, 5\]|IN \(3, 4, 5\)/);
  });

  it('certificates: OCOP ratings carry 3–5 stars, other schemes none', async () => {
    const check = await constraint('certificates', 'certificates_stars_check');
    expect(check?.def).toContain('(stars >= 3) AND (stars <= 5)');
  });

  it.each([
    ['products', 'products_price_nonnegative', ['price_min', 'price_max']],
    ['demands', 'demands_price_nonnegative', ['price_min', 'price_max']],
    ['agreements', 'agreements_value_nonnegative', ['value']],
    ['quotes', 'quotes_price_nonnegative', ['price_per_unit']],
    ['campaign_reorders', 'campaign_reorders_value_nonnegative', ['value']],
    ['kpi_targets', 'kpi_targets_target_nonnegative', ['target']],
  ])('%s: money and targets are never negative (%s)', async (table, name, columns) => {
    const check = await constraint(table, name);
    expect(check?.contype).toBe('c');
    for (const column of columns) {
      expect(check?.def).toContain(`${column} >= 0`);
    }
  });

  it.each(['products', 'demands', 'agreements', 'quotes', 'campaign_reorders'])(
    '%s: the currency is one of the reference list',
    async (table) => {
      const check = await constraint(table, `${table}_currency_check`);
      expect(check?.contype).toBe('c');
      const listed = [...(check?.def ?? '').matchAll(/'([A-Z]{3})'/g)].map((m) => m[1]);
      expect(listed.sort()).toEqual([...currencyList].sort());
    },
  );

  it('every table holding money or a currency is covered by the checks above', async () => {
    const rows = await query<{ tbl: string }>(
      `select distinct table_name as tbl from information_schema.columns
        where table_schema = 'public' and column_name = 'currency' order by 1`,
    );
    expect(rows.map((r) => r.tbl)).toEqual([
      'agreements',
      'campaign_reorders',
      'demands',
      'products',
      'quotes',
    ]);
  });

  it('the database refuses what the checks forbid (not only declares them)', async () => {
    const refused = async (statement: string) => {
      const client = await ctx.database.pool.connect();
      try {
        await client.query('begin');
        await expect(client.query(statement)).rejects.toMatchObject({ code: '23514' });
      } finally {
        await client.query('rollback');
        client.release();
      }
    };
    // A CHECK is evaluated before foreign keys, so these fail on the check alone.
    const org = '00000000-0000-7000-8000-000000000001';
    const product = (column: string, value: string) =>
      `insert into products (id, producer_org_id, name_vi, description_vi, ocop_group, category,
         province_code, unit, moq, ${column})
       values (gen_random_uuid(), '${org}', 'x', 'x', 'food', 'honey', 'ha-noi', 'kg', 1, ${value})`;
    await refused(product('ocop_stars', '2'));
    await refused(product('price_min', '-1'));
    await refused(product('currency', `'XXX'`));
  });

  it('protects audit_log with an append-only trigger (UPDATE, DELETE, TRUNCATE)', async () => {
    const [trigger] = await query<{ tgtype: number; enabled: string }>(
      `select tgtype, tgenabled as enabled from pg_trigger
        where tgrelid = 'audit_log'::regclass and tgname = 'audit_log_append_only'`,
    );
    expect(trigger?.enabled).toBe('O');
    // tgtype bits: 2 BEFORE, 8 DELETE, 16 UPDATE, 32 TRUNCATE (row bit 1 unset: per statement).
    expect(trigger!.tgtype & (2 | 8 | 16 | 32)).toBe(2 | 8 | 16 | 32);
  });
});
