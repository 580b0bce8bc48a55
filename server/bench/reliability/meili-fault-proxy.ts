/**
 * F6's fault proxy (RELIABILITY-TESTS: "a small TCP fault proxy in front of the real server"): an
 * HTTP proxy between the API/worker and a real Meilisearch. By mode it
 * - `pass`: forwards every request and its answer;
 * - `unavailable`: answers 503 itself (Meilisearch's error shape), Meilisearch never sees it;
 * - `hang`: forwards the request but never answers: the client times out without knowing whether
 *   a document addition was enqueued (it was);
 * - `task-failed`: reports every finished task (`GET /tasks/<uid>`) as failed, though it succeeded;
 * - `delay`: holds each answer a random 0–`maxDelayMs`, so answers, and the tasks jobs wait for,
 *   complete out of order.
 * Meilisearch unreachable behind it (a restart) resets the client's connection, as a TCP proxy
 * would. Answers are read whole (Meilisearch's are small JSON), uncompressed so they can be
 * rewritten. A bench tool: plain HTTP to a Meilisearch on this machine only.
 */
import http from 'node:http';
import type { Socket } from 'node:net';

export const faultModes = ['pass', 'unavailable', 'hang', 'task-failed', 'delay'] as const;
export type FaultMode = (typeof faultModes)[number];

export type FaultProxy = {
  /** `http://127.0.0.1:<port>`: give it to the API and the worker as MEILI_URL. */
  url: string;
  mode: () => FaultMode;
  setMode: (mode: FaultMode) => void;
  /** Requests received in each mode, task answers rewritten to failed, answers held back. */
  figures: () => {
    requests: Record<FaultMode, number>;
    tasksReportedFailed: number;
    answersLost: number;
    upstreamErrors: number;
  };
  close: () => Promise<void>;
};

const failedTaskError = {
  message: 'fault proxy: task reported failed',
  code: 'fault_proxy_task_failed',
  type: 'internal',
  link: '',
};

/** A finished task's JSON with `status` failed, or null when it is not a succeeded task. */
export function reportTaskFailed(body: Buffer): Buffer | null {
  let task: unknown;
  try {
    task = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (
    typeof task !== 'object' ||
    task === null ||
    (task as { status?: unknown }).status !== 'succeeded'
  ) {
    return null;
  }
  return Buffer.from(JSON.stringify({ ...task, status: 'failed', error: failedTaskError }));
}

/** Hop-by-hop headers, and those the proxy recomputes for the body it sends. */
const dropped = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
]);

export async function startFaultProxy(
  target: string,
  options: { maxDelayMs?: number; random?: () => number; port?: number } = {},
): Promise<FaultProxy> {
  const upstream = new URL(target);
  if (upstream.protocol !== 'http:') {
    throw new Error(`The fault proxy forwards plain HTTP only, not ${upstream.protocol}`);
  }
  const maxDelayMs = options.maxDelayMs ?? 2000;
  const random = options.random ?? Math.random;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const requests = Object.fromEntries(faultModes.map((m) => [m, 0])) as Record<FaultMode, number>;
  let tasksReportedFailed = 0;
  let answersLost = 0;
  let upstreamErrors = 0;
  let mode: FaultMode = 'pass';
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    // The mode when the request arrived decides its fate, even if it changes meanwhile.
    const current = mode;
    requests[current] += 1;
    if (current === 'unavailable') {
      req.resume();
      const body = JSON.stringify({
        message: 'fault proxy: Meilisearch unavailable',
        code: 'fault_proxy_unavailable',
        type: 'system',
        link: '',
      });
      res.writeHead(503, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    const headers = { ...req.headers, host: upstream.host };
    // Uncompressed answers, so a task's status can be rewritten.
    delete headers['accept-encoding'];
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port || 80,
        method: req.method,
        path: req.url,
        headers,
        agent,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', () => res.destroy());
        answer.on('end', () => {
          if (current === 'hang') {
            // Applied by Meilisearch, never answered: the client times out.
            answersLost += 1;
            return;
          }
          let body: Buffer = Buffer.concat(chunks);
          if (
            current === 'task-failed' &&
            req.method === 'GET' &&
            /^\/tasks\/\d+(\?|$)/.test(req.url ?? '') &&
            answer.statusCode === 200
          ) {
            const failed = reportTaskFailed(body);
            if (failed) {
              body = failed;
              tasksReportedFailed += 1;
            }
          }
          const out: http.OutgoingHttpHeaders = { 'content-length': body.length };
          for (const [name, value] of Object.entries(answer.headers)) {
            if (!dropped.has(name) && value !== undefined) {
              out[name] = value;
            }
          }
          const send = () => {
            if (!res.destroyed) {
              res.writeHead(answer.statusCode ?? 502, out);
              res.end(body);
            }
          };
          if (current === 'delay') {
            const timer = setTimeout(
              () => {
                timers.delete(timer);
                send();
              },
              Math.floor(random() * maxDelayMs),
            );
            timers.add(timer);
          } else {
            send();
          }
        });
      },
    );
    forward.on('error', () => {
      upstreamErrors += 1;
      // Meilisearch down or restarting: the client's connection is reset, as through a TCP
      // proxy (in `hang`, the client still hears nothing).
      if (current !== 'hang') {
        req.socket.destroy();
      }
    });
    req.pipe(forward);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  // A held request must not be cut by Node's own timeouts: only the client gives up.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    mode: () => mode,
    setMode: (next) => {
      mode = next;
    },
    figures: () => ({
      requests: { ...requests },
      tasksReportedFailed,
      answersLost,
      upstreamErrors,
    }),
    close: async () => {
      timers.forEach(clearTimeout);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      sockets.forEach((s) => s.destroy());
      agent.destroy();
      await closed;
    },
  };
}
