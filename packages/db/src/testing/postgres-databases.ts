// Throwaway PostgreSQL databases for tests, created next to DATABASE_URL's.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

async function withAdmin(adminUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export async function createPostgresDatabase(
  adminUrl: string,
): Promise<{ name: string; url: string }> {
  const name = `offerdesk_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await withAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export function dropPostgresDatabase(adminUrl: string, name: string): Promise<void> {
  return withAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
