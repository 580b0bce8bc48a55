import { Type, type Static } from 'typebox';
import { LocaleSchema, RoleSchema, SelfServiceRoleSchema } from '../enums.ts';
import { IdSchema, Nullable, Text } from './common.ts';
import { OrganizationInputSchema, OrganizationSchema } from './organizations.ts';

export const EmailSchema = Type.String({ format: 'email', minLength: 3, maxLength: 254 });

/**
 * 8–256 characters. Compared after NFC normalization, so "ệ" typed on any keyboard matches.
 * The upper bound keeps argon2 work bounded; common passwords are refused by the service.
 */
export const PasswordSchema = Type.String({ minLength: 8, maxLength: 256 });

export const UserSchema = Type.Object({
  id: IdSchema,
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  locale: LocaleSchema,
  organizationId: Nullable(IdSchema),
});
export type User = Static<typeof UserSchema>;

export const RegisterBodySchema = Type.Object(
  {
    email: EmailSchema,
    password: PasswordSchema,
    name: Text({ minLength: 1, maxLength: 120 }),
    locale: Type.Optional(LocaleSchema),
    role: SelfServiceRoleSchema,
    organization: OrganizationInputSchema,
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBodySchema>;

export const LoginBodySchema = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBodySchema>;

/** Cookie-authenticated routes take an empty JSON object: a JSON body cannot be sent cross-site without CORS. */
export const EmptyBodySchema = Type.Object({}, { additionalProperties: false });

export const SessionSchema = Type.Object({ accessToken: Type.String(), user: UserSchema });
export type Session = Static<typeof SessionSchema>;

export const MeSchema = Type.Object({
  user: UserSchema,
  organization: Nullable(OrganizationSchema),
});
export type Me = Static<typeof MeSchema>;
