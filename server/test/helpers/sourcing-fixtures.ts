import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { MatchBreakdown, MatchStatus } from '@ketnoi/shared';
import type { Database } from '../../src/db/client.ts';
import { demands, matches, products } from '../../src/db/schema/index.ts';
import { productFacts } from '../../src/modules/products/products.input.ts';
import type { Account } from './fixtures.ts';

/**
 * Sourcing rows written straight to the database, so sample, quote and reminder tests depend
 * neither on the matching engine nor on the approval routes.
 */
export async function insertProduct(
  database: Database,
  producerOrgId: string,
  options: { published?: boolean; nameVi?: string; nameEn?: string | null } = {},
) {
  const published = options.published ?? true;
  const [row] = await database.db
    .insert(products)
    .values({
      producerOrgId,
      status: published ? 'published' : 'draft',
      nameVi: options.nameVi ?? `Mật ong bạc hà ${randomBytes(2).toString('hex')}`,
      nameEn: options.nameEn === undefined ? 'Mint honey' : options.nameEn,
      descriptionVi: 'Mật ong cao nguyên đá Đồng Văn.',
      ocopGroup: 'food',
      category: 'honey',
      provinceCode: 'tuyen-quang',
      unit: 'jar',
      moq: 50,
      publishedAt: published ? new Date() : null,
    })
    .returning();
  if (!published) {
    return row!;
  }
  const [publishedRow] = await database.db
    .update(products)
    .set({ publicFacts: productFacts(row!) })
    .where(eq(products.id, row!.id))
    .returning();
  return publishedRow!;
}

export const breakdownFixture: MatchBreakdown = {
  score: 72,
  features: [
    { key: 'categoryFit', value: 1, weight: 2, points: 40 },
    { key: 'termsFit', value: 0.8, weight: 2, points: 32 },
  ],
  gaps: [],
  demandVersion: 1,
  productVersion: 1,
};

/** A demand of the distributor and a match of it with the product, in the given status. */
export async function insertMatch(
  database: Database,
  distributor: Account,
  product: { id: string; producerOrgId: string },
  options: { status?: MatchStatus; introducedAt?: Date | null } = {},
) {
  const status = options.status ?? 'introduced';
  const [demand] = await database.db
    .insert(demands)
    .values({
      distributorOrgId: distributor.organizationId,
      createdBy: distributor.user.id,
      title: `Tìm mật ong cho chuỗi siêu thị ${randomBytes(2).toString('hex')}`,
      status: 'open',
      quantityPerOrder: 500,
      unit: 'jar',
    })
    .returning();
  const [match] = await database.db
    .insert(matches)
    .values({
      demandId: demand!.id,
      productId: product.id,
      distributorOrgId: distributor.organizationId,
      producerOrgId: product.producerOrgId,
      status,
      score: breakdownFixture.score,
      breakdown: breakdownFixture,
      introducedAt:
        options.introducedAt !== undefined
          ? options.introducedAt
          : ['proposed', 'approved', 'rejected'].includes(status)
            ? null
            : new Date(),
    })
    .returning();
  return { demand: demand!, match: match! };
}
