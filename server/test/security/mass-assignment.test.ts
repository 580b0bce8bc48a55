import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail, uniqueTaxCode } from '../helpers/fixtures.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import {
  actorKeys,
  buildSecurityFixture,
  securityEnv,
  changedTables,
  tableChecksums,
  type ActorKey,
  type SecurityFixture,
} from './fixture-graph.ts';
import { routeTable, type RouteCase } from './fixture-route-table.ts';

/**
 * RELIABILITY-TESTS S2: every JSON body the API accepts (POST, PATCH, PUT), sent by an actor the
 * route allows, with one server-owned field added — once with a plausible value, once with
 * another tenant's id. Bodies are validated as sent (`removeAdditional: false`), so each must be
 * a 400 naming exactly that field, and no table may change.
 */
const serverOwned = [
  'id',
  'role',
  'status',
  'organizationId',
  'producerOrgId',
  'distributorOrgId',
  'verificationStatus',
  'verifiedBy',
  'verifiedAt',
  'score',
  'scoreBreakdown',
  'origin',
  'createdAt',
  'updatedAt',
  'passwordHash',
  'disabled',
  'tokensValidAfter',
] as const;
type Field = (typeof serverOwned)[number];

/** Fields a body legitimately carries: not server-owned there. */
const legitimate: Record<string, Field[]> = {
  // The self-registering role, limited to producer | distributor (tested on its own below).
  'POST /api/v1/auth/register': ['role'],
  // An admin creates staff of a role (coordinator | admin).
  'POST /api/v1/admin/users': ['role'],
  // An admin disables or re-enables an account: that is the route's purpose.
  'PATCH /api/v1/admin/users/:id': ['disabled'],
  // The pipeline step a party moves the match to.
  'PATCH /api/v1/matches/:id': ['status'],
  // The entry status the producer or the centre moves an entry to.
  'PATCH /api/v1/campaigns/:id/entries/:entryId': ['status'],
  // The coordinator names the two parties of an agreement not recorded from a match.
  'POST /api/v1/agreements': ['producerOrgId', 'distributorOrgId'],
};

let ctx: TestContext;
let f: SecurityFixture;

beforeAll(async () => {
  ctx = await createTestContext(securityEnv);
  f = await buildSecurityFixture(ctx);
});
afterAll(async () => {
  await ctx?.close();
});

/** A value the field could plausibly hold. */
function plausible(field: Field): unknown {
  const now = new Date().toISOString();
  switch (field) {
    case 'id':
      return randomUUID();
    case 'role':
      return 'admin';
    case 'status':
      return 'published';
    case 'organizationId':
    case 'producerOrgId':
      return f.org.A;
    case 'distributorOrgId':
      return f.org.DA;
    case 'verificationStatus':
      return 'verified';
    case 'verifiedBy':
      return f.accounts.coordinator.user.id;
    case 'score':
      return 100;
    case 'scoreBreakdown':
      return { score: 100, features: [], gaps: [] };
    case 'origin':
      return 'coordinator';
    case 'passwordHash':
      return '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
    case 'disabled':
      return false;
    case 'verifiedAt':
    case 'createdAt':
    case 'updatedAt':
    case 'tokensValidAfter':
      return now;
  }
}

const methodOf = (row: RouteCase) => row.route.split(' ')[0]!;
const jsonBody = (payload: unknown): payload is Record<string, unknown> =>
  typeof payload === 'object' && payload !== null && !Buffer.isBuffer(payload);

/** The first actor the matrix lets through (anonymous for the open auth routes). */
function allowedActor(row: RouteCase): ActorKey {
  const refused = (o: unknown) => typeof o === 'number' && o >= 400;
  return actorKeys.find((a) => !refused(row.cells[a]) && row.cells[a] !== 'gone') ?? 'anon';
}

/**
 * Routes that take no body at all (no body schema): nothing sent is read, so nothing can be
 * assigned. Declaring `EmptyBodySchema` on them would refuse the body-less calls the web app and
 * the existing tests make (Fastify rejects a missing body whenever a body schema is set).
 */
const bodyless = new Set([
  'POST /api/v1/admin/queues/session',
  'POST /api/v1/events/:id/agenda/draft',
]);

const bodyRoutes = routeTable.filter(
  (row, index, all) =>
    ['POST', 'PATCH', 'PUT'].includes(methodOf(row)) &&
    !bodyless.has(row.route) &&
    !row.route.endsWith('/images') &&
    !row.route.endsWith('/evidence') &&
    !row.route.endsWith('/document') &&
    row.route !== 'POST /api/v1/imports/products' &&
    all.findIndex((other) => other.route === row.route) === index,
);

describe.each(bodyRoutes.map((row) => ({ row, name: row.route })))('$name', ({ row }) => {
  const actor = allowedActor(row);
  const fields = serverOwned.filter((field) => !(legitimate[row.route] ?? []).includes(field));
  const cases = fields.flatMap((field) => [
    { field, kind: 'plausible value' as const },
    { field, kind: "another tenant's id" as const },
  ]);
  let before: Record<string, string>;

  it.each(cases)(`as ${actor}: $field ($kind) → 400 naming it`, async ({ field, kind }) => {
    before ??= await tableChecksums(ctx);
    const request = row.request(f, actor);
    expect(jsonBody(request.payload), 'a JSON body').toBe(true);
    const value = kind === 'plausible value' ? plausible(field) : f.org.B;
    const response = await f.send(actor, {
      method: methodOf(row),
      url: request.url,
      payload: { ...(request.payload as object), [field]: value },
    });
    expect(response.statusCode, response.body).toBe(400);
    const paths = (response.json<{ errors?: { path: string }[] }>().errors ?? []).map(
      (e) => e.path,
    );
    // Only this field is wrong: the rest of the body is one the route accepts.
    expect(paths).toEqual([`/${field}`]);
  });

  it('no table changed', async () => {
    expect(changedTables(before, await tableChecksums(ctx))).toEqual([]);
  });
});

describe('self-registration', () => {
  const registration = (
    extra: Record<string, unknown>,
    organization: Record<string, unknown> = {},
  ) => ({
    email: uniqueEmail('s2'),
    password: PASSWORD,
    name: 'Người tự đăng ký',
    role: 'producer',
    organization: {
      legalName: `HTX tự đăng ký ${randomUUID().slice(0, 6)}`,
      taxCode: uniqueTaxCode(),
      province: 'Hà Nội',
      legalForm: 'cooperative',
      ...organization,
    },
    ...extra,
  });

  it.each(['coordinator', 'admin'])('as %s → 400 on /role, no account', async (role) => {
    const before = await tableChecksums(ctx);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: registration({ role }),
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      '/role',
    ]);
    expect(changedTables(before, await tableChecksums(ctx))).toEqual([]);
  });

  it.each(['verificationStatus', 'verifiedAt', 'verifiedBy', 'id', 'kind'] as const)(
    'with organization.%s → 400 naming it, no organization',
    async (field) => {
      const before = await tableChecksums(ctx);
      const value =
        field === 'verificationStatus'
          ? 'verified'
          : field === 'verifiedAt'
            ? new Date().toISOString()
            : field === 'kind'
              ? 'agency'
              : f.accounts.coordinator.user.id;
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: registration({}, { [field]: value }),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
        `/organization/${field}`,
      ]);
      expect(changedTables(before, await tableChecksums(ctx))).toEqual([]);
    },
  );

  it('the control registration (no extra field) is accepted as a pending producer', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: registration({}),
    });
    expect(response.statusCode, response.body).toBe(201);
    const { user } = response.json<{ user: { role: string; organizationId: string } }>();
    expect(user.role).toBe('producer');
    const org = await f.send('admin', {
      method: 'GET',
      url: `/api/v1/organizations/${user.organizationId}`,
    });
    expect(org.json<{ verificationStatus: string }>().verificationStatus).toBe('pending');
  });
});
