import { relations } from 'drizzle-orm';
import { organizations } from './organizations.ts';
import { users } from './users.ts';

export const usersRelations = relations(users, ({ one }) => ({
  organization: one(organizations, {
    fields: [users.organizationId],
    references: [organizations.id],
  }),
}));

export const organizationsRelations = relations(organizations, ({ many }) => ({
  users: many(users),
}));
