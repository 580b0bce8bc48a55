import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { MAX_SAVED_SEARCHES, type SavedSearch, type SavedSearchList } from '@ketnoi/shared';
import { savedSearches } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import { authHeader, type Account } from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';

/** Saved catalogue searches: each person keeps their own, nobody else sees or deletes them. */
let ctx: TestContext;
let distributor: Account;
let otherDistributor: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  [distributor, otherDistributor] = await Promise.all([
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
});
afterAll(async () => ctx?.close());

const save = (account: Account, payload: object) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/saved-searches',
    headers: authHeader(account.accessToken),
    payload,
  });
const list = async (account: Account) =>
  (
    await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/saved-searches',
      headers: authHeader(account.accessToken),
    })
  ).json<SavedSearchList>();
const remove = (account: Account, id: string) =>
  ctx.app.inject({
    method: 'DELETE',
    url: `/api/v1/saved-searches/${id}`,
    headers: authHeader(account.accessToken),
  });
const rowsOf = (account: Account) =>
  ctx.database.db.select().from(savedSearches).where(eq(savedSearches.userId, account.user.id));

const teaFilters = {
  q: 'che thai nguyen',
  group: 'beverage',
  minStars: 4,
  certifications: ['vietgap'],
};

describe('saved searches', () => {
  it('keeps the filters a person saves and lists only their own, newest first', async () => {
    const first = await save(distributor, { name: 'Chè Thái 4 sao', filters: teaFilters });
    expect(first.statusCode).toBe(201);
    const saved = first.json<SavedSearch>();
    expect(saved).toMatchObject({ name: 'Chè Thái 4 sao', filters: teaFilters });
    await save(distributor, { name: 'Nước mắm', filters: { q: 'nuoc mam', sort: 'stars' } });

    expect((await list(distributor)).items.map((s) => s.name)).toEqual([
      'Nước mắm',
      'Chè Thái 4 sao',
    ]);
    expect((await list(otherDistributor)).items).toEqual([]);
  });

  it('refuses a second search of the same name in any case, and filters the search API would refuse', async () => {
    const again = await save(distributor, { name: '  chè thái 4 SAO ', filters: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'SAVED_SEARCH_NAME_TAKEN',
      errors: [{ path: '/body/name' }],
    });

    for (const filters of [{ minStars: 2 }, { group: 'weapons' }, { page: 2 }, { userId: 'x' }]) {
      const bad = await save(distributor, { name: `bad ${JSON.stringify(filters)}`, filters });
      expect(bad.statusCode, JSON.stringify(filters)).toBe(400);
      expect(bad.json().code).toBe('VALIDATION_FAILED');
    }
    const blank = await save(distributor, { name: '   ', filters: {} });
    expect(blank.statusCode).toBe(400);
    expect((await rowsOf(distributor)).length).toBe(2);
  });

  it('lets only its owner delete a search; anyone else gets the same 404 as a missing one', async () => {
    const [mine] = (await list(distributor)).items;
    const byOther = await remove(otherDistributor, mine!.id);
    const missing = await remove(otherDistributor, '01900000-0000-7000-8000-000000000000');
    expect(byOther.statusCode).toBe(404);
    expect(byOther.json().code).toBe(missing.json().code);
    expect((await rowsOf(distributor)).length).toBe(2);

    expect((await remove(distributor, mine!.id)).statusCode).toBe(204);
    expect((await list(distributor)).items.map((s) => s.id)).not.toContain(mine!.id);
  });

  it(`stops at ${MAX_SAVED_SEARCHES} per person, even when saved all at once`, async () => {
    const account = await quickAccount(ctx.app, ctx.database, 'producer');
    const responses = await Promise.all(
      Array.from({ length: MAX_SAVED_SEARCHES + 5 }, (_, i) =>
        save(account, { name: `search ${i}`, filters: { q: `word${i}` } }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(MAX_SAVED_SEARCHES);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe(
      'SAVED_SEARCH_LIMIT_REACHED',
    );
    expect((await rowsOf(account)).length).toBe(MAX_SAVED_SEARCHES);
  });

  it('asks who is asking', async () => {
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/v1/saved-searches' });
    expect(anonymous.statusCode).toBe(401);
  });
});
