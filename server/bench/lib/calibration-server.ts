/**
 * The calibration target, run as its own process (like the API under test): a bare Fastify with
 * `GET /hello` (framework + HTTP ceiling) and `GET /select-1` (one pooled PostgreSQL round trip).
 * Env: PORT, HOST, DATABASE_URL. Prints `{"port":N}` on stdout once listening.
 */
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  application_name: 'ketnoi-bench-calibration',
});
pool.on('error', () => undefined);

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
app.get('/select-1', async () => {
  const { rows } = await pool.query('select 1 as one');
  return rows[0];
});
app.addHook('onClose', async () => {
  await pool.end();
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().finally(() => process.exit(0));
  });
}

await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
const address = app.server.address();
process.stdout.write(
  `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
);
