// The inline EULA viewer (pdf.js, the largest code on the offer page) is not part of opening
// the page: it loads as its place nears the screen, or when the buyer presses "Show the EULA
// here". The download link is there from the start, and Accept never waits for pdf.js: it
// sends the SHA-256 the server gave with the offer, the hash of the very PDF downloaded.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import {
  acceptOffer,
  BUYER_CONSOLE,
  expectEulaRendered,
  expectOfferPage,
} from '../support/buyer-pages';
import { expect, signIn, test } from '../support/fixtures';
import { extendOfferAsNorthwind } from '../support/seller-offers';

/** The URLs of pdf.js's code (the viewer chunk and its worker) the page has requested. */
function watchPdfJs(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (/pdf-canvas-pages|pdf\.worker/.test(request.url())) requested.push(request.url());
  });
  return requested;
}

test('pdf.js is not part of opening the offer; scrolled to, the EULA loads and is drawn', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `Deferred viewer ${testInfo.project.name} ${Date.now()}`,
  });
  // A short window, so the EULA starts well below it at either width.
  await page.setViewportSize({ width: page.viewportSize()?.width ?? 1280, height: 500 });
  const pdfJs = watchPdfJs(page);
  await page.goto(`/buyer/offers/${offer.offerId}`);
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  await expectOfferPage(page, offer.offerId);
  const main = page.getByRole('main');
  await expect(main.getByRole('button', { name: 'Accept offer' })).toBeEnabled();
  await expect(main.getByRole('link', { name: /Download the EULA/ })).toHaveAttribute(
    'href',
    `/files/offers/${offer.offerId}/eula.pdf`,
  );
  await expect(main.getByRole('button', { name: 'Show the EULA here' })).toBeVisible();
  expect(pdfJs).toEqual([]);

  // Scrolling down to it, as a reader does, loads and draws it.
  const viewer = page.getByRole('region', { name: 'End user license agreement (PDF)' });
  await expect(async () => {
    await page.mouse.wheel(0, 400);
    await expect(viewer).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expectEulaRendered(page, 2);
  expect(pdfJs.length).toBeGreaterThan(0);
});

test('Accept works while pdf.js cannot be loaded at all', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `No viewer ${testInfo.project.name} ${Date.now()}`,
  });
  await page.route(/pdf-canvas-pages|pdf\.worker/, (route) => route.abort());
  await page.goto(`/buyer/offers/${offer.offerId}`);
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  await expectOfferPage(page, offer.offerId);
  const main = page.getByRole('main');
  await main.getByRole('link', { name: /Download the EULA/ }).scrollIntoViewIfNeeded();
  await expect(main.getByText('The document viewer could not be loaded')).toBeVisible();

  // The agreement records the hash of the PDF the download link gives.
  const pdf = await page.request.get(`/files/offers/${offer.offerId}/eula.pdf`);
  const sha256 = createHash('sha256')
    .update(await pdf.body())
    .digest('hex');
  await acceptOffer(page);
  await expect(main.getByText('You accepted this offer')).toBeVisible();
  await expect(main.getByRole('region', { name: 'Your agreement' })).toContainText(sha256);
  await expect(main.getByRole('link', { name: /Download the EULA/ })).toBeVisible();
});

test('the "Show the EULA here" button shows it where the browser cannot tell it is near', async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const offer = await extendOfferAsNorthwind(baseURL ?? '', {
    name: `Viewer button ${testInfo.project.name} ${Date.now()}`,
  });
  // As in a browser without IntersectionObserver: only the button can load the viewer.
  await page.addInitScript(() => {
    (window as unknown as Record<string, unknown>).IntersectionObserver = undefined;
  });
  const pdfJs = watchPdfJs(page);
  await page.goto(`/buyer/offers/${offer.offerId}`);
  await signIn(page, BUYER_CONSOLE, 'buyer713@example.com');
  await expectOfferPage(page, offer.offerId);
  const eula = page.getByRole('region', { name: 'End user license agreement', exact: true });
  const show = eula.getByRole('button', { name: 'Show the EULA here' });
  await show.scrollIntoViewIfNeeded();
  await expect(show).toBeVisible();
  expect(pdfJs).toEqual([]);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer offer, EULA not shown yet');
  await snap('buyer-offer-eula-button');

  // From the keyboard; the focus stays where the button was, ahead of the pages.
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(show).toHaveCount(0);
  await expectEulaRendered(page, 2);
  await expect(page.locator('.pdf-viewer-slot')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('region', { name: 'End user license agreement (PDF)' }),
  ).toBeFocused();
  expect(pdfJs.length).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer offer, EULA shown');
  await snap('buyer-offer-eula-shown');
});
