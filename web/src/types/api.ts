/**
 * The API's contract as the web app uses it. Everything here comes from `@ketnoi/shared`, the
 * single definition the server validates and serializes with; only what exists on the client
 * alone (the network-failure code, the generic page envelope, a few derived unions) is declared
 * here.
 *
 * Runtime lists are imported from the small `enums` and `error-codes` modules rather than the
 * package root, so the bundle does not pull in every request/response schema.
 */
import {
  errorCodes as serverErrorCodes,
  type ErrorCode as ServerErrorCode,
} from '@ketnoi/shared/error-codes';
import type { CreateStaffUserBody, ReferenceData, RegisterBody } from '@ketnoi/shared';

export {
  distributorChannels,
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
} from '@ketnoi/shared/enums';

export type {
  AdminUser,
  CreateStaffUserBody,
  LoginBody,
  Me,
  Notification,
  NotificationList,
  Organization,
  OrganizationInput,
  ProblemDetails,
  RegisterBody,
  RetailReadiness,
  Session,
  UpdateOrganizationBody,
  User,
} from '@ketnoi/shared';

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
