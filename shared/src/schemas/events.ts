import { Type, type Static } from 'typebox';
import {
  IdSchema,
  LongText,
  Nullable,
  PageSchema,
  Text,
  TimestampSchema,
  VersionSchema,
} from './common.ts';

/**
 * The trade-promotion centre's events. `workshop` holds training and cross-border e-commerce
 * sessions, which the KPI report counts apart from the four trade kinds.
 */
export const eventKinds = [
  'trade_connection_conference',
  'goods_week',
  'fair',
  'market_survey_trip',
  'workshop',
] as const;
export type EventKind = (typeof eventKinds)[number];
export const EventKindSchema = Type.Enum(eventKinds);

/** `draft` (staff only) → `published` (public, open for registration) → `cancelled`. */
export const eventStatuses = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];
export const EventStatusSchema = Type.Enum(eventStatuses);

/**
 * What an event delivers to the businesses that take part: the KPI report counts the
 * organizations with an accepted registration under each (market information, training,
 * cross-border e-commerce support). Defaults by kind: `workshop` → training, others → market information.
 */
export const eventProgrammes = ['market_information', 'training', 'ecommerce_support'] as const;
export type EventProgramme = (typeof eventProgrammes)[number];
export const EventProgrammeSchema = Type.Enum(eventProgrammes);

export const defaultProgrammes = (kind: EventKind): EventProgramme[] =>
  kind === 'workshop' ? ['training'] : ['market_information'];

/** Event steps, named as their routes (`POST /events/:id/<action>`). */
export const eventTransitions = {
  publish: { from: ['draft'], to: 'published' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly EventStatus[]; to: EventStatus }>;

export const registrationStatuses = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
export const RegistrationStatusSchema = Type.Enum(registrationStatuses);

/** Registration steps: coordinators accept or decline; the organization (or staff) withdraws. */
export const registrationTransitions = {
  accept: { from: ['pending', 'declined'], to: 'accepted' },
  decline: { from: ['pending', 'accepted'], to: 'declined' },
  cancel: { from: ['pending', 'accepted'], to: 'cancelled' },
} as const satisfies Record<
  string,
  { from: readonly RegistrationStatus[]; to: RegistrationStatus }
>;
export type RegistrationAction = keyof typeof registrationTransitions;

const CountrySchema = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' });

/** One day's meeting hours, as instants: the first slot starts at `startsAt`; none ends after `endsAt`. */
export const MeetingHoursSchema = Type.Object(
  { startsAt: TimestampSchema, endsAt: TimestampSchema },
  { additionalProperties: false },
);
export type MeetingHours = Static<typeof MeetingHoursSchema>;

const eventFields = {
  kind: EventKindSchema,
  titleVi: Text({ minLength: 3, maxLength: 200 }),
  titleEn: Nullable(Text({ minLength: 3, maxLength: 200 })),
  descriptionVi: LongText({ maxLength: 10_000 }),
  descriptionEn: Nullable(LongText({ maxLength: 10_000 })),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  place: Text({ minLength: 2, maxLength: 300 }),
  country: CountrySchema,
  partnerRetailer: Nullable(
    Text({
      minLength: 2,
      maxLength: 200,
      description: 'e.g. the foreign chain hosting a goods week',
    }),
  ),
  capacity: Nullable(
    Type.Integer({
      minimum: 1,
      maximum: 10_000,
      description: 'Organizations accepted at most; null: no limit',
    }),
  ),
  registrationDeadline: Nullable(
    Type.String({
      format: 'date-time',
      description: 'Null: registration closes when the event starts',
    }),
  ),
  slotMinutes: Type.Integer({
    minimum: 10,
    maximum: 120,
    multipleOf: 5,
    description: 'B2B slot length; 20 when left out',
  }),
  tables: Type.Integer({
    minimum: 1,
    maximum: 500,
    description: 'B2B meeting tables; 10 when left out',
  }),
  meetingHours: Type.Array(MeetingHoursSchema, {
    maxItems: 31,
    description: 'One entry per day, in order; empty: the whole event is meeting time',
  }),
  programmes: Type.Array(EventProgrammeSchema, { uniqueItems: true, maxItems: 3 }),
};

export const CreateEventBodySchema = Type.Object(
  {
    kind: eventFields.kind,
    titleVi: eventFields.titleVi,
    titleEn: Type.Optional(eventFields.titleEn),
    descriptionVi: Type.Optional(eventFields.descriptionVi),
    descriptionEn: Type.Optional(eventFields.descriptionEn),
    startsAt: eventFields.startsAt,
    endsAt: eventFields.endsAt,
    place: eventFields.place,
    country: Type.Optional(eventFields.country),
    partnerRetailer: Type.Optional(eventFields.partnerRetailer),
    capacity: Type.Optional(eventFields.capacity),
    registrationDeadline: Type.Optional(eventFields.registrationDeadline),
    slotMinutes: Type.Optional(eventFields.slotMinutes),
    tables: Type.Optional(eventFields.tables),
    meetingHours: Type.Optional(eventFields.meetingHours),
    programmes: Type.Optional(eventFields.programmes),
  },
  { additionalProperties: false },
);
export type CreateEventBody = Static<typeof CreateEventBodySchema>;

export const UpdateEventBodySchema = Type.Object(
  {
    version: VersionSchema,
    kind: Type.Optional(eventFields.kind),
    titleVi: Type.Optional(eventFields.titleVi),
    titleEn: Type.Optional(eventFields.titleEn),
    descriptionVi: Type.Optional(eventFields.descriptionVi),
    descriptionEn: Type.Optional(eventFields.descriptionEn),
    startsAt: Type.Optional(eventFields.startsAt),
    endsAt: Type.Optional(eventFields.endsAt),
    place: Type.Optional(eventFields.place),
    country: Type.Optional(eventFields.country),
    partnerRetailer: Type.Optional(eventFields.partnerRetailer),
    capacity: Type.Optional(eventFields.capacity),
    registrationDeadline: Type.Optional(eventFields.registrationDeadline),
    slotMinutes: Type.Optional(eventFields.slotMinutes),
    tables: Type.Optional(eventFields.tables),
    meetingHours: Type.Optional(eventFields.meetingHours),
    programmes: Type.Optional(eventFields.programmes),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateEventBody = Static<typeof UpdateEventBodySchema>;

export const EventVersionBodySchema = Type.Object(
  { version: VersionSchema },
  { additionalProperties: false },
);

export const CancelEventBodySchema = Type.Object(
  { version: VersionSchema, reason: LongText({ minLength: 3, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type CancelEventBody = Static<typeof CancelEventBodySchema>;

export const EventRegistrationRefSchema = Type.Object({
  id: IdSchema,
  status: RegistrationStatusSchema,
  version: Type.Integer(),
});

export const EventSchema = Type.Object({
  id: IdSchema,
  kind: EventKindSchema,
  status: EventStatusSchema,
  titleVi: Type.String(),
  titleEn: Nullable(Type.String()),
  descriptionVi: Type.String(),
  descriptionEn: Nullable(Type.String()),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  place: Type.String(),
  country: Type.String(),
  partnerRetailer: Nullable(Type.String()),
  capacity: Nullable(Type.Integer()),
  registrationDeadline: TimestampSchema,
  slotMinutes: Type.Integer(),
  tables: Type.Integer(),
  meetingHours: Type.Array(MeetingHoursSchema),
  programmes: Type.Array(EventProgrammeSchema),
  /** Organizations accepted so far. */
  acceptedCount: Type.Integer(),
  /** Published, before the deadline and not full. */
  registrationOpen: Type.Boolean(),
  /** A producer's or distributor's own registration, if any (absent for others). */
  myRegistration: Type.Optional(Nullable(EventRegistrationRefSchema)),
  publishedAt: Nullable(TimestampSchema),
  cancelledAt: Nullable(TimestampSchema),
  cancelReason: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Event = Static<typeof EventSchema>;

export const EventPageSchema = PageSchema(EventSchema);
export type EventPage = Static<typeof EventPageSchema>;

/**
 * The public sees published events; staff may ask for any status. `registered=true`: events the
 * caller's organization registered for (any registration status).
 */
export const ListEventsQuerySchema = Type.Object(
  {
    kind: Type.Optional(EventKindSchema),
    status: Type.Optional(EventStatusSchema),
    country: Type.Optional(CountrySchema),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'Ends at or after' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Starts before' })),
    registered: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListEventsQuery = Static<typeof ListEventsQuerySchema>;

export const EventOrganizationSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  kind: Type.Enum(['producer', 'distributor']),
  provinceCode: Type.String(),
  country: Type.String(),
});
export type EventOrganization = Static<typeof EventOrganizationSchema>;

export const RegisterForEventBodySchema = Type.Object(
  { note: Type.Optional(LongText({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type RegisterForEventBody = Static<typeof RegisterForEventBodySchema>;

export const DecideRegistrationBodySchema = Type.Object(
  { version: VersionSchema, note: Type.Optional(LongText({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type DecideRegistrationBody = Static<typeof DecideRegistrationBodySchema>;

export const RegistrationParamsSchema = Type.Object(
  { id: IdSchema, rid: IdSchema },
  { additionalProperties: false },
);

export const RegistrationSchema = Type.Object({
  id: IdSchema,
  eventId: IdSchema,
  organization: EventOrganizationSchema,
  status: RegistrationStatusSchema,
  note: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  decidedAt: Nullable(TimestampSchema),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Registration = Static<typeof RegistrationSchema>;

export const RegistrationListSchema = Type.Object({ items: Type.Array(RegistrationSchema) });
export type RegistrationList = Static<typeof RegistrationListSchema>;

export const ListRegistrationsQuerySchema = Type.Object(
  { status: Type.Optional(RegistrationStatusSchema) },
  { additionalProperties: false },
);

/** Accepted organizations, for staff and for accepted participants choosing whom to meet. */
export const ParticipantListSchema = Type.Object({ items: Type.Array(EventOrganizationSchema) });
export type ParticipantList = Static<typeof ParticipantListSchema>;
