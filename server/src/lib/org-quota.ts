import { and, count, eq, gt, min, sql, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client.ts';
import { AppError } from './errors.ts';

export type OrgQuota = {
  /** Names the quota in the advisory lock and the error (e.g. `demands`). */
  name: string;
  table: PgTable;
  organizationColumn: Column;
  createdAtColumn: Column;
  limit: number;
  windowSeconds: number;
};

/**
 * Refuses a create beyond the organization's quota with 429 QUOTA_EXCEEDED (OWASP API6:
 * unrestricted access to sensitive business flows). Runs inside the create's transaction: a
 * transaction-scoped advisory lock per organization and quota serializes that organization's
 * concurrent creates, so N parallel requests cannot all see "limit − 1" and pass together.
 */
export async function assertWithinOrgQuota(tx: Tx, organizationId: string, quota: OrgQuota) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`quota:${quota.name}:${organizationId}`}, 0))`,
  );
  const since = new Date(Date.now() - quota.windowSeconds * 1000);
  const [row] = await tx
    .select({ n: count(), oldest: min(quota.createdAtColumn) })
    .from(quota.table)
    .where(and(eq(quota.organizationColumn, organizationId), gt(quota.createdAtColumn, since)));
  if ((row?.n ?? 0) >= quota.limit) {
    // The oldest create in the window is the first to leave it.
    const oldest = row?.oldest ? new Date(row.oldest as string | Date).getTime() : Date.now();
    const retryAfter = Math.max(
      1,
      Math.ceil((oldest + quota.windowSeconds * 1000 - Date.now()) / 1000),
    );
    throw new AppError(
      'QUOTA_EXCEEDED',
      `Your organization may create at most ${quota.limit} ${quota.name} in ${quota.windowSeconds / 3600} h; try again later`,
      {
        headers: { 'retry-after': String(retryAfter) },
        data: { limit: quota.limit, windowSeconds: quota.windowSeconds },
      },
    );
  }
}
