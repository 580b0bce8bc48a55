import type { CertificateStatus } from '@ketnoi/shared';
import { certificationReminderDays, ocopValidityMonths } from '@ketnoi/shared/reference';

/**
 * When a certificate counts. Pure functions over calendar dates (`YYYY-MM-DD`) as people in
 * Vietnam read them: a certificate whose last valid day is 30 June counts all of 30 June in
 * Hà Nội and stops counting at 00:00 on 1 July Asia/Ho_Chi_Minh (17:00 UTC on 30 June).
 * Badges, search filters and matching all decide through `isCertificateValid`.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A certificate within this many days of expiry is `expiring` (still counts): the first reminder. */
export const EXPIRING_WITHIN_DAYS = Math.max(...certificationReminderDays);

const vietnamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam, `YYYY-MM-DD` (en-CA formats dates that way). */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDate.format(now);
}

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDayNumber(date: string): number {
  const match = CALENDAR_DATE.exec(date);
  if (!match) {
    throw new Error(`Not a calendar date: ${date}`);
  }
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The same day `months` later, or the month's last day when it has fewer days
 * (31 Aug + 6 months = 28/29 Feb).
 */
export function addMonths(date: string, months: number): string {
  const day = new Date(toDayNumber(date) * DAY_MS);
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

export type CertificateDates = { verifiedAt: Date | null; expiresOn: string | null };

/** Verified, and not past its last valid day (`expiresOn` inclusive) in Vietnam today. */
export function isCertificateValid(cert: CertificateDates, today: string): boolean {
  return cert.verifiedAt !== null && (cert.expiresOn === null || cert.expiresOn >= today);
}

/** Days left until the last valid day: 0 on that day, negative after it; null when it never expires. */
export function daysToExpiry(
  cert: Pick<CertificateDates, 'expiresOn'>,
  today: string,
): number | null {
  return cert.expiresOn === null ? null : daysBetween(today, cert.expiresOn);
}

/**
 * `expired` wins over `unverified`: what the owner must do first is renew. A verified
 * certificate is `expiring` from 90 days before its last valid day (inclusive) to that day.
 */
export function certificateStatus(cert: CertificateDates, today: string): CertificateStatus {
  const days = daysToExpiry(cert, today);
  if (days !== null && days < 0) {
    return 'expired';
  }
  if (cert.verifiedAt === null) {
    return 'unverified';
  }
  return days !== null && days <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid';
}

/**
 * The reminder due today for a certificate with `days` left: the nearest threshold already
 * crossed (90, 30 or 7), or none. Each threshold is reminded once, so a certificate recorded
 * 20 days before expiry gets the 30-day reminder and later the 7-day one, never a catch-up 90.
 */
export function reminderThreshold(days: number): (typeof certificationReminderDays)[number] | null {
  if (days < 0) {
    return null;
  }
  const crossed = certificationReminderDays.filter((threshold) => days <= threshold);
  return crossed.length === 0
    ? null
    : (Math.min(...crossed) as (typeof certificationReminderDays)[number]);
}

/**
 * An OCOP rating lasts 36 months from recognition. Counted as the Civil Code counts periods in
 * months (arts. 147–148: from the next day, ending at the end of the corresponding day, or of
 * the month's last day when it has none), its last valid day is the same date 36 months later.
 */
export function ocopExpiry(issuedOn: string): string {
  return addMonths(issuedOn, ocopValidityMonths);
}

/**
 * US FDA food facility registrations are renewed from 1 October to 31 December of every even
 * year; one not renewed lapses after 31 December. A registration made during that window counts
 * as renewed, so it lasts until the next even year's end.
 */
export function fdaRegistrationExpiry(issuedOn: string): string {
  const year = Number(issuedOn.slice(0, 4));
  const month = Number(issuedOn.slice(5, 7));
  const even = year % 2 === 0;
  const lapseYear = even ? (month >= 10 ? year + 2 : year) : year + 1;
  return `${lapseYear}-12-31`;
}
