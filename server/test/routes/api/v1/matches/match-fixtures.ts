import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { MatchBreakdown, MatchStatus } from '@ketnoi/shared';
import type { Database } from '../../../../../src/db/client.ts';
import {
  auditLog,
  demands,
  matches,
  notifications,
  organizations,
  outbox,
  products,
} from '../../../../../src/db/schema/index.ts';
import { productFacts } from '../../../../../src/modules/products/products.input.ts';
import type { Account } from '../../../../helpers/fixtures.ts';

/**
 * Rows written straight to the database so the approval and pipeline tests depend on neither the
 * demands routes nor the matching engine.
 */
export const CONTACTS = {
  producer: {
    contactName: 'Nguyễn Thị Bình',
    contactEmail: 'binh@htx-mat-ong.vn',
    contactPhone: '+84 912 345 678',
  },
  distributor: {
    contactName: 'Trần Văn An',
    contactEmail: 'an.buyer@sieuthi.vn',
    contactPhone: '+84 28 3822 1234',
  },
};

export async function setContacts(
  database: Database,
  organizationId: string,
  contacts: (typeof CONTACTS)['producer'],
) {
  await database.db.update(organizations).set(contacts).where(eq(organizations.id, organizationId));
}

export async function insertPublishedProduct(
  database: Database,
  producerOrgId: string,
  options: { provinceCode?: string; nameVi?: string } = {},
) {
  const [row] = await database.db
    .insert(products)
    .values({
      producerOrgId,
      status: 'published',
      nameVi: options.nameVi ?? `Mật ong bạc hà ${randomBytes(2).toString('hex')}`,
      nameEn: 'Mint honey',
      descriptionVi: 'Mật ong cao nguyên đá Đồng Văn.',
      ocopGroup: 'food',
      category: 'honey',
      ocopStars: 4,
      provinceCode: options.provinceCode ?? 'tuyen-quang',
      unit: 'jar',
      moq: 50,
      monthlyCapacity: 5000,
      publishedAt: new Date(),
    })
    .returning();
  const [published] = await database.db
    .update(products)
    .set({ publicFacts: productFacts(row!) })
    .where(eq(products.id, row!.id))
    .returning();
  return published!;
}

export async function insertDemand(
  database: Database,
  distributor: Account,
  options: { destinationCountry?: string; status?: 'draft' | 'open' | 'closed' } = {},
) {
  const [row] = await database.db
    .insert(demands)
    .values({
      distributorOrgId: distributor.organizationId,
      createdBy: distributor.user.id,
      title: `Tìm mật ong cho chuỗi siêu thị ${randomBytes(2).toString('hex')}`,
      status: options.status ?? 'open',
      category: 'honey',
      quantityPerOrder: 500,
      quantityPerMonth: 1000,
      unit: 'jar',
      destinationCountry: options.destinationCountry ?? 'VN',
    })
    .returning();
  return row!;
}

export const breakdownOf = (score: number): MatchBreakdown => ({
  score,
  features: [
    { key: 'categoryFit', value: 1, weight: 2, points: score / 2 },
    { key: 'termsFit', value: 0.5, weight: 2, points: score / 2 },
  ],
  gaps: [
    {
      code: 'VAT_INVOICE',
      severity: 'warning',
      params: {},
      message: { vi: 'Cần hóa đơn VAT', en: 'Needs VAT invoices' },
    },
  ],
  demandVersion: 1,
  productVersion: 1,
});

export async function insertMatch(
  database: Database,
  demand: { id: string; distributorOrgId: string },
  product: { id: string; producerOrgId: string },
  options: { status?: MatchStatus; score?: number; poolId?: string } = {},
) {
  const score = options.score ?? 70;
  const status = options.status ?? 'proposed';
  const [row] = await database.db
    .insert(matches)
    .values({
      demandId: demand.id,
      productId: product.id,
      distributorOrgId: demand.distributorOrgId,
      producerOrgId: product.producerOrgId,
      status,
      score,
      breakdown: breakdownOf(score),
      poolId: options.poolId ?? null,
      introducedAt: ['proposed', 'approved', 'rejected'].includes(status) ? null : new Date(),
    })
    .returning();
  return row!;
}

export async function matchRow(database: Database, id: string) {
  const [row] = await database.db.select().from(matches).where(eq(matches.id, id));
  return row!;
}

export const auditOf = (database: Database, entityId: string) =>
  database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));

export const notificationsOf = (database: Database, userId: string) =>
  database.db.select().from(notifications).where(eq(notifications.userId, userId));

/** The `notify.email` outbox rows addressed to `email`. */
export async function mailsTo(database: Database, email: string) {
  const rows = await database.db.select().from(outbox).where(eq(outbox.topic, 'notify.email'));
  return rows.filter((r) => (r.payload as { to?: string }).to === email);
}
