import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import type { EventRow } from './events.repository.ts';

/**
 * Every rule about who may see or change an event and its registrations, in one place.
 *
 * - Staff (coordinators, admins) create, edit, publish and cancel events, see drafts, and decide
 *   registrations.
 * - Everyone sees events once published (a cancelled one stays visible to say so); a draft is a
 *   404 to anyone but staff, exactly like a missing event.
 * - A producer or distributor registers its own organization and sees only its own registration;
 *   once accepted it also sees the other accepted participants (to choose whom to meet).
 */
export const eventPolicy = {
  canManage: (actor: Actor) => isStaff(actor),

  isVisible: (actor: Actor | null, event: Pick<EventRow, 'status' | 'publishedAt'>) =>
    isStaff(actor) || (event.status !== 'draft' && event.publishedAt !== null),

  /** The organization the actor registers and acts for, if it may take part in events. */
  memberOrganization(actor: Actor | null): string | null {
    return (actor?.role === 'producer' || actor?.role === 'distributor') && actor.organizationId
      ? actor.organizationId
      : null;
  },
};
