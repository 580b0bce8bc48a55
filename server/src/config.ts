import { availableParallelism } from 'node:os';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import {
  MatchingSettingsError,
  matchingSettingsFrom,
} from './modules/matching/matching.settings.ts';

/**
 * The one environment schema, parsed once at boot by both processes (API and worker).
 * Defaults are for a developer's machine; `.env.example` documents each variable.
 * @see https://12factor.net/config
 */
const EnvSchema = Type.Object({
  NODE_ENV: Type.Enum(['development', 'production', 'test'], { default: 'development' }),
  HOST: Type.String({ minLength: 1, default: 'localhost' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  PUBLIC_URL: Type.String({ pattern: '^(https?://.+)?$', default: '' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    default: 'info',
  }),
  DATABASE_URL: Type.String({
    pattern: '^postgres(ql)?://',
    default: 'postgres://postgres@127.0.0.1:5432/ketnoi',
  }),
  /** Pool size per process; 2 cores serve well with ~10 connections each for API and worker. */
  DATABASE_POOL_MAX: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  REDIS_URL: Type.String({ pattern: '^rediss?://', default: 'redis://127.0.0.1:6379' }),
  /**
   * BullMQ key prefix; tests give each file its own so parallel runs never share a queue.
   * `{ketnoi}` (a hash tag) keeps a queue's keys in one Redis Cluster slot (docs/deployment.md).
   */
  QUEUE_PREFIX: Type.String({
    pattern: '^([A-Za-z0-9_-]+|\\{[A-Za-z0-9_-]+\\})$',
    default: 'ketnoi',
  }),
  JWT_SECRET: Type.String({ default: '' }),
  /** Access tokens are short-lived; the refresh cookie carries the session. */
  ACCESS_TOKEN_TTL_SECONDS: Type.Integer({ minimum: 30, maximum: 3600, default: 900 }),
  REFRESH_TOKEN_TTL_DAYS: Type.Integer({ minimum: 1, maximum: 90, default: 30 }),
  CORS_ORIGINS: Type.String({ default: '' }),
  /** Login attempts per account (and, ×10, per IP) in LOGIN_WINDOW_SECONDS. */
  LOGIN_MAX_ATTEMPTS: Type.Integer({ minimum: 1, default: 5 }),
  LOGIN_WINDOW_SECONDS: Type.Integer({ minimum: 1, default: 900 }),
  /**
   * Password hashes (argon2id: 19 MiB and tens of ms of one core each) computed at once per API
   * process; 0 means one per core. Logins beyond it wait in a queue of PASSWORD_HASH_QUEUE
   * (default 4 × the concurrency), and beyond that get 503 AUTH_BUSY (modules/auth/passwords.ts).
   */
  PASSWORD_HASH_CONCURRENCY: Type.Integer({ minimum: 0, maximum: 64, default: 0 }),
  PASSWORD_HASH_QUEUE: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 600 }),
  /** Per-organization quotas against abuse of the sourcing flow (429 QUOTA_EXCEEDED beyond them). */
  DEMANDS_PER_ORG_PER_HOUR: Type.Integer({ minimum: 1, default: 100 }),
  SAMPLE_REQUESTS_PER_ORG_PER_DAY: Type.Integer({ minimum: 1, default: 50 }),
  /** How long an API process may reuse a signed-in user's row; 0 reads it on every request. */
  SESSION_CACHE_MS: Type.Integer({ minimum: 0, maximum: 60_000, default: 5000 }),
  /** How long an API process may serve a product's public view from memory; 0 reads it every time. */
  PUBLIC_CACHE_MS: Type.Integer({ minimum: 0, maximum: 300_000, default: 60_000 }),
  SEARCH_ENGINE: Type.Enum(['postgres', 'meilisearch'], { default: 'postgres' }),
  MEILI_URL: Type.String({ default: '' }),
  MEILI_MASTER_KEY: Type.String({ default: '' }),
  /** The Meilisearch index the products live in (a bench or a second environment uses its own). */
  MEILI_INDEX: Type.String({ default: 'products', pattern: '^[A-Za-z0-9_-]{1,400}$' }),
  MAIL_FROM: Type.String({ default: 'KếtNối <no-reply@ketnoi.local>' }),
  /** Without SMTP_URL, e-mails are written as .eml files to MAIL_DIR. */
  SMTP_URL: Type.String({ default: '' }),
  MAIL_DIR: Type.String({ default: 'var/mail' }),
  STORAGE_DIR: Type.String({ default: 'var/storage' }),
  WEB_DIST: Type.String({ default: '../web/dist' }),
  /** How often the outbox relay polls when no NOTIFY arrives, in ms. */
  OUTBOX_POLL_MS: Type.Integer({ minimum: 50, default: 1000 }),
  /** A dispatched row whose job has not finished after this long is checked against Redis. */
  OUTBOX_RECONCILE_AFTER_MS: Type.Integer({ minimum: 100, default: 30_000 }),
  TRUST_PROXY: Type.Boolean({ default: false }),
  /** Matching (modules/matching): candidates retrieved per demand (K) and proposals kept (N). */
  MATCHING_CANDIDATES: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
  MATCHING_TOP_N: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  /** Pairs scoring below this (0–100) are not proposed. */
  MATCHING_MIN_SCORE: Type.Number({ minimum: 0, maximum: 100, default: 35 }),
  /** JSON object feature → weight, over the defaults in matching.settings.ts. */
  MATCHING_WEIGHTS: Type.String({ default: '' }),
  /** JSON object currency → đồng per smallest unit, over shared/src/reference/exchange-rates.ts. */
  MATCHING_RATES: Type.String({ default: '' }),
  /** Demands the nightly re-score works on at once. */
  MATCHING_RESCORE_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 32, default: 4 }),
});

export type Config = Omit<Static<typeof EnvSchema>, 'PASSWORD_HASH_QUEUE'> & {
  /** Resolved by loadConfig from the environment, never left unset. */
  PASSWORD_HASH_QUEUE: number;
  corsOrigins: string[];
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEV_JWT_SECRET = 'ketnoi-development-secret-not-for-production-use';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.keys(EnvSchema.properties);
  const raw: Record<string, unknown> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') {
      raw[key] = value;
    }
  }
  const parsed = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw));
  const errors = [...Value.Errors(EnvSchema, parsed)];
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const name = e.instancePath.replace(/^\//, '');
      return `  ${name}=${JSON.stringify(raw[name])}: ${e.message}`;
    });
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const config = parsed as Static<typeof EnvSchema>;
  if (config.JWT_SECRET === '') {
    if (config.NODE_ENV === 'production') {
      throw new ConfigError('JWT_SECRET must be set in production (NODE_ENV=production)');
    }
    config.JWT_SECRET = DEV_JWT_SECRET;
  } else if (config.JWT_SECRET.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  if (config.SEARCH_ENGINE === 'meilisearch' && config.MEILI_URL === '') {
    throw new ConfigError('MEILI_URL must be set when SEARCH_ENGINE=meilisearch');
  }
  try {
    matchingSettingsFrom(config);
  } catch (err) {
    if (err instanceof MatchingSettingsError) {
      throw new ConfigError(err.message);
    }
    throw err;
  }
  if (config.PUBLIC_URL === '') {
    config.PUBLIC_URL = `http://localhost:${config.PORT}`;
  }
  if (config.PASSWORD_HASH_CONCURRENCY === 0) {
    config.PASSWORD_HASH_CONCURRENCY = Math.max(1, availableParallelism());
  }
  config.PASSWORD_HASH_QUEUE ??= 4 * config.PASSWORD_HASH_CONCURRENCY;
  const corsOrigins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    ...config,
    PASSWORD_HASH_QUEUE: config.PASSWORD_HASH_QUEUE,
    corsOrigins: corsOrigins.length > 0 ? corsOrigins : [config.PUBLIC_URL],
  };
}
