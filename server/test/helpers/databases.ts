export const TEST_DB_PREFIX = 'ketnoi_test_';

const base = () =>
  new URL(
    process.env.TEST_DATABASE_URL ??
      process.env.DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/postgres',
  );

export function databaseUrl(name: string): string {
  const url = base();
  url.pathname = `/${name}`;
  return url.toString();
}

export const adminUrl = () => databaseUrl('postgres');
