/**
 * The sourcing part of the API's contract (demands, matches, samples, quotes, agreements), as
 * `types/api.ts` does for the rest: types from `@ketnoi/shared`, and the few lists the screens
 * iterate over repeated here, each checked against the shared type (a value the server does not
 * know fails `tsc`), so the bundle does not pull in the TypeBox schemas they sit next to.
 */
import type {
  DemandStatus,
  MatchFeatureKey,
  MatchStatus,
  PipelineStatus,
  QuoteStatus,
  SampleEvaluation,
  SampleStatus,
} from '@ketnoi/shared';
import type { Incoterm } from '@ketnoi/shared/reference/trade';

export type {
  Agreement,
  AgreementPage,
  BulkApproveResult,
  CreateQuoteBody,
  CreateSampleRequestBody,
  Demand,
  DemandInput,
  DemandPage,
  DemandRequirements,
  DemandStatus,
  DistributorRequirements,
  Match,
  MatchAgreementInput,
  MatchBreakdown,
  MatchCounterpart,
  MatchFeature,
  MatchFeatureKey,
  MatchGap,
  MatchPage,
  MatchPool,
  MatchStatus,
  PipelineStatus,
  ProducerResponsiveness,
  Quote,
  QuoteAction,
  QuotePage,
  QuoteStatus,
  SampleAction,
  SampleEvaluation,
  SampleRequest,
  SampleRequestPage,
  SampleStatus,
  UpdateDemandBody,
  UpdateMatchBody,
} from '@ketnoi/shared';
export type { Incoterm } from '@ketnoi/shared/reference/trade';

export const demandStatuses = [
  'draft',
  'open',
  'closed',
] as const satisfies readonly DemandStatus[];

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
] as const satisfies readonly MatchStatus[];

/** What the parties see (shared `introducedMatchStatuses`): the pipeline from the introduction on. */
export const introducedMatchStatuses = [
  'introduced',
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
  'won',
  'lost',
] as const satisfies readonly MatchStatus[];

/** The steps a party may set with `PATCH /matches/:id` (shared `pipelineStatuses`). */
export const pipelineStatuses = [
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
  'won',
  'lost',
] as const satisfies readonly PipelineStatus[];

export const isPipelineStatus = (status: string): status is PipelineStatus =>
  (pipelineStatuses as readonly string[]).includes(status);

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
] as const satisfies readonly MatchFeatureKey[];

/** Gap codes the engine reports; the web words these and falls back to the server's message for others. */
export { matchGapCodes, type MatchGapCode as KnownGapCode } from '@ketnoi/shared/match-gap-codes';

export const sampleStatuses = [
  'requested',
  'accepted',
  'declined',
  'shipped',
  'delivered',
  'evaluated',
] as const satisfies readonly SampleStatus[];

/** The six 1–5 ratings of a sample evaluation, in the order the form asks them. */
export const evaluationCriteria = [
  'fitToSpecification',
  'tasteOrQuality',
  'packaging',
  'labelCompliance',
  'remainingShelfLife',
  'priceAcceptance',
] as const satisfies readonly (keyof SampleEvaluation)[];

export const quoteStatuses = [
  'sent',
  'accepted',
  'declined',
  'revision_requested',
  'expired',
  'withdrawn',
] as const satisfies readonly QuoteStatus[];

export const incoterms = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const satisfies readonly Incoterm[];

/** A fresh `Idempotency-Key` for one creating POST (kept across its retries by the caller). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
