import type { Locale, OrganizationKind, Role, VerificationStatus } from '@ketnoi/shared';

/** Who is asking: loaded from the database on every authenticated request, never from the token alone. */
export type Actor = {
  id: string;
  role: Role;
  locale: Locale;
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  organizationStatus: VerificationStatus | null;
};

export const isStaff = (actor: Actor | null | undefined): boolean =>
  actor?.role === 'coordinator' || actor?.role === 'admin';
