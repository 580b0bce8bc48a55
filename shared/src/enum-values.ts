/**
 * Status and role constants shared by server and web, without their TypeBox schemas (enums.ts):
 * the web app imports these at runtime, and importing `typebox` would put the whole library in
 * every page's first download.
 */
export const roles = ['producer', 'distributor', 'coordinator', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Roles a person may give themselves at registration; coordinators and admins are made by an admin. */
export const selfServiceRoles = ['producer', 'distributor'] as const;

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The visitor's chosen language: the web app writes it, the server renders public pages in it. */
export const LANGUAGE_COOKIE = 'ketnoi.language';

export const organizationKinds = ['producer', 'distributor', 'agency'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const verificationStatuses = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

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

export const legalForms = ['cooperative', 'enterprise', 'household', 'cooperative-group'] as const;
export type LegalForm = (typeof legalForms)[number];
