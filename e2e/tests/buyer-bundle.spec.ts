// What a buyer's browser downloads from the email link until the offer page can be accepted:
// the JavaScript as gzip, from Playwright's network log. The entry chunk is what every console
// page pays; pdf.js (page code and worker) comes only with the offer page.
import { BUYER_CONSOLE, expectEulaRendered, expectOfferPage } from '../support/buyer-pages';
import { expect, signIn, test } from '../support/fixtures';
import { recordScripts, sumGzip } from '../support/js-sizes';
import { extendOfferAsNorthwind } from '../support/seller-offers';

const ENTRY_GZIP_BUDGET = 100 * 1024;
/** Everything but pdf.js: the console, the offer page and the viewer's own code. */
const APP_GZIP_BUDGET = 160 * 1024;

test('JS loaded from sign-in until the offer page is interactive', async ({
  page,
  baseURL,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one measurement is enough');
  test.setTimeout(60_000);
  const offer = await extendOfferAsNorthwind(baseURL ?? '', { name: `Bundle ${Date.now()}` });
  const log = recordScripts(page);

  await page.goto(`/buyer/offers/${offer.offerId}`);
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  await expectOfferPage(page, offer.offerId);
  // Interactive: Accept answers and the EULA is drawn (the cover and the ISV's EULA).
  await expect(page.getByRole('button', { name: 'Accept offer' })).toBeEnabled();
  await expectEulaRendered(page, 2);

  const { scripts, entry, report } = await log.read();
  const pdfJs = scripts.filter((s) => /^pdf(\.worker|-canvas-pages)/.test(s.name));
  const app = scripts.filter((s) => !pdfJs.includes(s));
  const summary = `${report}\nall JS but pdf.js: ${(sumGzip(app) / 1024).toFixed(1)} KB gzip`;
  console.log(summary);
  await testInfo.attach('buyer-js-sizes.txt', { body: summary, contentType: 'text/plain' });

  expect(entry, 'the entry chunk was loaded').toBeTruthy();
  expect(entry?.gzipBytes ?? Number.POSITIVE_INFINITY).toBeLessThan(ENTRY_GZIP_BUDGET);
  expect(sumGzip(app)).toBeLessThan(APP_GZIP_BUDGET);
  expect(pdfJs.map((s) => s.name.split('-')[0])).toEqual(
    expect.arrayContaining(['pdf.worker.min', 'pdf']),
  );
});
