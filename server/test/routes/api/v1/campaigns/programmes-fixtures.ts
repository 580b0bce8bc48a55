import { eq } from 'drizzle-orm';
import type { Database } from '../../../../../src/db/client.ts';
import { certificates, products } from '../../../../../src/db/schema/index.ts';
import { productFacts } from '../../../../../src/modules/products/products.input.ts';
import type { NewProductRow } from '../../../../../src/modules/products/products.repository.ts';

/**
 * Fixtures for the market-guide and campaign tests, written straight to the database: the
 * product routes themselves are tested elsewhere, and screening needs dozens of products.
 */

/** A product with an approved (public) version, as review approval leaves it. */
export async function insertPublishedProduct(
  database: Database,
  producerOrgId: string,
  overrides: Partial<NewProductRow> = {},
) {
  const values: NewProductRow = {
    producerOrgId,
    status: 'published',
    nameVi: 'Cà phê Robusta rang xay',
    descriptionVi: 'Cà phê Robusta Buôn Ma Thuột rang mộc.',
    ocopGroup: 'beverage',
    category: 'coffee',
    provinceCode: 'dak-lak',
    unit: 'kg',
    moq: 100,
    shelfLifeDays: 365,
    publishedAt: new Date(),
    ...overrides,
  };
  const [row] = await database.db.insert(products).values(values).returning();
  const [published] = await database.db
    .update(products)
    .set({ publicFacts: productFacts(row!) })
    .where(eq(products.id, row!.id))
    .returning();
  return published!;
}

/** A draft (never approved) product. */
export async function insertDraftProduct(
  database: Database,
  producerOrgId: string,
  overrides: Partial<NewProductRow> = {},
) {
  const [row] = await database.db
    .insert(products)
    .values({
      producerOrgId,
      status: 'draft',
      nameVi: 'Nước mắm cốt nhĩ',
      descriptionVi: 'Nước mắm cá cơm ủ chượp 12 tháng.',
      ocopGroup: 'food',
      category: 'fish-sauce',
      provinceCode: 'an-giang',
      unit: 'bottle',
      moq: 200,
      shelfLifeDays: 730,
      ...overrides,
    })
    .returning();
  return row!;
}

/** A certificate; verified unless told otherwise, valid for a year unless `expiresOn` says. */
export async function insertCertificate(
  database: Database,
  values: {
    organizationId: string;
    productId?: string | null;
    scheme: string;
    verified?: boolean;
    expiresOn?: string | null;
    verifiedBy: string;
  },
) {
  const verified = values.verified ?? true;
  const [row] = await database.db
    .insert(certificates)
    .values({
      organizationId: values.organizationId,
      productId: values.productId ?? null,
      scheme: values.scheme,
      issuer: 'QUACERT',
      number: `${values.scheme.toUpperCase()}-${Math.floor(Math.random() * 1e6)}`,
      issuedOn: '2024-01-15',
      expiresOn: values.expiresOn === undefined ? '2099-12-31' : values.expiresOn,
      verifiedAt: verified ? new Date() : null,
      verifiedBy: verified ? values.verifiedBy : null,
    })
    .returning();
  return row!;
}
