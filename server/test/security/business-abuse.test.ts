import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import {
  demands,
  organizations,
  outbox,
  notifications,
  productSearch,
  productSearchDocuments,
  sampleRequests,
} from '../../src/db/schema/index.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import { createSearchEngine } from '../../src/modules/search/create-search-engine.ts';
import { loadSearchDocuments } from '../../src/modules/search/search-documents.ts';
import { toMeiliDocument } from '../../src/modules/search/meilisearch-search-engine.ts';
import { reindexAll } from '../../src/modules/search/reindex.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, verifyOrganization, type Account } from '../helpers/fixtures.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';
import { insertMatch, insertProduct } from '../helpers/sourcing-fixtures.ts';

/**
 * S15 (RELIABILITY-TESTS.md): business-flow abuse and data exposure.
 * (a) per-organization quotas: 100 demands per hour, 50 sample requests per day, then 429
 *     QUOTA_EXCEEDED (config DEMANDS_PER_ORG_PER_HOUR, SAMPLE_REQUESTS_PER_ORG_PER_DAY);
 * (b) contact fields absent — the key, not just the value — until the centre introduces a pair;
 * (c) the search index (PostgreSQL documents and the Meilisearch mapping) and notification
 *     e-mails carry no contact e-mail, phone or tax code.
 */

let ctx: TestContext;
let coordinator: Account;
let producer: Account;
let distributor: Account;
let otherDistributor: Account;

const contacts = {
  producer: {
    contactName: 'Nguyễn Thị Bình',
    contactEmail: 'binh.s15@htx-mat-ong.vn',
    contactPhone: '+84 912 345 015',
  },
  distributor: {
    contactName: 'Trần Văn An',
    contactEmail: 'an.s15@sieuthi.vn',
    contactPhone: '+84 28 3822 1515',
  },
};

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, producer, distributor, otherDistributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  for (const account of [producer, distributor, otherDistributor]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
  await ctx.database.db
    .update(organizations)
    .set(contacts.producer)
    .where(eq(organizations.id, producer.organizationId));
  await ctx.database.db
    .update(organizations)
    .set(contacts.distributor)
    .where(eq(organizations.id, distributor.organizationId));
});
afterAll(async () => {
  await ctx?.close();
});

const call = (
  method: 'GET' | 'POST',
  url: string,
  account: Account | undefined,
  payload?: object,
) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: account ? authHeader(account.accessToken) : {},
    ...(payload ? { payload } : {}),
  });

const demandBody = {
  title: 'Tìm mật ong rừng cho chuỗi siêu thị',
  quantityPerOrder: 500,
  unit: 'jar',
};

describe('S15 (a) per-organization quotas', () => {
  it('allows 100 demands per organization per hour, then 429 QUOTA_EXCEEDED with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      statuses.push((await call('POST', '/demands', distributor, demandBody)).statusCode);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(100);

    const over = await call('POST', '/demands', distributor, demandBody);
    expect(over.statusCode).toBe(429);
    expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(over.json()).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 100, windowSeconds: 3600 });
    const retryAfter = Number(over.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const [stored] = await ctx.database.db
      .select({ n: count() })
      .from(demands)
      .where(eq(demands.distributorOrgId, distributor.organizationId));
    expect(stored!.n).toBe(100);

    // The quota is the organization's: another distributor is not affected.
    expect((await call('POST', '/demands', otherDistributor, demandBody)).statusCode).toBe(201);

    // A sliding window: once the oldest demands are over an hour old, creating works again.
    await ctx.database.db.execute(sql`
      update demands set created_at = now() - interval '61 minutes'
       where id in (select id from demands where distributor_org_id = ${distributor.organizationId}
                     order by created_at limit 2)`);
    expect((await call('POST', '/demands', distributor, demandBody)).statusCode).toBe(201);
    expect((await call('POST', '/demands', distributor, demandBody)).statusCode).toBe(201);
    expect((await call('POST', '/demands', distributor, demandBody)).statusCode).toBe(429);
  });

  it('holds under concurrency: 10 parallel creates at 95 of 100 → exactly 5 succeed', async () => {
    const racer = await quickAccount(ctx.app, ctx.database, 'distributor');
    await verifyOrganization(ctx.database, racer.organizationId);
    for (let i = 0; i < 95; i++) {
      expect((await call('POST', '/demands', racer, demandBody)).statusCode).toBe(201);
    }
    const results = await Promise.all(
      Array.from({ length: 10 }, () => call('POST', '/demands', racer, demandBody)),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const [stored] = await ctx.database.db
      .select({ n: count() })
      .from(demands)
      .where(eq(demands.distributorOrgId, racer.organizationId));
    expect(stored!.n).toBe(100);
  });

  it('allows 50 sample requests per organization per day, then 429 QUOTA_EXCEEDED', async () => {
    const requester = await quickAccount(ctx.app, ctx.database, 'distributor');
    await verifyOrganization(ctx.database, requester.organizationId);
    const product = await insertProduct(ctx.database, producer.organizationId);
    const body = {
      productId: product.id,
      quantity: 2,
      unit: 'jar',
      deliveryAddress: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh',
    };
    for (let i = 0; i < 50; i++) {
      const response = await call('POST', '/sample-requests', requester, body);
      expect(response.statusCode, response.body).toBe(201);
    }
    const over = await call('POST', '/sample-requests', requester, body);
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 50, windowSeconds: 86_400 });
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(3600);
    const [stored] = await ctx.database.db
      .select({ n: count() })
      .from(sampleRequests)
      .where(eq(sampleRequests.distributorOrgId, requester.organizationId));
    expect(stored!.n).toBe(50);
    // Nothing was told to the producer about the refused request: 50 notifications' worth of rows.
    expect((await call('POST', '/sample-requests', otherDistributor, body)).statusCode).toBe(201);
  });
});

const contactKeys = ['contactName', 'contactEmail', 'contactPhone', 'taxCode'];

/** Every object key anywhere in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    value.forEach((v) => keysOf(v, into));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

describe('S15 (b) contacts stay hidden until the centre introduces a pair', () => {
  it('absent (no key) for a proposed match and the other organization, present for both after approval', async () => {
    const product = await insertProduct(ctx.database, producer.organizationId);
    const { match } = await insertMatch(ctx.database, distributor, product, { status: 'proposed' });

    // Before: the match, the producer's organization, the product and search show no contacts.
    const before = [
      await call('GET', `/matches/${match.id}`, distributor),
      await call('GET', `/organizations/${producer.organizationId}`, distributor),
      await call('GET', `/organizations/${distributor.organizationId}`, producer),
      await call('GET', `/products/${product.id}`, distributor),
      await call('GET', `/search/products?q=${encodeURIComponent(product.nameVi)}`, distributor),
    ];
    for (const response of before) {
      if (response.statusCode !== 200) {
        continue; // The parties do not see a proposed match at all (404): nothing to leak.
      }
      const keys = keysOf(response.json());
      expect(
        contactKeys.filter((k) => keys.has(k)),
        response.body,
      ).toEqual([]);
      for (const value of [
        ...Object.values(contacts.producer),
        ...Object.values(contacts.distributor),
      ]) {
        expect(response.body).not.toContain(value);
      }
    }
    expect(before.map((r) => r.statusCode)).toEqual([404, 200, 200, 200, 200]);

    const approved = await call('POST', `/matches/${match.id}/approve`, coordinator, {});
    expect(approved.statusCode, approved.body).toBe(200);

    // After: each party sees the other's contacts, on the match and on the organization.
    const forDistributor = (await call('GET', `/matches/${match.id}`, distributor)).json<{
      counterpart?: Record<string, unknown>;
    }>();
    expect(forDistributor.counterpart).toMatchObject(contacts.producer);
    const forProducer = (await call('GET', `/matches/${match.id}`, producer)).json<{
      counterpart?: Record<string, unknown>;
    }>();
    expect(forProducer.counterpart).toMatchObject(contacts.distributor);
    const producerOrg = (
      await call('GET', `/organizations/${producer.organizationId}`, distributor)
    ).json<Record<string, unknown>>();
    expect(producerOrg).toMatchObject(contacts.producer);
    const distributorOrg = (
      await call('GET', `/organizations/${distributor.organizationId}`, producer)
    ).json<Record<string, unknown>>();
    expect(distributorOrg).toMatchObject(contacts.distributor);

    // A third party still sees none of it.
    const stranger = await call(
      'GET',
      `/organizations/${producer.organizationId}`,
      otherDistributor,
    );
    expect(contactKeys.filter((k) => keysOf(stranger.json()).has(k))).toEqual([]);
  });
});

describe('S15 (c) no contact data in the search index or in notification e-mails', () => {
  it('holds for the demo catalogue and an introduced pair', async () => {
    const { db } = ctx.database;
    await seedDemo(db);
    // Give every organization distinctive contacts, so any copy of them is findable.
    await db.execute(sql`
      update organizations set
        contact_email = 'contact-' || substr(id::text, 1, 8) || '@s15.example.vn',
        contact_phone = '+84 90' || lpad((abs(hashtext(id::text)) % 10000000)::text, 7, '0'),
        contact_name = coalesce(contact_name, 'Người liên hệ')`);
    const orgs = await db
      .select({
        email: organizations.contactEmail,
        phone: organizations.contactPhone,
        taxCode: organizations.taxCode,
      })
      .from(organizations);
    const secrets = orgs
      .flatMap((o) => [o.email, o.phone, o.taxCode])
      .filter((v): v is string => typeof v === 'string' && v.length >= 6);
    expect(secrets.length).toBeGreaterThan(300);

    const { indexed } = await reindexAll(db, await createSearchEngine(ctx.config, db));
    expect(indexed).toBeGreaterThan(250);

    const stored = await db
      .select({ document: productSearchDocuments.document })
      .from(productSearchDocuments);
    const rows = await db.execute(sql`select to_jsonb(s) as row from ${productSearch} s`);
    const indexText = JSON.stringify([stored, rows.rows]);
    expect(stored.length).toBe(indexed);

    // What Meilisearch would be sent for the same products.
    const { documents } = await loadSearchDocuments(
      db,
      (await db.select({ id: productSearch.productId }).from(productSearch)).map((r) => r.id),
    );
    const meiliText = JSON.stringify(documents.map(toMeiliDocument));
    expect(documents.length).toBe(indexed);

    for (const text of [indexText, meiliText]) {
      expect(secrets.filter((s) => text.includes(s))).toEqual([]);
      expect(text.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []).toEqual([]);
      expect(contactKeys.filter((k) => text.includes(`"${k}"`))).toEqual([]);
    }

    // Notification e-mails (outbox `notify.email` rows) and in-app notifications of an introduction.
    const product = await insertProduct(ctx.database, producer.organizationId);
    const { match } = await insertMatch(ctx.database, distributor, product, { status: 'proposed' });
    expect((await call('POST', `/matches/${match.id}/approve`, coordinator, {})).statusCode).toBe(
      200,
    );
    const sample = await call('POST', '/sample-requests', otherDistributor, {
      productId: product.id,
      quantity: 2,
      unit: 'jar',
      deliveryAddress: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh',
    });
    expect(sample.statusCode, sample.body).toBe(201);
    const mails = await db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(eq(outbox.topic, 'notify.email'));
    expect(mails.length).toBeGreaterThan(0);
    const inApp = await db.select().from(notifications);
    expect(inApp.length).toBeGreaterThan(0);
    const orgSecrets = [
      ...Object.values(contacts.producer).slice(1),
      ...Object.values(contacts.distributor).slice(1),
      ...secrets,
    ];
    // The recipient's own address is the envelope (`to`); the content must carry none.
    const bodies = JSON.stringify([
      mails.map((m) => ({ ...m.payload, to: undefined })),
      inApp.map((n) => ({ title: n.title, body: n.body, data: n.data, link: n.link })),
    ]);
    expect(orgSecrets.filter((s) => bodies.includes(s))).toEqual([]);
    expect(bodies.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []).toEqual([]);
  });
});
