// An offer billed by installments (an ISV payment schedule, FIXED PRICE): the offer page shows
// each invoice date and amount instead of unit prices, and accepting schedules the invoices.
import { expectNoSeriousA11yViolations } from '../support/a11y';
import {
  acceptOffer,
  BUYER_CONSOLE,
  expectEulaRendered,
  expectOfferPage,
} from '../support/buyer-pages';
import { expect, signIn, test } from '../support/fixtures';
import { grantNorthwind, utcDate } from '../support/seller-api';
import { extendOfferAsNorthwind } from '../support/seller-offers';

const longDate = (date: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

test('a payment-schedule offer shows its invoice dates and amounts', async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  test.setTimeout(60_000);
  // A fresh single-use schedule authorization (the guide's: 0.50 + 0.50 to the ISV).
  const authorizationId = await grantNorthwind(baseURL ?? '', 'schedule');
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `Schedule ${testInfo.project.name} ${Date.now()}`,
    terms: {
      authorizationId,
      contract: false,
      update: { pricing: { mode: 'FIXED_PRICE', buyerCents: [55, 55] } },
    },
  });
  expect(offer.buyerTotalCents).toBe(110);

  await page.goto(`/buyer/offers/${offer.offerId}`);
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  await expectOfferPage(page, offer.offerId);
  const main = page.getByRole('main');
  const pricing = main.getByRole('region', { name: 'Pricing' });
  await expect(pricing.getByRole('columnheader')).toHaveText(['Dimension', 'Quantity']);
  await expect(pricing).toContainText(/Total\s*\$1\.10/);
  const schedule = main.getByRole('region', { name: 'Payment schedule' });
  const rows = schedule.getByRole('row');
  await expect(rows.nth(1)).toContainText(new RegExp(`1\\s*${longDate(utcDate(30))}\\s*\\$0\\.55`));
  await expect(rows.nth(2)).toContainText(new RegExp(`2\\s*${longDate(utcDate(31))}\\s*\\$0\\.55`));
  await expect(rows.nth(3)).toContainText(/Total\s*\$1\.10/);
  await expect(schedule).not.toContainText('Paid upfront');
  await expectEulaRendered(page, 2);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer schedule offer');
  await snap('buyer-offer-schedule');

  await acceptOffer(page);
  const agreement = main.getByRole('region', { name: 'Your agreement' });
  await expect(agreement).toContainText('2 installments');
  await expect(agreement.getByRole('row')).toHaveCount(4);

  // Both invoices wait for their dates: no Pay yet.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Invoices' })
    .click();
  const invoices = main.getByRole('row').filter({ hasText: offer.name });
  await expect(invoices).toHaveCount(2);
  for (const invoice of await invoices.all()) {
    await expect(invoice).toContainText('Scheduled');
    await expect(invoice).toContainText('Not due yet');
    await expect(invoice.getByRole('button')).toHaveCount(0);
  }
});
