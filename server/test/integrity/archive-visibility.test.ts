import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, matches, sampleRequests } from '../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  login,
  PASSWORD,
  verifyOrganization,
  type Account,
} from '../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../helpers/quick-accounts.ts';
import { insertMatch } from '../helpers/sourcing-fixtures.ts';
import { pollUntil } from '../helpers/poll.ts';
import { createDemand } from '../routes/api/v1/demands/demand-fixtures.ts';

/**
 * D3: an archived product, a producer whose verification is withdrawn and a disabled user leave
 * every public surface (search index, lists, public reads → 404), while their history stays:
 * matches, sample requests and the audit log still show them to the people entitled to see them.
 * (Search removal on archive alone is also in routes/api/v1/search/search.test.ts; this suite
 * follows the whole record.) No table here has a documented "re-create after archive" rule: tax
 * codes and e-mails stay unique across all states, by design.
 */

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
let producer: Account;
let distributor: Account;

beforeAll(async () => {
  ctx = await createTestContext({ RATE_LIMIT_PER_MINUTE: '100000' });
  await ctx.startWorker();
  [coordinator, admin, producer, distributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  await verifyOrganization(ctx.database, producer.organizationId);
  await verifyOrganization(ctx.database, distributor.organizationId);
});
afterAll(async () => ctx?.close());

const api = (
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH',
  url: string,
  who?: Account,
  payload?: object,
) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: who ? authHeader(who.accessToken) : {},
    ...(payload ? { payload } : {}),
  });

/** A product published through the routes (create → submit → approve), with a word only it has. */
async function publish(owner: Account) {
  const word = `dacsan${randomBytes(3).toString('hex')}`;
  const created = await api('POST', '/products', owner, {
    nameVi: `Trà shan tuyết ${word}`,
    descriptionVi: 'Trà shan tuyết cổ thụ, sao thủ công, đóng túi 200 g.',
    ocopGroup: 'food',
    category: 'processed-foods',
    province: 'Hà Giang',
    unit: 'kg',
    moq: 10,
  });
  expect(created.statusCode, created.body).toBe(201);
  const submitted = await api('POST', `/products/${created.json().id}/submit`, owner, {
    version: created.json().version,
  });
  const approved = await api('POST', `/review/products/${created.json().id}/approve`, coordinator, {
    version: submitted.json().version,
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return { ...approved.json<{ id: string; version: number; producerOrgId: string }>(), word };
}

const searchHas = async (word: string, id: string) => {
  const response = await api('GET', `/search/products?q=${word}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ hits: { id: string }[] }>().hits.some((h) => h.id === id);
};
const waitSearch = (word: string, id: string, present: boolean) =>
  pollUntil(
    () => searchHas(word, id),
    (found) => found === present,
    { timeoutMs: 15_000, what: `product ${present ? 'in' : 'out of'} the search index` },
  );
const listed = async (producerOrgId: string, id: string) =>
  (await api('GET', `/products?producerId=${producerOrgId}&limit=100`))
    .json<{ items: { id: string }[] }>()
    .items.some((p) => p.id === id);

describe('D3: archived and disabled records leave public view, keep their history', () => {
  it('an archived product: out of search, lists and public reads; matches, samples and audit stay', async () => {
    const product = await publish(producer);
    await waitSearch(product.word, product.id, true);
    expect(await listed(producer.organizationId, product.id)).toBe(true);
    const { match } = await insertMatch(ctx.database, distributor, {
      id: product.id,
      producerOrgId: producer.organizationId,
    });
    const sample = await api('POST', '/sample-requests', distributor, {
      productId: product.id,
      quantity: 2,
      unit: 'kg',
      deliveryAddress: '5 Hai Bà Trưng, Hoàn Kiếm, Hà Nội',
    });
    expect(sample.statusCode, sample.body).toBe(201);

    const archived = await api(
      'DELETE',
      `/products/${product.id}?version=${product.version}`,
      producer,
    );
    expect(archived.statusCode, archived.body).toBe(200);

    await waitSearch(product.word, product.id, false);
    expect(await listed(producer.organizationId, product.id)).toBe(false);
    expect((await api('GET', `/products/${product.id}`)).statusCode).toBe(404);
    expect((await api('GET', `/products/${product.id}`, distributor)).statusCode).toBe(404);
    // Its owner and the centre still see it, as archived.
    expect((await api('GET', `/products/${product.id}`, producer)).json()).toMatchObject({
      status: 'archived',
    });
    expect((await api('GET', `/products/${product.id}`, coordinator)).statusCode).toBe(200);

    // History: the match and the sample request still exist and still read for their parties.
    expect(
      (await ctx.database.db.select().from(matches).where(eq(matches.id, match.id))).length,
    ).toBe(1);
    const matchRead = await api('GET', `/matches/${match.id}`, distributor);
    expect(matchRead.statusCode, matchRead.body).toBe(200);
    expect(matchRead.json()).toMatchObject({ product: { id: product.id } });
    expect((await api('GET', `/matches/${match.id}`, coordinator)).statusCode).toBe(200);
    const sampleId = sample.json().id as string;
    expect((await api('GET', `/sample-requests/${sampleId}`, producer)).statusCode).toBe(200);
    expect((await api('GET', `/sample-requests/${sampleId}`, distributor)).statusCode).toBe(200);
    expect(
      (await ctx.database.db.select().from(sampleRequests).where(eq(sampleRequests.id, sampleId)))
        .length,
    ).toBe(1);
    const actions = (
      await ctx.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, product.id))
        .orderBy(auditLog.id)
    ).map((r) => r.action);
    expect(actions).toEqual([
      'product.create',
      'product.submit',
      'product.approve',
      'product.archive',
    ]);
  });

  it('a producer whose verification is withdrawn: its products leave search and public reads, and come back on re-verification', async () => {
    const owner = await quickAccount(ctx.app, ctx.database, 'producer');
    await verifyOrganization(ctx.database, owner.organizationId);
    const product = await publish(owner);
    await waitSearch(product.word, product.id, true);

    const rejected = await api(
      'POST',
      `/review/organizations/${owner.organizationId}/reject`,
      coordinator,
      {
        reason: 'Giấy chứng nhận hết hiệu lực',
      },
    );
    expect(rejected.statusCode, rejected.body).toBe(200);
    await waitSearch(product.word, product.id, false);
    expect((await api('GET', `/products/${product.id}`)).statusCode).toBe(404);
    expect((await api('GET', `/products/${product.id}`, distributor)).statusCode).toBe(404);
    expect(await listed(owner.organizationId, product.id)).toBe(false);
    // The product itself is untouched: still published, visible to its owner.
    expect((await api('GET', `/products/${product.id}`, owner)).json()).toMatchObject({
      status: 'published',
    });

    const verified = await api(
      'POST',
      `/review/organizations/${owner.organizationId}/verify`,
      coordinator,
      {},
    );
    expect(verified.statusCode, verified.body).toBe(200);
    await waitSearch(product.word, product.id, true);
    expect((await api('GET', `/products/${product.id}`)).statusCode).toBe(200);
  });

  it('a disabled user: its tokens and password stop working; what it did stays, attributed to it', async () => {
    const { account: member } = await quickMember(
      ctx.app,
      ctx.database,
      distributor.organizationId,
      {
        role: 'distributor',
      },
    );
    const demand = await createDemand(ctx.app, member!);
    const disabled = await api('PATCH', `/admin/users/${member!.user.id}`, admin, {
      disabled: true,
    });
    expect(disabled.statusCode, disabled.body).toBe(200);

    expect((await api('GET', '/me', member)).statusCode).toBe(401);
    await expect(login(ctx.app, member!.email, PASSWORD)).rejects.toThrow(/login failed: 40[13]/);
    // The demand it created is still there for its organization, and its audit entries remain.
    const read = await api('GET', `/demands/${demand.id}`, distributor);
    expect(read.statusCode, read.body).toBe(200);
    const created = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, demand.id), eq(auditLog.action, 'demand.create')));
    expect(created).toHaveLength(1);
    expect(created[0]!.actorId).toBe(member!.user.id);
    // The admin list keeps the user, marked disabled.
    const everyone: { id: string; disabled: boolean }[] = [];
    for (let page = 1; ; page += 1) {
      const users = await api('GET', `/admin/users?page=${page}&limit=100`, admin);
      expect(users.statusCode, users.body).toBe(200);
      const { items } = users.json<{ items: { id: string; disabled: boolean }[] }>();
      everyone.push(...items);
      if (items.length < 100) {
        break;
      }
    }
    expect(everyone).toContainEqual(
      expect.objectContaining({ id: member!.user.id, disabled: true }),
    );
  });
});
