import { createTtlCache } from '../../lib/ttl-cache.ts';
import type { OrganizationRow } from '../organizations/organizations.repository.ts';
import type { UserRow } from './auth.repository.ts';

export type CachedSession = { user: UserRow; organization: OrganizationRow | null };

/**
 * Keeps each signed-in user's row (and organization) for a few seconds so that a burst of
 * requests costs one database read, not one each. Whatever changes who a user is — disabling,
 * a verification decision, a profile edit — evicts the entry here and, through `broadcast`,
 * in every other API process (Redis pub/sub). If that message is lost (Redis down), another
 * process may act on the old row for at most `ttlMs`.
 */
export function createSessionCache(options: {
  ttlMs: number;
  maxEntries: number;
  broadcast?: (message: string) => void;
}) {
  const sessions = createTtlCache<CachedSession>(options);

  const evictUser = (userId: string) => sessions.delete(userId);
  const evictOrganization = (organizationId: string) =>
    sessions.deleteWhere((s) => s.user.organizationId === organizationId);

  return {
    get: (userId: string) => sessions.get(userId),
    set: (userId: string, session: CachedSession) => sessions.set(userId, session),

    invalidateUser(userId: string): void {
      evictUser(userId);
      options.broadcast?.(`u:${userId}`);
    },

    invalidateOrganization(organizationId: string): void {
      evictOrganization(organizationId);
      options.broadcast?.(`o:${organizationId}`);
    },

    /** Applies a message broadcast by another process. */
    receive(message: string): void {
      const [kind, id] = [message.slice(0, 2), message.slice(2)];
      if (kind === 'u:') {
        evictUser(id);
      } else if (kind === 'o:') {
        evictOrganization(id);
      }
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
