// The ISV's side (Acme): list a product with its EULA, authorize Northwind with a payment
// schedule, and the authorization is Northwind's new opportunity. And Initech, whose seller
// registration lacks tax, is told so when it tries to create an offer.
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { expect, signIn, signOut, test } from '../support/fixtures';
import { utcDate } from '../support/seller-api';

test.setTimeout(120_000);

test('Acme lists a product and authorizes Northwind with a payment schedule', async ({
  page,
  snap,
}, testInfo) => {
  const name = `Data Platform Workshop ${testInfo.project.name} ${Date.now().toString(36)}`;
  await page.goto('/seller/products');
  await signIn(page, 'Seller console', 'acme@example.com');
  await expect(page.getByRole('region', { name: 'Products' })).toContainText('Channel Integ 28');
  await expectNoSeriousA11yViolations(page, testInfo, 'products');
  await snap('seller-isv-products');

  await page.getByRole('link', { name: 'New product' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New product' })).toBeVisible();
  await page.getByRole('button', { name: 'Create product' }).click();
  await expect(page.getByText('Enter a product name of 1 to 200 characters')).toBeVisible();
  await page.getByLabel('Product name').fill(name);
  await page
    .getByLabel('Description', { exact: true })
    .fill('Two days of hands-on data platform design.');
  await page.getByLabel('Dimension 1 name').fill('Workshop day');
  await page.getByLabel('Dimension 1 description').fill('One day on site');
  await page.getByLabel('Dimension 1 list price (USD)').fill('1,500.005');
  await expect(page.getByText('Enter at most 2 decimal places')).toBeVisible();
  await page.getByLabel('Dimension 1 list price (USD)').fill('1,500.00');
  const eula = await page.request.get('/files/contracts/standard.pdf');
  await page.getByLabel('EULA (PDF)').setInputFiles({
    name: 'Workshop EULA.pdf',
    mimeType: 'application/pdf',
    buffer: await eula.body(),
  });
  await expectNoSeriousA11yViolations(page, testInfo, 'new product');
  await snap('seller-isv-new-product');
  await page.getByRole('button', { name: 'Create product' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit product' })).toBeVisible();
  await expect(page.getByText('Current EULA: Workshop EULA.pdf')).toBeVisible();
  await snap('seller-isv-edit-product');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Resale authorizations' }).click();
  await page.getByRole('link', { name: 'New authorization' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'New resale authorization' }),
  ).toBeVisible();
  await page.getByLabel('Product', { exact: true }).selectOption({ label: name });
  await page.getByLabel('Reseller account ID').fill('222222222222');
  await page.getByLabel(/ISV payment schedule/).check();
  await page.getByLabel('Fixed quantity').fill('1');
  await page.getByLabel('Payment 1: amount to ISV (USD)').fill('100.00');
  await page.getByLabel('Payment 1: invoice date').fill(utcDate(30));
  await page.getByRole('button', { name: 'Add a payment' }).click();
  await page.getByLabel('Payment 2: amount to ISV (USD)').fill('200.00');
  await page.getByLabel('Payment 2: invoice date').fill(utcDate(30));
  await page.getByLabel('Standard Reseller Contract').check();
  await expect(page.getByLabel('Many offers until an end date')).toBeDisabled();
  await page.getByLabel('End date', { exact: true }).fill(utcDate(90));
  await page.getByRole('button', { name: 'Create authorization' }).click();
  await expect(page.getByText(/Each installment needs its own invoice date/)).toBeVisible();
  await page.getByLabel('Payment 2: invoice date').fill(utcDate(60));
  await expectNoSeriousA11yViolations(page, testInfo, 'new authorization');
  await snap('seller-isv-new-authorization');
  await page.getByRole('button', { name: 'Create authorization' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Resale authorizations' }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Payment schedule');
  await expect(row).toContainText('Northwind Partners');
  await expectNoSeriousA11yViolations(page, testInfo, 'authorizations');
  await snap('seller-isv-authorizations');

  await signOut(page, 'Seller console');
  await signIn(page, 'Seller console', 'northwind@example.com');
  await nav.getByRole('link', { name: 'Partners' }).click();
  const opportunity = page.getByRole('row', { name: new RegExp(name) });
  await expect(opportunity).toContainText('Payment schedule');
  await expect(opportunity).toContainText('Acme Consulting');
  await expect(opportunity).toContainText('Not accepted yet');
  await snap('seller-partners-new-opportunity');
});

test('Initech is told its seller registration lacks tax information', async ({
  page,
  snap,
}, testInfo) => {
  await page.goto('/seller/partners');
  await signIn(page, 'Seller console', 'initech@example.com');
  await page.getByRole('button', { name: /Create offer .*resaleauthz-initech000001/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Complete your seller registration first: tax information is missing',
  );
  await expect(alert).toBeFocused();
  await expectNoSeriousA11yViolations(page, testInfo, 'initech registration');
  await snap('seller-initech-registration');
  await alert.getByRole('link', { name: /seller registration/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Seller registration' })).toBeVisible();
  await expect(page.getByRole('region', { name: '2 of 3 parts complete' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Tax information/ })).toContainText('Missing');
});
