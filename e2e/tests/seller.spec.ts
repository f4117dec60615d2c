import { expectNoSeriousA11yViolations } from '../support/a11y';
import { expect, signIn, signOut, test } from '../support/fixtures';

const NAV = [
  'Partners',
  'Manage offers',
  'Agreements',
  'Invoices & disbursements',
  'Reports',
  'Products',
  'Resale authorizations',
  'Settings',
];

test('a reseller signs in, sees the API answer and every page of the seller console', async ({
  page,
  snap,
}, testInfo) => {
  // Every page of the console, each with an axe-core scan and a full-page screenshot: about
  // 25 s alone on this 2-core machine, more beside the other workers.
  test.slow();
  await page.goto('/seller/');
  await signIn(page, 'Seller console', 'northwind@example.com');

  const main = page.getByRole('main');
  await expect(page.getByRole('banner')).toContainText(
    'Signed in as Northwind Partners (222222222222)',
  );
  await expect(main).toContainText('Signed in as Northwind Partners (222222222222)');
  await expect(main).toContainText('API: ok, database pglite');
  await expectNoSeriousA11yViolations(page, testInfo, 'seller home');
  await snap('seller-home');

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of NAV) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    const heading = page.getByRole('heading', { level: 1, name: label, exact: true });
    await expect(heading).toBeVisible();
    // Focus moves to the new page's heading, as it would on a full page load.
    await expect(heading).toBeFocused();
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page).toHaveTitle(`${label} · Offerdesk Seller console`);
    await expectNoSeriousA11yViolations(page, testInfo, `seller ${label}`);
    await snap(`seller-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`);
  }

  // A reload keeps the session and the page (history fallback on the server).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await signOut(page, 'Seller console');
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in to the Seller console' }),
  ).toBeVisible();
});

test('an unknown address in the console says so', async ({ page }, testInfo) => {
  await page.goto('/seller/no-such-page');
  await signIn(page, 'Seller console', 'northwind@example.com');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'seller not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('main')).toContainText('API: ok');
});
