// The `test` every spec uses: fails a test whose page logged a JavaScript error or a CSP
// violation, and saves named screenshots under e2e/artifacts/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

type Fixtures = {
  pageErrors: string[];
  snap: (name: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, use) => {
      const errors = watchPageErrors(page);
      await use(errors);
      expect(errors, 'errors logged by the page').toEqual([]);
    },
    { auto: true },
  ],
  snap: async ({ page }, use, testInfo) => {
    await use((name) => saveScreenshot(page, testInfo, name));
  },
});

/** The JavaScript errors and CSP violations a page logs from now on (for pages of other contexts). */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A refused sign-in is a 4xx the app handles; Chromium still logs the response.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return errors;
}

/** A full-page screenshot under e2e/artifacts/, named after the project and `name`. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({
    path: `${ARTIFACTS}${testInfo.project.name}-${name}.png`,
    fullPage: true,
  });
}

export { expect };

export const DEMO_PASSWORD = 'offerdesk-demo';

/** The console's sign-in page, by its heading. */
export function signInHeading(page: Page, consoleName: string) {
  return page.getByRole('heading', { level: 1, name: `Sign in to the ${consoleName}` });
}

/**
 * Signs out and waits for the console's sign-in page. A navigation started sooner aborts the
 * sign-out's request, and the session lives on: the next page then opens still signed in.
 */
export async function signOut(page: Page, consoleName: string) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(signInHeading(page, consoleName)).toBeVisible();
}

export async function signIn(page: Page, consoleName: string, email: string) {
  await expect(signInHeading(page, consoleName)).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
