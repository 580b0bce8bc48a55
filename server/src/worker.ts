import pino from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { RedisEvictionPolicyError } from './jobs/redis-eviction-policy.ts';
import { startWorkerRuntime } from './jobs/runtime.ts';

/** The worker process: BullMQ workers and the outbox relay, closed gracefully on SIGTERM/SIGINT. */
let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`[ketnoi] ${err.message}`);
    process.exit(1);
  }
  throw err;
}

const log = pino({ level: config.LOG_LEVEL, base: { process: 'worker' } });
let runtime;
try {
  runtime = await startWorkerRuntime(config, log);
} catch (err) {
  if (err instanceof RedisEvictionPolicyError) {
    console.error(`[ketnoi] ${err.message}`);
    process.exit(1);
  }
  throw err;
}

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) {
      return;
    }
    closing = true;
    log.info({ signal }, 'worker shutting down');
    // Active jobs get 30 s to finish; after that BullMQ's stalled-job check hands them to another worker.
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    runtime.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'worker shutdown failed');
        process.exit(1);
      },
    );
  });
}
