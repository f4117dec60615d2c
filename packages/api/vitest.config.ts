import '../../tooling/node20-polyfills.mjs';
import { databaseTestProjects } from '@offerdesk/db/vitest-projects';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { projects: databaseTestProjects(), testTimeout: 30_000, hookTimeout: 60_000 },
});
