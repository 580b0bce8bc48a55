import { Type, type Static } from 'typebox';

/** The explainable features of a match score, each scored 0–1 and weighted by configuration. */
export const matchFeatureKeys = [
  'textRelevance',
  'categoryFit',
  'certificationCoverage',
  'ocopStars',
  'capacity',
  'season',
  'moqFit',
  'priceOverlap',
  'termsFit',
  'regionPreference',
  'exportReadiness',
  'responsiveness',
] as const;
export type MatchFeatureKey = (typeof matchFeatureKeys)[number];
export const MatchFeatureKeySchema = Type.Enum(matchFeatureKeys);

export const MatchFeatureSchema = Type.Object({
  key: MatchFeatureKeySchema,
  /** 0–1 */
  value: Type.Number({ minimum: 0, maximum: 1 }),
  weight: Type.Number({ minimum: 0 }),
  /** value × weight, scaled so all points add up to the 0–100 score. */
  points: Type.Number(),
});
export type MatchFeature = Static<typeof MatchFeatureSchema>;

/**
 * Something that stands between the parties, shown beside the score to the coordinator and both
 * sides ("needs VAT invoices — producer cannot issue them"). `code` is stable (the web translates it);
 * `params` fill its message; `message` is the server's own wording in both languages.
 */
export const MatchGapSchema = Type.Object({
  code: Type.String(),
  severity: Type.Enum(['blocker', 'warning']),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
});
export type MatchGap = Static<typeof MatchGapSchema>;

/** Producers of one province who could fill a demand together (pooled proposal). */
export const MatchPoolSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  provinceCode: Type.String(),
  productIds: Type.Array(Type.String({ format: 'uuid' })),
  combinedMonthlyCapacity: Type.Number(),
});
export type MatchPool = Static<typeof MatchPoolSchema>;

export const MatchBreakdownSchema = Type.Object({
  score: Type.Number({ minimum: 0, maximum: 100 }),
  features: Type.Array(MatchFeatureSchema),
  gaps: Type.Array(MatchGapSchema),
  pool: Type.Optional(MatchPoolSchema),
  /** Version of the demand and product scored, so a re-score can tell what changed. */
  demandVersion: Type.Integer(),
  productVersion: Type.Integer(),
});
export type MatchBreakdown = Static<typeof MatchBreakdownSchema>;
