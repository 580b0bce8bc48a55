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
  const entries = new Map<string, { session: CachedSession; expiresAt: number }>();

  const evictUser = (userId: string) => entries.delete(userId);
  const evictOrganization = (organizationId: string) => {
    for (const [userId, entry] of entries) {
      if (entry.session.user.organizationId === organizationId) {
        entries.delete(userId);
      }
    }
  };

  return {
    get(userId: string): CachedSession | undefined {
      const entry = entries.get(userId);
      if (!entry) {
        return undefined;
      }
      if (entry.expiresAt < Date.now()) {
        entries.delete(userId);
        return undefined;
      }
      return entry.session;
    },

    set(userId: string, session: CachedSession): void {
      if (options.ttlMs <= 0) {
        return;
      }
      if (entries.size >= options.maxEntries) {
        // Maps iterate in insertion order: drop the oldest.
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) {
          entries.delete(oldest);
        }
      }
      entries.set(userId, { session, expiresAt: Date.now() + options.ttlMs });
    },

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
