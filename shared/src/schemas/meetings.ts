import { Type, type Static } from 'typebox';
import { IdSchema, LongText, Nullable, TimestampSchema, VersionSchema } from './common.ts';

/**
 * A B2B meeting at an event. A party's request is `requested` until the other party accepts or
 * declines; a coordinator (or the draft agenda) books `scheduled` directly. `requested`,
 * `accepted` and `scheduled` hold the slot: no organization and no table is ever in two of them
 * at once (a PostgreSQL exclusion constraint; a clash is 409 MEETING_CLASH).
 */
export const meetingStatuses = [
  'requested',
  'accepted',
  'declined',
  'cancelled',
  'scheduled',
] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const MeetingStatusSchema = Type.Enum(meetingStatuses);

export const activeMeetingStatuses = [
  'requested',
  'accepted',
  'scheduled',
] as const satisfies readonly MeetingStatus[];

/** What came of a meeting, recorded after it: all but `no_show` mean it was held. */
export const meetingOutcomes = ['held', 'no_show', 'follow_up', 'mou', 'purchase_order'] as const;
export type MeetingOutcome = (typeof meetingOutcomes)[number];
export const MeetingOutcomeSchema = Type.Enum(meetingOutcomes);
export const heldOutcomes = [
  'held',
  'follow_up',
  'mou',
  'purchase_order',
] as const satisfies readonly MeetingOutcome[];

/** `request`: one party asked the other; `coordinator`: booked by staff; `draft`: the draft agenda. */
export const meetingOrigins = ['request', 'coordinator', 'draft'] as const;
export type MeetingOrigin = (typeof meetingOrigins)[number];
export const MeetingOriginSchema = Type.Enum(meetingOrigins);

/**
 * Meeting steps, named as their routes. `accept`/`decline`: the party that was asked;
 * `cancel`: either party or staff; `outcome` (PATCH): either party or staff, once the slot has begun.
 */
export const meetingTransitions = {
  accept: { from: ['requested'], to: 'accepted' },
  decline: { from: ['requested'], to: 'declined' },
  cancel: { from: ['requested', 'accepted', 'scheduled'], to: 'cancelled' },
  outcome: { from: ['accepted', 'scheduled'], to: null },
} as const satisfies Record<string, { from: readonly MeetingStatus[]; to: MeetingStatus | null }>;
export type MeetingAction = keyof typeof meetingTransitions;

/**
 * Parties send `counterpartOrganizationId` (a producer asks a distributor, or the reverse); staff
 * send both `producerOrganizationId` and `distributorOrganizationId` and may pick `tableNo`.
 * The slot is `startsAt` + the event's slot length, on the event's slot grid. Without a table,
 * the lowest free one is taken.
 */
export const CreateMeetingBodySchema = Type.Object(
  {
    startsAt: TimestampSchema,
    counterpartOrganizationId: Type.Optional(IdSchema),
    producerOrganizationId: Type.Optional(IdSchema),
    distributorOrganizationId: Type.Optional(IdSchema),
    tableNo: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    matchId: Type.Optional(IdSchema),
    note: Type.Optional(LongText({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type CreateMeetingBody = Static<typeof CreateMeetingBodySchema>;

export const MeetingParamsSchema = Type.Object(
  { id: IdSchema, mid: IdSchema },
  { additionalProperties: false },
);

export const MeetingVersionBodySchema = Type.Object(
  { version: VersionSchema, reason: Type.Optional(LongText({ maxLength: 1000 })) },
  { additionalProperties: false },
);
export type MeetingVersionBody = Static<typeof MeetingVersionBodySchema>;

export const RecordMeetingOutcomeBodySchema = Type.Object(
  {
    version: VersionSchema,
    outcome: MeetingOutcomeSchema,
    outcomeNote: Type.Optional(Nullable(LongText({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type RecordMeetingOutcomeBody = Static<typeof RecordMeetingOutcomeBodySchema>;

export const MeetingPartySchema = Type.Object({ id: IdSchema, name: Type.String() });

export const MeetingSchema = Type.Object({
  id: IdSchema,
  eventId: IdSchema,
  producer: MeetingPartySchema,
  distributor: MeetingPartySchema,
  matchId: Nullable(IdSchema),
  tableNo: Nullable(Type.Integer()),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  status: MeetingStatusSchema,
  origin: MeetingOriginSchema,
  /** The organization that asked; null when staff or the draft agenda booked it. */
  requestedByOrganizationId: Nullable(IdSchema),
  note: Nullable(Type.String()),
  outcome: Nullable(MeetingOutcomeSchema),
  outcomeNote: Nullable(Type.String()),
  /** What the caller may do with it now. */
  actions: Type.Array(Type.Enum(Object.keys(meetingTransitions) as MeetingAction[])),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Meeting = Static<typeof MeetingSchema>;

/** Staff: every meeting (the grid); a party: its own agenda. `slots`: every slot start, in order. */
export const MeetingListSchema = Type.Object({
  items: Type.Array(MeetingSchema),
  slots: Type.Array(TimestampSchema),
  tables: Type.Integer(),
  slotMinutes: Type.Integer(),
});
export type MeetingList = Static<typeof MeetingListSchema>;

export const ListMeetingsQuerySchema = Type.Object(
  {
    status: Type.Optional(MeetingStatusSchema),
    organizationId: Type.Optional(IdSchema),
  },
  { additionalProperties: false },
);
export type ListMeetingsQuery = Static<typeof ListMeetingsQuerySchema>;

export const AgendaQuerySchema = Type.Object(
  { organizationId: Type.Optional(IdSchema) },
  { additionalProperties: false },
);

/** The clashing slot, in a MEETING_CLASH problem. `with`: what is double-booked. */
export const MeetingClashSchema = Type.Object({
  with: Type.Enum(['producer', 'distributor', 'table']),
  startsAt: Nullable(TimestampSchema),
  endsAt: Nullable(TimestampSchema),
  tableNo: Nullable(Type.Integer()),
  /** Only when the caller may see that meeting. */
  meetingId: Type.Optional(IdSchema),
});
export type MeetingClash = Static<typeof MeetingClashSchema>;

/** An approved match (introduced or further, not lost) whose two organizations both attend. */
export const MeetingSuggestionSchema = Type.Object({
  producer: MeetingPartySchema,
  distributor: MeetingPartySchema,
  /** The best score among the pair's matches. */
  score: Type.Number(),
  matches: Type.Array(
    Type.Object({
      id: IdSchema,
      productId: IdSchema,
      productName: Type.String(),
      demandId: IdSchema,
      demandTitle: Type.String(),
      status: Type.String(),
      score: Type.Number(),
    }),
  ),
  /** The pair's active meeting at this event, if one is booked. */
  meetingId: Nullable(IdSchema),
});
export type MeetingSuggestion = Static<typeof MeetingSuggestionSchema>;

export const MeetingSuggestionListSchema = Type.Object({
  items: Type.Array(MeetingSuggestionSchema),
});
export type MeetingSuggestionList = Static<typeof MeetingSuggestionListSchema>;

export const DraftAgendaResultSchema = Type.Object({
  /** Meetings booked by this run (status `scheduled`, origin `draft`). */
  created: Type.Array(MeetingSchema),
  /** Suggested pairs that already had a meeting at this event. */
  alreadyScheduled: Type.Integer(),
  /** Pairs with no slot both parties have free and a free table. */
  unplaced: Type.Array(
    Type.Object({ producer: MeetingPartySchema, distributor: MeetingPartySchema }),
  ),
});
export type DraftAgendaResult = Static<typeof DraftAgendaResultSchema>;

const Rate = Nullable(
  Type.Number({ minimum: 0, maximum: 1, description: 'Null: nothing to rate yet' }),
);

export const EventReportSchema = Type.Object({
  eventId: IdSchema,
  registrations: Type.Record(Type.String(), Type.Integer()),
  meetings: Type.Record(Type.String(), Type.Integer()),
  outcomes: Type.Record(Type.String(), Type.Integer()),
  /** Party requests answered (accepted at some point, or declined). */
  requestsAnswered: Type.Integer(),
  requestsAccepted: Type.Integer(),
  /** Accepted / answered requests. */
  acceptanceRate: Rate,
  /** Confirmed meetings with an outcome recorded. */
  withOutcome: Type.Integer(),
  /** Confirmed meetings whose slot has begun but with no outcome yet. */
  awaitingOutcome: Type.Integer(),
  /** Held (held, follow-up, MoU, purchase order) / meetings with an outcome. */
  heldRate: Rate,
});
export type EventReport = Static<typeof EventReportSchema>;
