import { Type, type Static } from 'typebox';
import { Nullable, TimestampSchema, VersionSchema } from './common.ts';

/**
 * The year's programme targets. Actuals are computed from the platform's data (each metric's
 * query lives in server/src/modules/kpis/metrics.ts), never typed in.
 */
export const kpiMetrics = [
  'market_information_businesses',
  'training_businesses',
  'ecommerce_support_businesses',
  'trade_connection_sessions',
  'products_placed_abroad',
  'products_introduced_city',
  'mous_signed',
] as const;
export type KpiMetric = (typeof kpiMetrics)[number];
export const KpiMetricSchema = Type.Enum(kpiMetrics);

export const kpiDimensions = ['month', 'province', 'market', 'ocopGroup'] as const;
export type KpiDimension = (typeof kpiDimensions)[number];

const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const KpiYearQuerySchema = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100 }) },
  { additionalProperties: false },
);
export type KpiYearQuery = Static<typeof KpiYearQuerySchema>;

export const KpiTargetSchema = Type.Object({
  metric: KpiMetricSchema,
  label: Localized,
  unit: Localized,
  /** Null: no target set for the year. */
  target: Nullable(Type.Integer()),
  /** Null until a target is set; send it back to change the target. */
  version: Nullable(Type.Integer()),
  updatedAt: Nullable(TimestampSchema),
});
export type KpiTarget = Static<typeof KpiTargetSchema>;

export const KpiTargetListSchema = Type.Object({
  year: Type.Integer(),
  items: Type.Array(KpiTargetSchema),
});
export type KpiTargetList = Static<typeof KpiTargetListSchema>;

/**
 * Sets targets for `?year=`. Metrics left out keep theirs. `version` is required to change an
 * existing target (a stale one is 409 VERSION_CONFLICT) and must be left out to set a new one.
 */
export const PutKpiTargetsBodySchema = Type.Object(
  {
    targets: Type.Array(
      Type.Object(
        {
          metric: KpiMetricSchema,
          target: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
          version: Type.Optional(VersionSchema),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 20 },
    ),
  },
  { additionalProperties: false },
);
export type PutKpiTargetsBody = Static<typeof PutKpiTargetsBodySchema>;

const Slice = Type.Object({
  key: Type.String(),
  label: Nullable(Localized),
  value: Type.Integer(),
});
export type KpiSlice = Static<typeof Slice>;

export const KpiMetricReportSchema = Type.Object({
  metric: KpiMetricSchema,
  label: Localized,
  unit: Localized,
  /** How the actual is computed, for the dashboard's footnote. */
  definition: Localized,
  target: Nullable(Type.Integer()),
  actual: Type.Integer(),
  /** actual / target in percent, one decimal; null without a target (or a target of 0). */
  progress: Nullable(Type.Number()),
  /** Always 12 entries, January first (Asia/Ho_Chi_Minh). */
  byMonth: Type.Array(Type.Object({ month: Type.Integer(), value: Type.Integer() })),
  /** Null where the breakdown has no meaning for the metric. Largest first. */
  byProvince: Nullable(Type.Array(Slice)),
  byMarket: Nullable(Type.Array(Slice)),
  byOcopGroup: Nullable(Type.Array(Slice)),
});
export type KpiMetricReport = Static<typeof KpiMetricReportSchema>;

export const KpiReportSchema = Type.Object({
  year: Type.Integer(),
  generatedAt: TimestampSchema,
  metrics: Type.Array(KpiMetricReportSchema),
});
export type KpiReport = Static<typeof KpiReportSchema>;
