import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
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
import {
  hiddenFrom,
  QUEUE_BOARD_PREFIX,
  queueBoardCells,
  routeTable,
  type Outcome,
  type RouteCase,
} from './fixture-route-table.ts';
import {
  normalizePath,
  registeredRoutes,
  routeKey,
  type RegisteredRoute,
} from './fixture-routes.ts';

/**
 * RELIABILITY-TESTS S1: object- and function-level authorization, every registered route ×
 * method × actor (fixture-route-table.ts). A denied read of a hidden row answers exactly like a
 * missing id; a denied write changes no table; no registered route is missing from the table.
 */
let ctx: TestContext;
let f: SecurityFixture;
let registered: RegisteredRoute[];
const counts = { cells: 0, deniedWrites: 0, hiddenComparisons: 0, leakScans: 0, boardCells: 0 };
const baselines = new Map<RouteCase, Record<string, string>>();

beforeAll(async () => {
  ctx = await createTestContext(securityEnv);
  f = await buildSecurityFixture(ctx);
  registered = await registeredRoutes(ctx.config);
});
afterAll(async () => {
  await ctx?.close();
});

const methodOf = (row: RouteCase) => row.route.split(' ')[0]!;

function matches(outcome: Outcome, status: number): boolean {
  switch (outcome) {
    case 'ok':
      return status >= 200 && status < 300;
    case 'pass':
      return status < 500 && ![401, 403, 404].includes(status);
    case 'reached':
      return status < 500 && status !== 401 && status !== 403;
    case 'gone':
      return status === 404;
    default:
      return status === outcome;
  }
}

/** The problem body without what differs per request. */
function comparable(response: LightMyRequestResponse) {
  const body = response.json<Record<string, unknown>>();
  delete body.instance;
  return body;
}

async function call(row: RouteCase, actor: ActorKey, overrideTarget?: string) {
  const request = row.request(f, actor);
  const url =
    overrideTarget && request.target
      ? request.url.replace(request.target, overrideTarget)
      : request.url;
  return {
    request,
    response: await f.send(actor, {
      method: methodOf(row),
      url,
      ...(request.payload !== undefined ? { payload: request.payload as string } : {}),
      ...(request.headers ? { headers: request.headers } : {}),
    }),
  };
}

/** Reads first (a write must not change what a read sees), then writes, denied actors first. */
const ordered = [
  ...routeTable.filter((row) => methodOf(row) === 'GET'),
  ...routeTable.filter((row) => methodOf(row) !== 'GET'),
];
const refused = (outcome: Outcome) => typeof outcome === 'number' && outcome >= 400;
const actorOrder = (row: RouteCase): ActorKey[] =>
  methodOf(row) === 'GET'
    ? [...actorKeys]
    : [
        ...actorKeys.filter((a) => refused(row.cells[a])),
        ...actorKeys.filter((a) => !refused(row.cells[a])),
      ];

describe('the leak scan has something to find', () => {
  // Lists that answered with nothing would pass the scan trivially: each shows its own rows.
  // Declared first, so it runs before any write of the matrix.
  it.each([
    ['distributorA', '/api/v1/matches', (x: SecurityFixture) => x.match.introduced.id],
    ['producerA2', '/api/v1/matches', (x: SecurityFixture) => x.match.introduced.id],
    ['producerB', '/api/v1/matches', (x: SecurityFixture) => x.match.bIntroduced.id],
    ['coordinator', '/api/v1/matches?status=proposed', (x: SecurityFixture) => x.match.proposed.id],
    ['coordinator', '/api/v1/demands', (x: SecurityFixture) => x.demand.aOpen.id],
    ['producerA1', '/api/v1/demands', (x: SecurityFixture) => x.demand.aOpen.id],
    ['distributorA', '/api/v1/demands?status=draft', (x: SecurityFixture) => x.demand.aDraft.id],
    [
      'producerA2',
      '/api/v1/products?status=draft&limit=100',
      (x: SecurityFixture) => x.product.aDraft.id,
    ],
    ['producerA2', `/api/v1/imports`, (x: SecurityFixture) => x.importA.id],
    ['distributorA', '/api/v1/sample-requests', (x: SecurityFixture) => x.sample.requested.id],
    ['producerA1', '/api/v1/saved-searches', (x: SecurityFixture) => x.savedSearch.id],
    [
      'admin',
      '/api/v1/review/organizations?status=pending',
      (x: SecurityFixture) => x.org.pendingForReject,
    ],
  ] as const)('%s: GET %s lists its own rows', async (actor, url, id) => {
    const response = await f.send(actor, { method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain(id(f));
  });
});

describe.each(
  ordered.map((row) => ({ row, name: `${row.route}${row.variant ? ` (${row.variant})` : ''}` })),
)('$name', ({ row }) => {
  // A read changes nothing: its actors go at once. A write's actors go one by one, in order.
  const cell = methodOf(row) === 'GET' ? it.concurrent : it;
  cell.for(actorOrder(row).map((actor) => ({ actor, outcome: row.cells[actor] })))(
    '$actor → $outcome',
    async ({ actor, outcome }, { expect }) => {
      counts.cells += 1;
      // Every refused write (a denial, or a state the actor may not act in) changes nothing.
      // Refused cells run first in a row, so the snapshot taken before the first one is what
      // every one of them must leave behind.
      const write = methodOf(row) !== 'GET' && refused(outcome);
      if (write && !baselines.has(row)) {
        baselines.set(row, await tableChecksums(ctx));
      }
      const before = write ? baselines.get(row) : undefined;
      const { request, response } = await call(row, actor);
      expect(
        matches(outcome, response.statusCode),
        `${row.route}${row.variant ? ` (${row.variant})` : ''} as ${actor}: expected ${outcome}, got ${response.statusCode} ${response.body.slice(0, 300)}`,
      ).toBe(true);
      if (before) {
        counts.deniedWrites += 1;
        expect(
          changedTables(before, await tableChecksums(ctx)),
          'tables changed by a denied write',
        ).toEqual([]);
      }
      if (methodOf(row) === 'GET' && response.statusCode < 300) {
        // No answer, list or single, carries a row hidden from this actor.
        counts.leakScans += 1;
        const leaked = hiddenFrom(f, actor).filter((id) => response.body.includes(id));
        expect(leaked, 'ids of rows hidden from this actor').toEqual([]);
      }
      if (outcome === 404 && request.target) {
        // Hidden must be indistinguishable from missing: same status, same body.
        counts.hiddenComparisons += 1;
        const missing = await call(row, actor, randomUUID());
        expect(missing.response.statusCode).toBe(404);
        expect(comparable(response)).toEqual(comparable(missing.response));
      }
    },
  );
});

describe('the table covers the app', () => {
  it('every registered route has a row (0 missing), and every row a registered route', () => {
    const inTable = new Set(
      routeTable.map((row) => {
        const [method, path] = row.route.split(' ');
        return `${method} ${normalizePath(path!)}`;
      }),
    );
    const appRoutes = registered.filter((r) => !r.path.startsWith(QUEUE_BOARD_PREFIX));
    const missing = appRoutes.map(routeKey).filter((key) => !inTable.has(key));
    const stale = [...inTable].filter((key) => !appRoutes.some((r) => routeKey(r) === key));
    expect(missing).toEqual([]);
    expect(stale).toEqual([]);
    expect(appRoutes.length).toBeGreaterThan(100);
  });

  it(`every route under ${QUEUE_BOARD_PREFIX} (Bull Board) is for administrators only`, async ({
    task,
  }) => {
    const board = registered.filter((r) => r.path.startsWith(QUEUE_BOARD_PREFIX));
    expect(board.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const route of board) {
      // A queue that does not exist: an administrator reaches the board, nothing is touched.
      const url = route.path
        .replace(':queueName', 'no-such-queue')
        .replace(':jobId', '1')
        .replace(':queueStatus', 'failed')
        .replace(':schedulerId', 'none')
        .replace('*', 'static/favicon.ico');
      for (const actor of actorKeys) {
        counts.boardCells += 1;
        const response = await f.send(actor, {
          method: route.method,
          url,
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        if (!matches(queueBoardCells[actor], response.statusCode)) {
          wrong.push(
            `${route.method} ${url} as ${actor}: ${response.statusCode} (expected ${queueBoardCells[actor]})`,
          );
        }
      }
    }
    task.meta.figures = { ...counts, routes: registered.length, tableRows: routeTable.length };
    expect(wrong).toEqual([]);
  });
});
