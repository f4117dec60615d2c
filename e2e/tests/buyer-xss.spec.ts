// Names a seller types reach the buyer as text, never as markup: an offer name and a document
// file name holding <script> and <img onerror> show literally, and no script runs.
import {
  acceptOffer,
  BUYER_CONSOLE,
  expectEulaRendered,
  expectOfferPage,
} from '../support/buyer-pages';
import { expect, signIn, test } from '../support/fixtures';
import { extendOfferAsNorthwind } from '../support/seller-offers';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

test('markup in an offer name and a file name renders as text', async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  test.setTimeout(60_000);
  const name = `${SCRIPT} ${IMG} ${testInfo.project.name} ${Date.now()}`;
  // A file name cannot hold "/" (it would be read as a folder), so the script tag goes in the
  // offer name and the img tag in both.
  const fileName = `${IMG} terms.txt`;
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name,
    documents: [{ fileName, text: 'Terms with a suspicious name.' }],
  });
  expect(offer.name).toBe(name);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // An <img src=x> that became an element would request /buyer/x (or ./x).
  const strayRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/x$/.test(new URL(request.url()).pathname)) strayRequests.push(request.url());
  });

  await page.goto('/buyer/offers');
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  const main = page.getByRole('main');
  const link = main.getByRole('link', { name });
  await expect(link).toBeVisible();
  await expect(link).toHaveText(name);
  await snap('buyer-xss-list');

  await link.click();
  await expectOfferPage(page, offer.offerId);
  await expect(main.getByRole('heading', { level: 2, name })).toHaveText(name);
  await expect(main.getByRole('listitem').filter({ hasText: fileName })).toBeVisible();
  await expectEulaRendered(page, 3);
  await acceptOffer(page);
  await expect(main.getByText('You accepted this offer')).toBeVisible();
  await snap('buyer-xss-offer');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Agreements' })
    .click();
  await expect(main.getByRole('link', { name })).toHaveText(name);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Notifications/ })
    .click();
  await expect(main.getByText(SCRIPT, { exact: false }).first()).toBeVisible();

  expect(await page.locator('main script, main img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(strayRequests).toEqual([]);
});
