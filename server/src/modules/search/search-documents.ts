import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import {
  categoryByCode,
  ocopGroupByCode,
  provinceAliases,
  provinceByCode,
  toVnd,
} from '@ketnoi/shared/reference';
import type { DbOrTx } from '../../db/client.ts';
import { organizations, productImages, products } from '../../db/schema/index.ts';
import { listCountingSchemes } from '../certificates/certificates.repository.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import { imageWidths, mediaUrl } from '../products/products.dto.ts';
import type { ProductSearchDocument } from './search-engine.ts';

/**
 * Builds the search documents of the given products from their approved facts. Products that
 * are not public (any more) come back in `removed`, so the caller deletes them from the index.
 */
export async function loadSearchDocuments(
  db: DbOrTx,
  productIds: string[],
): Promise<{ documents: ProductSearchDocument[]; removed: string[] }> {
  if (productIds.length === 0) {
    return { documents: [], removed: [] };
  }
  const rows = await db
    .select({
      id: products.id,
      facts: products.publicFacts,
      publishedAt: products.publishedAt,
      version: products.version,
      producerId: organizations.id,
      producerName: organizations.tradingName,
      producerLegalName: organizations.legalName,
    })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
    .where(
      and(
        inArray(products.id, productIds),
        isNotNull(products.publicFacts),
        ne(products.status, 'archived'),
        eq(organizations.verificationStatus, 'verified'),
      ),
    );
  const publicIds = rows.map((r) => r.id);
  const [schemes, covers] = await Promise.all([
    listCountingSchemes(
      db,
      rows.map((r) => ({ productId: r.id, organizationId: r.producerId })),
      todayInVietnam(),
    ),
    publicIds.length === 0
      ? []
      : db
          .select({ productId: productImages.productId, storageKey: productImages.storageKey })
          .from(productImages)
          .where(and(inArray(productImages.productId, publicIds), eq(productImages.position, 0))),
  ]);
  const coverOf = new Map(
    covers.map((c) => [c.productId, mediaUrl(c.storageKey, imageWidths.small)]),
  );
  const documents = rows.map((row): ProductSearchDocument => {
    const facts = row.facts!;
    const group = ocopGroupByCode(facts.ocopGroup);
    const category = categoryByCode(facts.category);
    const province = provinceByCode(facts.province);
    return {
      id: row.id,
      nameVi: facts.nameVi,
      nameEn: facts.nameEn,
      descriptionVi: facts.descriptionVi,
      descriptionEn: facts.descriptionEn,
      producerId: row.producerId,
      producerName: row.producerName ?? row.producerLegalName,
      ocopGroup: facts.ocopGroup,
      ocopGroupNames: group ? [group.vi, group.en] : [],
      category: facts.category,
      categoryNames: category ? [category.vi, category.en] : [],
      ocopStars: facts.ocopStars,
      province: facts.province,
      provinceNames: province ? [...provinceAliases(province.code)] : [],
      region: facts.region,
      certifications: schemes.get(row.id) ?? [],
      storage: facts.storage,
      exportedTo: facts.exportedTo,
      unit: facts.unit,
      moq: facts.moq,
      priceMin: facts.priceMin,
      priceMax: facts.priceMax,
      currency: facts.currency,
      priceMinVnd: facts.priceMin === null ? null : toVnd(facts.priceMin, facts.currency),
      priceMaxVnd: facts.priceMax === null ? null : toVnd(facts.priceMax, facts.currency),
      coverImage: coverOf.get(row.id) ?? null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      version: row.version,
    };
  });
  const found = new Set(publicIds);
  return { documents, removed: productIds.filter((id) => !found.has(id)) };
}
