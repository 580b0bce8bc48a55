import { eq } from 'drizzle-orm';
import {
  defaultDistributorRequirements,
  type DistributorRequirements,
  type RetailReadiness,
} from '@ketnoi/shared';
import type { Db } from '../../../src/db/client.ts';
import { certificates, demands, organizations, products } from '../../../src/db/schema/index.ts';
import { productFacts } from '../../../src/modules/products/products.input.ts';
import type { SearchEngine } from '../../../src/modules/search/search-engine.ts';
import { syncProducts } from '../../../src/modules/search/search-sync.ts';
import { quickAccount } from '../../helpers/quick-accounts.ts';
import type { TestContext } from '../../helpers/test-app.ts';

export const readyForRetail: RetailReadiness = {
  canIssueVatInvoice: true,
  hasGs1Barcode: true,
  hasTraceabilityStamp: true,
  maxPaymentDays: 60,
  acceptsConsignment: true,
  promotionBudgetPercent: 10,
};

/** A verified producer organization with its retail readiness. */
export async function producerOrg(
  ctx: TestContext,
  provinceCode: string,
  readiness: RetailReadiness | null = readyForRetail,
): Promise<string> {
  const account = await quickAccount(ctx.app, ctx.database, 'producer', { provinceCode });
  await ctx.database.db
    .update(organizations)
    .set({ verificationStatus: 'verified', verifiedAt: new Date(), retailReadiness: readiness })
    .where(eq(organizations.id, account.organizationId));
  return account.organizationId;
}

/** A verified distributor with its standing requirements; returns its org and user ids. */
export async function distributorOrg(
  ctx: TestContext,
  requirements: Partial<DistributorRequirements> = {},
): Promise<{ orgId: string; userId: string }> {
  const account = await quickAccount(ctx.app, ctx.database, 'distributor');
  await ctx.database.db
    .update(organizations)
    .set({
      verificationStatus: 'verified',
      verifiedAt: new Date(),
      requirements: { ...defaultDistributorRequirements, ...requirements },
    })
    .where(eq(organizations.id, account.organizationId));
  return { orgId: account.organizationId, userId: account.user.id };
}

export type ProductSpec = Partial<typeof products.$inferInsert> & {
  nameVi: string;
  category: string;
  ocopGroup: string;
  provinceCode: string;
};

/** A published product whose approved facts are its columns (as approval freezes them). */
export async function publicProduct(db: Db, producerOrgId: string, spec: ProductSpec) {
  const [row] = await db
    .insert(products)
    .values({
      producerOrgId,
      descriptionVi: `${spec.nameVi}, sản xuất theo quy trình của hợp tác xã.`,
      unit: 'kg',
      moq: 10,
      monthlyCapacity: 1000,
      status: 'published',
      publishedAt: new Date(),
      ...spec,
    })
    .returning();
  const [published] = await db
    .update(products)
    .set({ publicFacts: productFacts(row!) })
    .where(eq(products.id, row!.id))
    .returning();
  return published!;
}

/** A verified certificate of a product (or, with `productId` null, of the whole producer). */
export async function certificate(
  db: Db,
  verifiedBy: string,
  organizationId: string,
  productId: string | null,
  scheme: string,
  expiresOn: string | null = '2099-12-31',
) {
  await db.insert(certificates).values({
    organizationId,
    productId,
    scheme,
    issuer: 'Cơ quan chứng nhận',
    number: `${scheme}-${Math.random().toString(36).slice(2, 8)}`,
    issuedOn: '2024-01-01',
    expiresOn,
    verifiedAt: new Date(),
    verifiedBy,
  });
}

export type DemandSpec = Partial<typeof demands.$inferInsert> & {
  title: string;
  quantityPerOrder: number;
};

export async function openDemand(
  db: Db,
  distributor: { orgId: string; userId: string },
  spec: DemandSpec,
) {
  const [row] = await db
    .insert(demands)
    .values({
      distributorOrgId: distributor.orgId,
      createdBy: distributor.userId,
      status: 'open',
      openedAt: new Date(),
      unit: 'kg',
      ...spec,
    })
    .returning();
  return row!;
}

/** Puts products into the search engine as the search-sync job would. */
export async function indexProducts(db: Db, engine: SearchEngine, ids: string[]) {
  await syncProducts(db, engine, ids);
}
