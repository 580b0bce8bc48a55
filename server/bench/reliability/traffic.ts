/**
 * A small closed-loop driver for the fault scenarios: writers (demands created, opened and
 * edited; products created, submitted and approved; sample requests) and readers (search and
 * product pages), each a loop of one request at a time on keep-alive connections. Every
 * request is recorded with its start, latency and outcome, so a scenario can cut the run into
 * phases (before, during and after a fault); every write the API acknowledged is kept, so the
 * scenario can check afterwards that nothing acknowledged was lost.
 */
import { performance } from 'node:perf_hooks';
import type { Accounts, Stack } from './stack.ts';

export type Sample = {
  /** performance.now() when sent. */
  at: number;
  ms: number;
  route: string;
  write: boolean;
  /** HTTP status, or 0 for a socket error or timeout. */
  status: number;
  error?: string;
  retryAfter?: boolean;
  problemJson?: boolean;
};

export type Acknowledged = {
  /** Products approved (200): each must reach the search index and be matched. */
  products: { id: string; at: number }[];
  /** Demands opened or edited while open (200/201), with the version acknowledged. */
  demands: { id: string; version: number; at: number }[];
  sampleRequests: { id: string; at: number }[];
};

export type Traffic = {
  samples: Sample[];
  acknowledged: Acknowledged;
  stop: () => Promise<void>;
};

const demandTitles = [
  ['Mật ong bạc hà cho chuỗi siêu thị', 'honey', 'bottle'],
  ['Cà phê Robusta rang xay', 'coffee', 'kg'],
  ['Nước mắm truyền thống', 'seasonings', 'bottle'],
  ['Gạo ST25 đóng túi 5 kg', 'rice-grains', 'kg'],
  ['Trà Shan tuyết', 'tea', 'kg'],
] as const;

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const readerQueries = [
  'mat ong',
  'ca phe',
  'nuoc mam',
  'gao st25',
  'tra',
  'banh trang',
  'tea',
  'honey',
];

export function startTraffic(
  apiUrl: string,
  stack: Stack,
  accounts: Accounts,
  options: {
    writers: number;
    readers: number;
    timeoutMs?: number;
    /** A writer's pause between two writes (a person filling in the next form). */
    thinkMs?: number;
  },
): Traffic {
  const samples: Sample[] = [];
  const acknowledged: Acknowledged = { products: [], demands: [], sampleRequests: [] };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const think = () => new Promise((resolve) => setTimeout(resolve, options.thinkMs ?? 0));
  let stopped = false;

  const call = async <T>(
    route: string,
    write: boolean,
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    token: string | undefined,
    body?: unknown,
  ): Promise<{ status: number; body: T | undefined }> => {
    const at = performance.now();
    try {
      const response = await fetch(`${apiUrl}${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      samples.push({
        at,
        ms: performance.now() - at,
        route,
        write,
        status: response.status,
        ...(response.status >= 500
          ? {
              retryAfter: response.headers.has('retry-after'),
              problemJson: contentType.includes('application/problem+json'),
            }
          : {}),
      });
      const parsed = text && contentType.includes('json') ? (JSON.parse(text) as T) : undefined;
      return { status: response.status, body: parsed };
    } catch (err) {
      samples.push({
        at,
        ms: performance.now() - at,
        route,
        write,
        status: 0,
        error: errorCode(err),
      });
      return { status: 0, body: undefined };
    }
  };

  type Versioned = { id: string; version: number; status?: string };

  const distributorLoop = async (token: string, index: number) => {
    let demand: Versioned | undefined;
    for (let step = 0; !stopped; step += 1) {
      await think();
      const kind = step % 3;
      if (kind === 0 || !demand) {
        const [title, category, unit] = demandTitles[(index + step) % demandTitles.length]!;
        const created = await call<Versioned>(
          'POST /demands',
          true,
          'POST',
          '/api/v1/demands',
          token,
          {
            title: `${title} ${index}-${step}`,
            description: 'Nhu cầu thử tải độ tin cậy: giao hàng hằng tháng, có hóa đơn VAT.',
            category,
            quantityPerOrder: 100,
            quantityPerMonth: 300,
            unit,
            priceMin: 50_000,
            priceMax: 400_000,
            currency: 'VND',
            destinationCountry: 'VN',
            neededBy: inDays(60),
          },
        );
        if (created.status !== 201 || !created.body) {
          demand = undefined;
          continue;
        }
        const opened = await call<Versioned>(
          'POST /demands/:id/open',
          true,
          'POST',
          `/api/v1/demands/${created.body.id}/open`,
          token,
          { version: created.body.version },
        );
        if (opened.status === 200 && opened.body) {
          demand = opened.body;
          acknowledged.demands.push({
            id: demand.id,
            version: demand.version,
            at: performance.now(),
          });
        } else {
          demand = undefined;
        }
      } else if (kind === 1) {
        const edited = await call<Versioned>(
          'PATCH /demands/:id',
          true,
          'PATCH',
          `/api/v1/demands/${demand.id}`,
          token,
          {
            version: demand.version,
            quantityPerMonth: 300 + step,
          },
        );
        if (edited.status === 200 && edited.body) {
          demand = edited.body;
          acknowledged.demands.push({
            id: demand.id,
            version: demand.version,
            at: performance.now(),
          });
        }
      } else {
        const product =
          stack.publicProducts[(index * 97 + step * 31) % stack.publicProducts.length]!;
        const requested = await call<{ id: string }>(
          'POST /sample-requests',
          true,
          'POST',
          '/api/v1/sample-requests',
          token,
          {
            productId: product.id,
            quantity: 2,
            unit: product.unit,
            deliveryAddress: '12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh',
          },
        );
        if (requested.status === 201 && requested.body) {
          acknowledged.sampleRequests.push({ id: requested.body.id, at: performance.now() });
        }
      }
    }
  };

  const producerLoop = async (token: string, index: number) => {
    for (let step = 0; !stopped; step += 1) {
      await think();
      const created = await call<Versioned>(
        'POST /products',
        true,
        'POST',
        '/api/v1/products',
        token,
        {
          nameVi: `Mật ong rừng tin cậy ${index}-${step}`,
          descriptionVi: 'Mật ong rừng U Minh, đóng chai thủy tinh, thử tải độ tin cậy.',
          ocopGroup: 'food',
          category: 'honey',
          province: 'ca-mau',
          unit: 'kg',
          moq: 10,
        },
      );
      if (created.status !== 201 || !created.body) {
        continue;
      }
      const submitted = await call<Versioned>(
        'POST /products/:id/submit',
        true,
        'POST',
        `/api/v1/products/${created.body.id}/submit`,
        token,
        { version: created.body.version },
      );
      if (submitted.status !== 200 || !submitted.body) {
        continue;
      }
      const approved = await call<Versioned>(
        'POST /review/products/:id/approve',
        true,
        'POST',
        `/api/v1/review/products/${created.body.id}/approve`,
        accounts.coordinator,
        { version: submitted.body.version },
      );
      if (approved.status === 200) {
        acknowledged.products.push({ id: created.body.id, at: performance.now() });
      }
    }
  };

  const readerLoop = async (index: number) => {
    for (let step = 0; !stopped; step += 1) {
      if ((index + step) % 2 === 0) {
        const q = readerQueries[(index + step) % readerQueries.length]!;
        await call(
          'GET /search/products',
          false,
          'GET',
          `/api/v1/search/products?q=${encodeURIComponent(q)}`,
          undefined,
        );
      } else {
        const product =
          stack.publicProducts[(index * 131 + step * 17) % stack.publicProducts.length]!;
        await call('GET /products/:id', false, 'GET', `/api/v1/products/${product.id}`, undefined);
      }
    }
  };

  const loops: Promise<void>[] = [];
  for (let i = 0; i < options.writers; i += 1) {
    // Half the writers are distributors (demands, sample requests), half producers (publishing).
    if (i % 2 === 0 && accounts.distributors.length > 0) {
      const account = accounts.distributors[(i / 2) % accounts.distributors.length]!;
      loops.push(distributorLoop(account.token, i));
    } else {
      const account = accounts.producers[Math.floor(i / 2) % accounts.producers.length]!;
      loops.push(producerLoop(account.token, i));
    }
  }
  for (let i = 0; i < options.readers; i += 1) {
    loops.push(readerLoop(i));
  }
  return {
    samples,
    acknowledged,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

/** `ECONNRESET`, `ECONNREFUSED`, `TimeoutError`, … from a failed fetch. */
export function errorCode(err: unknown): string {
  const cause = (err as { cause?: { code?: string; name?: string } }).cause;
  return (
    cause?.code ?? cause?.name ?? (err as { code?: string }).code ?? (err as Error).name ?? 'error'
  );
}

// ---------------------------------------------------------------------------------------------
// Figures

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export type PhaseFigures = {
  requests: number;
  writes: number;
  errors: number;
  status5xx: number;
  status4xx: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The error codes and 4xx/5xx statuses seen, with counts. */
  outcomes?: Record<string, number>;
};

/** Figures of the requests sent in [from, to). */
export function phaseFigures(samples: Sample[], from: number, to: number): PhaseFigures {
  const inPhase = samples.filter((s) => s.at >= from && s.at < to);
  const latencies = inPhase.map((s) => s.ms).sort((a, b) => a - b);
  const outcomes: Record<string, number> = {};
  for (const s of inPhase) {
    if (s.status === 0 || s.status >= 400) {
      const key = s.status === 0 ? `error ${s.error}` : `${s.status} ${s.route}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
  }
  return {
    requests: inPhase.length,
    writes: inPhase.filter((s) => s.write).length,
    errors: inPhase.filter((s) => s.status === 0).length,
    status5xx: inPhase.filter((s) => s.status >= 500).length,
    status4xx: inPhase.filter((s) => s.status >= 400 && s.status < 500).length,
    p50Ms: round1(percentile(latencies, 50)),
    p99Ms: round1(percentile(latencies, 99)),
    maxMs: round1(latencies.at(-1) ?? 0),
    ...(Object.keys(outcomes).length > 0 ? { outcomes } : {}),
  };
}
