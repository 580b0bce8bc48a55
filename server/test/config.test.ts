import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const SECRET = 'x'.repeat(32);

/** The ConfigError `loadConfig(env)` throws, or a failure if it does not throw one. */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('gives development defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      HOST: 'localhost',
      PORT: 3000,
      PUBLIC_URL: 'http://localhost:3000',
      LOG_LEVEL: 'info',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/ketnoi',
      DATABASE_POOL_MAX: 10,
      REDIS_URL: 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: 'ketnoi',
      ACCESS_TOKEN_TTL_SECONDS: 900,
      REFRESH_TOKEN_TTL_DAYS: 30,
      SEARCH_ENGINE: 'postgres',
      MEILI_INDEX: 'products',
      OUTBOX_POLL_MS: 1000,
      OUTBOX_RECONCILE_AFTER_MS: 30_000,
      TRUST_PROXY: false,
      corsOrigins: ['http://localhost:3000'],
    });
    // A development secret is filled in, long enough for HS256.
    expect(config.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('ignores unknown variables and treats empty strings as unset', () => {
    const config = loadConfig({ PORT: '', LOG_LEVEL: '', SOMETHING_ELSE: 'x', PATH: '/usr/bin' });
    expect(config.PORT).toBe(3000);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config).not.toHaveProperty('SOMETHING_ELSE');
    expect(config).not.toHaveProperty('PATH');
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({
      PORT: '4000',
      DATABASE_POOL_MAX: '25',
      TRUST_PROXY: 'true',
      OUTBOX_POLL_MS: '200',
    });
    expect(config.PORT).toBe(4000);
    expect(typeof config.PORT).toBe('number');
    expect(config.DATABASE_POOL_MAX).toBe(25);
    expect(config.TRUST_PROXY).toBe(true);
    expect(config.OUTBOX_POLL_MS).toBe(200);
    // The derived public URL follows the port.
    expect(config.PUBLIC_URL).toBe('http://localhost:4000');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'verbose'],
    ['DATABASE_URL', 'mysql://localhost/ketnoi'],
    ['REDIS_URL', 'localhost:6379'],
    ['QUEUE_PREFIX', 'has:colon'],
    ['OUTBOX_POLL_MS', '10'],
    ['ACCESS_TOKEN_TTL_SECONDS', '7200'],
    ['PUBLIC_URL', 'ketnoi.vn'],
    ['SEARCH_ENGINE', 'elastic'],
    ['MEILI_INDEX', 'products/../keys'],
    ['TRUST_PROXY', 'yes'],
  ])('refuses %s=%s with a ConfigError naming the variable and its value', (name, value) => {
    const error = configError({ [name]: value });
    // The value is quoted when it stayed a string and bare when it was converted to a number first.
    const line = error.message.split('\n').find((l) => l.trim().startsWith(`${name}=`));
    expect(line, error.message).toBeDefined();
    expect(line).toContain(value);
  });

  it('reports every invalid variable at once', () => {
    const error = configError({ PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(error.message).toContain('PORT=');
    expect(error.message).toContain('LOG_LEVEL=');
  });

  it('refuses production without JWT_SECRET, naming it', () => {
    const error = configError({ NODE_ENV: 'production' });
    expect(error.message).toContain('JWT_SECRET');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).JWT_SECRET).toBe(SECRET);
  });

  it('refuses a JWT_SECRET shorter than 32 characters in any environment', () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(configError({ NODE_ENV, JWT_SECRET: 'x'.repeat(31) }).message).toContain('JWT_SECRET');
    }
    expect(loadConfig({ JWT_SECRET: SECRET }).JWT_SECRET).toBe(SECRET);
  });

  it('refuses SEARCH_ENGINE=meilisearch without MEILI_URL', () => {
    expect(configError({ SEARCH_ENGINE: 'meilisearch' }).message).toContain('MEILI_URL');
    expect(
      loadConfig({ SEARCH_ENGINE: 'meilisearch', MEILI_URL: 'http://127.0.0.1:7700' })
        .SEARCH_ENGINE,
    ).toBe('meilisearch');
  });

  it('splits CORS_ORIGINS on commas, trimming blanks, and falls back to PUBLIC_URL', () => {
    const config = loadConfig({
      CORS_ORIGINS: ' https://ketnoi.vn, https://admin.ketnoi.vn ,,',
      PUBLIC_URL: 'https://ketnoi.vn',
    });
    expect(config.corsOrigins).toEqual(['https://ketnoi.vn', 'https://admin.ketnoi.vn']);
    expect(loadConfig({ PUBLIC_URL: 'https://ketnoi.vn' }).corsOrigins).toEqual([
      'https://ketnoi.vn',
    ]);
    expect(loadConfig({ CORS_ORIGINS: ' , ' }).corsOrigins).toEqual(['http://localhost:3000']);
  });

  it('bounds password hashing to one per core with a queue of 4 × that, unless told otherwise', () => {
    const cores = Math.max(1, availableParallelism());
    expect(loadConfig({})).toMatchObject({
      PASSWORD_HASH_CONCURRENCY: cores,
      PASSWORD_HASH_QUEUE: 4 * cores,
    });
    expect(loadConfig({ PASSWORD_HASH_CONCURRENCY: '3' })).toMatchObject({
      PASSWORD_HASH_CONCURRENCY: 3,
      PASSWORD_HASH_QUEUE: 12,
    });
    expect(loadConfig({ PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_QUEUE: '0' })).toMatchObject({
      PASSWORD_HASH_CONCURRENCY: 1,
      PASSWORD_HASH_QUEUE: 0,
    });
    expect(configError({ PASSWORD_HASH_QUEUE: '-1' }).message).toContain('PASSWORD_HASH_QUEUE');
  });

  it('does not read process.env when given an explicit environment', () => {
    const previous = process.env.PORT;
    process.env.PORT = '5555';
    try {
      expect(loadConfig({}).PORT).toBe(3000);
    } finally {
      if (previous === undefined) {
        delete process.env.PORT;
      } else {
        process.env.PORT = previous;
      }
    }
  });
});
