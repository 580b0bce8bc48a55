import { overlaps, type Interval } from './meeting-slots.ts';

export type PlannerPair = {
  producerOrgId: string;
  distributorOrgId: string;
  matchId: string;
  score: number;
};

export type BusyMeeting = Interval & {
  eventId: string;
  producerOrgId: string;
  distributorOrgId: string;
  tableNo: number | null;
};

export type PlacedPair = PlannerPair & { slot: Interval; tableNo: number };

/**
 * The draft agenda, greedy and deterministic: pairs in the order given (best match first), each
 * in the earliest slot where both organizations are free (across every event) and a table is
 * free, at the lowest such table. The same input always gives the same plan.
 */
export function planAgenda(input: {
  eventId: string;
  pairs: PlannerPair[];
  slots: Interval[];
  tables: number;
  busy: BusyMeeting[];
}): { placed: PlacedPair[]; unplaced: PlannerPair[] } {
  const busyOf = new Map<string, Interval[]>();
  const addBusy = (org: string, interval: Interval) =>
    busyOf.set(org, [...(busyOf.get(org) ?? []), interval]);
  for (const m of input.busy) {
    addBusy(m.producerOrgId, m);
    addBusy(m.distributorOrgId, m);
  }
  const tablesTaken = input.slots.map(
    (slot) =>
      new Set(
        input.busy
          .filter((m) => m.eventId === input.eventId && m.tableNo !== null && overlaps(m, slot))
          .map((m) => m.tableNo!),
      ),
  );
  const free = (org: string, slot: Interval) =>
    !(busyOf.get(org) ?? []).some((b) => overlaps(b, slot));

  const placed: PlacedPair[] = [];
  const unplaced: PlannerPair[] = [];
  for (const pair of input.pairs) {
    let done = false;
    for (const [i, slot] of input.slots.entries()) {
      if (!free(pair.producerOrgId, slot) || !free(pair.distributorOrgId, slot)) {
        continue;
      }
      let tableNo = 1;
      while (tablesTaken[i]!.has(tableNo)) {
        tableNo += 1;
      }
      if (tableNo > input.tables) {
        continue;
      }
      tablesTaken[i]!.add(tableNo);
      addBusy(pair.producerOrgId, slot);
      addBusy(pair.distributorOrgId, slot);
      placed.push({ ...pair, slot, tableNo });
      done = true;
      break;
    }
    if (!done) {
      unplaced.push(pair);
    }
  }
  return { placed, unplaced };
}
