import {
  boolean,
  customType,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { locales, roles } from '@ketnoi/shared';
import { id, timestamps } from './columns.ts';
import { organizations } from './organizations.ts';

/** Case-insensitive text: "An@x.vn" and "an@X.VN" are one account. */
const citext = customType<{ data: string }>({ dataType: () => 'citext' });

export const role = pgEnum('role', roles);
export const locale = pgEnum('locale', locales);

export const users = pgTable(
  'users',
  {
    id: id(),
    email: citext().notNull().unique(),
    passwordHash: text().notNull(),
    name: text().notNull(),
    role: role().notNull(),
    organizationId: uuid().references(() => organizations.id),
    locale: locale().notNull().default('vi'),
    disabled: boolean().notNull().default(false),
    /** Access tokens issued before this instant are refused (logout everywhere, disable, role change). */
    tokensValidAfter: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('users_organization_idx').on(t.organizationId)],
);

/**
 * Refresh tokens are stored as SHA-256 hashes only. Each login starts a family; a refresh rotates
 * the token within its family, and presenting an already-rotated token revokes the whole family.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid().notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    rotatedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('refresh_tokens_family_idx').on(t.familyId),
    index('refresh_tokens_user_idx').on(t.userId),
  ],
);
