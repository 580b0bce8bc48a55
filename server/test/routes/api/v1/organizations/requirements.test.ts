import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { defaultDistributorRequirements, type Organization } from '@ketnoi/shared';
import { organizations } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  uniqueEmail,
  uniqueTaxCode,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import { createDemand } from '../demands/demand-fixtures.ts';

/** Distributors keep standing requirements on their profile; demands inherit them. */
let ctx: TestContext;
let distributor: Account;
let producer: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  [distributor, producer] = await Promise.all([
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer'),
  ]);
  await verifyOrganization(ctx.database, distributor.organizationId);
});
afterAll(async () => ctx?.close());

const get = (id: string, account: Account) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/organizations/${id}`,
    headers: authHeader(account.accessToken),
  });
const patch = (id: string, account: Account, payload: object) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/organizations/${id}`,
    headers: authHeader(account.accessToken),
    payload,
  });
const versionOf = async (id: string) =>
  (await ctx.database.db.select().from(organizations).where(eq(organizations.id, id)))[0]!.version;

const supermarketTerms = {
  requiresVatInvoice: true,
  requiresGs1Barcode: true,
  paymentDays: 30,
  listingFee: true,
  minRemainingShelfLifePercent: 70,
};

describe('distributor requirements', () => {
  it('shows the defaults until set, then what the distributor saved (defaults fill the rest)', async () => {
    const fresh = (await get(distributor.organizationId, distributor)).json<Organization>();
    expect(fresh.requirements).toEqual(defaultDistributorRequirements);
    const response = await patch(distributor.organizationId, distributor, {
      version: await versionOf(distributor.organizationId),
      requirements: supermarketTerms,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().requirements).toEqual({
      ...defaultDistributorRequirements,
      ...supermarketTerms,
    });
    // Public terms: a producer sees them on the distributor's page.
    const seen = (await get(distributor.organizationId, producer)).json<Organization>();
    expect(seen.requirements).toMatchObject(supermarketTerms);
  });

  it('flows into the effective requirements of its demands', async () => {
    const demand = await createDemand(ctx.app, distributor, {
      requirements: { paymentDays: 45, labelLanguages: ['vi'] },
    });
    expect(demand.effectiveRequirements).toMatchObject({
      requiresVatInvoice: true,
      requiresGs1Barcode: true,
      paymentDays: 45,
      minRemainingShelfLifePercent: 70,
      labelLanguages: ['vi'],
    });
  });

  it('refuses requirements from a producer with 400 naming the field, and changes nothing', async () => {
    const version = await versionOf(producer.organizationId);
    const response = await patch(producer.organizationId, producer, {
      version,
      requirements: supermarketTerms,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/requirements' }],
    });
    expect(await versionOf(producer.organizationId)).toBe(version);
    expect((await get(producer.organizationId, producer)).json().requirements).toBeNull();
  });

  it('validates the values', async () => {
    const response = await patch(distributor.organizationId, distributor, {
      version: await versionOf(distributor.organizationId),
      requirements: { paymentDays: 400, labelLanguages: ['Japanese'] },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/requirements/paymentDays', '/requirements/labelLanguages/0']),
    );
  });

  it('may be given at registration by a distributor', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        email: uniqueEmail('importer'),
        password: 'Mật-khẩu-đủ-dài-2026',
        name: 'Tanaka',
        role: 'distributor',
        organization: {
          legalName: 'Tanaka Trading KK',
          taxCode: uniqueTaxCode(),
          province: 'Hồ Chí Minh',
          country: 'JP',
          channel: 'importer-wholesaler',
          requirements: { labelLanguages: ['ja', 'en'], minRemainingShelfLifePercent: 60 },
        },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: authHeader(response.json().accessToken as string),
    });
    expect((me.json().organization as Organization).requirements).toMatchObject({
      labelLanguages: ['ja', 'en'],
      minRemainingShelfLifePercent: 60,
    });
  });
});
