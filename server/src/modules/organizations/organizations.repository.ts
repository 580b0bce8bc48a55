import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { matches, organizations } from '../../db/schema/index.ts';
import {
  introducedMatchStatuses,
  type OrganizationKind,
  type VerificationStatus,
} from '@ketnoi/shared';

export type OrganizationRow = typeof organizations.$inferSelect;
export type NewOrganizationRow = typeof organizations.$inferInsert;

export async function findOrganizationById(
  db: DbOrTx,
  id: string,
): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

/** Whether the centre has introduced the two organizations: a match between them from `introduced` on. */
export async function areIntroduced(db: DbOrTx, orgA: string, orgB: string): Promise<boolean> {
  const [row] = await db
    .select({ id: matches.id })
    .from(matches)
    .where(
      and(
        or(
          and(eq(matches.producerOrgId, orgA), eq(matches.distributorOrgId, orgB)),
          and(eq(matches.producerOrgId, orgB), eq(matches.distributorOrgId, orgA)),
        ),
        inArray(matches.status, [...introducedMatchStatuses]),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Locks the row for the rest of the transaction so concurrent reviews serialize. */
export async function findOrganizationForUpdate(
  db: DbOrTx,
  id: string,
): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).for('update');
  return row;
}

export async function findOrganizationByTaxCode(db: DbOrTx, taxCode: string) {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.taxCode, taxCode));
  return row;
}

export async function insertOrganization(
  db: DbOrTx,
  values: NewOrganizationRow,
): Promise<OrganizationRow> {
  const [row] = await db.insert(organizations).values(values).returning();
  return row!;
}

/** Applies the change only if `version` is still current; returns nothing when it was stale. */
export async function updateOrganizationVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewOrganizationRow>,
): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .update(organizations)
    .set({ ...values, version: sql`${organizations.version} + 1` })
    .where(and(eq(organizations.id, id), eq(organizations.version, version)))
    .returning();
  return row;
}

export async function listOrganizations(
  db: DbOrTx,
  filter: {
    status?: VerificationStatus | undefined;
    kind?: OrganizationKind | undefined;
    page: number;
    limit: number;
  },
) {
  const conditions: SQL[] = [];
  if (filter.status) {
    conditions.push(eq(organizations.verificationStatus, filter.status));
  }
  if (filter.kind) {
    conditions.push(eq(organizations.kind, filter.kind));
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(organizations)
      .where(where)
      // A review queue is first come, first served.
      .orderBy(asc(organizations.createdAt), asc(organizations.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(organizations).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
