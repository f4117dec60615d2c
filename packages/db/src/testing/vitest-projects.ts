// The vitest projects for suites that touch the database: always PGlite, and PostgreSQL too
// when DATABASE_URL is set (CI sets it), so every suite runs on both backends.
import { fileURLToPath } from 'node:url';

const globalSetup = fileURLToPath(new URL('./global-setup.ts', import.meta.url));

export function databaseTestProjects() {
  const kinds = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  return kinds.map((kind) => ({
    extends: true as const,
    test: { name: kind, env: { OFFERDESK_TEST_DB: kind }, globalSetup: [globalSetup] },
  }));
}
