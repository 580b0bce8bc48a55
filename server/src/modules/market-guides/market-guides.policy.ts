import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import type { MarketGuideRow } from './market-guides.repository.ts';

/** Every rule about who may see or change a market guide, in one place. */
export const marketGuidePolicy = {
  /** Coordinators (and admins) write guides; everyone reads the published ones. */
  canManage: (actor: Actor | null) => isStaff(actor),
  canSee: (actor: Actor | null, guide: Pick<MarketGuideRow, 'status'>) =>
    guide.status === 'published' || isStaff(actor),
};
