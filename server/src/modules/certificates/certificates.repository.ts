import {
  and,
  asc,
  count,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { certificates, organizations, outbox, products } from '../../db/schema/index.ts';
import type { OutboxTopic, TopicPayloads } from '../../jobs/queues.ts';

export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificateRow = typeof certificates.$inferInsert;

export async function insertCertificate(
  db: DbOrTx,
  values: NewCertificateRow,
): Promise<CertificateRow> {
  const [row] = await db.insert(certificates).values(values).returning();
  return row!;
}

export async function findCertificateById(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CertificateRow | undefined> {
  const query = db.select().from(certificates).where(eq(certificates.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Applies the change only if `version` is still current; returns nothing when it was stale. */
export async function updateCertificateVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewCertificateRow>,
): Promise<CertificateRow | undefined> {
  const [row] = await db
    .update(certificates)
    .set({ ...values, version: sql`${certificates.version} + 1` })
    .where(and(eq(certificates.id, id), eq(certificates.version, version)))
    .returning();
  return row;
}

export async function deleteCertificateVersioned(
  db: DbOrTx,
  id: string,
  version: number,
): Promise<CertificateRow | undefined> {
  const [row] = await db
    .delete(certificates)
    .where(and(eq(certificates.id, id), eq(certificates.version, version)))
    .returning();
  return row;
}

/**
 * The one predicate for "this certificate counts today" in SQL, the twin of
 * `isCertificateValid`: search indexing and matching use it too.
 */
export function certificateCountsOn(today: string): SQL {
  return and(
    isNotNull(certificates.verifiedAt),
    or(isNull(certificates.expiresOn), gte(certificates.expiresOn, today)),
  )!;
}

/**
 * What someone who is neither the owner nor staff may see: certificates that count today, of
 * a verified producer, and — for product-level ones — of a product that is public.
 */
function publiclyVisible(today: string): SQL {
  return and(
    certificateCountsOn(today),
    eq(organizations.verificationStatus, 'verified'),
    or(
      isNull(certificates.productId),
      and(isNotNull(products.publicFacts), ne(products.status, 'archived')),
    ),
  )!;
}

/**
 * Lists certificates under a scope the caller cannot forget: `all` (the owner or staff) or
 * `public`. `appliesToProduct` selects what counts for a product: its own certificates and its
 * producer's producer-level ones.
 */
export async function listCertificates(
  db: DbOrTx,
  filter: {
    scope: 'all' | 'public';
    today: string;
    organizationId?: string | undefined;
    appliesToProduct?: { productId: string; organizationId: string } | undefined;
    verified?: boolean | undefined;
    page: number;
    limit: number;
  },
) {
  const conditions: SQL[] = [];
  if (filter.scope === 'public') {
    conditions.push(publiclyVisible(filter.today));
  }
  if (filter.organizationId) {
    conditions.push(eq(certificates.organizationId, filter.organizationId));
  }
  if (filter.appliesToProduct) {
    const { productId, organizationId } = filter.appliesToProduct;
    conditions.push(
      or(
        eq(certificates.productId, productId),
        and(isNull(certificates.productId), eq(certificates.organizationId, organizationId)),
      )!,
    );
  }
  if (filter.verified !== undefined) {
    conditions.push(
      filter.verified ? isNotNull(certificates.verifiedAt) : isNull(certificates.verifiedAt),
    );
  }
  const where = and(...conditions);
  const from = () =>
    db
      .select({ certificate: certificates })
      .from(certificates)
      .innerJoin(organizations, eq(organizations.id, certificates.organizationId))
      .leftJoin(products, eq(products.id, certificates.productId));
  const [items, [total]] = await Promise.all([
    from()
      .where(where)
      // Producer-level first, then oldest first (a verification queue is first come, first served).
      .orderBy(
        sql`${certificates.productId} is not null`,
        asc(certificates.createdAt),
        asc(certificates.id),
      )
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db
      .select({ n: count() })
      .from(certificates)
      .innerJoin(organizations, eq(organizations.id, certificates.organizationId))
      .leftJoin(products, eq(products.id, certificates.productId))
      .where(where),
  ]);
  return { items: items.map((r) => r.certificate), total: total?.n ?? 0 };
}

/**
 * Scheme codes that count today for each product: its own certificates plus its producer's
 * producer-level ones. `products` pairs each product with its producer.
 */
export async function listCountingSchemes(
  db: DbOrTx,
  items: { productId: string; organizationId: string }[],
  today: string,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(items.map((i) => [i.productId, []]));
  if (items.length === 0) {
    return result;
  }
  const productIds = [...new Set(items.map((i) => i.productId))];
  const organizationIds = [...new Set(items.map((i) => i.organizationId))];
  const rows = await db
    .selectDistinct({
      scheme: certificates.scheme,
      productId: certificates.productId,
      organizationId: certificates.organizationId,
    })
    .from(certificates)
    .where(
      and(
        certificateCountsOn(today),
        or(
          inArray(certificates.productId, productIds),
          and(
            isNull(certificates.productId),
            inArray(certificates.organizationId, organizationIds),
          ),
        ),
      ),
    );
  for (const item of items) {
    const schemes = rows
      .filter(
        (r) =>
          r.productId === item.productId ||
          (r.productId === null && r.organizationId === item.organizationId),
      )
      .map((r) => r.scheme);
    result.set(item.productId, [...new Set(schemes)].sort());
  }
  return result;
}

/**
 * Certificates whose last valid day falls within [from, to], with what a reminder needs to say.
 * Certificates of archived products are left out: nobody sells those any more.
 */
export async function listCertificatesExpiringBetween(db: DbOrTx, from: string, to: string) {
  return db
    .select({ certificate: certificates, productName: products.nameVi })
    .from(certificates)
    .leftJoin(products, eq(products.id, certificates.productId))
    .where(
      and(
        isNotNull(certificates.expiresOn),
        gte(certificates.expiresOn, from),
        lte(certificates.expiresOn, to),
        or(isNull(certificates.productId), ne(products.status, 'archived')),
      ),
    )
    .orderBy(asc(certificates.expiresOn), asc(certificates.id));
}

/**
 * Like `addOutbox` with a dedupe key, but tells whether the row is new: false when a row with
 * this key already existed (committed, or being written by a concurrent transaction, which this
 * insert waits for). Whatever goes with the e-mail — the in-app notification — is written only
 * when this returns true, so "once" holds for both.
 */
export async function addOutboxOnce<T extends OutboxTopic>(
  db: DbOrTx,
  topic: T,
  payload: TopicPayloads[T],
  dedupeKey: string,
): Promise<boolean> {
  const inserted = await db
    .insert(outbox)
    .values({ topic, payload: payload as Record<string, unknown>, dedupeKey })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return inserted.length > 0;
}
