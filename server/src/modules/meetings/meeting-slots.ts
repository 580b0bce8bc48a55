import type { MeetingHours } from '@ketnoi/shared';

/** What the slot grid needs of an event. */
export type SlotGridEvent = {
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  meetingHours: MeetingHours[];
};

export type Interval = { startsAt: Date; endsAt: Date };

/** The meeting windows, in order: the event's own span when no hours are set. */
export function meetingWindows(event: SlotGridEvent): Interval[] {
  if (event.meetingHours.length === 0) {
    return [{ startsAt: event.startsAt, endsAt: event.endsAt }];
  }
  return event.meetingHours
    .map((h) => ({ startsAt: new Date(h.startsAt), endsAt: new Date(h.endsAt) }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Every slot of the event, in order: each window is cut into `slotMinutes` pieces from its
 * start; a remainder shorter than a slot is not a slot.
 */
export function eventSlots(event: SlotGridEvent): Interval[] {
  const length = event.slotMinutes * 60_000;
  const slots: Interval[] = [];
  for (const window of meetingWindows(event)) {
    for (
      let start = window.startsAt.getTime();
      start + length <= window.endsAt.getTime();
      start += length
    ) {
      slots.push({ startsAt: new Date(start), endsAt: new Date(start + length) });
    }
  }
  return slots;
}

/** The slot starting exactly at `startsAt`, or undefined when that is not on the grid. */
export function slotAt(event: SlotGridEvent, startsAt: Date): Interval | undefined {
  const length = event.slotMinutes * 60_000;
  const at = startsAt.getTime();
  for (const window of meetingWindows(event)) {
    const offset = at - window.startsAt.getTime();
    if (offset >= 0 && offset % length === 0 && at + length <= window.endsAt.getTime()) {
      return { startsAt: new Date(at), endsAt: new Date(at + length) };
    }
  }
  return undefined;
}

/** True when the interval lies inside one of the event's meeting windows. */
export function insideWindows(event: SlotGridEvent, interval: Interval): boolean {
  return meetingWindows(event).some(
    (w) => interval.startsAt >= w.startsAt && interval.endsAt <= w.endsAt,
  );
}

/** Half-open overlap, as PostgreSQL's `tstzrange && tstzrange`: back-to-back does not overlap. */
export const overlaps = (a: Interval, b: Interval): boolean =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;
