import { randomBytes } from 'node:crypto';
import { uniqueEmail, uniqueTaxCode, PASSWORD } from '../helpers/fixtures.ts';
import {
  actorKeys,
  campaignBody,
  inDays,
  multipartFile,
  PNG_1x1,
  quoteBody,
  TINY_PDF,
  type ActorKey,
  type SecurityFixture,
} from './fixture-graph.ts';

/**
 * The authorization table (RELIABILITY-TESTS S1): every route × method the app registers, tried
 * by every actor, with the outcome DESIGN.md allows. Rules, from DESIGN.md "API": a producer
 * touches only its own organization's products and samples; a distributor only its own demands
 * and requests; coordinators review; admins administer. Anything hidden from an actor answers
 * exactly like a missing id (404); a visible thing the actor may not change is a 403; a function
 * the actor's role never has is a 403.
 *
 * Outcomes: a number is the exact status; `ok` any 2xx; `pass` = authorized — any answer but
 * 401/403/404 and 5xx (a second allowed actor may meet a 409 after the first one's write);
 * `reached` = not refused (not 401/403, no 5xx) — for public routes whose 404 is about the
 * resource, not the caller; `gone` = 404 for an allowed actor that comes after the first one deleted
 * the row.
 *
 * Writes run their denied actors first and the allowed ones after, in `actorKeys` order; each
 * write route has rows of its own in the fixture.
 */
export type Outcome = number | 'ok' | 'pass' | 'reached' | 'gone';
export type Cells = Record<ActorKey, Outcome>;
export type CaseRequest = {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** The id in `url` that a denied 404 must look exactly like a missing one of. */
  target?: string;
};
export type RouteCase = {
  /** `METHOD /path` exactly as registered (Fastify syntax, e.g. `/api/v1/products/:id`). */
  route: string;
  /** What the row tries, when a route has several rows (e.g. a draft vs a published product). */
  variant?: string;
  request: (f: SecurityFixture, actor: ActorKey) => CaseRequest;
  cells: Cells;
};

type Spec = Partial<Record<ActorKey | 'rest', Outcome>>;
/** Cells from a spec: `rest` fills every actor not named; anonymous and disabled default to 401. */
export function cells(spec: Spec): Cells {
  const rest = spec.rest ?? 403;
  return Object.fromEntries(
    actorKeys.map((actor) => [
      actor,
      spec[actor] ?? (actor === 'anon' || actor === 'disabled' ? 401 : rest),
    ]),
  ) as Cells;
}
const A = (o: Outcome = 'ok') => ({ producerA1: o, producerA2: o });
/** One allowed writer goes first and must succeed; the second meets its write (409 or the like). */
const Aw = { producerA1: 'ok', producerA2: 'pass' } as const;
const staff = (o: Outcome = 'ok') => ({ coordinator: o, admin: o });
const staffW = { coordinator: 'ok', admin: 'pass' } as const;
const producers = (o: Outcome = 'ok') => ({ ...A(o), producerB: o });
const distributors = (o: Outcome = 'ok') => ({ distributorA: o, distributorB: o });
const members = (o: Outcome = 'ok') => ({ ...producers(o), ...distributors(o) });
const signedIn = (o: Outcome = 'ok') => ({ ...members(o), ...staff(o) });
/** A public route: anyone, and an identified caller too (a disabled one's token is refused). */
const everyone = (o: Outcome = 'ok') => ({ anon: o, ...signedIn(o) });

const year = new Date().getUTCFullYear();
const v = (version = 1) => ({ version });

const get =
  (url: (f: SecurityFixture) => string, target?: (f: SecurityFixture) => string) =>
  (f: SecurityFixture): CaseRequest => ({ url: url(f), ...(target ? { target: target(f) } : {}) });

export const routeTable: RouteCase[] = [
  // ── health, docs, media: public ──
  {
    route: 'GET /health',
    request: get(() => '/health'),
    cells: cells({ rest: 'ok', anon: 'ok', disabled: 'ok' }),
  },
  {
    route: 'GET /ready',
    request: get(() => '/ready'),
    cells: cells({ rest: 'ok', anon: 'ok', disabled: 'ok' }),
  },
  {
    route: 'GET /docs',
    request: get(() => '/docs'),
    cells: cells({ rest: 'reached', anon: 'reached', disabled: 'reached' }),
  },
  {
    route: 'GET /docs/',
    request: get(() => '/docs/'),
    cells: cells({ rest: 'ok', anon: 'ok', disabled: 'ok' }),
  },
  {
    route: 'GET /docs/json',
    request: get(() => '/docs/json'),
    cells: cells({ rest: 'ok', anon: 'ok', disabled: 'ok' }),
  },
  {
    route: 'GET /docs/yaml',
    request: get(() => '/docs/yaml'),
    cells: cells({ rest: 'ok', anon: 'ok', disabled: 'ok' }),
  },
  // Redirects to the UI's entry point.
  {
    route: 'GET /docs/static/index.html',
    request: get(() => '/docs/static/index.html'),
    cells: cells({ rest: 302, anon: 302, disabled: 302 }),
  },
  {
    route: 'GET /docs/static/swagger-initializer.js',
    request: get(() => '/docs/static/swagger-initializer.js'),
    cells: cells({ rest: 'ok', anon: 'ok', disabled: 'ok' }),
  },
  {
    route: 'GET /docs/static/*',
    request: get(() => '/docs/static/swagger-ui.css'),
    cells: cells({ rest: 'ok', anon: 'ok', disabled: 'ok' }),
  },
  // Image variants are public by design (random, immutable keys); an unknown key is a 404 for all.
  {
    route: 'GET /media/*',
    request: get(
      () => `/media/images/00/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}-320.webp`,
    ),
    cells: cells({ rest: 404, anon: 404, disabled: 404 }),
  },
  // CORS preflight: answered the same for everyone (no credentials involved).
  {
    route: 'OPTIONS *',
    request: () => ({
      url: '/api/v1/products',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    }),
    cells: cells({ rest: 'reached', anon: 'reached', disabled: 'reached' }),
  },

  // ── auth: open to everyone; a bearer token is irrelevant ──
  {
    route: 'POST /api/v1/auth/register',
    request: () => ({
      url: '/api/v1/auth/register',
      payload: {
        email: uniqueEmail('s1'),
        password: PASSWORD,
        name: 'Người dùng thử',
        role: 'producer',
        organization: {
          legalName: `HTX thử nghiệm ${randomBytes(3).toString('hex')}`,
          taxCode: uniqueTaxCode(),
          province: 'Hà Nội',
          legalForm: 'cooperative',
        },
      },
    }),
    cells: cells({ rest: 201, anon: 201, disabled: 201 }),
  },
  {
    route: 'POST /api/v1/auth/login',
    request: (f) => ({
      url: '/api/v1/auth/login',
      payload: { email: f.accounts.producerB.email, password: PASSWORD },
    }),
    cells: cells({ rest: 200, anon: 200, disabled: 200 }),
  },
  // Without the refresh cookie nobody refreshes, whatever bearer token comes along.
  {
    route: 'POST /api/v1/auth/refresh',
    request: () => ({ url: '/api/v1/auth/refresh', payload: {} }),
    cells: cells({ rest: 401, anon: 401, disabled: 401 }),
  },
  {
    route: 'POST /api/v1/auth/logout',
    request: () => ({ url: '/api/v1/auth/logout', payload: {} }),
    cells: cells({ rest: 204, anon: 204, disabled: 204 }),
  },
  { route: 'GET /api/v1/me', request: get(() => '/api/v1/me'), cells: cells(signedIn()) },
  {
    route: 'GET /api/v1/reference',
    request: get(() => '/api/v1/reference'),
    cells: cells({ rest: 'ok', anon: 'ok', disabled: 'ok' }),
  },

  // ── organizations ──
  {
    route: 'GET /api/v1/organizations/:id',
    variant: 'verified producer A',
    request: get((f) => `/api/v1/organizations/${f.org.A}`),
    cells: cells(everyone()),
  },
  {
    route: 'GET /api/v1/organizations/:id',
    variant: 'organization pending review',
    request: get(
      (f) => `/api/v1/organizations/${f.org.pendingForReject}`,
      (f) => f.org.pendingForReject,
    ),
    cells: cells({ ...staff(), anon: 404, rest: 404 }),
  },
  {
    route: 'PATCH /api/v1/organizations/:id',
    request: (f) => ({
      url: `/api/v1/organizations/${f.org.A}`,
      payload: { ...v(), descriptionVi: 'Hợp tác xã mật ong bạc hà.' },
      target: f.org.A,
    }),
    // Members edit their own profile; admins may correct any; coordinators review, not edit.
    cells: cells({ ...Aw, admin: 'pass', rest: 403 }),
  },
  {
    route: 'GET /api/v1/review/organizations',
    request: get(() => '/api/v1/review/organizations?status=pending'),
    cells: cells(staff()),
  },
  {
    route: 'POST /api/v1/review/organizations/:id/verify',
    request: (f) => ({
      url: `/api/v1/review/organizations/${f.org.pendingForVerify}/verify`,
      payload: {},
    }),
    cells: cells(staffW),
  },
  {
    route: 'POST /api/v1/review/organizations/:id/reject',
    request: (f) => ({
      url: `/api/v1/review/organizations/${f.org.pendingForReject}/reject`,
      payload: { reason: 'Thiếu giấy đăng ký kinh doanh' },
    }),
    cells: cells(staffW),
  },

  // ── products ──
  {
    route: 'POST /api/v1/products',
    request: () => ({
      url: '/api/v1/products',
      payload: {
        nameVi: 'Mật ong hoa nhãn',
        descriptionVi: 'Mật ong nguyên chất.',
        ocopGroup: 'food',
        category: 'honey',
        province: 'Hưng Yên',
        unit: 'kg',
        moq: 20,
      },
    }),
    cells: cells(producers(201)),
  },
  {
    route: 'GET /api/v1/products',
    request: get(() => '/api/v1/products'),
    cells: cells(everyone()),
  },
  {
    route: 'GET /api/v1/products/:id',
    variant: 'published product of A',
    request: get((f) => `/api/v1/products/${f.product.aPublished.id}`),
    cells: cells(everyone()),
  },
  {
    route: 'GET /api/v1/products/:id',
    variant: 'draft of A',
    request: get(
      (f) => `/api/v1/products/${f.product.aDraft.id}`,
      (f) => f.product.aDraft.id,
    ),
    cells: cells({ ...A(), ...staff(), anon: 404, rest: 404 }),
  },
  {
    route: 'GET /api/v1/products/:id',
    variant: 'pending review, of A',
    request: get(
      (f) => `/api/v1/products/${f.product.aPending.id}`,
      (f) => f.product.aPending.id,
    ),
    cells: cells({ ...A(), ...staff(), anon: 404, rest: 404 }),
  },
  {
    route: 'PATCH /api/v1/products/:id',
    request: (f) => ({
      url: `/api/v1/products/${f.product.forPatch.id}`,
      payload: {
        ...v(),
        nameVi: 'Nước mắm cốt nhĩ 40 độ đạm',
        ocopGroup: 'food',
        category: 'honey',
      },
      target: f.product.forPatch.id,
    }),
    // Staff see the working copy, so they are told no (403) rather than "missing".
    cells: cells({ ...Aw, ...staff(403), rest: 404 }),
  },
  {
    route: 'DELETE /api/v1/products/:id',
    request: (f) => ({
      url: `/api/v1/products/${f.product.forDelete.id}?version=1`,
      target: f.product.forDelete.id,
    }),
    // A delete archives the product: the second member meets a version conflict.
    cells: cells({ producerA1: 'ok', producerA2: 'pass', ...staff(403), rest: 404 }),
  },
  {
    route: 'POST /api/v1/products/:id/submit',
    request: (f) => ({
      url: `/api/v1/products/${f.product.forSubmit.id}/submit`,
      payload: v(),
      target: f.product.forSubmit.id,
    }),
    cells: cells({ ...Aw, ...staff(403), rest: 404 }),
  },
  {
    route: 'POST /api/v1/products/:id/images',
    request: (f) => ({
      url: `/api/v1/products/${f.product.aDraft.id}/images`,
      ...multipartFile('anh.png', 'image/png', PNG_1x1),
      target: f.product.aDraft.id,
    }),
    cells: cells({ ...A('pass'), ...staff(403), rest: 404 }),
  },
  {
    route: 'PUT /api/v1/products/:id/images/order',
    request: (f) => ({
      url: `/api/v1/products/${f.product.withImages.id}/images/order`,
      payload: { imageIds: [f.image.forDelete.id, f.image.kept.id] },
      target: f.product.withImages.id,
    }),
    cells: cells({ ...A('pass'), producerA1: 'ok', ...staff(403), rest: 404 }),
  },
  {
    route: 'DELETE /api/v1/products/:id/images/:imageId',
    request: (f) => ({
      url: `/api/v1/products/${f.product.withImages.id}/images/${f.image.forDelete.id}`,
      target: f.product.withImages.id,
    }),
    // The second member finds the image already gone.
    cells: cells({ producerA1: 'ok', producerA2: 'gone', ...staff(403), rest: 404 }),
  },
  {
    route: 'GET /api/v1/review/products',
    request: get(() => '/api/v1/review/products?status=pending_review'),
    cells: cells(staff()),
  },
  {
    route: 'POST /api/v1/review/products/:id/approve',
    request: (f) => ({
      url: `/api/v1/review/products/${f.product.forApprove.id}/approve`,
      payload: v(),
    }),
    cells: cells(staffW),
  },
  {
    route: 'POST /api/v1/review/products/:id/reject',
    request: (f) => ({
      url: `/api/v1/review/products/${f.product.forReject.id}/reject`,
      payload: { ...v(), reason: 'Thiếu ảnh sản phẩm' },
    }),
    cells: cells(staffW),
  },
  {
    route: 'GET /api/v1/search/products',
    request: get(() => '/api/v1/search/products?q=mat%20ong'),
    cells: cells({ rest: 'ok', anon: 'ok', disabled: 'ok' }),
  },

  // ── imports: producers into their own organization; staff watch ──
  // The blank templates hold no data: any signed-in user may download them.
  {
    route: 'GET /api/v1/imports/products/template.xlsx',
    request: get(() => '/api/v1/imports/products/template.xlsx'),
    cells: cells(signedIn()),
  },
  {
    route: 'GET /api/v1/imports/products/template.csv',
    request: get(() => '/api/v1/imports/products/template.csv'),
    cells: cells(signedIn()),
  },
  {
    route: 'POST /api/v1/imports/products',
    request: () => ({
      url: '/api/v1/imports/products',
      ...multipartFile(
        'san-pham.csv',
        'text/csv',
        Buffer.from(`ten_vi\nMật ong ${randomBytes(4).toString('hex')}\n`),
      ),
    }),
    cells: cells(producers('pass')),
  },
  {
    route: 'GET /api/v1/imports',
    request: get(() => '/api/v1/imports'),
    cells: cells({ ...producers(), ...staff() }),
  },
  ...(['', '/errors.csv', '/errors.xlsx'] as const).map((suffix): RouteCase => ({
    route: `GET /api/v1/imports/:id${suffix}`,
    request: get(
      (f) => `/api/v1/imports/${f.importA.id}${suffix}`,
      (f) => f.importA.id,
    ),
    cells: cells({ ...A(), ...staff(), rest: 404 }),
  })),

  // ── certificates: the holder writes, staff verify, the public sees valid ones only ──
  {
    route: 'POST /api/v1/certificates',
    request: () => ({
      url: '/api/v1/certificates',
      payload: {
        scheme: 'vietgap',
        issuer: 'QUACERT',
        number: `VG-${randomBytes(3).toString('hex')}`,
        issuedOn: '2025-01-15',
        expiresOn: '2028-01-14',
      },
    }),
    cells: cells(producers(201)),
  },
  {
    route: 'GET /api/v1/certificates',
    request: get((f) => `/api/v1/certificates?organizationId=${f.org.A}`),
    cells: cells(everyone()),
  },
  {
    route: 'GET /api/v1/certificates/:id',
    variant: 'unverified certificate of A',
    request: get(
      (f) => `/api/v1/certificates/${f.certificate.a.id}`,
      (f) => f.certificate.a.id,
    ),
    cells: cells({ ...A(), ...staff(), anon: 404, rest: 404 }),
  },
  {
    route: 'PATCH /api/v1/certificates/:id',
    request: (f) => ({
      url: `/api/v1/certificates/${f.certificate.forPatch.id}`,
      payload: { ...v(), issuer: 'Trung tâm Chứng nhận Phù hợp' },
      target: f.certificate.forPatch.id,
    }),
    cells: cells({ ...Aw, ...staff(403), rest: 404 }),
  },
  {
    route: 'DELETE /api/v1/certificates/:id',
    request: (f) => ({
      url: `/api/v1/certificates/${f.certificate.forDelete.id}?version=1`,
      target: f.certificate.forDelete.id,
    }),
    cells: cells({ producerA1: 'ok', producerA2: 'gone', ...staff(403), rest: 404 }),
  },
  {
    route: 'POST /api/v1/certificates/:id/verify',
    request: (f) => ({
      url: `/api/v1/certificates/${f.certificate.forVerify.id}/verify`,
      payload: v(),
    }),
    cells: cells(staffW),
  },
  {
    route: 'POST /api/v1/certificates/:id/evidence',
    request: (f) => ({
      url: `/api/v1/certificates/${f.certificate.forEvidence.id}/evidence`,
      ...multipartFile('anh.png', 'image/png', PNG_1x1),
      target: f.certificate.forEvidence.id,
    }),
    cells: cells({ ...A('ok'), ...staff(403), rest: 404 }),
  },
  {
    route: 'GET /api/v1/certificates/:id/evidence',
    request: get(
      (f) => `/api/v1/certificates/${f.certificate.a.id}/evidence`,
      (f) => f.certificate.a.id,
    ),
    cells: cells({ ...A(), ...staff(), rest: 404 }),
  },

  // ── demands: the distributor's own; producers see those they were introduced to ──
  {
    route: 'POST /api/v1/demands',
    request: () => ({
      url: '/api/v1/demands',
      payload: {
        title: 'Mật ong bạc hà cho chuỗi siêu thị',
        category: 'honey',
        quantityPerOrder: 500,
        unit: 'kg',
        destinationCountry: 'VN',
        neededBy: inDays(30),
      },
    }),
    cells: cells(distributors(201)),
  },
  { route: 'GET /api/v1/demands', request: get(() => '/api/v1/demands'), cells: cells(signedIn()) },
  {
    route: 'GET /api/v1/demands/:id',
    variant: 'open demand of A, introduced to producer A',
    request: get(
      (f) => `/api/v1/demands/${f.demand.aOpen.id}`,
      (f) => f.demand.aOpen.id,
    ),
    cells: cells({ ...A(), distributorA: 'ok', ...staff(), rest: 404 }),
  },
  {
    route: 'GET /api/v1/demands/:id',
    variant: 'draft demand of distributor A',
    request: get(
      (f) => `/api/v1/demands/${f.demand.aDraft.id}`,
      (f) => f.demand.aDraft.id,
    ),
    // A draft is the distributor's working copy: staff see open and closed demands only.
    cells: cells({ distributorA: 'ok', rest: 404 }),
  },
  {
    route: 'GET /api/v1/demands/:id',
    variant: 'closed demand of distributor A',
    request: get(
      (f) => `/api/v1/demands/${f.demand.aClosed.id}`,
      (f) => f.demand.aClosed.id,
    ),
    cells: cells({ distributorA: 'ok', ...staff(), rest: 404 }),
  },
  {
    route: 'PATCH /api/v1/demands/:id',
    request: (f) => ({
      url: `/api/v1/demands/${f.demand.forPatch.id}`,
      payload: { ...v(), title: 'Mật ong hoa nhãn cho siêu thị' },
      target: f.demand.forPatch.id,
    }),
    // A draft: hidden from staff too.
    cells: cells({ distributorA: 'ok', rest: 404 }),
  },
  {
    route: 'POST /api/v1/demands/:id/open',
    request: (f) => ({
      url: `/api/v1/demands/${f.demand.forOpen.id}/open`,
      payload: v(),
      target: f.demand.forOpen.id,
    }),
    cells: cells({ distributorA: 'ok', rest: 404 }),
  },
  {
    route: 'POST /api/v1/demands/:id/close',
    request: (f) => ({
      url: `/api/v1/demands/${f.demand.forClose.id}/close`,
      payload: v(),
      target: f.demand.forClose.id,
    }),
    cells: cells({ distributorA: 'ok', ...staff(403), rest: 404 }),
  },
  {
    route: 'GET /api/v1/demands/:id/matches',
    request: get(
      (f) => `/api/v1/demands/${f.demand.aOpen.id}/matches`,
      (f) => f.demand.aOpen.id,
    ),
    // Producers never list a demand's matches (a function they do not have): 403.
    cells: cells({ distributorA: 'ok', ...staff(), ...producers(403), distributorB: 404 }),
  },

  // ── matches: the centre proposes and decides; the parties walk the pipeline once introduced ──
  { route: 'GET /api/v1/matches', request: get(() => '/api/v1/matches'), cells: cells(signedIn()) },
  {
    route: 'POST /api/v1/matches',
    request: (f) => ({
      url: '/api/v1/matches',
      payload: { demandId: f.demand.forMatchCreate.id, productId: f.product.forMatchCreate.id },
    }),
    cells: cells(staffW),
  },
  {
    route: 'POST /api/v1/matches/approve',
    request: (f) => ({
      url: '/api/v1/matches/approve',
      payload: { ids: [f.match.forBulkApprove.id] },
    }),
    cells: cells(staffW),
  },
  {
    route: 'GET /api/v1/matches/:id',
    variant: 'introduced match A × distributor A',
    request: get(
      (f) => `/api/v1/matches/${f.match.introduced.id}`,
      (f) => f.match.introduced.id,
    ),
    cells: cells({ ...A(), distributorA: 'ok', ...staff(), rest: 404 }),
  },
  {
    route: 'GET /api/v1/matches/:id',
    variant: 'proposed match (not yet introduced)',
    request: get(
      (f) => `/api/v1/matches/${f.match.proposed.id}`,
      (f) => f.match.proposed.id,
    ),
    cells: cells({ ...staff(), rest: 404 }),
  },
  {
    route: 'GET /api/v1/matches/:id',
    variant: 'rejected match',
    request: get(
      (f) => `/api/v1/matches/${f.match.rejected.id}`,
      (f) => f.match.rejected.id,
    ),
    cells: cells({ ...staff(), rest: 404 }),
  },
  // Every state of the pipeline: the parties see a match from the introduction on.
  ...(['approved', 'negotiating', 'won', 'lost'] as const).map((state): RouteCase => ({
    route: 'GET /api/v1/matches/:id',
    variant: `${state} match`,
    request: get(
      (f) => `/api/v1/matches/${f.match[state].id}`,
      (f) => f.match[state].id,
    ),
    cells: cells(
      state === 'approved'
        ? { ...staff(), rest: 404 }
        : { ...A(), distributorA: 'ok', ...staff(), rest: 404 },
    ),
  })),
  {
    route: 'PATCH /api/v1/matches/:id',
    request: (f) => ({
      url: `/api/v1/matches/${f.match.forPipeline.id}`,
      payload: { status: 'sample_requested', ...v() },
      target: f.match.forPipeline.id,
    }),
    cells: cells({ ...Aw, distributorA: 'pass', ...staff('pass'), rest: 404 }),
  },
  {
    route: 'POST /api/v1/matches/:id/approve',
    request: (f) => ({ url: `/api/v1/matches/${f.match.forApprove.id}/approve`, payload: v() }),
    cells: cells(staffW),
  },
  {
    route: 'POST /api/v1/matches/:id/reject',
    request: (f) => ({
      url: `/api/v1/matches/${f.match.forReject.id}/reject`,
      payload: { ...v(), reason: 'Không phù hợp mùa vụ' },
    }),
    cells: cells(staffW),
  },

  // ── sample requests: the distributor asks, the producer answers, staff watch ──
  {
    route: 'POST /api/v1/sample-requests',
    request: (f) => ({
      url: '/api/v1/sample-requests',
      payload: {
        productId: f.product.aPublished.id,
        quantity: 1,
        unit: 'kg',
        deliveryAddress: '45 Lê Lợi, Quận 1, TP. Hồ Chí Minh',
      },
    }),
    cells: cells(distributors(201)),
  },
  {
    route: 'GET /api/v1/sample-requests',
    request: get(() => '/api/v1/sample-requests'),
    cells: cells(signedIn()),
  },
  {
    route: 'GET /api/v1/sample-requests/:id',
    request: get(
      (f) => `/api/v1/sample-requests/${f.sample.requested.id}`,
      (f) => f.sample.requested.id,
    ),
    cells: cells({ ...A(), distributorA: 'ok', ...staff(), rest: 404 }),
  },
  ...(
    [
      ['accept', 'forAccept', 'producer', {}],
      ['decline', 'forDecline', 'producer', { reason: 'Hết hàng mẫu' }],
      ['ship', 'forShip', 'producer', { carrier: 'VNPost', trackingNumber: 'EV000000001VN' }],
      ['deliver', 'forDeliver', 'distributor', {}],
      [
        'evaluate',
        'forEvaluate',
        'distributor',
        {
          fitToSpecification: 4,
          tasteOrQuality: 5,
          packaging: 4,
          labelCompliance: 4,
          remainingShelfLife: 5,
          priceAcceptance: 3,
          decision: 'go',
        },
      ],
    ] as const
  ).map(([action, key, side, body]): RouteCase => ({
    route: `POST /api/v1/sample-requests/:id/${action}`,
    request: (f) => ({
      url: `/api/v1/sample-requests/${f.sample[key].id}/${action}`,
      payload: { version: f.sample[key].version, ...body },
      target: f.sample[key].id,
    }),
    // The other party and staff see the request: a 403. Outsiders: the 404 of a missing one.
    cells: cells(
      side === 'producer'
        ? { ...Aw, distributorA: 403, ...staff(403), rest: 404 }
        : { distributorA: 'ok', ...A(403), ...staff(403), rest: 404 },
    ),
  })),

  // ── quotes: the producer of an introduced match quotes; its distributor answers ──
  {
    route: 'POST /api/v1/quotes',
    request: (f) => ({ url: '/api/v1/quotes', payload: quoteBody(f.match.forQuote.id) }),
    cells: cells({ ...A(201), producerB: 404, ...distributors(403), ...staff(403) }),
  },
  { route: 'GET /api/v1/quotes', request: get(() => '/api/v1/quotes'), cells: cells(signedIn()) },
  {
    route: 'GET /api/v1/quotes/:id',
    request: get(
      (f) => `/api/v1/quotes/${f.quote.sent.id}`,
      (f) => f.quote.sent.id,
    ),
    cells: cells({ ...A(), distributorA: 'ok', ...staff(), rest: 404 }),
  },
  ...(
    [
      ['accept', 'forAccept', {}],
      ['decline', 'forDecline', { reason: 'Giá cao hơn ngân sách' }],
      ['request-revision', 'forRevision', { note: 'Xin giảm giá 5%' }],
    ] as const
  ).map(([action, key, body]): RouteCase => ({
    route: `POST /api/v1/quotes/:id/${action}`,
    request: (f) => ({
      url: `/api/v1/quotes/${f.quote[key].id}/${action}`,
      payload: { version: f.quote[key].version, ...body },
      target: f.quote[key].id,
    }),
    cells: cells({ distributorA: 'ok', ...A(403), ...staff(403), rest: 404 }),
  })),

  // ── agreements: the parties see theirs; the centre records them ──
  {
    route: 'GET /api/v1/agreements',
    request: get(() => '/api/v1/agreements'),
    cells: cells(signedIn()),
  },
  {
    route: 'POST /api/v1/agreements',
    request: (f) => ({
      url: '/api/v1/agreements',
      payload: {
        kind: 'contract',
        title: 'Hợp đồng mua bán mật ong',
        producerOrgId: f.org.A,
        distributorOrgId: f.org.DA,
        signedOn: inDays(-2),
      },
    }),
    cells: cells(staff(201)),
  },
  {
    route: 'PUT /api/v1/agreements/:id/document',
    request: (f) => ({
      url: `/api/v1/agreements/${f.agreement.forDocument.id}/document`,
      ...multipartFile('hop-dong.pdf', 'application/pdf', TINY_PDF),
    }),
    cells: cells(staff()),
  },
  // The parties and the centre; anyone else cannot see the agreement at all.
  {
    route: 'GET /api/v1/agreements/:id/document',
    request: get(
      (f) => `/api/v1/agreements/${f.agreement.a.id}/document`,
      (f) => f.agreement.a.id,
    ),
    cells: cells({ ...A(), distributorA: 'ok', ...staff(), rest: 404 }),
  },

  // ── saved searches: each person's own, not even shared with colleagues ──
  {
    route: 'GET /api/v1/saved-searches',
    request: get(() => '/api/v1/saved-searches'),
    cells: cells(signedIn()),
  },
  {
    route: 'POST /api/v1/saved-searches',
    request: () => ({
      url: '/api/v1/saved-searches',
      payload: { name: 'Cà phê Đắk Lắk', filters: { q: 'cà phê', minStars: 4 } },
    }),
    cells: cells(signedIn(201)),
  },
  {
    route: 'DELETE /api/v1/saved-searches/:id',
    request: (f) => ({
      url: `/api/v1/saved-searches/${f.savedSearch.id}`,
      target: f.savedSearch.id,
    }),
    cells: cells({ producerA1: 204, rest: 404 }),
  },

  // ── notifications: one's own ──
  {
    route: 'GET /api/v1/notifications',
    request: get(() => '/api/v1/notifications'),
    cells: cells(signedIn()),
  },
  {
    route: 'POST /api/v1/notifications/read',
    request: () => ({ url: '/api/v1/notifications/read', payload: {} }),
    cells: cells(signedIn()),
  },

  // ── admin: administrators only ──
  {
    route: 'GET /api/v1/admin/users',
    request: get(() => '/api/v1/admin/users'),
    cells: cells({ admin: 'ok' }),
  },
  {
    route: 'POST /api/v1/admin/users',
    request: () => ({
      url: '/api/v1/admin/users',
      payload: {
        email: uniqueEmail('staff'),
        password: PASSWORD,
        name: 'Cán bộ mới',
        role: 'coordinator',
      },
    }),
    cells: cells({ admin: 201 }),
  },
  {
    route: 'PATCH /api/v1/admin/users/:id',
    request: (f) => ({ url: `/api/v1/admin/users/${f.spareUser.id}`, payload: { disabled: true } }),
    cells: cells({ admin: 'ok' }),
  },
  {
    route: 'POST /api/v1/admin/queues/session',
    request: () => ({ url: '/api/v1/admin/queues/session', payload: {} }),
    cells: cells({ admin: 'ok' }),
  },

  // ── events: staff run them; members register and meet once accepted ──
  {
    route: 'POST /api/v1/events',
    request: () => {
      const start = new Date(Date.now() + 30 * 86_400_000);
      return {
        url: '/api/v1/events',
        payload: {
          kind: 'fair',
          titleVi: 'Hội chợ OCOP',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 8 * 3600_000).toISOString(),
          place: 'Nhà văn hóa Thanh niên',
        },
      };
    },
    cells: cells(staff(201)),
  },
  { route: 'GET /api/v1/events', request: get(() => '/api/v1/events'), cells: cells(everyone()) },
  {
    route: 'GET /api/v1/events/:id',
    variant: 'published event',
    request: get((f) => `/api/v1/events/${f.event.published.id}`),
    cells: cells(everyone()),
  },
  {
    route: 'GET /api/v1/events/:id',
    variant: 'draft event',
    request: get(
      (f) => `/api/v1/events/${f.event.draft.id}`,
      (f) => f.event.draft.id,
    ),
    cells: cells({ ...staff(), anon: 404, rest: 404 }),
  },
  {
    route: 'PATCH /api/v1/events/:id',
    request: (f) => ({
      url: `/api/v1/events/${f.event.forPatch.id}`,
      payload: { ...v(f.event.forPatch.version), place: 'GEM Center' },
    }),
    cells: cells(staffW),
  },
  {
    route: 'POST /api/v1/events/:id/publish',
    request: (f) => ({
      url: `/api/v1/events/${f.event.forPublish.id}/publish`,
      payload: v(f.event.forPublish.version),
    }),
    cells: cells(staffW),
  },
  {
    route: 'POST /api/v1/events/:id/cancel',
    request: (f) => ({
      url: `/api/v1/events/${f.event.forCancel.id}/cancel`,
      payload: { ...v(f.event.forCancel.version), reason: 'Hoãn do thời tiết' },
    }),
    cells: cells(staffW),
  },
  {
    route: 'POST /api/v1/events/:id/registrations',
    request: (f) => ({
      url: `/api/v1/events/${f.event.forRegister.id}/registrations`,
      payload: {},
    }),
    cells: cells({ ...Aw, producerB: 'ok', ...distributors('ok'), ...staff(403) }),
  },
  {
    route: 'GET /api/v1/events/:id/registrations',
    request: get((f) => `/api/v1/events/${f.event.published.id}/registrations`),
    cells: cells(signedIn()),
  },
  ...(
    [
      ['accept', 'forAccept', 'producerB'],
      ['decline', 'forDecline', 'distributorB'],
    ] as const
  ).map(([action, key, registrant]): RouteCase => ({
    route: `POST /api/v1/events/:id/registrations/:rid/${action}`,
    request: (f) => ({
      url: `/api/v1/events/${f.event.published.id}/registrations/${f.registration[key].id}/${action}`,
      payload: v(f.registration[key].version),
      target: f.registration[key].id,
    }),
    // The registrant sees its own registration but does not decide it (403); other members do
    // not see it at all (404).
    cells: cells({
      ...staffW,
      [registrant]: 403,
      ...(registrant === 'producerB' ? distributors(404) : producers(404)),
      rest: 404,
    }),
  })),
  {
    route: 'POST /api/v1/events/:id/registrations/:rid/cancel',
    request: (f) => ({
      url: `/api/v1/events/${f.event.forRegistrationCancel.id}/registrations/${f.registration.forCancel.id}/cancel`,
      payload: v(f.registration.forCancel.version),
      target: f.registration.forCancel.id,
    }),
    cells: cells({ ...Aw, ...staff('pass'), rest: 404 }),
  },
  {
    route: 'GET /api/v1/events/:id/participants',
    request: get((f) => `/api/v1/events/${f.event.published.id}/participants`),
    cells: cells({ ...A(), distributorA: 'ok', ...staff(), rest: 403 }),
  },
  {
    route: 'GET /api/v1/events/:id/meeting-suggestions',
    request: get((f) => `/api/v1/events/${f.event.published.id}/meeting-suggestions`),
    // Producer B and distributor B are registered (not yet accepted): their own, empty, view.
    cells: cells({ ...A(), distributorA: 'ok', ...staff(), producerB: 'ok', distributorB: 'ok' }),
  },
  {
    route: 'POST /api/v1/events/:id/meetings',
    request: (f, actor) => {
      const start = new Date(f.event.published.startsAt);
      const slot = new Date(
        start.getTime() + (200 + actorKeys.indexOf(actor) * 20) * 60_000,
      ).toISOString();
      return {
        url: `/api/v1/events/${f.event.published.id}/meetings`,
        payload:
          actor === 'coordinator' || actor === 'admin'
            ? {
                startsAt: slot,
                producerOrganizationId: f.org.A,
                distributorOrganizationId: f.org.DA,
              }
            : {
                startsAt: slot,
                counterpartOrganizationId: actor === 'distributorA' ? f.org.A : f.org.DA,
              },
      };
    },
    // By the time writes run, the centre has accepted producer B (201) and declined distributor B
    // (409: only accepted participants meet).
    cells: cells({
      ...A(201),
      distributorA: 201,
      ...staff(201),
      producerB: 201,
      distributorB: 409,
    }),
  },
  {
    route: 'GET /api/v1/events/:id/meetings',
    request: get((f) => `/api/v1/events/${f.event.published.id}/meetings`),
    // Each party lists its own meetings: B's registered organizations get an empty list.
    cells: cells({ ...A(), distributorA: 'ok', ...staff(), producerB: 'ok', distributorB: 'ok' }),
  },
  ...(
    [
      ['accept', 'forAccept'],
      ['decline', 'forDecline'],
    ] as const
  ).map(([action, key]): RouteCase => ({
    route: `POST /api/v1/events/:id/meetings/:mid/${action}`,
    request: (f) => ({
      url: `/api/v1/events/${f.event.published.id}/meetings/${f.meeting[key].id}/${action}`,
      payload: v(f.meeting[key].version),
      target: f.meeting[key].id,
    }),
    // Producer A asked; distributor A answers. Staff do not answer for a party.
    cells: cells({ distributorA: 'ok', ...A(403), ...staff(403), rest: 404 }),
  })),
  {
    route: 'POST /api/v1/events/:id/meetings/:mid/cancel',
    request: (f) => ({
      url: `/api/v1/events/${f.event.published.id}/meetings/${f.meeting.forCancel.id}/cancel`,
      payload: v(f.meeting.forCancel.version),
      target: f.meeting.forCancel.id,
    }),
    cells: cells({ ...Aw, distributorA: 'pass', ...staff('pass'), rest: 404 }),
  },
  {
    route: 'PATCH /api/v1/events/:id/meetings/:mid',
    request: (f) => ({
      url: `/api/v1/events/${f.event.published.id}/meetings/${f.meeting.forOutcome.id}`,
      payload: { version: f.meeting.forOutcome.version, outcome: 'held' },
      target: f.meeting.forOutcome.id,
    }),
    cells: cells({ ...A('pass'), distributorA: 'pass', ...staff('pass'), rest: 404 }),
  },
  {
    route: 'GET /api/v1/events/:id/agenda.ics',
    request: get((f) => `/api/v1/events/${f.event.published.id}/agenda.ics`),
    cells: cells({ ...A(), distributorA: 'ok', ...staff(), producerB: 'ok', distributorB: 'ok' }),
  },
  {
    route: 'POST /api/v1/events/:id/agenda/draft',
    request: (f) => ({ url: `/api/v1/events/${f.event.published.id}/agenda/draft`, payload: {} }),
    cells: cells(staff('pass')),
  },
  {
    route: 'GET /api/v1/events/:id/report',
    request: get((f) => `/api/v1/events/${f.event.published.id}/report`),
    cells: cells(staff()),
  },

  // ── reports and targets: the centre ──
  {
    route: 'GET /api/v1/reports/kpis',
    request: get(() => `/api/v1/reports/kpis?year=${year}`),
    cells: cells(staff()),
  },
  {
    route: 'GET /api/v1/reports/kpis.xlsx',
    request: get(() => `/api/v1/reports/kpis.xlsx?year=${year}`),
    cells: cells(staff()),
  },
  {
    route: 'GET /api/v1/kpi-targets',
    request: get(() => `/api/v1/kpi-targets?year=${year}`),
    cells: cells(staff()),
  },
  {
    route: 'PUT /api/v1/kpi-targets',
    request: () => ({
      url: `/api/v1/kpi-targets?year=${year + 1}`,
      payload: { targets: [{ metric: 'products_placed_abroad', target: 40 }] },
    }),
    cells: cells(staffW),
  },

  // ── market guides: the centre writes; everyone reads published ones ──
  {
    route: 'GET /api/v1/market-guides',
    request: get(() => '/api/v1/market-guides'),
    cells: cells(everyone()),
  },
  {
    route: 'POST /api/v1/market-guides',
    request: () => ({
      url: '/api/v1/market-guides',
      payload: { country: 'KR', title: { vi: 'Hướng dẫn thị trường Hàn Quốc' } },
    }),
    cells: cells(staff(201)),
  },
  {
    route: 'GET /api/v1/market-guides/:id',
    variant: 'published guide',
    request: get((f) => `/api/v1/market-guides/${f.guide.published.id}`),
    cells: cells(everyone()),
  },
  {
    route: 'GET /api/v1/market-guides/:id',
    variant: 'draft guide',
    request: get(
      (f) => `/api/v1/market-guides/${f.guide.draft.id}`,
      (f) => f.guide.draft.id,
    ),
    cells: cells({ ...staff(), anon: 404, rest: 404 }),
  },
  {
    route: 'PATCH /api/v1/market-guides/:id',
    request: (f) => ({
      url: `/api/v1/market-guides/${f.guide.forPatch.id}`,
      payload: { ...v(f.guide.forPatch.version), retailerName: 'Don Quijote' },
    }),
    cells: cells(staffW),
  },
  ...(['publish', 'unpublish'] as const).map((action): RouteCase => ({
    route: `POST /api/v1/market-guides/:id/${action}`,
    request: (f) => {
      const guide = action === 'publish' ? f.guide.forPublish : f.guide.forUnpublish;
      return { url: `/api/v1/market-guides/${guide.id}/${action}`, payload: v(guide.version) };
    },
    cells: cells(staffW),
  })),
  {
    route: 'GET /api/v1/market-guides/:id/checklist',
    request: get(
      (f) =>
        `/api/v1/market-guides/${f.guide.published.id}/checklist?productId=${f.product.aPublished.id}`,
    ),
    cells: cells(everyone()),
  },

  // ── campaigns: the centre runs them; verified producers enter their own products ──
  {
    route: 'GET /api/v1/campaigns',
    request: get(() => '/api/v1/campaigns'),
    cells: cells(signedIn()),
  },
  {
    route: 'POST /api/v1/campaigns',
    request: () => ({ url: '/api/v1/campaigns', payload: campaignBody() }),
    cells: cells(staff(201)),
  },
  {
    route: 'GET /api/v1/campaigns/entries',
    request: get(() => '/api/v1/campaigns/entries'),
    cells: cells({ ...producers(), ...staff() }),
  },
  {
    route: 'GET /api/v1/campaigns/:id',
    variant: 'open campaign',
    request: get((f) => `/api/v1/campaigns/${f.campaign.open.id}`),
    cells: cells(signedIn()),
  },
  {
    route: 'GET /api/v1/campaigns/:id',
    variant: 'draft campaign',
    request: get(
      (f) => `/api/v1/campaigns/${f.campaign.draft.id}`,
      (f) => f.campaign.draft.id,
    ),
    cells: cells({ ...staff(), rest: 404 }),
  },
  {
    route: 'PATCH /api/v1/campaigns/:id',
    request: (f) => ({
      url: `/api/v1/campaigns/${f.campaign.forPatch.id}`,
      payload: { ...v(f.campaign.forPatch.version), retailerName: 'Lotte Mart' },
    }),
    cells: cells(staffW),
  },
  ...(
    [
      ['open', 'forOpen'],
      ['close', 'forClose'],
      ['complete', 'forComplete'],
    ] as const
  ).map(([action, key]): RouteCase => ({
    route: `POST /api/v1/campaigns/:id/${action}`,
    request: (f) => ({
      url: `/api/v1/campaigns/${f.campaign[key].id}/${action}`,
      payload: v(f.campaign[key].version),
    }),
    cells: cells(staffW),
  })),
  {
    route: 'GET /api/v1/campaigns/:id/eligible',
    request: get((f) => `/api/v1/campaigns/${f.campaign.open.id}/eligible`),
    // Screening the catalogue for a campaign is the centre's tool; producers see their entries.
    cells: cells(staff()),
  },
  {
    route: 'GET /api/v1/campaigns/:id/entries',
    request: get((f) => `/api/v1/campaigns/${f.campaign.open.id}/entries`),
    cells: cells({ ...producers(), ...staff() }),
  },
  {
    route: 'POST /api/v1/campaigns/:id/entries',
    request: (f) => ({
      url: `/api/v1/campaigns/${f.campaign.open.id}/entries`,
      payload: { productId: f.product.forCampaignEntry.id },
    }),
    cells: cells({ producerA1: 201, producerA2: 'pass', producerB: 403 }),
  },
  {
    route: 'POST /api/v1/campaigns/:id/invitations',
    request: (f) => ({
      url: `/api/v1/campaigns/${f.campaign.open.id}/invitations`,
      payload: { productIds: [f.product.bPublished.id] },
    }),
    cells: cells(staffW),
  },
  {
    route: 'GET /api/v1/campaigns/:id/entries/:entryId',
    request: get(
      (f) => `/api/v1/campaigns/${f.campaign.open.id}/entries/${f.entry.a.id}`,
      (f) => f.entry.a.id,
    ),
    cells: cells({ ...A(), ...staff(), rest: 404 }),
  },
  {
    route: 'PATCH /api/v1/campaigns/:id/entries/:entryId',
    request: (f) => ({
      url: `/api/v1/campaigns/${f.campaign.open.id}/entries/${f.entry.forPatch.id}`,
      payload: { ...v(f.entry.forPatch.version), status: 'shortlisted' },
      target: f.entry.forPatch.id,
    }),
    // Shortlisting is the centre's step: the entry's own producer is told no (403).
    cells: cells({ ...staffW, ...A(403), producerB: 404 }),
  },
  {
    route: 'POST /api/v1/campaigns/:id/entries/:entryId/reorders',
    request: (f) => ({
      url: `/api/v1/campaigns/${f.campaign.past.id}/entries/${f.entry.forReorder.id}/reorders`,
      payload: { date: inDays(-1), quantity: 120 },
      target: f.entry.forReorder.id,
    }),
    cells: cells({ ...A(201), ...staff(201), producerB: 404 }),
  },
];

/** Every route under this prefix is Bull Board's: one rule — administrators only — covers them all. */
export const QUEUE_BOARD_PREFIX = '/admin/queues';
export const queueBoardCells = cells({ admin: 'reached' });

/**
 * Ids an actor must never find in any answer (lists included): rows of other tenants that are not
 * public, matches before the introduction, drafts of the centre, another person's saved search.
 */
export function hiddenFrom(f: SecurityFixture, actor: ActorKey): string[] {
  const centreDrafts = [f.event.draft.id, f.guide.draft.id, f.campaign.draft.id];
  const notIntroduced = [f.match.proposed.id, f.match.approved.id, f.match.rejected.id];
  const ofProducerA = [
    f.product.aDraft.id,
    f.product.aPending.id,
    f.certificate.a.id,
    f.importA.id,
  ];
  const ofDistributorA = [f.demand.aDraft.id];
  const ofB = [f.product.bDraft.id, f.certificate.b.id, f.demand.bOpen.id, f.match.bIntroduced.id];
  const betweenAs = [f.match.introduced.id, f.sample.requested.id, f.quote.sent.id];
  switch (actor) {
    case 'anon':
    case 'disabled':
    case 'producerB':
    case 'distributorB':
      return [
        ...centreDrafts,
        ...notIntroduced,
        ...ofProducerA,
        ...ofDistributorA,
        ...betweenAs,
        f.demand.aOpen.id,
        f.entry.a.id,
        f.savedSearch.id,
        f.org.pendingForReject,
        // B's own side: its producer sees all of it; its distributor not the producer's drafts.
        ...(actor === 'producerB'
          ? []
          : actor === 'distributorB'
            ? [f.product.bDraft.id, f.certificate.b.id]
            : ofB),
      ];
    case 'producerA1':
    case 'producerA2':
      return [
        ...centreDrafts,
        ...notIntroduced,
        ...ofDistributorA,
        ...ofB,
        f.org.pendingForReject,
        ...(actor === 'producerA2' ? [f.savedSearch.id] : []),
      ];
    case 'distributorA':
      return [
        ...centreDrafts,
        ...notIntroduced,
        ...ofProducerA,
        ...ofB,
        f.entry.a.id,
        f.savedSearch.id,
        f.org.pendingForReject,
      ];
    case 'coordinator':
    case 'admin':
      return [...ofDistributorA, f.savedSearch.id];
  }
}
