import { sql } from 'drizzle-orm';
import {
  char,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  eventKinds,
  eventProgrammes,
  eventStatuses,
  kpiMetrics,
  meetingOrigins,
  meetingOutcomes,
  meetingStatuses,
  registrationStatuses,
  type MeetingHours,
} from '@ketnoi/shared';
import { id, timestamps, version } from './columns.ts';
import { organizations } from './organizations.ts';
import { matches } from './sourcing.ts';
import { users } from './users.ts';

export const eventKind = pgEnum('event_kind', eventKinds);
export const eventStatus = pgEnum('event_status', eventStatuses);
export const eventProgramme = pgEnum('event_programme', eventProgrammes);
export const registrationStatus = pgEnum('registration_status', registrationStatuses);
export const meetingStatus = pgEnum('meeting_status', meetingStatuses);
export const meetingOutcome = pgEnum('meeting_outcome', meetingOutcomes);
export const meetingOrigin = pgEnum('meeting_origin', meetingOrigins);
export const kpiMetric = pgEnum('kpi_metric', kpiMetrics);

/** Trade connection conferences, goods weeks, fairs, survey trips and workshops. */
export const events = pgTable(
  'events',
  {
    id: id(),
    kind: eventKind().notNull(),
    status: eventStatus().notNull().default('draft'),
    titleVi: text().notNull(),
    titleEn: text(),
    descriptionVi: text().notNull().default(''),
    descriptionEn: text(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull(),
    /** ISO country where the event takes place; `VN` at home. */
    country: char({ length: 2 }).notNull().default('VN'),
    partnerRetailer: text(),
    /** Organizations accepted at most; null: no limit. */
    capacity: integer(),
    registrationDeadline: timestamp({ withTimezone: true }).notNull(),
    slotMinutes: smallint().notNull().default(20),
    tables: smallint().notNull().default(10),
    /** One window per day (shared MeetingHoursSchema); empty: the whole event. */
    meetingHours: jsonb().$type<MeetingHours[]>().notNull().default([]),
    /** What taking part counts for in the KPI report (market information, training, e-commerce). */
    programmes: eventProgramme()
      .array()
      .notNull()
      .default(sql`'{}'`),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    cancelReason: text(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('events_status_starts_idx').on(t.status, t.startsAt),
    index('events_starts_idx').on(t.startsAt),
    check('events_time_order', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** An organization's registration; one per event and organization. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    status: registrationStatus().notNull().default('pending'),
    registeredBy: uuid()
      .notNull()
      .references(() => users.id),
    note: text(),
    decidedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('event_registrations_event_org_key').on(t.eventId, t.organizationId),
    index('event_registrations_org_idx').on(t.organizationId, t.status),
    index('event_registrations_event_status_idx').on(t.eventId, t.status),
  ],
);

/**
 * B2B meetings. No organization and no table is in two active meetings (requested, accepted,
 * scheduled) at overlapping times: exclusion constraints in the custom migration
 * `meetings_exclusion` (drizzle cannot express EXCLUDE) enforce it under any concurrency.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id),
    producerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    distributorOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    matchId: uuid().references(() => matches.id),
    tableNo: smallint(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    status: meetingStatus().notNull(),
    origin: meetingOrigin().notNull(),
    /** Null when staff or the draft agenda booked it. */
    requestedByOrgId: uuid().references(() => organizations.id),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    note: text(),
    /** Set once the asked party accepted: the acceptance rate still counts it if later cancelled. */
    acceptedAt: timestamp({ withTimezone: true }),
    respondedBy: uuid(),
    respondedAt: timestamp({ withTimezone: true }),
    cancelledBy: uuid(),
    cancelReason: text(),
    outcome: meetingOutcome(),
    outcomeNote: text(),
    outcomeBy: uuid(),
    outcomeAt: timestamp({ withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('meetings_event_starts_idx').on(t.eventId, t.startsAt),
    index('meetings_producer_idx').on(t.producerOrgId, t.startsAt),
    index('meetings_distributor_idx').on(t.distributorOrgId, t.startsAt),
    index('meetings_starts_idx').on(t.startsAt),
    check('meetings_time_order', sql`${t.endsAt} > ${t.startsAt}`),
    check('meetings_table_positive', sql`${t.tableNo} is null or ${t.tableNo} > 0`),
  ],
);

/** The year's programme targets; actuals are computed (server/src/modules/kpis/metrics.ts). */
export const kpiTargets = pgTable(
  'kpi_targets',
  {
    id: id(),
    year: smallint().notNull(),
    metric: kpiMetric().notNull(),
    target: integer().notNull(),
    updatedBy: uuid(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('kpi_targets_year_metric_key').on(t.year, t.metric),
    check('kpi_targets_target_nonnegative', sql`${t.target} >= 0`),
  ],
);
