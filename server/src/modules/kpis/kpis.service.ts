import type {
  KpiDimension,
  KpiMetricReport,
  KpiReport,
  KpiSlice,
  KpiTargetList,
  PutKpiTargetsBody,
} from '@ketnoi/shared';
import { ocopGroups, provinces } from '@ketnoi/shared/reference';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import { AppError, fieldError, forbidden, versionConflict } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import {
  findTarget,
  insertTarget,
  listTargets,
  metricBreakdown,
  metricRecords,
  updateTargetVersioned,
  type BreakdownRow,
  type KpiTargetRow,
} from './kpis.repository.ts';
import { kpiWorkbook } from './kpis.xlsx.ts';
import { metrics, type MetricDefinition } from './metrics.ts';

type Deps = { db: Db };

const provinceNames = new Map(provinces.map((p) => [p.code as string, { vi: p.vi, en: p.en }]));
const groupNames = new Map(ocopGroups.map((g) => [g.code as string, { vi: g.vi, en: g.en }]));

/** actual / target in percent with one decimal; null without a (positive) target. */
export const progressOf = (actual: number, target: number | null) =>
  target === null || target === 0 ? null : Math.round((actual / target) * 1000) / 10;

function slices(
  rows: BreakdownRow[],
  dim: KpiDimension,
  definition: MetricDefinition,
  names?: Map<string, { vi: string; en: string }>,
): KpiSlice[] | null {
  if (!definition.dimensions.includes(dim)) {
    return null;
  }
  return rows
    .filter((r) => r.dim === dim)
    .map((r) => ({
      key: r.key ?? 'unknown',
      label: (r.key !== null && names?.get(r.key)) || null,
      value: r.n,
    }))
    .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
}

function toMetricReport(
  definition: MetricDefinition,
  rows: BreakdownRow[],
  target: KpiTargetRow | undefined,
): KpiMetricReport {
  const actual = rows.find((r) => r.dim === 'total')?.n ?? 0;
  const byMonth = new Map(rows.filter((r) => r.dim === 'month').map((r) => [Number(r.key), r.n]));
  return {
    metric: definition.metric,
    label: definition.label,
    unit: definition.unit,
    definition: definition.definition,
    target: target?.target ?? null,
    actual,
    progress: progressOf(actual, target?.target ?? null),
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      value: byMonth.get(i + 1) ?? 0,
    })),
    byProvince: slices(rows, 'province', definition, provinceNames),
    byMarket: slices(rows, 'market', definition),
    byOcopGroup: slices(rows, 'ocopGroup', definition, groupNames),
  };
}

export function createKpisService({ db }: Deps) {
  const requireStaff = (actor: Actor) => {
    if (!isStaff(actor)) {
      throw forbidden('Only coordinators and admins see programme targets and reports');
    }
  };

  async function targetList(year: number): Promise<KpiTargetList> {
    const rows = await listTargets(db, year);
    return {
      year,
      items: metrics.map((m) => {
        const row = rows.find((r) => r.metric === m.metric);
        return {
          metric: m.metric,
          label: m.label,
          unit: m.unit,
          target: row?.target ?? null,
          version: row?.version ?? null,
          updatedAt: row?.updatedAt.toISOString() ?? null,
        };
      }),
    };
  }

  async function report(year: number): Promise<KpiReport> {
    // One query per metric, side by side on the pool: the dashboard waits for the slowest.
    const [targets, ...breakdowns] = await Promise.all([
      listTargets(db, year),
      ...metrics.map((m) => metricBreakdown(db, m, year)),
    ]);
    return {
      year,
      generatedAt: new Date().toISOString(),
      metrics: metrics.map((m, i) =>
        toMetricReport(
          m,
          breakdowns[i]!,
          targets.find((t) => t.metric === m.metric),
        ),
      ),
    };
  }

  return {
    async getTargets(actor: Actor, year: number): Promise<KpiTargetList> {
      requireStaff(actor);
      return targetList(year);
    },

    /**
     * Sets the year's targets, all or none: a changed target needs the version last read (stale
     * → 409 with the current one); a new one must come without a version (someone else set it
     * first → 409 too).
     */
    async putTargets(actor: Actor, year: number, body: PutKpiTargetsBody, requestId?: string) {
      requireStaff(actor);
      const seen = new Set<string>();
      body.targets.forEach((t, i) => {
        if (seen.has(t.metric)) {
          throw fieldError('VALIDATION_FAILED', `/targets/${i}/metric`, {
            vi: 'Chỉ tiêu này đã có trong danh sách',
            en: 'This metric is listed twice',
          });
        }
        seen.add(t.metric);
      });
      await db.transaction(async (tx) => {
        for (const t of body.targets) {
          const existing = await findTarget(tx, year, t.metric);
          if (existing && existing.version !== t.version) {
            throw versionConflict(existing.version);
          }
          if (!existing && t.version !== undefined) {
            throw new AppError(
              'VERSION_CONFLICT',
              'This target does not exist yet; send it without a version',
              {
                data: { currentVersion: 0 },
              },
            );
          }
          const row = existing
            ? await updateTargetVersioned(tx, existing.id, existing.version, {
                target: t.target,
                updatedBy: actor.id,
              })
            : await insertTarget(tx, {
                year,
                metric: t.metric,
                target: t.target,
                updatedBy: actor.id,
              });
          if (!row) {
            throw new AppError('VERSION_CONFLICT', 'Someone else set this target meanwhile', {
              data: { currentVersion: 1 },
            });
          }
          await writeAudit(tx, {
            actorId: actor.id,
            action: 'kpi_target.set',
            entityType: 'kpi_target',
            entityId: row.id,
            before: existing ? { target: existing.target, version: existing.version } : null,
            after: { year, metric: t.metric, target: row.target, version: row.version },
            requestId,
          });
        }
      });
      return targetList(year);
    },

    async report(actor: Actor, year: number): Promise<KpiReport> {
      requireStaff(actor);
      return report(year);
    },

    /** The dashboard as a workbook: a summary sheet, then one sheet per metric with its records. */
    async workbook(actor: Actor, year: number): Promise<{ body: Buffer; fileName: string }> {
      requireStaff(actor);
      const [summary, ...records] = await Promise.all([
        report(year),
        ...metrics.map((m) => metricRecords(db, m, year)),
      ]);
      return {
        body: await kpiWorkbook(summary, metrics, records),
        fileName: `ketnoi-kpi-${year}.xlsx`,
      };
    },
  };
}

export type KpisService = ReturnType<typeof createKpisService>;
