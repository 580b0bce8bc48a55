import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { RegistrationStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { eventRegistrations, organizations } from '../../db/schema/index.ts';

export type RegistrationRow = typeof eventRegistrations.$inferSelect;
export type NewRegistrationRow = typeof eventRegistrations.$inferInsert;

/** The organization as an event shows it: public facts only. */
export const organizationColumns = {
  id: organizations.id,
  name: sql<string>`coalesce(${organizations.tradingName}, ${organizations.legalName})`,
  kind: organizations.kind,
  provinceCode: organizations.provinceCode,
  country: organizations.country,
};
export type RegistrationOrganization = {
  id: string;
  name: string;
  kind: 'producer' | 'distributor' | 'agency';
  provinceCode: string;
  country: string;
};
export type RegistrationWithOrganization = {
  registration: RegistrationRow;
  organization: RegistrationOrganization;
};

export async function insertRegistration(
  db: DbOrTx,
  values: NewRegistrationRow,
): Promise<RegistrationRow> {
  const [row] = await db.insert(eventRegistrations).values(values).returning();
  return row!;
}

export async function findRegistration(
  db: DbOrTx,
  where: { id: string; eventId: string } | { eventId: string; organizationId: string },
  options: { forUpdate?: boolean } = {},
): Promise<RegistrationRow | undefined> {
  const condition =
    'id' in where
      ? and(eq(eventRegistrations.id, where.id), eq(eventRegistrations.eventId, where.eventId))
      : and(
          eq(eventRegistrations.eventId, where.eventId),
          eq(eventRegistrations.organizationId, where.organizationId),
        );
  const query = db.select().from(eventRegistrations).where(condition);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateRegistrationVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewRegistrationRow>,
): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .update(eventRegistrations)
    .set({ ...values, version: sql`${eventRegistrations.version} + 1` })
    .where(and(eq(eventRegistrations.id, id), eq(eventRegistrations.version, version)))
    .returning();
  return row;
}

/** Registrations of one event with their organizations; `organizationId` narrows to one. */
export async function listRegistrations(
  db: DbOrTx,
  eventId: string,
  filter: { organizationId?: string | undefined; status?: RegistrationStatus | undefined } = {},
): Promise<RegistrationWithOrganization[]> {
  return db
    .select({ registration: eventRegistrations, organization: organizationColumns })
    .from(eventRegistrations)
    .innerJoin(organizations, eq(organizations.id, eventRegistrations.organizationId))
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        filter.organizationId
          ? eq(eventRegistrations.organizationId, filter.organizationId)
          : undefined,
        filter.status ? eq(eventRegistrations.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
}

export async function countAccepted(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'accepted')));
  return row?.n ?? 0;
}

/** One organization's registrations among these events (for `myRegistration`). */
export async function registrationsOf(
  db: DbOrTx,
  organizationId: string,
  eventIds: string[],
): Promise<Map<string, RegistrationRow>> {
  if (eventIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.organizationId, organizationId),
        inArray(eventRegistrations.eventId, eventIds),
      ),
    );
  return new Map(rows.map((r) => [r.eventId, r]));
}

/** Accepted participants among `organizationIds`, with their kind and name. */
export async function acceptedParticipants(
  db: DbOrTx,
  eventId: string,
  organizationIds: string[],
): Promise<RegistrationOrganization[]> {
  if (organizationIds.length === 0) {
    return [];
  }
  return db
    .select(organizationColumns)
    .from(eventRegistrations)
    .innerJoin(organizations, eq(organizations.id, eventRegistrations.organizationId))
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.status, 'accepted'),
        inArray(eventRegistrations.organizationId, organizationIds),
      ),
    );
}
