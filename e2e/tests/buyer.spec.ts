import { expectNoSeriousA11yViolations } from '../support/a11y';
import { expect, signIn, test } from '../support/fixtures';

const NAV = ['Private offers', 'Catalog', 'Agreements', 'Invoices', 'Notifications'];

test('a buyer signs in, sees the API answer and every page of the buyer console', async ({
  page,
  snap,
}, testInfo) => {
  await page.goto('/buyer/');
  await signIn(page, 'Buyer console', 'buyer713@example.com');

  const main = page.getByRole('main');
  await expect(main).toContainText(/Signed in as .+ \(713384441954\)/);
  await expect(page.getByRole('banner')).toContainText('(713384441954)');
  await expect(main).toContainText('API: ok, database pglite');
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer home');
  await snap('buyer-home');

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of NAV) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    const heading = page.getByRole('heading', { level: 1, name: label, exact: true });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(`${label} · Offerdesk Buyer console`);
    await expectNoSeriousA11yViolations(page, testInfo, `buyer ${label}`);
    await snap(`buyer-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`);
  }

  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Invoices', exact: true }),
  ).toBeVisible();
});

test('the offer link from an email survives signing in', async ({ page }, testInfo) => {
  await page.goto('/buyer/offers/offer-gen3xseo3tfgz');
  await signIn(page, 'Buyer console', 'buyer480@example.com');
  await expect(page.getByRole('heading', { level: 1, name: 'Private offer' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('offer-gen3xseo3tfgz');
  await expect(page).toHaveURL(/\/buyer\/offers\/offer-gen3xseo3tfgz$/);
  await expectNoSeriousA11yViolations(page, testInfo, 'buyer offer page');
});
