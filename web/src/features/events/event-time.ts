import { intlLocale, TIME_ZONE } from '@/lib/format';

/** Vietnam has kept UTC+7 all year since 1975: no daylight saving to account for. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/**
 * An instant as a `datetime-local` input value in Vietnam's wall-clock time
 * (`2026-12-24T08:30`), whatever the browser's own time zone.
 */
export function toVietnamInput(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) {
    return '';
  }
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Vietnam's wall-clock time, as a UTC ISO instant (or null). */
export function fromVietnamInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi) - VIETNAM_OFFSET_MS;
  return Number.isNaN(utc) ? null : new Date(utc).toISOString();
}

/** Time-of-day and day formatters in Vietnam's time zone, for slots and event spans. */
export function createTimeFormatters(language: string) {
  const locale = intlLocale(language);
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  });
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  });
  const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });
  return {
    time: (iso: string) => time.format(new Date(iso)),
    day: (iso: string) => day.format(new Date(iso)),
    /** `2026-12-24` in Vietnam: groups slots by their day. */
    dayKey: (iso: string) => dayKey.format(new Date(iso)),
    /** "08:30–08:50". */
    slot: (startsAt: string, endsAt: string) =>
      `${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`,
  };
}
