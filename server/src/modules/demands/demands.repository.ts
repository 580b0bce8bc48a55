import { and, count, desc, eq, exists, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { introducedMatchStatuses, type DemandStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { demands, matches, organizations } from '../../db/schema/index.ts';

export type DemandRow = typeof demands.$inferSelect;
export type NewDemandRow = typeof demands.$inferInsert;
export type DistributorRow = Pick<
  typeof organizations.$inferSelect,
  'id' | 'legalName' | 'tradingName' | 'country' | 'verificationStatus' | 'requirements'
>;
export type DemandWithDistributor = { demand: DemandRow; distributor: DistributorRow };

const distributorColumns = {
  id: organizations.id,
  legalName: organizations.legalName,
  tradingName: organizations.tradingName,
  country: organizations.country,
  verificationStatus: organizations.verificationStatus,
  requirements: organizations.requirements,
};

/**
 * Who may see which demands, in one predicate a caller cannot forget: the distributor's own
 * (every status), staff (open and closed demands of verified distributors), a producer (demands
 * it was introduced to through a match).
 */
export type DemandScope =
  | { kind: 'own'; distributorOrgId: string }
  | { kind: 'staff' }
  | { kind: 'introduced'; producerOrgId: string };

function scopeCondition(db: DbOrTx, scope: DemandScope): SQL {
  switch (scope.kind) {
    case 'own':
      return eq(demands.distributorOrgId, scope.distributorOrgId);
    case 'staff':
      return and(ne(demands.status, 'draft'), eq(organizations.verificationStatus, 'verified'))!;
    case 'introduced':
      return exists(
        db
          .select({ one: sql`1` })
          .from(matches)
          .where(
            and(
              eq(matches.demandId, demands.id),
              eq(matches.producerOrgId, scope.producerOrgId),
              inArray(matches.status, [...introducedMatchStatuses]),
            ),
          ),
      );
  }
}

export async function findDemandWithDistributor(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DemandWithDistributor | undefined> {
  const query = db
    .select({ demand: demands, distributor: distributorColumns })
    .from(demands)
    .innerJoin(organizations, eq(organizations.id, demands.distributorOrgId))
    .where(eq(demands.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: demands }) : await query;
  return row;
}

/** Whether the demand falls inside the scope (the same predicate the list uses). */
export async function isDemandInScope(
  db: DbOrTx,
  id: string,
  scope: DemandScope,
): Promise<boolean> {
  const [row] = await db
    .select({ id: demands.id })
    .from(demands)
    .innerJoin(organizations, eq(organizations.id, demands.distributorOrgId))
    .where(and(eq(demands.id, id), scopeCondition(db, scope)));
  return row !== undefined;
}

export async function findDistributor(
  db: DbOrTx,
  organizationId: string,
): Promise<DistributorRow | undefined> {
  const [row] = await db
    .select(distributorColumns)
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row;
}

export async function insertDemand(db: DbOrTx, values: NewDemandRow): Promise<DemandRow> {
  const [row] = await db.insert(demands).values(values).returning();
  return row!;
}

/** Applies the change only if `version` is still current; returns nothing when it was stale. */
export async function updateDemandVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewDemandRow>,
): Promise<DemandRow | undefined> {
  const [row] = await db
    .update(demands)
    .set({ ...values, version: sql`${demands.version} + 1` })
    .where(and(eq(demands.id, id), eq(demands.version, version)))
    .returning();
  return row;
}

/** `%`, `_` and `\` in a search word are literal characters, not patterns. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listDemands(
  db: DbOrTx,
  filter: {
    scope: DemandScope;
    status?: DemandStatus | undefined;
    q?: string | undefined;
    destinationCountry?: string | undefined;
    page: number;
    limit: number;
  },
) {
  const conditions: SQL[] = [scopeCondition(db, filter.scope)];
  if (filter.status) {
    conditions.push(eq(demands.status, filter.status));
  }
  if (filter.destinationCountry) {
    conditions.push(eq(demands.destinationCountry, filter.destinationCountry.toUpperCase()));
  }
  const q = filter.q?.trim();
  if (q) {
    // Diacritics and case ignored: "nuoc mam" finds "Nước mắm".
    const pattern = `%${likeEscape(q)}%`;
    conditions.push(
      sql`immutable_unaccent(lower(${demands.title} || ' ' || ${demands.description})) like immutable_unaccent(lower(${pattern}))`,
    );
  }
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select({ demand: demands, distributor: distributorColumns })
      .from(demands)
      .innerJoin(organizations, eq(organizations.id, demands.distributorOrgId))
      .where(where)
      .orderBy(desc(demands.updatedAt), desc(demands.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db
      .select({ n: count() })
      .from(demands)
      .innerJoin(organizations, eq(organizations.id, demands.distributorOrgId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
