// An offer past its expiry (SPEC §5, §8): the buyer's offer page says so and has no Accept,
// the offer is under "Accepted & expired", and the seller's Manage offers shows it expired.
// Expiry is at 23:59:59 UTC of a calendar date, so this test runs a server of its own and
// restarts it with its clock moved ahead (CLOCK_OFFSET_DAYS) instead of waiting a day.
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { BUYER_CONSOLE, expectOfferPage } from '../support/buyer-pages';
import { expect, signIn, signOut, test } from '../support/fixtures';
import { startOwnServer } from '../support/own-server';
import { utcDate } from '../support/seller-api';
import { extendOfferAsNorthwind } from '../support/seller-offers';

test('an offer past its expiry says so, cannot be accepted, and is listed as expired', async ({
  page,
  snap,
}, testInfo) => {
  test.setTimeout(180_000);
  const server = await startOwnServer();
  try {
    const base = server.baseURL;
    // The earliest expiry allowed: today, until 23:59:59 UTC.
    const expirationDate = utcDate(0);
    const offer = await extendOfferAsNorthwind(base, {
      name: `Expiring ${testInfo.project.name} ${Date.now()}`,
      expirationDate,
    });
    // Two days on, whatever the hour now: past the expiry instant.
    await server.restart({ CLOCK_OFFSET_DAYS: '2' });

    await page.goto(`${base}/buyer/offers/${offer.offerId}`);
    await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
    await expectOfferPage(page, offer.offerId);
    const main = page.getByRole('main');
    await expect(main.getByText('This offer has expired')).toBeVisible();
    await expect(main).toContainText('can no longer be accepted');
    const [year, month, day] = expirationDate.split('-').map(Number);
    const longDate = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)));
    await expect(main.getByRole('complementary', { name: 'Decision' })).toContainText(
      `Expired ${longDate} at 23:59:59 UTC`,
    );
    await expect(main.getByRole('button', { name: 'Accept offer' })).toHaveCount(0);
    await expect(main.getByRole('checkbox')).toHaveCount(0);
    // The terms stay readable: the EULA still downloads.
    await expect(main.getByRole('link', { name: /Download the EULA/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, testInfo, 'buyer expired offer');
    await snap('buyer-offer-expired');

    // Not under Available; under Accepted & expired, marked Expired.
    await page.goto(`${base}/buyer/offers`);
    await expect(main.getByRole('heading', { name: 'Go to offer' })).toBeVisible();
    await expect(main.getByRole('status')).toHaveCount(0); // the list has loaded
    await expect(main.getByRole('row', { name: new RegExp(offer.offerId) })).toHaveCount(0);
    await main.getByRole('tab', { name: 'Accepted & expired' }).click();
    await expect(page).toHaveURL(/\/buyer\/offers\?tab=closed$/);
    await expect(main.getByRole('row', { name: new RegExp(offer.offerId) })).toContainText(
      'Expired',
    );
    await snap('buyer-private-offers-expired');

    // The seller's Manage offers computes the same status from the same clock.
    await signOut(page, 'Buyer console');
    await page.goto(`${base}/seller/offers`);
    await signIn(page, 'Seller console', 'northwind@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Manage offers' })).toBeVisible();
    const table = page.getByRole('region', { name: 'Private offers' });
    await page.getByLabel('Status').selectOption('EXPIRED');
    await page.getByLabel('Search').fill(offer.offerId);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const row = table.getByRole('row', { name: new RegExp(offer.offerId) });
    await expect(row).toContainText('Expired');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expectNoSeriousA11yViolations(page, testInfo, 'seller expired offer');
    await snap('seller-offers-expired');
  } finally {
    await server.dispose();
  }
});
