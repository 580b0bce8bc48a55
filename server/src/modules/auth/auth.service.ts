import { uuidv7 } from 'uuidv7';
import type { LoginBody, Me, RegisterBody, User } from '@ketnoi/shared';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, fieldError } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { toOrganizationColumns } from '../organizations/organizations.input.ts';
import {
  findOrganizationByTaxCode,
  insertOrganization,
  type NewOrganizationRow,
  type OrganizationRow,
} from '../organizations/organizations.repository.ts';
import { toOrganizationDto } from '../organizations/organizations.service.ts';
import type { AccessTokenPayload } from './access-token.ts';
import {
  findSessionByUserId,
  findRefreshTokenForUpdate,
  findUserByEmail,
  findUserById,
  insertRefreshToken,
  insertUser,
  markRefreshTokenRotated,
  revokeRefreshFamily,
  touchLastLogin,
  type UserRow,
} from './auth.repository.ts';
import type { LoginLimiter } from './login-limiter.ts';
import type { SessionCache } from './session-cache.ts';
import { assertPasswordPolicy, type PasswordHasher } from './passwords.ts';
import {
  generateRefreshToken,
  hashRefreshToken,
  REFRESH_REUSE_GRACE_MS,
} from './refresh-tokens.ts';

export type IssuedSession = { accessToken: string; refreshToken: string; user: User };
export type AuthenticatedSession = {
  actor: Actor;
  user: UserRow;
  organization: OrganizationRow | null;
};

type Deps = {
  db: Db;
  config: Config;
  signAccessToken: (payload: AccessTokenPayload) => string;
  loginLimiter: LoginLimiter;
  sessionCache: SessionCache;
  passwords: PasswordHasher;
};

export const normalizeEmail = (email: string) => email.trim().normalize('NFC').toLowerCase();

export function toUserDto(
  row: Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'locale' | 'organizationId'>,
): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    organizationId: row.organizationId,
  };
}

const unauthenticated = (detail = 'Your session has ended. Please sign in again.') =>
  new AppError('UNAUTHENTICATED', detail);

export function createAuthService({
  db,
  config,
  signAccessToken,
  loginLimiter,
  sessionCache,
  passwords,
}: Deps) {
  const refreshTtlMs = config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000;

  async function issueSession(user: UserRow, familyId: string = uuidv7()): Promise<IssuedSession> {
    const refreshToken = generateRefreshToken();
    await insertRefreshToken(db, {
      userId: user.id,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: new Date(Date.now() + refreshTtlMs),
    });
    return {
      accessToken: signAccessToken({ sub: user.id, typ: 'access', ims: Date.now() }),
      refreshToken,
      user: toUserDto(user),
    };
  }

  return {
    refreshTtlMs,

    /** A producer or distributor signs up together with its organization, which starts `pending`. */
    async register(body: RegisterBody, requestId?: string): Promise<IssuedSession> {
      assertPasswordPolicy(body.password);
      const email = normalizeEmail(body.email);
      const orgColumns = toOrganizationColumns(body.organization, body.role, '/organization');
      const passwordHash = await passwords.hash(body.password);
      const user = await db.transaction(async (tx) => {
        if (await findUserByEmail(tx, email)) {
          throw fieldError('EMAIL_TAKEN', '/email', {
            vi: 'E-mail này đã được đăng ký',
            en: 'This e-mail is already registered',
          });
        }
        if (await findOrganizationByTaxCode(tx, orgColumns.taxCode!)) {
          throw fieldError('TAX_CODE_TAKEN', '/organization/taxCode', {
            vi: 'Mã số thuế này đã được đăng ký; hãy liên hệ tổ chức đó để được mời tham gia',
            en: 'This tax code is already registered; ask that organization to invite you',
          });
        }
        const org = await insertOrganization(tx, {
          ...(orgColumns as NewOrganizationRow),
          kind: body.role,
        });
        const created = await insertUser(tx, {
          email,
          passwordHash,
          name: body.name,
          role: body.role,
          locale: body.locale ?? 'vi',
          organizationId: org.id,
        });
        await writeAudit(tx, {
          actorId: created.id,
          action: 'organization.register',
          entityType: 'organization',
          entityId: org.id,
          after: org,
          requestId,
        });
        return created;
      });
      return issueSession(user);
    },

    async login(body: LoginBody, ip: string): Promise<IssuedSession> {
      const email = normalizeEmail(body.email);
      passwords.refuseIfFull();
      const wait = await loginLimiter.blockedFor(email, ip);
      if (wait > 0) {
        // Refused before the password is checked, so a correct guess cannot be told apart, and
        // refused guesses never take one of the few password-hashing slots.
        throw new AppError(
          'TOO_MANY_REQUESTS',
          `Too many failed sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
          {
            headers: { 'retry-after': String(wait) },
          },
        );
      }
      const { user, ok } = await passwords.verifyAccount(
        () => findUserByEmail(db, email),
        body.password,
      );
      if (!user || !ok) {
        await loginLimiter.recordFailure(email, ip);
        throw new AppError('INVALID_CREDENTIALS', 'Wrong e-mail or password');
      }
      if (user.disabled) {
        throw new AppError(
          'ACCOUNT_DISABLED',
          'This account has been disabled. Contact the trade-promotion centre.',
        );
      }
      await loginLimiter.recordSuccess(email, ip);
      await touchLastLogin(db, user.id);
      return issueSession(user);
    },

    /**
     * Rotates the refresh token. Presenting a token that was already rotated (outside the short
     * grace window for concurrent tabs) means it leaked: the whole family is revoked.
     */
    async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
      if (!refreshToken) {
        throw unauthenticated();
      }
      const outcome: { error: AppError } | { user: UserRow; familyId: string } =
        await db.transaction(async (tx) => {
          const token = await findRefreshTokenForUpdate(tx, hashRefreshToken(refreshToken));
          if (!token || token.revokedAt || token.expiresAt.getTime() < Date.now()) {
            return { error: unauthenticated() };
          }
          if (token.rotatedAt) {
            if (Date.now() - token.rotatedAt.getTime() > REFRESH_REUSE_GRACE_MS) {
              await revokeRefreshFamily(tx, token.familyId);
            }
            return { error: unauthenticated() };
          }
          const user = await findUserById(tx, token.userId);
          if (!user || user.disabled) {
            await revokeRefreshFamily(tx, token.familyId);
            return { error: unauthenticated() };
          }
          await markRefreshTokenRotated(tx, token.id);
          return { user, familyId: token.familyId };
        });
      // Family revocation must commit even though the caller gets a 401, hence no throw inside.
      if ('error' in outcome) {
        throw outcome.error;
      }
      return issueSession(outcome.user, outcome.familyId);
    },

    async logout(refreshToken: string | undefined): Promise<void> {
      if (!refreshToken) {
        return;
      }
      await db.transaction(async (tx) => {
        const token = await findRefreshTokenForUpdate(tx, hashRefreshToken(refreshToken));
        if (token) {
          await revokeRefreshFamily(tx, token.familyId);
        }
      });
    },

    /** Resolves a verified token to the current user; disabled users and revoked tokens get 401. */
    async authenticate(payload: AccessTokenPayload): Promise<AuthenticatedSession> {
      if (
        payload.typ !== 'access' ||
        typeof payload.sub !== 'string' ||
        typeof payload.ims !== 'number'
      ) {
        throw unauthenticated('Invalid access token');
      }
      let row = sessionCache.get(payload.sub);
      if (!row) {
        row = await findSessionByUserId(db, payload.sub);
        if (row) {
          sessionCache.set(payload.sub, row);
        }
      }
      if (!row || row.user.disabled || payload.ims < row.user.tokensValidAfter.getTime()) {
        throw unauthenticated();
      }
      const { user, organization } = row;
      return {
        user,
        organization,
        actor: {
          id: user.id,
          role: user.role,
          locale: user.locale,
          organizationId: user.organizationId,
          organizationKind: organization?.kind ?? null,
          organizationStatus: organization?.verificationStatus ?? null,
        },
      };
    },

    /** The session was loaded fresh by the authenticate hook on this very request. */
    me(session: AuthenticatedSession): Me {
      return {
        user: toUserDto(session.user),
        organization: session.organization ? toOrganizationDto(session.organization, true) : null,
      };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
