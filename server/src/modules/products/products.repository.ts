import { and, asc, count, desc, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { organizations, productImages, products } from '../../db/schema/index.ts';
import type { ProductStatus } from '@ketnoi/shared';

export type ProductRow = typeof products.$inferSelect;
export type NewProductRow = typeof products.$inferInsert;
export type ProductImageRow = typeof productImages.$inferSelect;
export type ProducerRow = Pick<
  typeof organizations.$inferSelect,
  'id' | 'legalName' | 'tradingName' | 'provinceCode' | 'verificationStatus'
>;
export type ProductWithProducer = { product: ProductRow; producer: ProducerRow };

const producerColumns = {
  id: organizations.id,
  legalName: organizations.legalName,
  tradingName: organizations.tradingName,
  provinceCode: organizations.provinceCode,
  verificationStatus: organizations.verificationStatus,
};

export async function findProductWithProducer(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProductWithProducer | undefined> {
  const query = db
    .select({ product: products, producer: producerColumns })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
    .where(eq(products.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: products }) : await query;
  return row;
}

export async function insertProduct(db: DbOrTx, values: NewProductRow): Promise<ProductRow> {
  const [row] = await db.insert(products).values(values).returning();
  return row!;
}

/** Applies the change only if `version` is still current; returns nothing when it was stale. */
export async function updateProductVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewProductRow>,
): Promise<ProductRow | undefined> {
  const [row] = await db
    .update(products)
    .set({ ...values, version: sql`${products.version} + 1` })
    .where(and(eq(products.id, id), eq(products.version, version)))
    .returning();
  return row;
}

/**
 * Lists products under a scope the caller cannot forget: `own` (one producer, every status),
 * `all` (staff) or `public` (approved, not archived, verified producer).
 */
export async function listProducts(
  db: DbOrTx,
  filter: {
    scope: 'own' | 'all' | 'public';
    producerOrgId?: string | undefined;
    status?: ProductStatus | undefined;
    page: number;
    limit: number;
  },
) {
  const conditions: SQL[] = [];
  if (filter.scope === 'public') {
    conditions.push(
      isNotNull(products.publicFacts),
      ne(products.status, 'archived'),
      eq(organizations.verificationStatus, 'verified'),
    );
  }
  if (filter.producerOrgId) {
    conditions.push(eq(products.producerOrgId, filter.producerOrgId));
  }
  if (filter.status) {
    conditions.push(eq(products.status, filter.status));
  }
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select({ product: products, producer: producerColumns })
      .from(products)
      .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
      .where(where)
      .orderBy(desc(products.updatedAt), desc(products.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db
      .select({ n: count() })
      .from(products)
      .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The review queue: first submitted, first reviewed. */
export async function listProductsForReview(
  db: DbOrTx,
  filter: { status: ProductStatus; page: number; limit: number },
) {
  const where = eq(products.status, filter.status);
  const [items, [total]] = await Promise.all([
    db
      .select({ product: products, producer: producerColumns })
      .from(products)
      .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
      .where(where)
      .orderBy(asc(products.submittedAt), asc(products.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(products).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function listImagesOf(db: DbOrTx, productIds: string[]): Promise<ProductImageRow[]> {
  if (productIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(productImages)
    .where(inArray(productImages.productId, productIds))
    .orderBy(asc(productImages.position));
}
