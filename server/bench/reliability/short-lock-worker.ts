/**
 * The worker runtime (src/jobs/runtime.ts) with the catalogue's test lock settings for F3:
 * `lockDuration: 2000` (so `stalledInterval: 1000`), so a SIGKILLed job is found stalled and run
 * again within seconds instead of the production 30 s. Configured from the environment like
 * src/worker.ts; it logs "worker started" when ready.
 */
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { startWorkerRuntime } from '../../src/jobs/runtime.ts';

const config = loadConfig();
const log = pino({ level: config.LOG_LEVEL, base: { process: 'worker' } });
const runtime = await startWorkerRuntime(config, log, { lockDuration: 2000 });
process.once('SIGTERM', () => {
  void runtime.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
