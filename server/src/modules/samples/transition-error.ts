import { AppError } from '../../lib/errors.ts';

/** A step not allowed from the current status: 409 with the steps that are (`allowed`). */
export const invalidTransition = (message: string, allowed: readonly string[]) =>
  new AppError('INVALID_TRANSITION', message, { data: { allowed: [...allowed] } });
