import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps, version } from './columns.ts';
import { organizations } from './organizations.ts';
import { products } from './products.ts';
import { users } from './users.ts';

/**
 * A producer's certificates: producer-level (`product_id` null, counted for every product of the
 * producer) or of one product. A certificate counts — badges, search filters, matching — only
 * while it is verified by a coordinator and `expires_on` (the last valid day, inclusive, in
 * Asia/Ho_Chi_Minh) has not passed; see modules/certificates/certificates.validity.ts.
 * `scheme` is a code of the certifications reference or `ocop`; it is checked by the API, not
 * by an enum, so the reference can grow without a migration.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    productId: uuid().references(() => products.id, { onDelete: 'cascade' }),
    scheme: text().notNull(),
    stars: smallint(),
    issuer: text().notNull(),
    number: text().notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    expiresOn: date({ mode: 'string' }),
    /** Storage key of the evidence file (server-made); type and size as detected at upload. */
    evidenceKey: text(),
    evidenceContentType: text(),
    evidenceBytes: integer(),
    verifiedAt: timestamp({ withTimezone: true }),
    verifiedBy: uuid().references(() => users.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('certificates_organization_idx').on(t.organizationId),
    index('certificates_product_idx').on(t.productId),
    // The daily reminder job reads certificates by expiry date.
    index('certificates_expires_on_idx')
      .on(t.expiresOn)
      .where(sql`${t.expiresOn} is not null`),
    check(
      'certificates_stars_check',
      sql`(${t.scheme} = 'ocop' and ${t.stars} between 3 and 5) or (${t.scheme} <> 'ocop' and ${t.stars} is null)`,
    ),
    check(
      'certificates_dates_check',
      sql`${t.expiresOn} is null or ${t.expiresOn} >= ${t.issuedOn}`,
    ),
    check(
      'certificates_evidence_check',
      sql`(${t.evidenceKey} is null and ${t.evidenceContentType} is null and ${t.evidenceBytes} is null) or (${t.evidenceKey} is not null and ${t.evidenceContentType} is not null and ${t.evidenceBytes} is not null)`,
    ),
    check(
      'certificates_verified_check',
      sql`(${t.verifiedAt} is null) = (${t.verifiedBy} is null)`,
    ),
  ],
);
