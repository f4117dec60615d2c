import { expectNoSeriousA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';

for (const app of [
  { path: '/seller/', name: 'Seller console' },
  { path: '/buyer/', name: 'Buyer console' },
]) {
  test(`${app.name} loads and asks to sign in`, async ({ page, snap }, testInfo) => {
    await page.goto(app.path);
    await expect(page).toHaveTitle(`Offerdesk ${app.name}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Sign in to the ${app.name}` }),
    ).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(`Offerdesk ${app.name}`);
    await expectNoSeriousA11yViolations(page, testInfo, `${app.name} sign-in`);
    await snap(`${app.path.replaceAll('/', '')}-sign-in`);
  });
}

test('"/" opens the seller console', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/seller\/$/);
});

test('a wrong password is refused with a message, and the form stays usable', async ({
  page,
  snap,
}, testInfo) => {
  await page.goto('/seller/');
  await page.getByLabel('Email').fill('northwind@example.com');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('The email or password is not correct.');
  await expect(alert).toBeFocused();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expectNoSeriousA11yViolations(page, testInfo, 'sign-in error');
  await snap('seller-sign-in-error');
});

test('the server sends its security headers with the SPA', async ({ request }) => {
  const res = await request.get('/buyer/');
  expect(res.status()).toBe(200);
  const headers = res.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-request-id']).toBeTruthy();
});
