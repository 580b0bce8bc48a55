import { AppError } from '../../lib/errors.ts';

/** A step not allowed from the current status: 409 INVALID_TRANSITION listing the steps that are. */
export const invalidTransition = (message: string, allowed: string[]) =>
  new AppError('INVALID_TRANSITION', message, { data: { allowed } });

/** The named steps of a transition table whose `from` includes `status`. */
export function stepsFrom<S extends string>(
  transitions: Record<string, { from: readonly S[] }>,
  status: S,
): string[] {
  return Object.entries(transitions)
    .filter(([, t]) => t.from.includes(status))
    .map(([name]) => name);
}
