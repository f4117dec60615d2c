// What a reseller's browser downloads from the sign-in page until Manage offers can be used:
// the JavaScript as gzip, from Playwright's network log. The entry chunk is what every console
// page pays; the wizard and pdf.js must not come with Manage offers.
import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { expect, signIn, test } from '../support/fixtures';

type Script = { name: string; wireBytes: number; gzipBytes: number; rawBytes: number };

const ENTRY_GZIP_BUDGET = 100 * 1024;
const TOTAL_GZIP_BUDGET = 160 * 1024;

test('JS loaded from sign-in until Manage offers is interactive', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one measurement is enough');
  const pending: Promise<Script | null>[] = [];
  const measure = async (response: Response): Promise<Script | null> => {
    const url = new URL(response.url());
    if (!/\.m?js$/.test(url.pathname) || response.status() !== 200) return null;
    const [sizes, body] = await Promise.all([
      response.request().sizes(),
      response.body().catch(() => null),
    ]);
    return {
      name: url.pathname.split('/').pop() ?? url.pathname,
      wireBytes: sizes.responseBodySize,
      rawBytes: body?.length ?? 0,
      gzipBytes: body ? gzipSync(body).length : sizes.responseBodySize,
    };
  };
  page.context().on('response', (response) => pending.push(measure(response)));

  await page.goto('/seller/');
  await signIn(page, 'Seller console', 'northwind@example.com');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Manage offers' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Manage offers' })).toBeVisible();
  // Interactive: the list (or its empty state) is shown and its controls answer.
  await expect(page.getByLabel('Status')).toBeEnabled();
  await expect(page.getByText(/Loading your offers/)).toHaveCount(0);

  const scripts = (await Promise.all(pending)).filter((s): s is Script => s !== null);
  const entryName = await page.evaluate(
    () =>
      document.querySelector<HTMLScriptElement>('script[type="module"]')?.src.split('/').pop() ??
      '',
  );
  const entry = scripts.find((s) => s.name === entryName);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  const report = [
    ...scripts.map(
      (s) =>
        `${s.name}: ${kb(s.gzipBytes)} gzip (${kb(s.wireBytes)} on the wire, ${kb(s.rawBytes)} raw)`,
    ),
    `entry chunk ${entryName}: ${kb(entry?.gzipBytes ?? 0)} gzip`,
    `all JS: ${kb(total)} gzip in ${scripts.length} files`,
  ].join('\n');
  console.log(report);
  await testInfo.attach('seller-js-sizes.txt', { body: report, contentType: 'text/plain' });

  expect(entry, 'the entry chunk was loaded').toBeTruthy();
  expect(entry?.gzipBytes ?? Number.POSITIVE_INFINITY).toBeLessThan(ENTRY_GZIP_BUDGET);
  expect(total).toBeLessThan(TOTAL_GZIP_BUDGET);
  expect(scripts.some((s) => /^(pdf|offer-wizard)/.test(s.name))).toBe(false);
});
