import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Locale } from '@ketnoi/shared';
import type { Database } from '../../src/db/client.ts';
import { organizations, users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';
import { PASSWORD, uniqueEmail, uniqueTaxCode, type Account } from './fixtures.ts';

let passwordHash: Promise<string> | undefined;

/**
 * A producer or distributor with its (pending) organization, written straight to the database
 * and given an access token signed by the app itself. Argon2 runs once per process instead of
 * once per account, which keeps suites that need dozens of accounts fast; the sign-up and
 * sign-in routes themselves are covered by the auth tests. The account can still log in with
 * PASSWORD.
 */
export async function quickAccount(
  app: FastifyInstance,
  database: Database,
  role: 'producer' | 'distributor',
  options: { locale?: Locale; legalName?: string; provinceCode?: string } = {},
): Promise<Account> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = uniqueEmail(role);
  const [org] = await database.db
    .insert(organizations)
    .values({
      kind: role,
      legalName:
        options.legalName ?? `Công ty thử nghiệm ${role} ${randomBytes(3).toString('hex')}`,
      taxCode: uniqueTaxCode(),
      provinceCode: options.provinceCode ?? 'ha-noi',
      ...(role === 'producer'
        ? { legalForm: 'cooperative' as const }
        : { channel: 'supermarket-chain' as const }),
    })
    .returning();
  const [user] = await database.db
    .insert(users)
    .values({
      email,
      passwordHash: await passwordHash,
      name: `Test ${role}`,
      role,
      organizationId: org!.id,
      locale: options.locale ?? 'vi',
      // Tokens issued from now on are valid (the app compares in ms; keep clear of clock rounding).
      tokensValidAfter: new Date(Date.now() - 1000),
    })
    .returning();
  const accessToken = app.jwt.sign({ sub: user!.id, typ: 'access', ims: Date.now() });
  return {
    accessToken,
    user: {
      id: user!.id,
      email,
      name: user!.name,
      role,
      locale: user!.locale,
      organizationId: org!.id,
    },
    email,
    password: PASSWORD,
    organizationId: org!.id,
  };
}

/** A further member of an existing organization (there is no invite route yet), signed in unless disabled. */
export async function quickMember(
  app: FastifyInstance,
  database: Database,
  organizationId: string,
  options: { locale?: Locale; disabled?: boolean; role?: 'producer' | 'distributor' } = {},
) {
  passwordHash ??= hashPassword(PASSWORD);
  const email = uniqueEmail('member');
  const role = options.role ?? 'producer';
  const [user] = await database.db
    .insert(users)
    .values({
      email,
      passwordHash: await passwordHash,
      name: 'Thành viên',
      role,
      organizationId,
      locale: options.locale ?? 'vi',
      disabled: options.disabled ?? false,
      tokensValidAfter: new Date(Date.now() - 1000),
    })
    .returning();
  const account: Account | undefined = options.disabled
    ? undefined
    : {
        accessToken: app.jwt.sign({ sub: user!.id, typ: 'access', ims: Date.now() }),
        user: { id: user!.id, email, name: user!.name, role, locale: user!.locale, organizationId },
        email,
        password: PASSWORD,
        organizationId,
      };
  return { user: user!, account };
}
