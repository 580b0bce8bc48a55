import { AppError } from '../../lib/errors.ts';

/** 409 INVALID_TRANSITION listing the statuses reachable from the current one (guides, campaigns, entries). */
export const invalidTransition = (message: string, allowed: readonly string[]) =>
  new AppError('INVALID_TRANSITION', message, { data: { allowed: [...allowed] } });
