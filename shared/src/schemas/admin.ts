import { Type, type Static } from 'typebox';
import { LocaleSchema, RoleSchema } from '../enums.ts';
import { IdSchema, Nullable, PageSchema, Text, TimestampSchema } from './common.ts';
import { EmailSchema, PasswordSchema } from './auth.ts';

export const AdminUserSchema = Type.Object({
  id: IdSchema,
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  locale: LocaleSchema,
  organizationId: Nullable(IdSchema),
  disabled: Type.Boolean(),
  createdAt: TimestampSchema,
});
export type AdminUser = Static<typeof AdminUserSchema>;
export const AdminUserPageSchema = PageSchema(AdminUserSchema);

/** Staff accounts only: producers and distributors register themselves with their organization. */
export const CreateStaffUserBodySchema = Type.Object(
  {
    email: EmailSchema,
    password: PasswordSchema,
    name: Text({ minLength: 1, maxLength: 120 }),
    role: Type.Enum(['coordinator', 'admin']),
    locale: Type.Optional(LocaleSchema),
  },
  { additionalProperties: false },
);
export type CreateStaffUserBody = Static<typeof CreateStaffUserBodySchema>;

export const UpdateUserBodySchema = Type.Object(
  { disabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
