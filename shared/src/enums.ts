import { Type } from 'typebox';
import {
  distributorChannels,
  legalForms,
  locales,
  organizationKinds,
  roles,
  selfServiceRoles,
  verificationStatuses,
} from './enum-values.ts';

/**
 * Status and role constants shared by server and web, each with its TypeBox schema. The lists
 * themselves live in enum-values.ts, which the web app imports without TypeBox.
 */
export * from './enum-values.ts';

export const RoleSchema = Type.Enum(roles);
export const SelfServiceRoleSchema = Type.Enum(selfServiceRoles);
export const LocaleSchema = Type.Enum(locales);
export const OrganizationKindSchema = Type.Enum(organizationKinds);
export const VerificationStatusSchema = Type.Enum(verificationStatuses);
export const DistributorChannelSchema = Type.Enum(distributorChannels);
export const LegalFormSchema = Type.Enum(legalForms);
