import { Type } from 'typebox';

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
