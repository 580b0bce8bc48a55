import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Session } from '@ketnoi/shared';
import { categoryByCode, ocopGroupCodes, resolveProvince } from '@ketnoi/shared/reference';
import { organizations, products, users } from '../../src/db/schema/index.ts';
import { catalogueProducers, producerTaxCode } from '../../src/db/seed/demo-catalogue.ts';
import {
  DEMO_PASSWORD,
  demoAccounts,
  demoOrganizations,
  seedDemo,
} from '../../src/db/seed/demo.ts';
import { productFacts } from '../../src/modules/products/products.input.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});

afterAll(async () => {
  await ctx?.close();
});

async function tableCounts() {
  const { db } = ctx.database;
  const [orgs] = await db.select({ n: count() }).from(organizations);
  const [rows] = await db.select({ n: count() }).from(products);
  const [accounts] = await db.select({ n: count() }).from(users);
  return { organizations: orgs!.n, products: rows!.n, users: accounts!.n };
}

/** Vietnamese letters outside ASCII: ă â đ ê ô ơ ư and the five tone marks on any vowel. */
const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('demo seed', () => {
  it('seeds the catalogue once; a second run creates nothing', async () => {
    const started = performance.now();
    const first = await seedDemo(ctx.database.db);
    const firstMs = performance.now() - started;
    const after = await tableCounts();
    expect(first.products).toBeGreaterThanOrEqual(300);
    expect(first.accounts).toBe(demoAccounts.length);

    const second = await seedDemo(ctx.database.db);
    expect(second).toEqual({ organizations: 0, accounts: 0, products: 0 });
    expect(await tableCounts()).toEqual(after);
    // `npm run db:seed` runs on every `npm run up`: it must stay quick.
    expect(firstMs).toBeLessThan(10_000);
  });

  it('spans ≥ 25 provinces, all six OCOP groups and ≥ 60 producers, verified and pending', async () => {
    const { db } = ctx.database;
    const rows = await db.select().from(products);
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((r) => r.provinceCode)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(rows.map((r) => r.ocopGroup))).toEqual(new Set(ocopGroupCodes));

    const orgs = await db.select().from(organizations);
    const producers = orgs.filter((o) => o.kind === 'producer');
    const distributors = orgs.filter((o) => o.kind === 'distributor');
    expect(producers.length).toBeGreaterThanOrEqual(60);
    expect(distributors.length).toBeGreaterThanOrEqual(15);
    for (const group of [producers, distributors]) {
      expect(group.some((o) => o.verificationStatus === 'verified')).toBe(true);
      expect(group.some((o) => o.verificationStatus === 'pending')).toBe(true);
    }
    expect(new Set(distributors.map((d) => d.country)).size).toBeGreaterThanOrEqual(6);
    const catalogueNames = new Set(catalogueProducers.map((p) => p.legalName));
    const catalogue = producers.filter((p) => catalogueNames.has(p.legalName));
    expect(catalogue).toHaveLength(catalogueProducers.length);
    for (const p of catalogue) {
      expect(p.retailReadiness, p.legalName).not.toBeNull();
      expect(p.legalForm, p.legalName).not.toBeNull();
      expect(p.address, p.legalName).toMatch(/(xã|phường|đặc khu) .+, (tỉnh|thành phố|Thành phố) /);
    }
    expect(new Set(rows.map((r) => r.producerOrgId)).size).toBeGreaterThanOrEqual(60);
  });

  it('stores only consistent facts: category in group, legacy province merged into the province, public facts', async () => {
    const rows = await ctx.database.db.select().from(products);
    const statuses = new Map<string, number>();
    for (const row of rows) {
      statuses.set(row.status, (statuses.get(row.status) ?? 0) + 1);
      expect(categoryByCode(row.category)?.group, row.nameVi).toBe(row.ocopGroup);
      if (row.originLegacyProvince !== null) {
        const match = resolveProvince(row.originLegacyProvince);
        expect(match?.province.code, row.nameVi).toBe(row.provinceCode);
        expect(match?.matchedAlias, row.nameVi).toBe(row.originLegacyProvince);
      }
      expect(row.nameVi, row.nameVi).toMatch(vietnamese);
      expect(
        row.descriptionVi.split(/[.!?](?:\s|$)/).filter(Boolean).length,
        row.nameVi,
      ).toBeGreaterThanOrEqual(2);
      expect(row.priceMin!, row.nameVi).toBeLessThanOrEqual(row.priceMax!);
      expect(row.currency).toBe('VND');
      if (row.status === 'published') {
        expect(row.publicFacts, row.nameVi).toEqual(productFacts(row));
        expect(row.publishedAt, row.nameVi).not.toBeNull();
      } else {
        expect(row.publicFacts, row.nameVi).toBeNull();
      }
      if (row.status === 'rejected') {
        expect(row.reviewNote, row.nameVi).toBeTruthy();
      }
      if (row.status === 'pending_review') {
        expect(row.submittedAt, row.nameVi).not.toBeNull();
      }
    }
    expect(statuses.get('published')! / rows.length).toBeGreaterThan(0.6);
    for (const status of ['pending_review', 'draft', 'rejected']) {
      expect(statuses.get(status) ?? 0, status).toBeGreaterThan(0);
    }
    expect(
      rows.some((r) => r.originLegacyProvince === 'Bắc Giang' && r.provinceCode === 'bac-ninh'),
    ).toBe(true);
    expect(rows.some((r) => r.exportedTo.length > 0)).toBe(true);
    expect(rows.some((r) => r.ocopStars === null) && rows.some((r) => r.ocopStars === 5)).toBe(
      true,
    );
  });

  it('gives the demo accounts’ producers products and keeps the catalogue keyed by tax code', async () => {
    const { db } = ctx.database;
    for (const org of demoOrganizations.filter((o) => o.kind === 'producer')) {
      const [row] = await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.legalName, org.legalName));
      const [owned] = await db
        .select({ n: count() })
        .from(products)
        .where(eq(products.producerOrgId, row!.id));
      expect(owned!.n, org.key).toBeGreaterThanOrEqual(2);
    }
    const [first] = await db
      .select()
      .from(organizations)
      .where(eq(organizations.taxCode, producerTaxCode(0)));
    expect(first?.legalName).toBe(catalogueProducers[0]!.legalName);
  });

  it('lets every demo account log in with the demo password', async () => {
    for (const account of demoAccounts) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: account.email, password: DEMO_PASSWORD },
      });
      expect(response.statusCode, account.email).toBe(200);
      expect(response.json<Session>().user.role, account.email).toBe(account.role);
    }
  });
});
