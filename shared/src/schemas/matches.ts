import { Type, type Static } from 'typebox';
import { MatchAgreementInputSchema } from './agreements.ts';
import {
  IdSchema,
  LongText,
  Nullable,
  PageSchema,
  Text,
  TimestampSchema,
  VersionSchema,
} from './common.ts';
import { MatchBreakdownSchema } from './matching.ts';

/**
 * `proposed` (engine or a person) → `approved | rejected` by a coordinator; approval introduces the
 * parties at once, so an approved match is stored as `introduced`. `approved` is kept for matches a
 * coordinator approved but could not introduce yet. Then the deal pipeline, ending `won | lost`.
 */
export const matchStatuses = [
  'proposed',
  'approved',
  'rejected',
  'introduced',
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
  'won',
  'lost',
] as const;
export type MatchStatus = (typeof matchStatuses)[number];
export const MatchStatusSchema = Type.Enum(matchStatuses);

export const matchOrigins = ['engine', 'coordinator', 'distributor'] as const;
export type MatchOrigin = (typeof matchOrigins)[number];
export const MatchOriginSchema = Type.Enum(matchOrigins);

/** From `introduced` on, the parties know each other: they see the match and each other's contacts. */
export const introducedMatchStatuses = [
  'introduced',
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
  'won',
  'lost',
] as const satisfies readonly MatchStatus[];
export const isIntroducedStatus = (status: MatchStatus): boolean =>
  (introducedMatchStatuses as readonly MatchStatus[]).includes(status);

/** The deal pipeline's open steps, in order; `won` and `lost` end it. */
const openSteps = [
  'introduced',
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
] as const satisfies readonly MatchStatus[];

/**
 * The statuses a match may move to from `status`. A coordinator decides a `proposed` match
 * (introduced or rejected); after that the parties walk the pipeline one step at a time, may skip
 * straight to `negotiating`, win only from `negotiating` and lose from any open step.
 */
export function matchTransitionsFrom(status: MatchStatus): MatchStatus[] {
  if (status === 'proposed') {
    return ['introduced', 'rejected'];
  }
  const at = (openSteps as readonly MatchStatus[]).indexOf(status);
  if (at < 0) {
    return [];
  }
  if (status === 'negotiating') {
    return ['won', 'lost'];
  }
  const next = openSteps[at + 1]!;
  return next === 'negotiating' ? ['negotiating', 'lost'] : [next, 'negotiating', 'lost'];
}

/** The statuses a party (or coordinator) may set with `PATCH /matches/:id`. */
export const pipelineStatuses = [
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
  'won',
  'lost',
] as const satisfies readonly MatchStatus[];
export type PipelineStatus = (typeof pipelineStatuses)[number];

/** The other side's contact details: in a match only once the parties are introduced. */
export const MatchCounterpartSchema = Type.Object({
  id: IdSchema,
  kind: Type.Enum(['producer', 'distributor']),
  legalName: Type.String(),
  tradingName: Nullable(Type.String()),
  province: Type.String(),
  country: Type.String(),
  contactName: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  contactPhone: Nullable(Type.String()),
  website: Nullable(Type.String()),
});
export type MatchCounterpart = Static<typeof MatchCounterpartSchema>;

const PartySchema = Type.Object({ id: IdSchema, name: Type.String() });

export const MatchDemandSummarySchema = Type.Object({
  id: IdSchema,
  title: Type.String(),
  status: Type.String(),
  distributor: PartySchema,
  /** ISO country; `VN` is the domestic market. */
  destinationCountry: Type.String(),
  quantityPerOrder: Type.Number(),
  quantityPerMonth: Nullable(Type.Number()),
  unit: Type.String(),
  neededBy: Nullable(Type.String({ format: 'date' })),
});

/** The product as the public sees it (its last approved version). */
export const MatchProductSummarySchema = Type.Object({
  id: IdSchema,
  nameVi: Type.String(),
  nameEn: Nullable(Type.String()),
  producer: PartySchema,
  province: Type.String(),
});

export const MatchSchema = Type.Object({
  id: IdSchema,
  status: MatchStatusSchema,
  origin: MatchOriginSchema,
  score: Type.Number({ minimum: 0, maximum: 100 }),
  breakdown: MatchBreakdownSchema,
  /** Set when producers of one province are proposed together for this demand. */
  poolId: Nullable(IdSchema),
  demand: MatchDemandSummarySchema,
  product: MatchProductSummarySchema,
  scoredAt: TimestampSchema,
  decidedBy: Nullable(IdSchema),
  decidedAt: Nullable(TimestampSchema),
  /** The coordinator's note: with a proposal or an approval (a rejection's reason stays with staff). */
  decisionNote: Nullable(Type.String()),
  introducedAt: Nullable(TimestampSchema),
  lostReason: Nullable(Type.String()),
  /** Parties only, once introduced: the other organization and how to reach it. */
  counterpart: Type.Optional(MatchCounterpartSchema),
  /** The statuses this match may move to now (what `PATCH` or a decision accepts). */
  allowedTransitions: Type.Array(MatchStatusSchema),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Match = Static<typeof MatchSchema>;

export const MatchPageSchema = PageSchema(MatchSchema);
export type MatchPage = Static<typeof MatchPageSchema>;

const pageFields = {
  page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
};

/**
 * Coordinators: the approval queue (`status` defaults to `proposed`). Parties: their own matches
 * from `introduced` on (all of those unless `status` narrows them). Sorted by score, best first.
 */
export const ListMatchesQuerySchema = Type.Object(
  {
    status: Type.Optional(MatchStatusSchema),
    minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    demandId: Type.Optional(IdSchema),
    province: Type.Optional(
      Text({ minLength: 2, maxLength: 60, description: "Product's province: code or name" }),
    ),
    market: Type.Optional(
      Type.String({ pattern: '^[A-Za-z]{2}$', description: "Demand's destination country" }),
    ),
    ...pageFields,
  },
  { additionalProperties: false },
);
export type ListMatchesQuery = Static<typeof ListMatchesQuerySchema>;

export const ListDemandMatchesQuerySchema = Type.Object(
  { status: Type.Optional(MatchStatusSchema), ...pageFields },
  { additionalProperties: false },
);
export type ListDemandMatchesQuery = Static<typeof ListDemandMatchesQuerySchema>;

export const ApproveMatchBodySchema = Type.Object(
  {
    note: Type.Optional(LongText({ maxLength: 2000 })),
    version: Type.Optional(VersionSchema),
  },
  { additionalProperties: false },
);
export type ApproveMatchBody = Static<typeof ApproveMatchBodySchema>;

export const RejectMatchBodySchema = Type.Object(
  {
    reason: LongText({ minLength: 3, maxLength: 2000 }),
    version: Type.Optional(VersionSchema),
  },
  { additionalProperties: false },
);
export type RejectMatchBody = Static<typeof RejectMatchBodySchema>;

/** Up to 200 matches approved at once, each in its own transaction. */
export const BulkApproveMatchesBodySchema = Type.Object(
  {
    ids: Type.Array(IdSchema, { minItems: 1, maxItems: 200, uniqueItems: true }),
    note: Type.Optional(LongText({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type BulkApproveMatchesBody = Static<typeof BulkApproveMatchesBodySchema>;

export const BulkApproveResultSchema = Type.Object({
  approved: Type.Integer(),
  failed: Type.Integer(),
  /** One entry per id, in the order sent. */
  results: Type.Array(
    Type.Object({
      id: IdSchema,
      ok: Type.Boolean(),
      /** The match's status after the attempt (absent when it was not found). */
      status: Type.Optional(MatchStatusSchema),
      version: Type.Optional(Type.Integer()),
      /** Why it failed: a stable error code, its detail and, for INVALID_TRANSITION, `allowed`. */
      code: Type.Optional(Type.String()),
      detail: Type.Optional(Type.String()),
      allowed: Type.Optional(Type.Array(Type.String())),
    }),
  ),
});
export type BulkApproveResult = Static<typeof BulkApproveResultSchema>;

/** A coordinator proposes a pair by hand; it is scored like the engine's and waits for approval. */
export const CreateMatchBodySchema = Type.Object(
  {
    demandId: IdSchema,
    productId: IdSchema,
    note: Type.Optional(LongText({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreateMatchBody = Static<typeof CreateMatchBodySchema>;

/** A step of the deal pipeline; `lost` needs a reason and `won` may record the agreement. */
export const UpdateMatchBodySchema = Type.Object(
  {
    status: Type.Enum(pipelineStatuses),
    version: VersionSchema,
    lostReason: Type.Optional(LongText({ minLength: 3, maxLength: 2000 })),
    agreement: Type.Optional(MatchAgreementInputSchema),
  },
  { additionalProperties: false },
);
export type UpdateMatchBody = Static<typeof UpdateMatchBodySchema>;
