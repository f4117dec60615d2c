// Manage offers (guide step 10): find an offer, copy its URL, update its expiration, cancel
// one, clone one; and View details with the offer's history.
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { expect, signIn, test } from '../support/fixtures';
import { BUYER_480, BUYER_713, grantNorthwind, publishOffer, utcDate } from '../support/seller-api';

test.setTimeout(120_000);

test('Manage offers: search, copy URL, update expiration, cancel, clone, view details', async ({
  page,
  context,
  snap,
  baseURL,
}, testInfo) => {
  const authorizationId = await grantNorthwind(baseURL ?? '', 'discount');
  const kept = await publishOffer(baseURL ?? '', authorizationId, BUYER_713);
  const doomed = await publishOffer(baseURL ?? '', authorizationId, BUYER_480);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await page.goto('/seller/');
  await signIn(page, 'Seller console', 'northwind@example.com');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Manage offers' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Manage offers' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Private offers' });
  await expect(table.getByRole('row', { name: new RegExp(kept) })).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'manage offers');
  await snap('seller-offers-list');

  // Search by offer ID.
  await page.getByLabel('Search').fill(kept);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  const row = table.getByRole('row', { name: new RegExp(kept) });
  await expect(row).toContainText('Published');
  await expect(row).toContainText(BUYER_713);
  await expect(row).toContainText('Cloud Migration Assessment');

  // Copy offer URL, with a visible confirmation.
  await row.getByRole('button', { name: /Copy offer URL/ }).click();
  await expect(row.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/buyer/offers/${kept}`);
  await snap('seller-offers-copied');

  // Update expiration.
  await row.getByRole('button', { name: /Update expiration/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Update expiration' });
  await dialog.getByLabel('New expiration date').fill(utcDate(200));
  await dialog.getByRole('button', { name: 'Save expiration date' }).click();
  await expect(dialog.getByText(/cannot be after the authorization ends/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'update expiration dialog');
  await snap('seller-offers-update-expiration');
  await dialog.getByLabel('New expiration date').fill(utcDate(30));
  await dialog.getByRole('button', { name: 'Save expiration date' }).click();
  await expect(dialog).toBeHidden();
  const [year, month, day] = utcDate(30).split('-').map(Number);
  const shown = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)),
  );
  await expect(row).toContainText(shown);

  // Cancel another offer, after confirming.
  await page.getByLabel('Search').fill(doomed);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const doomedRow = table.getByRole('row', { name: new RegExp(doomed) });
  await doomedRow.getByRole('button', { name: /Cancel offer/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this offer?' });
  await expect(confirm).toContainText('stops accepting at once');
  await snap('seller-offers-cancel-confirm');
  await confirm.getByRole('button', { name: 'Cancel offer' }).click();
  await expect(doomedRow).toContainText('Cancelled');
  await expect(doomedRow.getByRole('button', { name: /Cancel offer/ })).toHaveCount(0);

  // Status filter.
  await page.getByLabel('Search').fill('');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByLabel('Status').selectOption('CANCELLED');
  await expect(table.getByRole('row', { name: new RegExp(doomed) })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(kept) })).toHaveCount(0);
  await page.getByLabel('Status').selectOption('');

  // View details, with the history.
  await page.getByLabel('Search').fill(kept);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await row.getByRole('link', { name: /View details/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offer details' })).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Created the draft');
  await expect(history).toContainText('Published the offer');
  await expect(history).toContainText('Changed the expiration date');
  await expectNoSeriousA11yViolations(page, testInfo, 'offer details');
  await snap('seller-offer-details');

  // Clone: a new draft with the same buyers and prices.
  await page.getByRole('button', { name: /Clone/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create offer' })).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(kept));
  await page.getByRole('link', { name: /Buyers/ }).click();
  await expect(page.getByLabel('Buyer account IDs')).toHaveValue(BUYER_713);
  await snap('seller-offers-clone');
});
