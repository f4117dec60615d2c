// What a buyer may see (SPEC §8, §12): an offer extended to another account is "not found",
// with no hint that it exists, and its product page shows nothing private; a cancelled offer
// says so plainly and cannot be accepted.
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { BUYER_CONSOLE, expectOfferPage } from '../support/buyer-pages';
import { expect, signIn, test } from '../support/fixtures';
import { CLOUD_MIGRATION } from '../support/seller-api';
import { cancelOfferAsNorthwind, extendOfferAsNorthwind } from '../support/seller-offers';

test("another buyer opening 713's offer gets a plain not found", async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `Only for 713 ${testInfo.project.name} ${Date.now()}`,
  });
  await page.goto(`/buyer/offers/${offer.offerId}`);
  await signIn(page, BUYER_CONSOLE, 'buyer480@example.com');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Offer not found' })).toBeVisible();
  await expect(main).toContainText(`There is no offer ${offer.offerId} for your account`);
  await expect(main).not.toContainText(offer.name);
  await expect(main).not.toContainText('Northwind');
  await expect(main.getByRole('button', { name: 'Accept offer' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer offer not found');
  await snap('buyer-offer-not-found');

  // An ID that was never issued reads exactly the same.
  await page.goto('/buyer/offers/offer-zzzzzzzzzzzzz');
  await expect(main.getByRole('heading', { name: 'Offer not found' })).toBeVisible();

  // The product page shows no private offer to buyer480, and Go to offer does not find it.
  await page.goto(`/buyer/catalog/${CLOUD_MIGRATION}`);
  await expect(main.getByRole('heading', { name: 'Cloud Migration Assessment' })).toBeVisible();
  await expect(main).not.toContainText('private offer for this product');
  await expect(main.getByRole('region', { name: 'You have a private offer' })).toHaveCount(0);
  await page.goto('/buyer/offers');
  await main.getByLabel('Offer ID').fill(offer.offerId);
  await main.getByRole('button', { name: 'Go to offer' }).click();
  await expect(main).toContainText(`No offer ${offer.offerId} was extended to your account`);
  await expect(page).toHaveURL(/\/buyer\/offers$/);
});

test('a cancelled offer says so and cannot be accepted', async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `Cancelled ${testInfo.project.name} ${Date.now()}`,
  });
  await cancelOfferAsNorthwind(baseURL ?? '', offer.offerId);
  await page.goto(`/buyer/offers/${offer.offerId}`);
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  await expectOfferPage(page, offer.offerId);
  const main = page.getByRole('main');
  await expect(main.getByText('This offer was cancelled')).toBeVisible();
  await expect(main).toContainText('can no longer be accepted');
  await expect(main.getByRole('button', { name: 'Accept offer' })).toHaveCount(0);
  await expect(main.getByRole('checkbox')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer cancelled offer');
  await snap('buyer-offer-cancelled');

  // Listed under Accepted & expired, marked Cancelled; not under Available.
  await page.goto('/buyer/offers');
  await expect(main.getByRole('tab', { name: 'Available' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(main.getByRole('heading', { name: 'Go to offer' })).toBeVisible();
  await expect(main.getByRole('status')).toHaveCount(0); // the list has loaded
  await expect(main.getByRole('row', { name: new RegExp(offer.offerId) })).toHaveCount(0);
  await main.getByRole('tab', { name: 'Available' }).press('ArrowRight');
  await expect(main.getByRole('tab', { name: 'Accepted & expired' })).toBeFocused();
  await expect(page).toHaveURL(/\/buyer\/offers\?tab=closed$/);
  await expect(main.getByRole('row', { name: new RegExp(offer.offerId) })).toContainText(
    'Cancelled',
  );
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer accepted and expired tab');
  await snap('buyer-private-offers-closed');

  // The product page no longer announces it.
  await page.goto(`/buyer/catalog/${CLOUD_MIGRATION}`);
  const banner = main.getByRole('region', { name: 'You have a private offer' });
  await expect(main.getByRole('heading', { name: 'Cloud Migration Assessment' })).toBeVisible();
  await expect(banner.getByRole('link', { name: new RegExp(offer.offerId) })).toHaveCount(0);
});
