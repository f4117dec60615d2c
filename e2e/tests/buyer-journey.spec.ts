// The buyer's whole journey (SPEC §8): Northwind extends a private offer to 713384441954; the
// buyer finds it in each of the four ways, reads and downloads the combined EULA, accepts, and
// Northwind's agreements list shows the agreement at once with the same amounts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import {
  acceptOffer,
  BUYER_CONSOLE,
  expectEulaRendered,
  expectOfferPage,
} from '../support/buyer-pages';
import { expect, signIn, test } from '../support/fixtures';
import { CLOUD_MIGRATION } from '../support/seller-api';
import {
  EXAMPLE_2_TOTAL,
  extendOfferAsNorthwind,
  northwindAgreementsOn,
} from '../support/seller-offers';

test('a buyer finds an offer four ways, reads the EULA and accepts it', async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  test.setTimeout(150_000);
  const marker = `Statement of work ${testInfo.project.name} ${Date.now()}`;
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `Journey ${testInfo.project.name} ${Date.now()} - Cloud Migration Assessment`,
    documents: [{ fileName: 'Statement of work.txt', text: `${marker}\nTwo workshops — €0.` }],
  });
  const main = page.getByRole('main');

  // 2. The email: the dev mailbox holds the "offer published" mail with the offer's link; the
  // link asks a signed-out buyer to sign in and then opens the offer itself.
  const mail = page.locator('article', { hasText: offer.offerId });
  await expect(async () => {
    await page.goto('/mail');
    await expect(mail.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(mail.first()).toContainText('buyer713@example.com');
  await mail
    .first()
    .getByRole('link', { name: new RegExp(`/buyer/offers/${offer.offerId}$`) })
    .click();
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  await expectOfferPage(page, offer.offerId);

  // What the offer page tells the buyer.
  await expect(main.getByRole('heading', { level: 2, name: offer.name })).toBeVisible();
  const product = main.getByRole('region', { name: 'Product' });
  await expect(product).toContainText('Cloud Migration Assessment');
  await expect(product).toContainText(/Seller of record\s*Northwind Partners/);
  await expect(product).toContainText(/Publisher\s*Acme Consulting/);
  const pricing = main.getByRole('region', { name: 'Pricing' });
  await expect(pricing.getByRole('row', { name: /Assessment/ })).toContainText(
    /1\s*\$22,656\.56\s*\$22,656\.56/,
  );
  await expect(pricing.getByRole('row', { name: /Workshop day/ })).toContainText(
    /3\s*\$1,812\.51\s*\$5,437\.53/,
  );
  await expect(pricing).toContainText(/Total\s*\$28,094\.09/);
  await expect(main.getByRole('region', { name: 'Payment schedule' })).toContainText(
    'Paid upfront on acceptance',
  );
  const decision = main.getByRole('complementary', { name: 'Decision' });
  await expect(decision).toContainText(
    /Expires [A-Z][a-z]+ \d{1,2}, \d{4} at 23:59:59 UTC\s*(19|20) days( \d+ hours?)? left/,
  );
  const eula = main.getByRole('region', { name: 'End user license agreement', exact: true });
  await expect(eula.getByRole('listitem')).toHaveText([
    /Cloud Migration Assessment EULA\.pdf/,
    /Statement of work\.txt/,
  ]);
  const drawn = await expectEulaRendered(page, 3);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer offer page');
  await snap('buyer-offer');

  // 1. The Private offers page, Available tab.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Private offers' })
    .click();
  const row = main.getByRole('row', { name: new RegExp(offer.offerId) });
  await expect(row).toContainText(EXAMPLE_2_TOTAL);
  await expect(row).toContainText('Available');
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer private offers');
  await snap('buyer-private-offers-available');
  await row.getByRole('link', { name: offer.name }).click();
  await expectOfferPage(page, offer.offerId);

  // 3. The product page says "You have a private offer" and links to it.
  await page.goto(`/buyer/products/${CLOUD_MIGRATION}`);
  const banner = main.getByRole('region', { name: 'You have a private offer' });
  await expect(banner).toBeVisible();
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer product page');
  await snap('buyer-product-with-offer');
  await banner.getByRole('link', { name: new RegExp(offer.offerId) }).click();
  await expectOfferPage(page, offer.offerId);

  // 4. Go to offer by ID; a malformed ID gets core's sentence.
  await page.goto('/buyer/offers');
  const idField = main.getByLabel('Offer ID');
  await idField.fill('offer-123');
  await main.getByRole('button', { name: 'Go to offer' }).click();
  await expect(
    main.getByText('This is not an offer ID (offer- followed by 13 letters or digits)'),
  ).toBeVisible();
  await expect(idField).toHaveAttribute('aria-invalid', 'true');
  await snap('buyer-go-to-offer-error');
  await idField.fill(`  ${offer.offerId.toUpperCase()} `);
  await main.getByRole('button', { name: 'Go to offer' }).click();
  await expectOfferPage(page, offer.offerId);
  await expectEulaRendered(page, drawn);

  // The EULA downloads as one PDF holding the cover, the ISV's EULA and the seller's text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    eula.getByRole('link', { name: /Download the EULA/ }).click(),
  ]);
  const pdfPath = await download.path();
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain(offer.offerId);
  expect(text).toContain('Cloud Migration Assessment - End User License Agreement');
  expect(text).toContain(marker);
  expect(text).toContain('Two workshops — €0.');
  const downloadedSha = createHash('sha256').update(readFileSync(pdfPath)).digest('hex');

  // Accept: the consent box first, then one agreement with the EULA shown.
  await main.getByRole('button', { name: 'Accept offer' }).click();
  await expect(
    main.getByText('Tick the box to confirm that you have read and accept the EULA'),
  ).toBeVisible();
  await acceptOffer(page);
  await expect(main.getByText('You accepted this offer')).toBeVisible();
  const agreementCard = main.getByRole('region', { name: 'Your agreement' });
  const agreementId = (await agreementCard.locator('dd.mono').first().textContent())?.trim() ?? '';
  expect(agreementId).toMatch(/^agmt-[a-z0-9]{13}$/);
  await expect(agreementCard).toContainText(/Total\s*\$28,094\.09/);
  await expect(agreementCard).toContainText(downloadedSha);
  await expect(main.getByRole('button', { name: 'Accept offer' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer accepted offer');
  await snap('buyer-offer-accepted');

  // The reseller sees it at once, with the same amounts.
  const agreements = await northwindAgreementsOn(baseURL ?? '', offer.offerId);
  expect(agreements.map((a) => a.id)).toEqual([agreementId]);
  expect(agreements[0]?.buyerAccountId).toBe('713384441954');
  expect(agreements[0]?.totals).toEqual({
    buyerCents: 2_809_409,
    isvCents: 2_619_497,
    resellerCents: 189_912,
  });
  expect(offer.buyerTotalCents).toBe(2_809_409);

  // The offer moved to Accepted & expired; the agreement and its invoice are listed; Pay.
  await page.goto('/buyer/offers?tab=closed');
  await expect(main.getByRole('tab', { name: 'Accepted & expired' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(main.getByRole('row', { name: new RegExp(offer.offerId) })).toContainText(
    'Accepted',
  );
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Agreements' })
    .click();
  await expect(main.getByRole('row', { name: new RegExp(agreementId) })).toContainText(
    EXAMPLE_2_TOTAL,
  );
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Invoices' })
    .click();
  const invoice = main.getByRole('row').filter({ hasText: offer.name });
  await expect(invoice).toContainText(EXAMPLE_2_TOTAL);
  await expect(invoice).toContainText('Due');
  await invoice.getByRole('button', { name: /^Pay invoice inv-/ }).click();
  await expect(invoice).toContainText('Paid');
  await expect(invoice.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer invoices');
  await snap('buyer-invoices-paid');
});
