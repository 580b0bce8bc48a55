import { errorCodes, type ErrorCode } from '@ketnoi/shared';

import type { Localized } from './locale.ts';

/** A message may be given in both languages; the error handler picks the caller's. */
export type FieldError = { path: string; message: string | Localized };

/**
 * The one error type services throw. `code` is stable (shared/src/error-codes.ts) and decides
 * the HTTP status; the error handler renders it as RFC 9457 problem details.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      errors?: FieldError[];
      headers?: Record<string, string>;
      data?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
    this.status = errorCodes[code];
  }
}

export const notFound = (what = 'Resource') => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError('FORBIDDEN', message);
export const versionConflict = (currentVersion: number) =>
  new AppError(
    'VERSION_CONFLICT',
    'This record was changed by someone else. Reload it and try again.',
    {
      data: { currentVersion },
    },
  );
/** A 400 about one field, with its message in both languages. */
export const fieldError = (code: ErrorCode, path: string, message: Localized) =>
  new AppError(code, `${path}: ${message.en}`, { errors: [{ path, message }] });

export const invalidState = (message: string, allowed?: string[]) =>
  new AppError('INVALID_STATE', message, allowed ? { data: { allowed } } : {});
