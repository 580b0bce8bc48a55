import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorCodes, type ErrorCode } from '@/types/api';

export function isKnownErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (errorCodes as readonly string[]).includes(code);
}

/**
 * What to tell a person about a failure: the translation of the problem's stable `code` when
 * we know it, else the server's own `detail` (already in the request's Accept-Language).
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    if (isKnownErrorCode(error.code)) {
      return t(`errors.${error.code}`);
    }
    return error.problem.detail || error.problem.title || t('errors.unknown');
  }
  return t('errors.unknown');
}

export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback((error: unknown) => errorMessage(t, error), [t]);
}

/**
 * Problem `errors[]` split into the ones a form can show beside a field (matched by JSON
 * pointer `path`, e.g. `/organization/taxCode`) and the rest. Codes that are about one field
 * (`EMAIL_TAKEN` → `/email`) land on that field too.
 */
export function problemFieldErrors(
  error: unknown,
  fieldPaths: readonly string[],
  codeFields: Partial<Record<ErrorCode, string>> = {},
): { fields: Record<string, string>; unmatched: string[]; codeField: string | null } {
  const fields: Record<string, string> = {};
  const unmatched: string[] = [];
  let codeField: string | null = null;
  if (!isApiError(error)) {
    return { fields, unmatched, codeField };
  }
  for (const item of error.problem.errors ?? []) {
    if (fieldPaths.includes(item.path)) {
      fields[item.path] ??= item.message;
    } else {
      unmatched.push(item.path ? `${item.path}: ${item.message}` : item.message);
    }
  }
  if (isKnownErrorCode(error.code)) {
    const path = codeFields[error.code];
    if (path && fieldPaths.includes(path)) {
      codeField = path;
    }
  }
  return { fields, unmatched, codeField };
}
