// What the buyer specs check on the buyer console's pages, in one place.
import { expect, type Page } from '@playwright/test';

export const BUYER_CONSOLE = 'Buyer console';

/** The offer page of `offerId` is showing (heading, the ID, and its name once loaded). */
export async function expectOfferPage(page: Page, offerId: string) {
  await expect(page).toHaveURL(new RegExp(`/buyer/offers/${offerId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Private offer' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`Offer ID ${offerId}`);
}

/** Every page of the combined EULA is drawn to its canvas (pdf.js finished). */
export async function expectEulaRendered(page: Page, minPages = 1) {
  // pdf.js loads as the viewer's place nears the screen: scroll there, as a reader would.
  await page.getByRole('link', { name: /Download the EULA/ }).scrollIntoViewIfNeeded();
  const viewer = page.getByRole('region', { name: 'End user license agreement (PDF)' });
  await expect(viewer).toBeVisible({ timeout: 20_000 });
  const pages = viewer.getByRole('figure');
  await expect.poll(() => pages.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(minPages);
  await expect(viewer.locator('figure[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  return pages.count();
}

/** Ticks the consent box and presses Accept once. */
export async function acceptOffer(page: Page) {
  await page.getByRole('checkbox', { name: /I have read the end user license agreement/ }).check();
  await page.getByRole('button', { name: 'Accept offer' }).click();
}
