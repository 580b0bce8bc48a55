import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { productImages } from '../../db/schema/index.ts';
import type { ProductImageRow } from './products.repository.ts';

export type NewProductImageRow = typeof productImages.$inferInsert;

export async function countImagesOf(db: DbOrTx, productId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(productImages)
    .where(eq(productImages.productId, productId));
  return row?.n ?? 0;
}

export async function insertProductImage(
  db: DbOrTx,
  values: NewProductImageRow,
): Promise<ProductImageRow> {
  const [row] = await db.insert(productImages).values(values).returning();
  return row!;
}

/** Deletes one image of one product (an image id of another product matches nothing). */
export async function deleteProductImage(
  db: DbOrTx,
  productId: string,
  imageId: string,
): Promise<ProductImageRow | undefined> {
  const [row] = await db
    .delete(productImages)
    .where(and(eq(productImages.productId, productId), eq(productImages.id, imageId)))
    .returning();
  return row;
}

/**
 * Sets `position` to each id's index in `orderedIds` (0 = cover) in one statement. The caller
 * has checked that the ids are exactly the product's images.
 */
export async function setImagePositions(
  db: DbOrTx,
  productId: string,
  orderedIds: string[],
): Promise<void> {
  if (orderedIds.length === 0) {
    return;
  }
  const cases = sql.join(
    orderedIds.map((id, position) => sql`when ${id}::uuid then ${position}::smallint`),
    sql` `,
  );
  await db
    .update(productImages)
    .set({ position: sql`case ${productImages.id} ${cases} end` })
    .where(and(eq(productImages.productId, productId), inArray(productImages.id, orderedIds)));
}
