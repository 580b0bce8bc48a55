import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  demandStatuses,
  matchOrigins,
  matchStatuses,
  quoteStatuses,
  sampleStatuses,
  type DistributorRequirements,
} from '@ketnoi/shared';
import { id, timestamps, version } from './columns.ts';
import { organizations } from './organizations.ts';
import { products } from './products.ts';
// A cycle (events → meetings → matches here), safe: references are read lazily, at use.
import { events } from './programmes-events.ts';
import { provinces } from './reference.ts';
import { users } from './users.ts';

export const demandStatus = pgEnum('demand_status', demandStatuses);
export const matchStatus = pgEnum('match_status', matchStatuses);
export const matchOrigin = pgEnum('match_origin', matchOrigins);
export const sampleStatus = pgEnum('sample_status', sampleStatuses);
export const quoteStatus = pgEnum('quote_status', quoteStatuses);

/** A distributor's sourcing request. Money in the currency's smallest unit. */
export const demands = pgTable(
  'demands',
  {
    id: id(),
    distributorOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    status: demandStatus().notNull().default('draft'),
    title: text().notNull(),
    description: text().notNull().default(''),
    ocopGroup: text(),
    category: text(),
    quantityPerOrder: doublePrecision().notNull(),
    quantityPerMonth: doublePrecision(),
    unit: text().notNull(),
    priceMin: bigint({ mode: 'number' }),
    priceMax: bigint({ mode: 'number' }),
    currency: char({ length: 3 }).notNull().default('VND'),
    incoterm: text(),
    incotermPlace: text(),
    requiredCertifications: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    minOcopStars: smallint(),
    /** ISO country; `VN` is the domestic market. */
    destinationCountry: char({ length: 2 }).notNull().default('VN'),
    preferredProvinces: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    preferredRegions: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    neededBy: date({ mode: 'string' }),
    /** Tightenings of the organization's standing requirements; merged over them when scoring. */
    requirements: jsonb().$type<Partial<DistributorRequirements>>(),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('demands_distributor_idx').on(t.distributorOrgId, t.updatedAt.desc()),
    index('demands_open_idx')
      .on(t.updatedAt)
      .where(sql`${t.status} = 'open'`),
  ],
);

/**
 * Demand × product, one row per pair. Engine re-scores update only `proposed` rows: once a person
 * has decided (any other status), score and breakdown stay as they were shown to them.
 */
export const matches = pgTable(
  'matches',
  {
    id: id(),
    demandId: uuid()
      .notNull()
      .references(() => demands.id),
    productId: uuid()
      .notNull()
      .references(() => products.id),
    /** Denormalized from demand and product: every list is filtered by one of the parties. */
    distributorOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    producerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    origin: matchOrigin().notNull().default('engine'),
    status: matchStatus().notNull().default('proposed'),
    score: real().notNull(),
    /** Features, weights and gaps as scored (shared MatchBreakdownSchema). */
    breakdown: jsonb().notNull(),
    /** Pooled proposal: producers of one province who could fill the demand together share it. */
    poolId: uuid(),
    scoredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    introducedAt: timestamp({ withTimezone: true }),
    lostReason: text(),
    /** Set when the 3-day nudge for the current step went out, cleared on the next step. */
    remindedAt: timestamp({ withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('matches_demand_product_key').on(t.demandId, t.productId),
    index('matches_status_score_idx').on(t.status, t.score.desc()),
    index('matches_demand_score_idx').on(t.demandId, t.score.desc()),
    index('matches_product_idx').on(t.productId),
    index('matches_producer_idx').on(t.producerOrgId, t.status),
    index('matches_distributor_idx').on(t.distributorOrgId, t.status),
    index('matches_pool_idx')
      .on(t.poolId)
      .where(sql`${t.poolId} is not null`),
  ],
);

export const sampleRequests = pgTable(
  'sample_requests',
  {
    id: id(),
    productId: uuid()
      .notNull()
      .references(() => products.id),
    producerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    distributorOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    matchId: uuid().references(() => matches.id),
    status: sampleStatus().notNull().default('requested'),
    quantity: doublePrecision().notNull(),
    unit: text().notNull(),
    deliveryAddress: text().notNull(),
    note: text(),
    declineReason: text(),
    carrier: text(),
    trackingNumber: text(),
    /** Structured evaluation (shared SampleEvaluationSchema), visible to the producer. */
    evaluation: jsonb(),
    answeredAt: timestamp({ withTimezone: true }),
    shippedAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    evaluatedAt: timestamp({ withTimezone: true }),
    remindedAt: timestamp({ withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('sample_requests_producer_idx').on(t.producerOrgId, t.createdAt.desc()),
    index('sample_requests_distributor_idx').on(t.distributorOrgId, t.createdAt.desc()),
    index('sample_requests_match_idx').on(t.matchId),
    index('sample_requests_unanswered_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'requested'`),
  ],
);

export const quotes = pgTable(
  'quotes',
  {
    id: id(),
    matchId: uuid()
      .notNull()
      .references(() => matches.id),
    producerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    distributorOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    /** The quote this one revises, after the distributor asked for a revision. */
    revisionOf: uuid(),
    status: quoteStatus().notNull().default('sent'),
    pricePerUnit: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    unit: text().notNull(),
    incoterm: text(),
    namedPlace: text(),
    moq: doublePrecision().notNull(),
    leadTimeDays: integer().notNull(),
    paymentTerms: text().notNull(),
    validUntil: date({ mode: 'string' }).notNull(),
    note: text(),
    responseNote: text(),
    respondedAt: timestamp({ withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('quotes_match_idx').on(t.matchId, t.createdAt.desc()),
    uniqueIndex('quotes_revision_key')
      .on(t.revisionOf)
      .where(sql`${t.revisionOf} is not null`),
  ],
);

/** MoUs and contracts: from a won match, or (trade programmes) from an event. */
export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    kind: text().notNull().default('contract'),
    matchId: uuid().references(() => matches.id),
    producerOrgId: uuid().references(() => organizations.id),
    distributorOrgId: uuid().references(() => organizations.id),
    /** A province ↔ city agreement: the province is the other party; no organization, no match. */
    provinceCode: text().references(() => provinces.code),
    /** The trade event it was signed at. */
    eventId: uuid().references(() => events.id),
    title: text().notNull(),
    signedOn: date({ mode: 'string' }).notNull(),
    value: bigint({ mode: 'number' }),
    currency: char({ length: 3 }),
    productIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'`),
    note: text(),
    /** Storage key of the signed document (server-made, always a PDF), its size and upload time. */
    documentKey: text(),
    documentBytes: integer(),
    documentUploadedAt: timestamp({ withTimezone: true }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('agreements_match_idx').on(t.matchId),
    index('agreements_signed_idx').on(t.signedOn),
    index('agreements_event_idx')
      .on(t.eventId)
      .where(sql`${t.eventId} is not null`),
    // Either two organizations (a producer and a distributor) or a province and the city.
    check(
      'agreements_parties_check',
      sql`(${t.provinceCode} is null and ${t.producerOrgId} is not null and ${t.distributorOrgId} is not null) or (${t.provinceCode} is not null and ${t.producerOrgId} is null and ${t.distributorOrgId} is null and ${t.matchId} is null)`,
    ),
    check(
      'agreements_document_check',
      sql`(${t.documentKey} is null and ${t.documentBytes} is null and ${t.documentUploadedAt} is null) or (${t.documentKey} is not null and ${t.documentBytes} is not null and ${t.documentUploadedAt} is not null)`,
    ),
  ],
);

/**
 * Creating POSTs with an `Idempotency-Key` header: the first response is stored and replayed
 * for the same actor and key; the same key with a different request is refused.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actorId: uuid().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    statusCode: smallint(),
    response: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.actorId, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);

/** Last successful run of a periodic job, so the next run takes only what changed since. */
export const jobCheckpoints = pgTable('job_checkpoints', {
  name: text().primaryKey(),
  lastRunAt: timestamp({ withTimezone: true }).notNull(),
  detail: jsonb(),
});

/** Response rate and median response time per producer: the badge and the responsiveness feature. */
export const producerResponseStats = pgTable('producer_response_stats', {
  producerOrgId: uuid()
    .primaryKey()
    .references(() => organizations.id),
  requests: integer().notNull().default(0),
  answered: integer().notNull().default(0),
  /** Median time to first answer, in hours, over answered requests and introductions. */
  medianResponseHours: real(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
