import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { RedisEvictionPolicyError } from './jobs/redis-eviction-policy.ts';

/** The API process: parse the environment, build the app, listen, and close gracefully. */
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

let app;
try {
  app = await buildApp(config);
} catch (err) {
  // A misconfigured service is an operator's error: one clear line, not a stack trace.
  if (err instanceof RedisEvictionPolicyError) {
    console.error(`[ketnoi] ${err.message}`);
    process.exit(1);
  }
  throw err;
}

// On SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close pools; give up after 10 s.
closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) {
    app.log.error({ err }, 'shutting down after an error');
  } else {
    app.log.info({ signal }, 'shutting down');
  }
  await app.close();
});

await app.listen({ port: config.PORT, host: config.HOST });
