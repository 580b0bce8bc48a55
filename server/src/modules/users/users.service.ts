import type { AdminUser, CreateStaffUserBody } from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, fieldError, forbidden, notFound } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  invalidateAccessTokens,
  revokeAllRefreshTokens,
  type UserRow,
} from '../auth/auth.repository.ts';
import { normalizeEmail } from '../auth/auth.service.ts';
import { assertPasswordPolicy, type PasswordHasher } from '../auth/passwords.ts';
import { listUsers, setUserDisabled } from './users.repository.ts';
import type { SessionCache } from '../auth/session-cache.ts';

const toAdminUserDto = (u: UserRow): AdminUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  locale: u.locale,
  organizationId: u.organizationId,
  disabled: u.disabled,
  createdAt: u.createdAt.toISOString(),
});

/** Account administration: admins only. */
export function createUsersService({
  db,
  sessionCache,
  passwords,
}: {
  db: Db;
  sessionCache: SessionCache;
  passwords: PasswordHasher;
}) {
  const requireAdmin = (actor: Actor) => {
    if (actor.role !== 'admin') {
      throw forbidden('Only administrators manage accounts');
    }
  };

  return {
    async list(actor: Actor, page: { page: number; limit: number }) {
      requireAdmin(actor);
      const { items, total } = await listUsers(db, page);
      return { items: items.map(toAdminUserDto), total, page: page.page, limit: page.limit };
    },

    /** Coordinators and admins exist only through here (or the seed); nobody can register as one. */
    async createStaff(
      actor: Actor,
      body: CreateStaffUserBody,
      requestId?: string,
    ): Promise<AdminUser> {
      requireAdmin(actor);
      assertPasswordPolicy(body.password);
      const email = normalizeEmail(body.email);
      const passwordHash = await passwords.hash(body.password);
      return db.transaction(async (tx) => {
        if (await findUserByEmail(tx, email)) {
          throw fieldError('EMAIL_TAKEN', '/email', {
            vi: 'E-mail này đã được đăng ký',
            en: 'This e-mail is already registered',
          });
        }
        const user = await insertUser(tx, {
          email,
          passwordHash,
          name: body.name,
          role: body.role,
          locale: body.locale ?? 'vi',
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          after: toAdminUserDto(user),
          requestId,
        });
        return toAdminUserDto(user);
      });
    },

    /** Disabling takes effect at once: refresh tokens are revoked and access tokens stop working. */
    async update(
      actor: Actor,
      id: string,
      body: { disabled?: boolean },
      requestId?: string,
    ): Promise<AdminUser> {
      requireAdmin(actor);
      if (id === actor.id && body.disabled) {
        throw new AppError('INVALID_STATE', 'You cannot disable your own account');
      }
      const result = await db.transaction(async (tx) => {
        const before = await findUserById(tx, id);
        if (!before) {
          throw notFound('User');
        }
        let user = before;
        if (body.disabled !== undefined && body.disabled !== before.disabled) {
          user = (await setUserDisabled(tx, id, body.disabled))!;
          if (body.disabled) {
            await revokeAllRefreshTokens(tx, id);
            await invalidateAccessTokens(tx, id);
          }
          await writeAudit(tx, {
            actorId: actor.id,
            action: body.disabled ? 'user.disable' : 'user.enable',
            entityType: 'user',
            entityId: id,
            before: { disabled: before.disabled },
            after: { disabled: user.disabled },
            requestId,
          });
        }
        return toAdminUserDto(user);
      });
      sessionCache.invalidateUser(id);
      return result;
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
