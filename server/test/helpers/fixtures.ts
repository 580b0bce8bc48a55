import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { makeTaxCode } from '@ketnoi/shared/validation';
import type { Role, Session } from '@ketnoi/shared';
import type { Database } from '../../src/db/client.ts';
import { organizations, users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';
import { eq } from 'drizzle-orm';

export const PASSWORD = 'Mật-khẩu-đủ-dài-2026';

let serial = 0;
/** A valid, unique MST for each call (some prefixes cannot carry a check digit: skip them). */
export function uniqueTaxCode(): string {
  for (;;) {
    serial += 1;
    const nine = `0${String(Date.now() % 1e5).padStart(5, '0')}${String(serial % 1000).padStart(3, '0')}`;
    try {
      return makeTaxCode(nine);
    } catch {
      // This prefix has no valid check digit; try the next serial.
    }
  }
}

export const uniqueEmail = (label = 'user') =>
  `${label}-${randomBytes(4).toString('hex')}@example.vn`;

export function authHeader(token: string) {
  return { authorization: `Bearer ${token}` };
}

export type Account = Session & { email: string; password: string; organizationId: string };

export async function register(
  app: FastifyInstance,
  role: 'producer' | 'distributor',
  overrides: { email?: string; province?: string; legalName?: string } = {},
): Promise<Account> {
  const email = overrides.email ?? uniqueEmail(role);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: {
      email,
      password: PASSWORD,
      name: `Test ${role}`,
      role,
      organization: {
        legalName:
          overrides.legalName ?? `Công ty thử nghiệm ${role} ${randomBytes(2).toString('hex')}`,
        taxCode: uniqueTaxCode(),
        province: overrides.province ?? 'Hà Nội',
        ...(role === 'producer' ? { legalForm: 'cooperative' } : { channel: 'supermarket-chain' }),
      },
    },
  });
  if (response.statusCode !== 201) {
    throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  }
  const session = response.json<Session>();
  return { ...session, email, password: PASSWORD, organizationId: session.user.organizationId! };
}

/** Staff accounts exist only by an admin or the seed; tests insert them directly. */
export async function createStaff(
  app: FastifyInstance,
  database: Database,
  role: Extract<Role, 'coordinator' | 'admin'>,
) {
  const email = uniqueEmail(role);
  await database.db
    .insert(users)
    .values({ email, passwordHash: await hashPassword(PASSWORD), name: `Test ${role}`, role });
  return login(app, email, PASSWORD);
}

export async function login(
  app: FastifyInstance,
  email: string,
  password: string,
): Promise<Account> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  }
  const session = response.json<Session>();
  return { ...session, email, password, organizationId: session.user.organizationId ?? '' };
}

export async function verifyOrganization(database: Database, organizationId: string) {
  await database.db
    .update(organizations)
    .set({ verificationStatus: 'verified', verifiedAt: new Date() })
    .where(eq(organizations.id, organizationId));
}

/** The refresh cookie from a response, as a Cookie header value. */
export function refreshCookie(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((c) => c.name.endsWith('ketnoi_rt'));
  if (!cookie) {
    throw new Error('no refresh cookie in response');
  }
  return `${cookie.name}=${cookie.value}`;
}
