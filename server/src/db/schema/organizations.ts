import { sql } from 'drizzle-orm';
import {
  char,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  distributorChannels,
  legalForms,
  organizationKinds,
  verificationStatuses,
  type DistributorRequirements,
  type RetailReadiness,
} from '@ketnoi/shared';
import { id, timestamps, version } from './columns.ts';
import { provinces } from './reference.ts';

export const organizationKind = pgEnum('organization_kind', organizationKinds);
export const verificationStatus = pgEnum('verification_status', verificationStatuses);
export const distributorChannel = pgEnum('distributor_channel', distributorChannels);
export const legalForm = pgEnum('legal_form', legalForms);

export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    kind: organizationKind().notNull(),
    legalName: text().notNull(),
    tradingName: text(),
    /** Vietnamese MST, normalized: 10 digits or 10-3. One organization per tax code. */
    taxCode: text().notNull(),
    provinceCode: text()
      .notNull()
      .references(() => provinces.code),
    address: text(),
    country: char({ length: 2 }).notNull().default('VN'),
    channel: distributorChannel(),
    legalForm: legalForm(),
    descriptionVi: text(),
    descriptionEn: text(),
    contactName: text(),
    contactEmail: text(),
    contactPhone: text(),
    website: text(),
    /** Producers: what they can offer a retailer (shared RetailReadinessSchema). */
    retailReadiness: jsonb().$type<RetailReadiness>(),
    /** Distributors: the commercial terms they ask of suppliers (shared DistributorRequirementsSchema). */
    requirements: jsonb().$type<DistributorRequirements>(),
    verificationStatus: verificationStatus().notNull().default('pending'),
    verificationNote: text(),
    verifiedBy: uuid(),
    verifiedAt: timestamp({ withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organizations_tax_code_key').on(t.taxCode),
    index('organizations_review_idx').on(t.verificationStatus, t.createdAt),
    index('organizations_province_idx').on(t.provinceCode),
    index('organizations_legal_name_idx').on(sql`lower(${t.legalName})`),
  ],
);
