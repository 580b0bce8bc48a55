import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  date,
  doublePrecision,
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
  campaignEntryOrigins,
  campaignEntryStatuses,
  campaignStatuses,
  marketGuideStatuses,
  type Bilingual,
  type MarketContact,
  type ReadinessItem,
} from '@ketnoi/shared';
import { id, timestamps, version } from './columns.ts';
import { organizations } from './organizations.ts';
import { products } from './products.ts';
import { sampleRequests } from './sourcing.ts';
import { users } from './users.ts';

export const marketGuideStatus = pgEnum('market_guide_status', marketGuideStatuses);
export const campaignStatus = pgEnum('campaign_status', campaignStatuses);
export const campaignEntryStatus = pgEnum('campaign_entry_status', campaignEntryStatuses);
export const campaignEntryOrigin = pgEnum('campaign_entry_origin', campaignEntryOrigins);

/**
 * What a destination market — or one retailer in it (`retailer_name`) — requires of a product.
 * The checkable requirements are columns (the gap checklist, campaign screening and the matching
 * engine read them); the prose is in both languages, Vietnamese required.
 */
export const marketGuides = pgTable(
  'market_guides',
  {
    id: id(),
    /** ISO 3166-1 alpha-2; `EU` for the European Union's single market. */
    country: char({ length: 2 }).notNull(),
    retailerName: text(),
    status: marketGuideStatus().notNull().default('draft'),
    titleVi: text().notNull(),
    titleEn: text(),
    requiredCertifications: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    anyOfCertifications: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    labelLanguages: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    minShelfLifeDays: integer(),
    minRemainingShelfLifePercent: smallint(),
    transitDays: smallint(),
    labellingVi: text(),
    labellingEn: text(),
    packagingVi: text(),
    packagingEn: text(),
    documents: jsonb().$type<Bilingual[]>().notNull().default([]),
    moqQuantity: doublePrecision(),
    moqUnit: text(),
    moqTextVi: text(),
    moqTextEn: text(),
    contacts: jsonb().$type<MarketContact[]>().notNull().default([]),
    notesVi: text(),
    notesEn: text(),
    publishedAt: timestamp({ withTimezone: true }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('market_guides_country_idx').on(t.country, t.status),
    check('market_guides_moq_check', sql`(${t.moqQuantity} is null) = (${t.moqUnit} is null)`),
  ],
);

/**
 * A foreign retailer's call for products ("Vietnam Goods Week"): its criteria, the application
 * window and the event dates. Dates are calendar days in Asia/Ho_Chi_Minh.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: id(),
    status: campaignStatus().notNull().default('draft'),
    titleVi: text().notNull(),
    titleEn: text(),
    retailerName: text().notNull(),
    /**
     * The retailer (or its importer) when it is a verified distributor on the platform: sample
     * requests of the campaign's entries are then made in its name (campaign-entries.service.ts).
     */
    retailerOrgId: uuid().references(() => organizations.id),
    country: char({ length: 2 }).notNull(),
    eventStartsOn: date({ mode: 'string' }).notNull(),
    eventEndsOn: date({ mode: 'string' }).notNull(),
    applicationDeadline: date({ mode: 'string' }).notNull(),
    marketGuideId: uuid().references(() => marketGuides.id),
    ocopGroups: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    requiredCertifications: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    minShelfLifeDays: integer(),
    minRemainingShelfLifePercent: smallint(),
    transitDays: smallint(),
    labelLanguages: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    moqQuantity: doublePrecision(),
    moqUnit: text(),
    moqTextVi: text(),
    moqTextEn: text(),
    incoterm: text(),
    notesVi: text(),
    notesEn: text(),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('campaigns_status_idx').on(t.status, t.eventStartsOn.desc()),
    check('campaigns_dates_check', sql`${t.eventEndsOn} >= ${t.eventStartsOn}`),
    check('campaigns_deadline_check', sql`${t.applicationDeadline} <= ${t.eventStartsOn}`),
    check('campaigns_moq_check', sql`(${t.moqQuantity} is null) = (${t.moqUnit} is null)`),
  ],
);

/** One product in one campaign, from application or invitation to listing (or its end). */
export const campaignEntries = pgTable(
  'campaign_entries',
  {
    id: id(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id),
    productId: uuid()
      .notNull()
      .references(() => products.id),
    /** Denormalized from the product: producers list their own entries by it. */
    producerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    origin: campaignEntryOrigin().notNull(),
    status: campaignEntryStatus().notNull(),
    /** The product against the criteria when it entered (or accepted the invitation). */
    eligibleAtEntry: boolean().notNull(),
    gaps: jsonb().$type<ReadinessItem[]>().notNull().default([]),
    note: text(),
    decisionNote: text(),
    invitedBy: uuid().references(() => users.id),
    invitedAt: timestamp({ withTimezone: true }),
    appliedAt: timestamp({ withTimezone: true }),
    shortlistedAt: timestamp({ withTimezone: true }),
    selectedAt: timestamp({ withTimezone: true }),
    sampleRequestedAt: timestamp({ withTimezone: true }),
    /** The real sample request made at the `sample_requested` step (campaigns with a retailer organization). */
    sampleRequestId: uuid().references(() => sampleRequests.id),
    listedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    reorderCount: integer().notNull().default(0),
    reorderQuantity: doublePrecision().notNull().default(0),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('campaign_entries_campaign_product_key').on(t.campaignId, t.productId),
    uniqueIndex('campaign_entries_sample_request_key').on(t.sampleRequestId),
    index('campaign_entries_campaign_status_idx').on(t.campaignId, t.status),
    index('campaign_entries_producer_idx').on(t.producerOrgId, t.createdAt.desc()),
    // The KPI "products placed into foreign networks" counts listings by year.
    index('campaign_entries_listed_idx')
      .on(t.listedAt)
      .where(sql`${t.listedAt} is not null`),
  ],
);

/** Orders placed after the week for a listed entry. Money in the currency's smallest unit. */
export const campaignReorders = pgTable(
  'campaign_reorders',
  {
    id: id(),
    entryId: uuid()
      .notNull()
      .references(() => campaignEntries.id),
    orderedOn: date({ mode: 'string' }).notNull(),
    quantity: doublePrecision().notNull(),
    unit: text().notNull(),
    value: bigint({ mode: 'number' }),
    currency: char({ length: 3 }),
    note: text(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('campaign_reorders_entry_idx').on(t.entryId, t.orderedOn),
    check('campaign_reorders_quantity_check', sql`${t.quantity} > 0`),
    check('campaign_reorders_money_check', sql`(${t.value} is null) = (${t.currency} is null)`),
  ],
);
