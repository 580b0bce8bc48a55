/**
 * The events and meetings part of the API's contract, as `types/sourcing.ts` does for sourcing:
 * types from `@ketnoi/shared`, and the lists the screens iterate over repeated here, each checked
 * against the shared type, so the bundle does not pull in the TypeBox schemas they sit next to.
 */
import type {
  EventKind,
  EventProgramme,
  EventStatus,
  MeetingOutcome,
  MeetingStatus,
  RegistrationStatus,
} from '@ketnoi/shared';

export type {
  CreateEventBody,
  CreateMeetingBody,
  DraftAgendaResult,
  Event,
  EventKind,
  EventOrganization,
  EventPage,
  EventProgramme,
  EventReport,
  EventStatus,
  Meeting,
  MeetingAction,
  MeetingClash,
  MeetingHours,
  MeetingList,
  MeetingOutcome,
  MeetingStatus,
  MeetingSuggestion,
  MeetingSuggestionList,
  ParticipantList,
  Registration,
  RegistrationAction,
  RegistrationList,
  RegistrationStatus,
  UpdateEventBody,
} from '@ketnoi/shared';

export const eventKinds = [
  'trade_connection_conference',
  'goods_week',
  'fair',
  'market_survey_trip',
  'workshop',
] as const satisfies readonly EventKind[];

export const eventStatuses = [
  'draft',
  'published',
  'cancelled',
] as const satisfies readonly EventStatus[];

export const eventProgrammes = [
  'market_information',
  'training',
  'ecommerce_support',
] as const satisfies readonly EventProgramme[];

export const registrationStatuses = [
  'pending',
  'accepted',
  'declined',
  'cancelled',
] as const satisfies readonly RegistrationStatus[];

export const meetingStatuses = [
  'requested',
  'accepted',
  'declined',
  'cancelled',
  'scheduled',
] as const satisfies readonly MeetingStatus[];

/** Statuses that hold a slot (shared `activeMeetingStatuses`). */
export const activeMeetingStatuses = [
  'requested',
  'accepted',
  'scheduled',
] as const satisfies readonly MeetingStatus[];

export const meetingOutcomes = [
  'held',
  'no_show',
  'follow_up',
  'mou',
  'purchase_order',
] as const satisfies readonly MeetingOutcome[];
