import { describe, expect, it } from 'vitest';
import { createTimeFormatters } from '@/features/events/event-time';
import type { Meeting } from '@/features/events/types';
import { slotOptions } from '../components/slot-options';

const times = createTimeFormatters('en');
const slots = [
  '2026-12-24T01:30:00.000Z',
  '2026-12-24T01:50:00.000Z',
  '2026-12-24T02:10:00.000Z',
  '2026-12-25T01:30:00.000Z',
];
const meeting = (startsAt: string, endsAt: string, status: Meeting['status']) =>
  ({ startsAt, endsAt, status }) as Meeting;

describe('slotOptions', () => {
  it('groups future slots by Vietnam day and greys out the ones the reader already holds', () => {
    const groups = slotOptions(
      slots,
      20,
      times,
      [
        meeting('2026-12-24T01:50:00.000Z', '2026-12-24T02:10:00.000Z', 'accepted'),
        // A declined meeting frees its slot.
        meeting('2026-12-24T02:10:00.000Z', '2026-12-24T02:30:00.000Z', 'declined'),
      ],
      Date.parse('2026-12-24T01:40:00.000Z'),
    );
    expect(groups).toHaveLength(2);
    // 08:30 has begun: not offered.
    expect(groups[0]!.items.map((item) => [item.label, item.disabled])).toEqual([
      ['08:50–09:10', true],
      ['09:10–09:30', false],
    ]);
    expect(groups[1]!.items.map((item) => item.label)).toEqual(['08:30–08:50']);
  });
});
