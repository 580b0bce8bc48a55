import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { createTimeFormatters } from '@/features/events/event-time';
import { activeMeetingStatuses, type Meeting } from '@/features/events/types';

type Times = ReturnType<typeof createTimeFormatters>;

export type SlotGroup = ComboboxItemGroup<ComboboxItem & { disabled: boolean }, string>;

const isActive = (meeting: Meeting) =>
  (activeMeetingStatuses as readonly string[]).includes(meeting.status);

/**
 * The event's future slots as Select options grouped by day. Slots where `busy` meetings (the
 * reader's own, active) already hold the time are disabled: the API would refuse them anyway.
 */
export function slotOptions(
  slots: string[],
  slotMinutes: number,
  times: Times,
  busy: Meeting[] = [],
  now = Date.now(),
): SlotGroup[] {
  const length = slotMinutes * 60_000;
  const held = busy.filter(isActive);
  const groups = new Map<string, SlotGroup>();
  for (const start of slots) {
    const startMs = new Date(start).getTime();
    if (startMs <= now) {
      continue;
    }
    const end = new Date(startMs + length).toISOString();
    const taken = held.some(
      (m) =>
        new Date(m.startsAt).getTime() < startMs + length && startMs < new Date(m.endsAt).getTime(),
    );
    const key = times.dayKey(start);
    const group = groups.get(key) ?? { group: times.day(start), items: [] };
    group.items.push({ value: start, label: times.slot(start, end), disabled: taken });
    groups.set(key, group);
  }
  return [...groups.values()];
}

export { isActive as isActiveMeeting };
