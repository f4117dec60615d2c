// The `test` every spec uses: fails a test whose page logged a JavaScript error or a CSP
// violation, and saves named screenshots under e2e/artifacts/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

type Fixtures = {
  pageErrors: string[];
  snap: (name: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        // A refused sign-in is a 4xx the app handles; Chromium still logs the response.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(`console: ${message.text()}`);
        }
      });
      await use(errors);
      expect(errors, 'errors logged by the page').toEqual([]);
    },
    { auto: true },
  ],
  snap: async ({ page }, use, testInfo) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await use(async (name) => {
      await page.screenshot({
        path: `${ARTIFACTS}${testInfo.project.name}-${name}.png`,
        fullPage: true,
      });
    });
  },
});

export { expect };

export const DEMO_PASSWORD = 'offerdesk-demo';

export async function signIn(page: Page, consoleName: string, email: string) {
  await expect(
    page.getByRole('heading', { level: 1, name: `Sign in to the ${consoleName}` }),
  ).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
