/**
 * The real worker runtime in a child process for matching-worker-kill.test.ts, with a short
 * lock (2 s) so that a SIGKILLed job is found stalled within seconds. Config comes from the
 * environment, as for `src/worker.ts`.
 */
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { startWorkerRuntime } from '../../src/jobs/runtime.ts';

await startWorkerRuntime(loadConfig(), pino({ level: 'silent' }), { lockDuration: 2000 });
process.stdout.write('worker ready\n');
