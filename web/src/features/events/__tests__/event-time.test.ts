import { describe, expect, it } from 'vitest';
import { createTimeFormatters, fromVietnamInput, toVietnamInput } from '../event-time';

describe('Vietnam wall-clock inputs', () => {
  it('reads a datetime-local value as Vietnam time (UTC+7)', () => {
    expect(fromVietnamInput('2026-12-24T08:30')).toBe('2026-12-24T01:30:00.000Z');
    // Just after midnight in Vietnam is still the day before in UTC.
    expect(fromVietnamInput('2027-01-01T03:00')).toBe('2026-12-31T20:00:00.000Z');
  });

  it('shows an instant as Vietnam time, and the two round-trip', () => {
    expect(toVietnamInput('2026-12-24T01:30:00.000Z')).toBe('2026-12-24T08:30');
    expect(toVietnamInput('2026-12-31T20:00:00Z')).toBe('2027-01-01T03:00');
    const typed = '2027-03-15T09:00';
    expect(toVietnamInput(fromVietnamInput(typed))).toBe(typed);
  });

  it('refuses what is not a full date and time', () => {
    expect(fromVietnamInput('')).toBeNull();
    expect(fromVietnamInput('2026-12-24')).toBeNull();
    expect(fromVietnamInput('24/12/2026 08:30')).toBeNull();
    expect(toVietnamInput(null)).toBe('');
    expect(toVietnamInput('not a date')).toBe('');
  });
});

describe('slot formatting', () => {
  it('says slots and days in Vietnam time, whatever the runner zone', () => {
    const times = createTimeFormatters('vi');
    expect(times.slot('2026-12-24T01:30:00.000Z', '2026-12-24T01:50:00.000Z')).toBe('08:30–08:50');
    // 23:30 UTC on the 23rd is 06:30 on the 24th in Vietnam.
    expect(times.dayKey('2026-12-23T23:30:00.000Z')).toBe('2026-12-24');
  });
});
