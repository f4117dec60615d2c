// The authorization suites' setup: their own test API, and a fresh ISV with a product and a
// reseller per test. Apart from test-fixtures.ts because the reliability suite loads that file
// outside vitest, where the test API (and its afterAll) cannot be imported.
import { startTestApi } from '../testing';
import { newIsvAndReseller } from './test-fixtures';

export async function startAuthorizationSuite() {
  const t = await startTestApi();
  return { t, isvAndReseller: () => newIsvAndReseller(t) };
}
