/**
 * The API's contract as the web app uses it. Everything here comes from `@ketnoi/shared`, the
 * single definition the server validates and serializes with; only what exists on the client
 * alone (the network-failure code, the generic page envelope, a few derived unions) is declared
 * here.
 *
 * Runtime lists are imported from the small `enum-values` and `error-codes` modules rather than
 * the package root, so the bundle pulls in neither TypeBox nor every request/response schema.
 */
import {
  errorCodes as serverErrorCodes,
  type ErrorCode as ServerErrorCode,
} from '@ketnoi/shared/error-codes';
import type {
  CertificateScheme,
  CertificateStatus,
  CreateStaffUserBody,
  ImportStatus,
  ProductStatus,
  ReferenceData,
  RegisterBody,
  SearchFacet,
  SearchSort,
  StorageMode,
  certificateEvidenceRules as sharedEvidenceRules,
  productImageRules as sharedImageRules,
} from '@ketnoi/shared';
import type { CurrencyCode, UnitCode } from '@ketnoi/shared/reference/trade';

export {
  distributorChannels,
  LANGUAGE_COOKIE,
  legalForms,
  locales,
  organizationKinds,
  roles,
  selfServiceRoles,
  verificationStatuses,
  type DistributorChannel,
  type LegalForm,
  type Locale,
  type OrganizationKind,
  type Role,
  type VerificationStatus,
} from '@ketnoi/shared/enum-values';

export type {
  AdminUser,
  Certificate,
  CertificatePage,
  CertificateScheme,
  CertificateStatus,
  CreateCertificateBody,
  CreateProductBody,
  CreateStaffUserBody,
  Import,
  ImportPage,
  ImportRowError,
  ImportStatus,
  ImportSummary,
  LoginBody,
  Me,
  Notification,
  NotificationList,
  Organization,
  OrganizationInput,
  ProblemDetails,
  Product,
  ProductImage,
  ProductPage,
  ProductStatus,
  RegisterBody,
  RetailReadiness,
  SearchFacet,
  SearchHit,
  SearchProductsQuery,
  SearchResult,
  SavedSearch,
  SavedSearchFilters,
  SavedSearchList,
  CreateSavedSearchBody,
  SearchSort,
  Session,
  StorageMode,
  UpdateCertificateBody,
  UpdateOrganizationBody,
  UpdateProductBody,
  User,
} from '@ketnoi/shared';
export type { CurrencyCode, UnitCode } from '@ketnoi/shared/reference/trade';

export type SelfServiceRole = RegisterBody['role'];
export type StaffRole = CreateStaffUserBody['role'];
/** The roles an admin may create (the shared schema's enum, listed for the form's select). */
export const staffRoles = ['coordinator', 'admin'] as const satisfies readonly StaffRole[];

/** What `GET /reference` returns. */
export type Reference = ReferenceData;
export type Province = ReferenceData['provinces'][number];
export type Region = ReferenceData['regions'][number];

/** Problem `code`s: the server's (shared `error-codes.ts`) plus the client's own NETWORK_ERROR. */
export type ErrorCode = ServerErrorCode | 'NETWORK_ERROR';
export const errorCodes: readonly ErrorCode[] = [
  ...(Object.keys(serverErrorCodes) as ServerErrorCode[]),
  'NETWORK_ERROR',
];

/** The list envelope of paged endpoints (shared `PageSchema(item)`), for any item type. */
export type Page<T> = { items: T[]; total: number; page: number; limit: number };

/*
 * Lists the screens iterate over. The shared package defines them next to TypeBox schemas that
 * would pull the validator and every reference table into the bundle, so they are repeated here,
 * each checked against the shared type (a value the server does not know fails `tsc`), and the
 * locale tests check each one is translated.
 */
export const productStatuses = [
  'draft',
  'pending_review',
  'published',
  'rejected',
  'archived',
] as const satisfies readonly ProductStatus[];
export const storageModes = [
  'ambient',
  'chilled',
  'frozen',
] as const satisfies readonly StorageMode[];
export const searchSorts = [
  'relevance',
  'stars',
  'newest',
  'price_asc',
  'price_desc',
] as const satisfies readonly SearchSort[];
export const searchFacets = [
  'group',
  'category',
  'province',
  'region',
  'stars',
  'certifications',
  'storage',
  'exportedTo',
] as const satisfies readonly SearchFacet[];
export const certificateStatuses = [
  'valid',
  'expiring',
  'expired',
  'unverified',
] as const satisfies readonly CertificateStatus[];
/** Shared `certificateSchemes`: the certifications reference plus `ocop` (a star rating). */
export const certificateSchemes = [
  'ocop',
  'vietgap',
  'globalgap',
  'organic-vn',
  'organic-eu',
  'organic-usda',
  'organic-jas',
  'haccp',
  'iso22000',
  'fssc22000',
  'brcgs',
  'ifs',
  'halal',
  'fda-ffr',
  'food-safety-facility',
  'self-declaration',
  'gi',
  '4c',
  'gs1-barcode',
  'traceability-stamp',
] as const satisfies readonly CertificateScheme[];
/** Schemes whose certificates may have no expiry date (shared `openEndedSchemes`). */
export const openEndedSchemes = [
  'gi',
  'self-declaration',
  'gs1-barcode',
  'traceability-stamp',
] as const satisfies readonly CertificateScheme[];
export const importStatuses = [
  'queued',
  'running',
  'done',
  'failed',
] as const satisfies readonly ImportStatus[];
export const reviewProductStatuses = [
  'pending_review',
  'published',
  'rejected',
] as const satisfies readonly ProductStatus[];
export const unitCodes = [
  'kg',
  'g',
  'tonne',
  'l',
  'ml',
  'piece',
  'bottle',
  'box',
  'pack',
  'jar',
  'bag',
  'sack',
  'carton',
] as const satisfies readonly UnitCode[];
export const currencyCodes = [
  'VND',
  'USD',
  'EUR',
  'JPY',
  'KRW',
  'THB',
  'CNY',
  'SGD',
] as const satisfies readonly CurrencyCode[];

/** Upload rules the server enforces (shared `productImageRules`), checked before sending. */
export const imageRules = {
  maxImages: 8,
  maxBytes: 10 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/webp'],
} as const satisfies Pick<typeof sharedImageRules, 'maxImages' | 'maxBytes' | 'types'>;
export const evidenceRules = {
  maxBytes: 5 * 1024 * 1024,
  types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
} as const satisfies typeof sharedEvidenceRules;
/** The server's import limit (`MAX_IMPORT_BYTES`, 10 MiB; not exported by shared). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
