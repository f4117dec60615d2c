import { expectNoSeriousA11yViolations } from '../support/a11y';
import { BUYER_CONSOLE } from '../support/buyer-pages';
import { expect, signIn, test } from '../support/fixtures';
import { extendOfferAsNorthwind } from '../support/seller-offers';

const NAV = ['Private offers', 'Catalog', 'Agreements', 'Invoices', 'Notifications'];

test('a buyer signs in, sees the API answer and every page of the buyer console', async ({
  page,
  snap,
}, testInfo) => {
  await page.goto('/buyer/');
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');

  const main = page.getByRole('main');
  await expect(main).toContainText(/Signed in as .+ \(713384441954\)/);
  await expect(page.getByRole('banner')).toContainText('(713384441954)');
  await expect(main).toContainText('API: ok, database pglite');
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer home');
  await snap('buyer-home');

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of NAV) {
    // "Notifications" may carry its unread count ("Notifications 3 unread").
    await nav.getByRole('link', { name: new RegExp(`^${label}( \\d+\\+? unread)?$`) }).click();
    const heading = page.getByRole('heading', { level: 1, name: label, exact: true });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(`${label} · Offerdesk Buyer console`);
    await expect(main.getByRole('status')).toHaveCount(0); // loaded
    await expectNoSeriousA11yViolations(page, testInfo, `buyer ${label}`);
    await snap(`buyer-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`);
  }

  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Invoices', exact: true }),
  ).toBeVisible();
});

test('the offer link from an email survives signing in', async ({ page }, testInfo) => {
  await page.goto('/buyer/offers/offer-gen3xseo3tfgz');
  await signIn(page, BUYER_CONSOLE, 'buyer480@example.com');
  await expect(page.getByRole('heading', { level: 1, name: 'Private offer' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('offer-gen3xseo3tfgz');
  await expect(page).toHaveURL(/\/buyer\/offers\/offer-gen3xseo3tfgz$/);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer offer page');
});

test('the catalog finds products by name and leads to their pages', async ({
  page,
  snap,
}, testInfo) => {
  await page.goto('/buyer/catalog');
  await signIn(page, BUYER_CONSOLE, 'buyer480@example.com');
  const main = page.getByRole('main');
  // Newest first; other specs add products, so the demo ones are found by searching.
  await expect(main.getByRole('listitem').first()).toBeVisible();
  expect(await main.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer catalog');
  await snap('buyer-catalog-all');

  await main.getByRole('searchbox', { name: 'Search products' }).fill('premium');
  await expect(page).toHaveURL(/\/buyer\/catalog\?q=premium$/);
  await expect(
    main.getByRole('link', { name: 'Northwind Premium Support', exact: true }),
  ).toBeVisible();
  await expect(main.getByRole('link', { name: /Cloud Migration Assessment/ })).toHaveCount(0);
  await main.getByRole('searchbox', { name: 'Search products' }).fill('no such product');
  await expect(main).toContainText('No product matches “no such product”.');
  await main.getByRole('searchbox', { name: 'Search products' }).fill('premium');
  await main.getByRole('link', { name: 'Northwind Premium Support', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Product' })).toBeFocused();
  await expect(main.getByRole('heading', { name: 'Northwind Premium Support' })).toBeVisible();
  await expect(main).toContainText('Publisher: Northwind Partners');
  await expect(main.getByRole('row', { name: /Support month/ })).toContainText('$4,500.00');
  await expect(main.getByRole('region', { name: 'You have a private offer' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer product page');
  await snap('buyer-product');

  await page.goto('/buyer/products/not-a-product');
  await expect(main).toContainText('Product not found');
});

test('notifications show new offers with an unread count, and mark read', async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `Notice ${testInfo.project.name} ${Date.now()}`,
  });
  await page.goto('/buyer/notifications');
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const notice = main.getByRole('listitem').filter({ hasText: offer.name });
  // The notice is written by the publish job, a moment after the offer is published.
  await expect(async () => {
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(notice).toContainText(`Private offer for you: ${offer.name}`);
  await expect(nav.getByRole('link', { name: /^Notifications \d+\+? unread$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer notifications');
  await snap('buyer-notifications-unread');

  await notice.getByRole('button', { name: 'Mark as read' }).click();
  await expect(notice.getByRole('button')).toHaveCount(0);
  await expect(notice.getByRole('link', { name: 'Open the offer' })).toHaveAttribute(
    'href',
    `/buyer/offers/${offer.offerId}`,
  );
  const markAll = main.getByRole('button', { name: 'Mark all as read' });
  if (await markAll.isVisible()) await markAll.click();
  await expect(main).toContainText('All read.');
  await expect(nav.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await notice.getByRole('link', { name: 'Open the offer' }).click();
  await expect(page).toHaveURL(new RegExp(`/buyer/offers/${offer.offerId}$`));
});
