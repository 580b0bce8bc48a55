import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import type { SearchResult } from '@ketnoi/shared';
import { organizations, products } from '../../src/db/schema/index.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import { createSearchEngine } from '../../src/modules/search/create-search-engine.ts';
import { reindexAll } from '../../src/modules/search/reindex.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, verifyOrganization, type Account } from '../helpers/fixtures.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';
import { insertProduct } from '../helpers/sourcing-fixtures.ts';
import { createValidators, operationsOf } from './fuzz-engine.ts';
import { resolve, type Components, type JsonSchema } from './fuzz-schema.ts';

/**
 * S11 (RELIABILITY-TESTS.md): injection probes against search and the text fields of every
 * write. Already covered elsewhere, not repeated here: hostile `q` strings answer 200 and a NUL in
 * `q` is no 5xx (routes/api/v1/search/search.test.ts), tsquery syntax never reaches PostgreSQL
 * (modules/search/search-text.test.ts "never lets tsquery syntax through"), Meilisearch filter
 * quoting of `"` and `\` (modules/search/meilisearch-mapping.test.ts). Latency ratios are
 * measured by the search bench, not asserted here (no timings in tests).
 */

let ctx: TestContext;
let producer: Account;
let distributor: Account;
let draft: { id: string; version: number };

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database.db);
  [producer, distributor] = await Promise.all([
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  await verifyOrganization(ctx.database, distributor.organizationId);
  // A draft and a published product of an unverified producer, both named like public ones.
  draft = await insertProduct(ctx.database, producer.organizationId, {
    published: false,
    nameVi: 'Mật ong rừng nháp',
  });
  await insertProduct(ctx.database, producer.organizationId, {
    nameVi: 'Mật ong rừng chưa xác minh',
  });
  await reindexAll(ctx.database.db, await createSearchEngine(ctx.config, ctx.database.db));
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

async function search(query: string) {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/search/products?${query}` });
  expect(response.statusCode, `${query}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
  return response;
}
const ids = async (q: string) => {
  const response = await search(`q=${encodeURIComponent(q)}&limit=100`);
  expect(response.statusCode, q).toBe(200);
  return response
    .json<SearchResult>()
    .hits.map((h) => h.id)
    .sort();
};

describe('S11 search text', () => {
  it('ignores tsquery operators: each operator around a word finds what the word finds', async () => {
    // Operators only: a weight label like `:A` would add the word "a", which is text, not syntax.
    const operators = [
      '&',
      '|',
      '!',
      '(',
      ')',
      ':*',
      "'",
      '"',
      '<->',
      '\\',
      '&&',
      '!!',
      '<#>',
      '*',
    ];
    for (const word of ['mật ong', 'cà phê', 'nước mắm']) {
      const baseline = await ids(word);
      expect(baseline.length, word).toBeGreaterThan(0);
      for (const op of operators) {
        for (const q of [`${word} ${op}`, `${op}${word}`, `${word.replace(' ', ` ${op} `)}`]) {
          expect(await ids(q), q).toEqual(baseline);
        }
      }
    }
  });

  it('treats LIKE wildcards literally: %, _ and \\ add nothing to a word, and alone match no text', async () => {
    const everything = (await search('limit=1')).json<SearchResult>().total;
    for (const word of ['mật ong', 'trà']) {
      const baseline = await ids(word);
      for (const wildcard of ['%', '_', '\\', '%%', '_%_', '\\%']) {
        expect(await ids(`${word} ${wildcard}`), `${word} ${wildcard}`).toEqual(baseline);
        expect(await ids(`${word}${wildcard}`), `${word}${wildcard}`).toEqual(baseline);
      }
    }
    for (const wildcard of ['%', '_', '\\', '%_%', '_'.repeat(50)]) {
      const response = await search(`q=${encodeURIComponent(wildcard)}&limit=1`);
      expect(response.statusCode).toBe(200);
      // Punctuation only is no text at all: the same as no query, never "match anything" by LIKE.
      expect(response.json<SearchResult>().total, wildcard).toBe(everything);
    }
  });

  it('refuses a 1,000-character q with a 400 naming it; 200 characters are searched', async () => {
    const long = await search(`q=${'mật ong '.repeat(125)}`);
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(long.json().errors[0].path).toBe('/query/q');
    expect((await search(`q=${encodeURIComponent('mật ong '.repeat(25))}`)).statusCode).toBe(200);
  });

  it('refuses filter values with quotes and backslashes or finds nothing; never a 5xx', async () => {
    const injected = await search(`province=${encodeURIComponent('HN" OR status="draft')}`);
    expect(injected.statusCode).toBe(400);
    expect(injected.json().code).toBe('UNKNOWN_PROVINCE');
    for (const [name, value] of [
      ['region', 'north" OR status="draft'],
      ['region', 'north\\'],
      ['certifications', 'vietgap" OR 1=1 OR "'],
      ['certifications', '\\"'],
      ['exportedTo', 'J"'],
      ['category', 'honey" OR "1"="1'],
    ]) {
      const response = await search(`${name}=${encodeURIComponent(value!)}`);
      expect([200, 400], `${name}=${value}`).toContain(response.statusCode);
      if (response.statusCode === 200) {
        expect(response.json<SearchResult>().total, `${name}=${value}`).toBe(0);
      } else {
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
  });

  it('reads punctuation in a province name as punctuation: "Hà Nội\\" is Hà Nội', async () => {
    const plain = (await search(`province=${encodeURIComponent('Hà Nội')}`)).json<SearchResult>();
    const slashed = await search(`province=${encodeURIComponent('Hà Nội\\')}`);
    expect(slashed.statusCode).toBe(200);
    expect(slashed.json<SearchResult>().total).toBe(plain.total);
  });

  it('never shows a draft, unpublished or unverified product over 100 queries', async () => {
    const words = [
      'mật ong',
      'rừng',
      'cà phê',
      'trà',
      'nước mắm',
      'gạo',
      'bánh',
      'rượu',
      'nấm',
      'tiêu',
    ];
    const extras = ['', ' %', ' _', ' &', ' :*', ' !', ' "', " '", ' \\', ' nháp'];
    const filters = ['', '&group=food', '&sort=newest', '&minStars=4', '&sort=price_asc'];
    const seen = new Set<string>();
    let queries = 0;
    for (const [i, word] of words.entries()) {
      for (const [j, extra] of extras.entries()) {
        const filter = filters[(i + j) % filters.length]!;
        const response = await search(`q=${encodeURIComponent(word + extra)}&limit=100${filter}`);
        expect(response.statusCode).toBe(200);
        response.json<SearchResult>().hits.forEach((h) => seen.add(h.id));
        queries += 1;
      }
    }
    expect(queries).toBe(100);
    expect(seen.size).toBeGreaterThan(50);
    const rows = await ctx.database.db
      .select({ id: products.id, status: products.status, org: products.producerOrgId })
      .from(products)
      .where(inArray(products.id, [...seen]));
    expect(rows).toHaveLength(seen.size);
    const orgs = await ctx.database.db
      .select({ id: organizations.id, status: organizations.verificationStatus })
      .from(organizations)
      .where(inArray(organizations.id, [...new Set(rows.map((r) => r.org))]));
    const unverified = new Set(orgs.filter((o) => o.status !== 'verified').map((o) => o.id));
    expect(rows.filter((r) => r.status !== 'published').map((r) => r.status)).toEqual([]);
    expect(rows.filter((r) => unverified.has(r.org))).toEqual([]);
    expect(rows.some((r) => r.org === producer.organizationId)).toBe(false);
  });
});

/** String-typed leaves of a schema that hold free text (not enums, ids, dates or e-mails). */
function textLeaves(
  schema: JsonSchema,
  components: Components,
  path = '',
): { path: string; schema: JsonSchema }[] {
  const s = resolve(schema, components);
  const out: { path: string; schema: JsonSchema }[] = [];
  for (const option of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) {
    out.push(...textLeaves(option, components, path));
  }
  if (s.type === 'string' && !s.enum && !s.format) {
    out.push({ path: path || '/', schema: s });
  }
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    out.push(...textLeaves(child, components, `${path}/${key}`));
  }
  if (s.items) {
    out.push(...textLeaves(s.items, components, `${path}/0`));
  }
  return out;
}

const productBody = {
  nameVi: 'Mật ong',
  descriptionVi: 'Mật ong rừng',
  ocopGroup: 'food',
  category: 'honey',
  province: 'Hà Nội',
  unit: 'jar',
  moq: 10,
};

describe('S11 NUL bytes in text fields', () => {
  it('every free-text field of every request body refuses NUL by its schema', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json<{
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: { schemas: Components };
    }>();
    const components = document.components.schemas;
    const validators = createValidators(components);
    const accepting: string[] = [];
    let fields = 0;
    for (const op of operationsOf(document)) {
      if (!op.body) {
        continue;
      }
      for (const leaf of textLeaves(op.body, components)) {
        fields += 1;
        if (validators.body(leaf.schema, 'a\u0000b')) {
          accepting.push(`${op.key} ${leaf.path}`);
        }
      }
    }
    expect(fields).toBeGreaterThan(100);
    // The few a schema lets through are checked by the service (tax code check digit, HS code,
    // the sign-in lookup, jsonb storage): each must still be a 400, never a 5xx or a stored NUL.
    const nul = 'a\u0000b';
    const checked: Record<
      string,
      { url: string; method: 'POST' | 'PATCH'; body: object; as?: Account }
    > = {
      'POST /api/v1/auth/register /organization/taxCode': {
        method: 'POST',
        url: '/api/v1/auth/register',
        body: {
          email: 'nul-register@example.vn',
          password: 'Mật-khẩu-đủ-dài-2026',
          name: 'NUL',
          role: 'producer',
          organization: {
            legalName: 'HTX NUL',
            taxCode: `010010${nul}`,
            province: 'Hà Nội',
            legalForm: 'cooperative',
          },
        },
      },
      'POST /api/v1/auth/login /email': {
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: `x${nul}@example.vn`, password: 'Mật-khẩu-đủ-dài-2026' },
      },
      'PATCH /api/v1/organizations/{id} /taxCode': {
        method: 'PATCH',
        url: `/api/v1/organizations/${producer.organizationId}`,
        body: { version: 1, taxCode: `010010${nul}` },
        as: producer,
      },
      'POST /api/v1/products/ /hsCode': {
        method: 'POST',
        url: '/api/v1/products',
        body: { ...productBody, hsCode: `0409${nul}` },
        as: producer,
      },
      'PATCH /api/v1/products/{id} /hsCode': {
        method: 'PATCH',
        url: `/api/v1/products/${draft.id}`,
        body: { version: draft.version, hsCode: `${nul}0409` },
        as: producer,
      },
    };
    const savedSearch = (path: string) => {
      const filters: Record<string, unknown> = {};
      const key = path.split('/')[2]!;
      filters[key] = path.endsWith('/0') ? [nul] : nul;
      return {
        method: 'POST' as const,
        url: '/api/v1/saved-searches',
        body: { name: 'NUL', filters },
        as: producer,
      };
    };
    const unchecked: string[] = [];
    for (const field of accepting.filter((f) => !/\/password$/.test(f))) {
      const probe =
        checked[field] ??
        (field.startsWith('POST /api/v1/saved-searches/')
          ? savedSearch(field.split(' ').at(-1)!)
          : undefined);
      if (!probe) {
        unchecked.push(field);
        continue;
      }
      const response = await ctx.app.inject({
        method: probe.method,
        url: probe.url,
        headers: probe.as ? authHeader(probe.as.accessToken) : {},
        payload: probe.body,
      });
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
    }
    expect(unchecked).toEqual([]);
  });

  it.each([
    [
      'POST',
      '/api/v1/demands',
      'title',
      { title: 'Tìm mật ong', quantityPerOrder: 5, unit: 'jar' },
    ],
    ['POST', '/api/v1/products', 'nameVi', productBody],
  ] as const)(
    '%s %s with NUL in %s → 400 naming the field, nothing stored',
    async (method, url, field, body) => {
      const account = url.includes('demands') ? distributor : producer;
      const good = await ctx.app.inject({
        method,
        url,
        headers: authHeader(account.accessToken),
        payload: body,
      });
      expect(good.statusCode, good.body).toBe(201);
      const response = await ctx.app.inject({
        method,
        url,
        headers: authHeader(account.accessToken),
        payload: {
          ...body,
          [field]: `${body[field as keyof typeof body]}\u0000; drop table users`,
        },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(`/${field}`);
    },
  );
});
