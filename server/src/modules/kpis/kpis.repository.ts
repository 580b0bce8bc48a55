import { and, eq, sql } from 'drizzle-orm';
import type { KpiMetric } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { kpiTargets } from '../../db/schema/index.ts';
import type { MetricDefinition } from './metrics.ts';

export type KpiTargetRow = typeof kpiTargets.$inferSelect;

export async function listTargets(db: DbOrTx, year: number): Promise<KpiTargetRow[]> {
  return db.select().from(kpiTargets).where(eq(kpiTargets.year, year));
}

export async function findTarget(db: DbOrTx, year: number, metric: KpiMetric) {
  const [row] = await db
    .select()
    .from(kpiTargets)
    .where(and(eq(kpiTargets.year, year), eq(kpiTargets.metric, metric)))
    .for('update');
  return row;
}

/** Inserts a target unless one exists for the year and metric (a concurrent insert wins). */
export async function insertTarget(
  db: DbOrTx,
  values: { year: number; metric: KpiMetric; target: number; updatedBy: string },
): Promise<KpiTargetRow | undefined> {
  const [row] = await db
    .insert(kpiTargets)
    .values(values)
    .onConflictDoNothing({ target: [kpiTargets.year, kpiTargets.metric] })
    .returning();
  return row;
}

export async function updateTargetVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: { target: number; updatedBy: string },
): Promise<KpiTargetRow | undefined> {
  const [row] = await db
    .update(kpiTargets)
    .set({ ...values, version: sql`${kpiTargets.version} + 1` })
    .where(and(eq(kpiTargets.id, id), eq(kpiTargets.version, version)))
    .returning();
  return row;
}

export type BreakdownRow = {
  dim: 'total' | 'month' | 'province' | 'market' | 'ocopGroup';
  key: string | null;
  n: number;
};

/** The metric's total and its counts by month, province, market and OCOP group, in one query. */
export async function metricBreakdown(
  db: DbOrTx,
  definition: MetricDefinition,
  year: number,
): Promise<BreakdownRow[]> {
  const { rows } = await db.execute<BreakdownRow>(sql`
    with r as (${definition.records(year)})
    select case when grouping(r.month) = 0 then 'month'
                when grouping(r.province_code) = 0 then 'province'
                when grouping(r.market) = 0 then 'market'
                when grouping(r.ocop_group) = 0 then 'ocopGroup'
                else 'total' end as dim,
           coalesce(r.month::text, r.province_code, r.market, r.ocop_group) as key,
           count(*)::int as n
      from r
     group by grouping sets ((), (r.month), (r.province_code), (r.market), (r.ocop_group))`);
  return rows;
}

/** The records behind the number, for the Excel export (capped: a sheet is not a data dump). */
export async function metricRecords(
  db: DbOrTx,
  definition: MetricDefinition,
  year: number,
  limit = 100_000,
): Promise<Record<string, unknown>[]> {
  const { rows } = await db.execute<Record<string, unknown>>(
    sql`select * from (${definition.records(year)}) r order by r."date", r.record_id limit ${limit}`,
  );
  return rows;
}
