import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../bench/reliability/meili-fault-proxy.ts';
import { pollUntil } from '../helpers/poll.ts';

/**
 * The F6 bench's fault proxy (bench/reliability/meili-fault-proxy.ts), a test tool, checked
 * against a tiny local HTTP server standing in for the upstream: what each mode lets through.
 */
type Seen = { method: string; url: string; body: string; acceptEncoding: string | undefined };

let upstream: http.Server;
let upstreamUrl: string;
const seen: Seen[] = [];
/** The task the upstream reports for `GET /tasks/<uid>`. */
let taskStatus = 'succeeded';

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method!,
        url: req.url!,
        body: Buffer.concat(chunks).toString(),
        acceptEncoding: req.headers['accept-encoding'],
      });
      const uid = /^\/tasks\/(\d+)$/.exec(req.url!)?.[1];
      const body = uid
        ? { uid: Number(uid), status: taskStatus, type: 'documentAdditionOrUpdate' }
        : { path: req.url, method: req.method };
      res.writeHead(req.method === 'POST' ? 202 : 200, {
        'content-type': 'application/json',
        'x-upstream': 'yes',
      });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`;
});
afterAll(async () => {
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

let proxy: FaultProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  seen.length = 0;
  taskStatus = 'succeeded';
});

const call = (path: string, init: RequestInit = {}) =>
  fetch(`${proxy!.url}${path}`, { signal: AbortSignal.timeout(3000), ...init });

describe('Meilisearch fault proxy', () => {
  it('passes requests and answers through unchanged, uncompressed', async () => {
    proxy = await startFaultProxy(upstreamUrl);
    const response = await call('/indexes/products/documents?primaryKey=id', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: '[{"id":"a"}]',
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('x-upstream')).toBe('yes');
    expect(await response.json()).toEqual({
      path: '/indexes/products/documents?primaryKey=id',
      method: 'POST',
    });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/indexes/products/documents?primaryKey=id',
        body: '[{"id":"a"}]',
        acceptEncoding: undefined,
      },
    ]);
    expect(proxy.figures().requests.pass).toBe(1);
  });

  it('answers 503 itself when unavailable, and Meilisearch never sees the request', async () => {
    proxy = await startFaultProxy(upstreamUrl);
    proxy.setMode('unavailable');
    const response = await call('/indexes/products/search', { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: 'fault_proxy_unavailable' });
    expect(seen).toEqual([]);
    proxy.setMode('pass');
    expect((await call('/health')).status).toBe(200);
  });

  it('forwards but never answers when hanging: the client times out, the write was applied', async () => {
    proxy = await startFaultProxy(upstreamUrl);
    proxy.setMode('hang');
    await expect(
      call('/indexes/products/documents', {
        method: 'POST',
        body: '[{"id":"b"}]',
        signal: AbortSignal.timeout(500),
      }),
    ).rejects.toThrow();
    await pollUntil(
      async () => proxy!.figures().answersLost,
      (n) => n === 1,
      { timeoutMs: 3000, what: 'the lost answer to be counted' },
    );
    expect(seen.map((s) => s.body)).toEqual(['[{"id":"b"}]']);
  });

  it('reports succeeded tasks as failed, and leaves other tasks and routes alone', async () => {
    proxy = await startFaultProxy(upstreamUrl);
    proxy.setMode('task-failed');
    const failed = await (await call('/tasks/7')).json();
    expect(failed).toMatchObject({
      uid: 7,
      status: 'failed',
      error: { code: 'fault_proxy_task_failed' },
    });
    taskStatus = 'processing';
    expect(await (await call('/tasks/8')).json()).toMatchObject({ uid: 8, status: 'processing' });
    expect(await (await call('/indexes/products')).json()).toEqual({
      path: '/indexes/products',
      method: 'GET',
    });
    expect(proxy.figures().tasksReportedFailed).toBe(1);
  });

  it('delays answers by a random time, so a later request can complete first', async () => {
    const delays = [0.9, 0];
    proxy = await startFaultProxy(upstreamUrl, { maxDelayMs: 2000, random: () => delays.shift()! });
    proxy.setMode('delay');
    const order: string[] = [];
    const first = call('/tasks/1').then(() => order.push('first'));
    // The second is sent once the first reached the upstream, so the delays apply in order.
    while (seen.length < 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const second = call('/tasks/2').then(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['second', 'first']);
  });

  it('resets the connection when Meilisearch is down behind it', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    proxy = await startFaultProxy(`http://127.0.0.1:${port}`);
    await expect(call('/health')).rejects.toThrow();
    expect(proxy.figures().upstreamErrors).toBe(1);
  });
});
