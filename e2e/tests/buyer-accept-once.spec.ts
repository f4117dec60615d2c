// Accept makes one agreement per buyer account, whatever the buyer does (SPEC §5): a double
// click, or Accept pressed in two tabs at once. Checked on the seller's side, through the API.
import { BUYER_CONSOLE, expectOfferPage } from '../support/buyer-pages';
import { expect, signIn, test } from '../support/fixtures';
import { extendOfferAsNorthwind, northwindAgreementsOn } from '../support/seller-offers';

test('a double click on Accept makes one agreement', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(60_000);
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `Double click ${testInfo.project.name} ${Date.now()}`,
  });
  let acceptCalls = 0;
  page.on('request', (request) => {
    if (request.url().includes('buyer.offers.accept')) acceptCalls += 1;
  });
  await page.goto(`/buyer/offers/${offer.offerId}`);
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  await expectOfferPage(page, offer.offerId);
  await page.getByRole('checkbox', { name: /I have read the end user license agreement/ }).check();
  await page.getByRole('button', { name: 'Accept offer' }).dblclick();
  await expect(page.getByText('You accepted this offer')).toBeVisible();

  const agreements = await northwindAgreementsOn(baseURL ?? '', offer.offerId);
  expect(agreements).toHaveLength(1);
  await expect(page.getByRole('region', { name: 'Your agreement' })).toContainText(
    agreements[0]?.id ?? 'missing',
  );
  // The button was disabled after the first click: the page sent the call once.
  expect(acceptCalls).toBe(1);
});

test('Accept in two tabs makes one agreement, shown in both', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.setTimeout(60_000);
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `Two tabs ${testInfo.project.name} ${Date.now()}`,
  });
  await page.goto(`/buyer/offers/${offer.offerId}`);
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  await expectOfferPage(page, offer.offerId);
  const second = await context.newPage();
  await second.goto(`/buyer/offers/${offer.offerId}`);
  await expectOfferPage(second, offer.offerId);

  for (const tab of [page, second]) {
    await tab.getByRole('checkbox', { name: /I have read the end user license agreement/ }).check();
  }
  await Promise.all(
    [page, second].map((tab) => tab.getByRole('button', { name: 'Accept offer' }).click()),
  );
  for (const tab of [page, second]) {
    await expect(tab.getByText('You accepted this offer')).toBeVisible();
  }

  const agreements = await northwindAgreementsOn(baseURL ?? '', offer.offerId);
  expect(agreements).toHaveLength(1);
  const agreementId = agreements[0]?.id ?? 'missing';
  for (const tab of [page, second]) {
    await expect(tab.getByRole('region', { name: 'Your agreement' })).toContainText(agreementId);
  }
  // A third try, after the fact, answers with the same agreement and no Accept button.
  await second.reload();
  await expect(second.getByRole('button', { name: 'Accept offer' })).toHaveCount(0);
  await second.close();
});
