/**
 * The L1 mix as a small closed-loop driver (node:http, one keep-alive socket per virtual user):
 * each virtual user is a person — a distributor identity and a producer identity of its own —
 * and per request draws one operation:
 *
 *   70 % search  (text + filters, filters only, search-as-you-type, sorted and paged; half signed in)
 *   20 % reads   (a public product 14 %, a producer's profile 6 %)
 *   10 % writes  (demand create 3 %, demand edit 2 %, sample request 2 %, product edit 3 %)
 *
 * Writes carry the `version` the user last saw of its own demands and products, so a clean run
 * has no 409: every non-2xx is a finding. With `ratePerSecond` the users pace themselves (the
 * L6 soak at half rate); with several origins, user i talks to origin i mod n (scale-out).
 * autocannon cannot do this: its requests cannot depend on a previous response per connection
 * without a shared counter, and its per-route latencies are not separable.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { buildVocabulary, random, type Template } from '../lib/synthetic-catalogue.ts';
import { percentiles, round, sleep, type LoadWorld } from './load-setup.ts';

type Params = Record<string, string | number>;

/** Words of the synthetic catalogue as people type them, each with filters (cf. search.bench.ts). */
const textQueries: Params[] = [
  { q: 'mat ong', group: 'food', minStars: 4 },
  { q: 'nuoc mam', province: 'an-giang', storage: 'ambient' },
  { q: 'tea', region: 'northern-midlands-mountains', minStars: 3 },
  { q: 'ca phe', province: 'dak-lak', group: 'food' },
  { q: 'coffee', region: 'central-highlands', sort: 'stars' },
  { q: 'gao st25', province: 'can-tho', minStars: 4 },
  { q: 'honey', province: 'tuyen-quang', page: 2 },
  { q: 'cam vinh', province: 'nghe-an', minStars: 3 },
  { q: 'fish sauce', region: 'mekong-delta', storage: 'ambient' },
  { q: 'banh trang', group: 'food', sort: 'price_asc' },
  { q: 'arabicca', province: 'son-la', minStars: 3 },
  { q: 'atisso', province: 'lam-dong', group: 'herbal' },
  { q: 'yen sao', province: 'khanh-hoa', minStars: 4 },
  { q: 'ginseng', region: 'north-central-central-coast', minStars: 4 },
  { q: 'hat dieu rang muoi', province: 'dong-nai', storage: 'ambient' },
  { q: 'tho cam', group: 'handicraft', sort: 'newest' },
  { q: 'lychee', province: 'bac-ninh', minStars: 3 },
  { q: 'nem chua', province: 'thanh-hoa', group: 'food' },
  { q: 'dried shrimp', province: 'ca-mau', minStars: 3 },
  { q: 'che shan tuyet', region: 'northern-midlands-mountains', group: 'beverage' },
  { q: 'pottery', group: 'handicraft', minStars: 4 },
  { q: 'mat ong', priceMax: 400000, currency: 'VND', sort: 'price_desc' },
];
const filterQueries: Params[] = [
  { group: 'food', province: 'dak-lak', minStars: 4 },
  { group: 'beverage', region: 'northern-midlands-mountains', minStars: 3 },
  { group: 'handicraft', province: 'ha-noi', minStars: 4 },
  { group: 'food', province: 'can-tho', storage: 'ambient', sort: 'newest' },
  { group: 'herbal', region: 'central-highlands', minStars: 3 },
  { group: 'food', region: 'mekong-delta', storage: 'frozen' },
  { group: 'food', province: 'hue', minStars: 4, page: 3 },
  { group: 'beverage', province: 'lam-dong', sort: 'stars' },
  { group: 'food', region: 'red-river-delta', storage: 'chilled' },
  { group: 'food', exportedTo: 'JP' },
  { province: 'son-la', limit: 50 },
  { sort: 'newest' },
];
const prefixQueries: Params[] = [
  'mat o',
  'ca ph',
  'nuoc m',
  'gao st',
  'banh tr',
  'che sh',
  'yen s',
  'cam vi',
  'hat di',
  'nem ch',
  'tinh dau q',
  'vai th',
].map((q) => ({ q }));

const searchPath = (params: Params) =>
  `/api/v1/search/products?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

// ---------------------------------------------------------------------------------------------
// Statistics per route

export type RouteStats = {
  latencies: number[];
  statuses: Record<string, number>;
  errors: number;
  /** A few bodies of unexpected answers, to say what went wrong. */
  samples: string[];
};

export type MixStats = {
  routes: Map<string, RouteStats>;
  seconds: number;
  /** Requests answered (any status) per origin, in `origins` order. */
  perOrigin: number[];
};

export type RouteFigures = {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  non2xx: number;
  serverErrors: number;
  statuses: Record<string, number>;
};

export function summarize(stats: MixStats) {
  const routes: Record<string, RouteFigures> = {};
  let total = 0;
  let errors = 0;
  let non2xx = 0;
  let serverErrors = 0;
  const all: number[] = [];
  for (const [name, r] of [...stats.routes.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const bad = Object.entries(r.statuses).filter(([s]) => !s.startsWith('2'));
    const fivexx = Object.entries(r.statuses).filter(([s]) => s.startsWith('5'));
    const { count, p50Ms, p95Ms, p99Ms, maxMs } = percentiles(r.latencies);
    routes[name] = {
      count,
      p50Ms,
      p95Ms,
      p99Ms,
      maxMs,
      errors: r.errors,
      non2xx: bad.reduce((a, [, n]) => a + n, 0),
      serverErrors: fivexx.reduce((a, [, n]) => a + n, 0),
      statuses: r.statuses,
    };
    total += count + r.errors;
    errors += r.errors;
    non2xx += routes[name].non2xx;
    serverErrors += routes[name].serverErrors;
    all.push(...r.latencies);
  }
  const overall = percentiles(all);
  return {
    requests: total,
    rps: Math.round(total / Math.max(0.001, stats.seconds)),
    perOrigin: stats.perOrigin,
    seconds: round(stats.seconds, 1),
    errors,
    non2xx,
    serverErrors,
    overall: { p50Ms: overall.p50Ms, p95Ms: overall.p95Ms, p99Ms: overall.p99Ms },
    routes,
  };
}

export function unexpectedSamples(stats: MixStats): string[] {
  return [...stats.routes.entries()].flatMap(([name, r]) => r.samples.map((s) => `${name}: ${s}`));
}

// ---------------------------------------------------------------------------------------------
// The driver

type Request = {
  route: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  token?: string;
  body?: unknown;
  /** Called with the parsed JSON of a 2xx answer (to track versions, new ids). */
  then?: (json: unknown) => void;
};

export type MixOptions = {
  origins: string[];
  users: number;
  seconds: number;
  /** Total requests per second across users; closed loop (as fast as answers come) when absent. */
  ratePerSecond?: number;
  seed?: number;
};

/** State the users keep across runs (warm-up, measured run): their own rows' versions. */
export type MixState = ReturnType<typeof createMixState>;

export function createMixState(world: LoadWorld) {
  const templates: Template[] = [...buildVocabulary().values()].flat();
  return {
    world,
    templates,
    producers: world.producers.map((p) => ({ ...p, products: p.products.map((x) => ({ ...x })) })),
    distributors: world.distributors.map((d) => ({
      ...d,
      demands: d.demands.map((x) => ({ ...x })),
    })),
    created: { demands: 0, sampleRequests: 0 },
  };
}

function demandBodyFrom(t: Template, rand: () => number) {
  const perOrder = Math.max(1, Math.round(t.moq * (1 + rand() * 3)));
  return {
    title: t.nameVi.split(',')[0]!.slice(0, 180),
    description: `Cần ${t.nameVi.toLowerCase()} cho hệ thống cửa hàng, giao hằng tháng.`,
    category: t.category,
    quantityPerOrder: perOrder,
    quantityPerMonth: perOrder * 3,
    unit: t.unit,
    priceMax: Math.round(t.priceMax * 1.1),
    currency: 'VND',
    destinationCountry: 'VN',
    preferredRegions: rand() < 0.3 ? [t.region] : [],
  };
}

/** One user's next request, drawn from the mix. */
function nextRequest(state: MixState, user: number, rand: () => number): Request {
  const { world } = state;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const distributor = state.distributors[user % state.distributors.length]!;
  const producer = state.producers[user % state.producers.length]!;
  const x = rand() * 100;
  if (x < 70) {
    const kind = rand();
    const params =
      kind < 0.5 ? pick(textQueries) : kind < 0.8 ? pick(filterQueries) : pick(prefixQueries);
    const route = kind < 0.5 ? 'search.text' : kind < 0.8 ? 'search.filters' : 'search.prefix';
    return {
      route,
      method: 'GET',
      path: searchPath(params),
      ...(rand() < 0.5 ? { token: distributor.token } : {}),
    };
  }
  if (x < 84) {
    return {
      route: 'product.get',
      method: 'GET',
      path: `/api/v1/products/${pick(world.publicProductIds)}`,
      ...(rand() < 0.5 ? { token: distributor.token } : {}),
    };
  }
  if (x < 90) {
    return {
      route: 'producer.get',
      method: 'GET',
      path: `/api/v1/organizations/${pick(world.producerOrgIds)}`,
      ...(rand() < 0.5 ? { token: distributor.token } : {}),
    };
  }
  if (x < 93) {
    return {
      route: 'demand.create',
      method: 'POST',
      path: '/api/v1/demands',
      token: distributor.token,
      body: demandBodyFrom(pick(state.templates), rand),
      then: (json) => {
        const demand = json as { id: string; version: number };
        distributor.demands.push({ id: demand.id, version: demand.version });
        state.created.demands += 1;
      },
    };
  }
  if (x < 95 && distributor.demands.length > 0) {
    const demand = pick(distributor.demands);
    return {
      route: 'demand.edit',
      method: 'PATCH',
      path: `/api/v1/demands/${demand.id}`,
      token: distributor.token,
      body: {
        version: demand.version,
        quantityPerOrder: 10 + Math.floor(rand() * 500),
        description: `Cập nhật nhu cầu lúc ${new Date().toISOString()}`,
      },
      then: (json) => {
        demand.version = (json as { version: number }).version;
      },
    };
  }
  if (x < 97) {
    return {
      route: 'sampleRequest.create',
      method: 'POST',
      path: '/api/v1/sample-requests',
      token: distributor.token,
      body: {
        productId: pick(world.publicProductIds),
        quantity: 1 + Math.floor(rand() * 5),
        unit: 'kg',
        deliveryAddress: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh',
        note: 'Gửi mẫu trong giờ hành chính',
      },
      then: () => {
        state.created.sampleRequests += 1;
      },
    };
  }
  const product = pick(producer.products);
  return {
    route: 'product.edit',
    method: 'PATCH',
    path: `/api/v1/products/${product.id}`,
    token: producer.token,
    body: {
      version: product.version,
      leadTimeDays: 3 + Math.floor(rand() * 30),
      moq: 1 + Math.floor(rand() * 100),
    },
    then: (json) => {
      product.version = (json as { version: number }).version;
    },
  };
}

type Answer = { status: number; body: string };

function send(agent: http.Agent, origin: URL, request: Request): Promise<Answer> {
  const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        method: request.method,
        path: request.path,
        headers: {
          accept: 'application/json',
          ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
          ...(payload !== undefined
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout after 10 s')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Runs the mix for `seconds`; returns per-route statistics. */
export async function runMix(state: MixState, options: MixOptions): Promise<MixStats> {
  const routes = new Map<string, RouteStats>();
  const statsOf = (route: string) => {
    let r = routes.get(route);
    if (!r) {
      r = { latencies: [], statuses: {}, errors: 0, samples: [] };
      routes.set(route, r);
    }
    return r;
  };
  const origins = options.origins.map((o) => new URL(o));
  const perOrigin = origins.map(() => 0);
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const interval = options.ratePerSecond ? (options.users / options.ratePerSecond) * 1000 : 0;

  const user = async (index: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const origin = origins[index % origins.length]!;
    const rand = random((options.seed ?? 1) * 7_919 + index * 104_729 + Math.floor(started));
    // Paced users start spread over one interval, not all at once.
    let next = started + (interval > 0 ? rand() * interval : 0);
    try {
      for (;;) {
        if (interval > 0) {
          await sleep(next - performance.now());
          next += interval;
        }
        if (performance.now() >= deadline) {
          return;
        }
        const request = nextRequest(state, index, rand);
        const stats = statsOf(request.route);
        const sent = performance.now();
        try {
          const answer = await send(agent, origin, request);
          stats.latencies.push(performance.now() - sent);
          perOrigin[index % origins.length]! += 1;
          const key = String(answer.status);
          stats.statuses[key] = (stats.statuses[key] ?? 0) + 1;
          if (answer.status >= 200 && answer.status < 300) {
            request.then?.(JSON.parse(answer.body));
          } else if (stats.samples.length < 3) {
            stats.samples.push(`${answer.status} ${answer.body.slice(0, 300)}`);
          }
        } catch (err) {
          stats.errors += 1;
          if (stats.samples.length < 3) {
            stats.samples.push(`error ${err instanceof Error ? err.message : String(err)}`);
          }
        }
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: options.users }, (_, i) => user(i)));
  return { routes, seconds: (performance.now() - started) / 1000, perOrigin };
}
