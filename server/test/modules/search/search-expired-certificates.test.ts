import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { certificates, outbox, products } from '../../../src/db/schema/index.ts';
import {
  addDays,
  todayInVietnam,
} from '../../../src/modules/certificates/certificates.validity.ts';
import { refreshSearchForExpiredCertificates } from '../../../src/modules/search/search-expired-certificates.ts';
import { createTestContext, type TestContext } from '../../helpers/test-app.ts';
import { createStaff, register } from '../../helpers/fixtures.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('refreshSearchForExpiredCertificates', () => {
  it('queues the products of certificates that stopped counting, once a day', async () => {
    const producer = await register(ctx.app, 'producer');
    const db = ctx.database.db;
    const [product] = await db
      .insert(products)
      .values({
        producerOrgId: producer.organizationId,
        nameVi: 'Nước mắm',
        descriptionVi: 'x',
        ocopGroup: 'food',
        category: 'seasonings',
        provinceCode: 'an-giang',
        unit: 'l',
        moq: 1,
        publicFacts: null,
      })
      .returning();
    const coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
    const today = todayInVietnam();
    await db.insert(certificates).values({
      organizationId: producer.organizationId,
      productId: product!.id,
      scheme: 'haccp',
      issuer: 'Quacert',
      number: 'H-1',
      issuedOn: addDays(today, -400),
      expiresOn: addDays(today, -1),
      verifiedAt: new Date(),
      verifiedBy: coordinator.user.id,
    });
    expect(await refreshSearchForExpiredCertificates(db)).toBe(1);
    await refreshSearchForExpiredCertificates(db);
    const rows = await db.select().from(outbox).where(eq(outbox.topic, 'search.product'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual({ productIds: [product!.id] });
  });
});
