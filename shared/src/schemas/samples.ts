import { Type, type Static } from 'typebox';
import { unitCodes } from '../reference/index.ts';
import {
  IdSchema,
  LongText,
  Nullable,
  PageSchema,
  Text,
  TimestampSchema,
  VersionSchema,
} from './common.ts';

export const sampleStatuses = [
  'requested',
  'accepted',
  'declined',
  'shipped',
  'delivered',
  'evaluated',
] as const;
export type SampleStatus = (typeof sampleStatuses)[number];
export const SampleStatusSchema = Type.Enum(sampleStatuses);

/** Steps of a sample request, named as their routes (`POST /sample-requests/:id/<action>`). */
export const sampleActions = ['accept', 'decline', 'ship', 'deliver', 'evaluate'] as const;
export type SampleAction = (typeof sampleActions)[number];

/**
 * The state machine: from which status each step may be taken, where it leads and which side
 * takes it. Declined and evaluated are final.
 */
export const sampleTransitions = {
  accept: { from: 'requested', to: 'accepted', by: 'producer' },
  decline: { from: 'requested', to: 'declined', by: 'producer' },
  ship: { from: 'accepted', to: 'shipped', by: 'producer' },
  deliver: { from: 'shipped', to: 'delivered', by: 'distributor' },
  evaluate: { from: 'delivered', to: 'evaluated', by: 'distributor' },
} as const satisfies Record<
  SampleAction,
  { from: SampleStatus; to: SampleStatus; by: 'producer' | 'distributor' }
>;

/** The steps allowed from a status (either side). */
export const sampleActionsFrom = (status: SampleStatus): SampleAction[] =>
  sampleActions.filter((a) => sampleTransitions[a].from === status);

const Rating = Type.Integer({ minimum: 1, maximum: 5, description: '1 (poor) to 5 (excellent)' });

/** The distributor's structured verdict on a delivered sample; the producer sees all of it. */
export const SampleEvaluationSchema = Type.Object(
  {
    fitToSpecification: Rating,
    tasteOrQuality: Rating,
    packaging: Rating,
    labelCompliance: Rating,
    remainingShelfLife: Rating,
    priceAcceptance: Rating,
    comment: Type.Optional(LongText({ maxLength: 2000 })),
    decision: Type.Enum(['go', 'no_go']),
  },
  { additionalProperties: false },
);
export type SampleEvaluation = Static<typeof SampleEvaluationSchema>;

/** Optimistic concurrency is optional on steps: sent, a stale `version` gets 409. */
const OptionalVersion = Type.Optional(VersionSchema);

export const CreateSampleRequestBodySchema = Type.Object(
  {
    productId: IdSchema,
    matchId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          "A match of your organization, introduced or later; the product must be the match's",
      }),
    ),
    quantity: Type.Number({ exclusiveMinimum: 0, maximum: 1e6 }),
    unit: Type.Enum(unitCodes),
    deliveryAddress: LongText({ minLength: 5, maxLength: 500 }),
    note: Type.Optional(LongText({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreateSampleRequestBody = Static<typeof CreateSampleRequestBodySchema>;

export const SampleStepBodySchema = Type.Object(
  { version: OptionalVersion },
  { additionalProperties: false },
);
export type SampleStepBody = Static<typeof SampleStepBodySchema>;

export const DeclineSampleBodySchema = Type.Object(
  { reason: LongText({ minLength: 3, maxLength: 2000 }), version: OptionalVersion },
  { additionalProperties: false },
);
export type DeclineSampleBody = Static<typeof DeclineSampleBodySchema>;

export const ShipSampleBodySchema = Type.Object(
  {
    carrier: Text({ minLength: 1, maxLength: 120 }),
    trackingNumber: Text({ minLength: 1, maxLength: 120 }),
    version: OptionalVersion,
  },
  { additionalProperties: false },
);
export type ShipSampleBody = Static<typeof ShipSampleBodySchema>;

export const EvaluateSampleBodySchema = Type.Object(
  { ...SampleEvaluationSchema.properties, version: OptionalVersion },
  { additionalProperties: false },
);
export type EvaluateSampleBody = Static<typeof EvaluateSampleBodySchema>;

const PartySchema = Type.Object({ id: IdSchema, name: Type.String() });

export const SampleRequestSchema = Type.Object({
  id: IdSchema,
  product: Type.Object({ id: IdSchema, nameVi: Type.String(), nameEn: Nullable(Type.String()) }),
  producer: PartySchema,
  distributor: PartySchema,
  matchId: Nullable(IdSchema),
  status: SampleStatusSchema,
  quantity: Type.Number(),
  unit: Type.String(),
  deliveryAddress: Type.String(),
  note: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  carrier: Nullable(Type.String()),
  trackingNumber: Nullable(Type.String()),
  evaluation: Nullable(SampleEvaluationSchema),
  /** The steps the state machine allows now (either side). */
  allowed: Type.Array(Type.Enum(sampleActions)),
  answeredAt: Nullable(TimestampSchema),
  shippedAt: Nullable(TimestampSchema),
  deliveredAt: Nullable(TimestampSchema),
  evaluatedAt: Nullable(TimestampSchema),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type SampleRequest = Static<typeof SampleRequestSchema>;

export const SampleRequestPageSchema = PageSchema(SampleRequestSchema);
export type SampleRequestPage = Static<typeof SampleRequestPageSchema>;

export const ListSampleRequestsQuerySchema = Type.Object(
  {
    status: Type.Optional(SampleStatusSchema),
    productId: Type.Optional(IdSchema),
    matchId: Type.Optional(IdSchema),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListSampleRequestsQuery = Static<typeof ListSampleRequestsQuerySchema>;

/**
 * A producer's responsiveness badge: sample requests received and answered (accepted or
 * declined), the answer rate (null before any request) and the median hours to answer.
 */
export const ProducerResponsivenessSchema = Type.Object({
  requests: Type.Integer(),
  answered: Type.Integer(),
  rate: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
  medianResponseHours: Nullable(Type.Number()),
});
export type ProducerResponsiveness = Static<typeof ProducerResponsivenessSchema>;
