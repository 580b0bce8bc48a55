import type { MatchStatus } from '@ketnoi/shared';
import { AppError } from '../../lib/errors.ts';

/**
 * A move not allowed from the current status: 409 with the statuses that are (`allowed`) and the
 * status the match is in (`currentStatus`; `status` is the problem's HTTP status).
 */
export const invalidTransition = (
  message: string,
  currentStatus: MatchStatus,
  allowed: readonly MatchStatus[],
) =>
  new AppError('INVALID_TRANSITION', message, { data: { allowed: [...allowed], currentStatus } });

/** Only verified organizations are introduced: the centre vouches for both sides. */
export const organizationNotVerified = (party: { id: string; legalName: string }) =>
  new AppError(
    'ORGANIZATION_NOT_VERIFIED',
    `${party.legalName} is not verified; only verified organizations can be introduced`,
    { data: { organizationId: party.id } },
  );
