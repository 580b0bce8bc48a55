import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Locale, Session } from '@ketnoi/shared';
import { PASSWORD, uniqueEmail, uniqueTaxCode, type Account } from './fixtures.ts';

/** Registers a producer or distributor (with its organization) through the API, with the given user locale. */
export async function registerWithLocale(
  app: FastifyInstance,
  locale: Locale,
  role: 'producer' | 'distributor' = 'producer',
): Promise<Account> {
  const email = uniqueEmail(`${role}-${locale}`);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: {
      email,
      password: PASSWORD,
      name: locale === 'en' ? 'Jane Farmer' : 'Trần Văn Nông',
      role,
      locale,
      organization: {
        legalName: `${locale === 'en' ? 'Honey Cooperative' : 'HTX Mật ong'} ${randomBytes(2).toString('hex')}`,
        taxCode: uniqueTaxCode(),
        province: 'Bắc Kạn',
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
