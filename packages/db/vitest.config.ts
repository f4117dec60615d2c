import '../../tooling/node20-polyfills.mjs';
import { defineConfig } from 'vitest/config';
import { databaseTestProjects } from './src/testing/vitest-projects.ts';

export default defineConfig({
  test: { projects: databaseTestProjects(), testTimeout: 30_000, hookTimeout: 60_000 },
});
