import { Type } from 'typebox';

/** Status and role constants shared by server and web; each has its TypeBox schema beside it. */
export const roles = ['producer', 'distributor', 'coordinator', 'admin'] as const;
export type Role = (typeof roles)[number];
export const RoleSchema = Type.Enum(roles);

/** Roles a person may give themselves at registration; coordinators and admins are made by an admin. */
export const selfServiceRoles = ['producer', 'distributor'] as const;
export const SelfServiceRoleSchema = Type.Enum(selfServiceRoles);

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const LocaleSchema = Type.Enum(locales);

export const organizationKinds = ['producer', 'distributor', 'agency'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
export const OrganizationKindSchema = Type.Enum(organizationKinds);

export const verificationStatuses = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];
export const VerificationStatusSchema = Type.Enum(verificationStatuses);

export const distributorChannels = [
  'supermarket-chain',
  'convenience-chain',
  'agri-food-chain',
  'trade-centre',
  'ocop-showcase',
  'online-marketplace',
  'importer-wholesaler',
  'overseas-vietnamese-network',
  'other',
] as const;
export type DistributorChannel = (typeof distributorChannels)[number];
export const DistributorChannelSchema = Type.Enum(distributorChannels);

export const legalForms = ['cooperative', 'enterprise', 'household', 'cooperative-group'] as const;
export type LegalForm = (typeof legalForms)[number];
export const LegalFormSchema = Type.Enum(legalForms);
