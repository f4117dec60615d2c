// Issue 10 end to end, on an EMPTY database (DEMO_DATA=false, a server of this spec's own):
// people who sign up themselves become sellers, list, authorize, offer and accept. (Invitations
// and password reset: onboarding-accounts.spec.ts.)
import { acceptOffer } from '../support/buyer-pages';
import { expect, saveScreenshot, test } from '../support/fixtures';
import {
  accountIdInHeader,
  fillRegistration,
  onEmptyServer,
  PASSWORD,
  signUpFromSignIn,
  testEmail,
} from '../support/onboarding';
import { utcDate } from '../support/seller-api';

const SELLER = 'Seller console';
const BUYER = 'Buyer console';
const PRODUCT = 'Lakehouse Readiness Review';
const { person, check } = onEmptyServer();

test('from an empty database: sign up, register, list, authorize, offer, accept', async ({
  browser,
}, testInfo) => {
  test.setTimeout(600_000);

  // The ISV signs up in the seller console; a common password is refused at its field.
  const isv = await person(browser);
  await isv.goto('/seller/');
  await check(isv, testInfo, '01-sign-in');
  await signUpFromSignIn(isv, SELLER, {
    email: testEmail('isv'),
    password: 'qwertyuiop123',
    accountName: 'Lakeside Data',
  });
  const password = isv.getByLabel('Password');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(isv.getByText(/most common passwords/)).toBeVisible();
  await check(isv, testInfo, '02-sign-up-refused');
  await password.fill(PASSWORD);
  await isv.getByRole('button', { name: 'Create account' }).click();
  await expect(isv.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await accountIdInHeader(isv, 'Lakeside Data');
  await check(isv, testInfo, '03-seller-home');

  // Seller registration from the home page's reminder: US EIN, routing 011000015.
  await isv.getByRole('link', { name: 'Complete your seller registration' }).click();
  await expect(isv.getByRole('heading', { level: 1, name: 'Seller registration' })).toBeVisible();
  await expect(isv.getByRole('region', { name: '0 of 3 parts complete' })).toBeVisible();
  await check(isv, testInfo, '04-registration-empty');
  const tax = isv.getByRole('region', { name: /Tax information/ });
  await tax.getByLabel('Country').selectOption('US');
  await tax.getByLabel('Tax ID').fill('12-34567');
  await tax.getByRole('button', { name: 'Save tax information' }).click();
  await expect(tax.getByText(/employer identification number \(EIN\) is 9 digits/)).toBeVisible();
  const banking = isv.getByRole('region', { name: /Banking details/ });
  await banking.getByLabel('Routing number').fill('011000016');
  await banking.getByRole('button', { name: 'Save banking details' }).click();
  await expect(banking.getByText(/valid check digit/)).toBeVisible();
  await check(isv, testInfo, '05-registration-errors');
  await fillRegistration(isv, {
    publicName: 'Lakeside Data',
    sellerType: 'ISV',
    country: 'US',
    taxId: '12-3456789',
    accountHolder: 'Lakeside Data Inc.',
    accountNumber: '000123456789',
  });
  await expect(banking).toContainText('•••• 0015');
  await expect(banking).toContainText('•••• 6789');
  await expect(banking).not.toContainText('000123456789');
  await check(isv, testInfo, '06-registration-complete');
  const nav = isv.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(isv.getByRole('region', { name: 'Seller registration' })).toContainText('Complete');

  // The ISV lists a product with one dimension and its EULA.
  await nav.getByRole('link', { name: 'Products' }).click();
  await isv.getByRole('link', { name: 'New product' }).click();
  await isv.getByLabel('Product name').fill(PRODUCT);
  await isv.getByLabel('Description', { exact: true }).fill('Two weeks assessing a lakehouse.');
  await isv.getByLabel('Dimension 1 name').fill('Review week');
  await isv.getByLabel('Dimension 1 description').fill('One consultant for a week');
  await isv.getByLabel('Dimension 1 list price (USD)').fill('2,000.00');
  const eula = await isv.request.get('/files/contracts/standard.pdf');
  await isv.getByLabel('EULA (PDF)').setInputFiles({
    name: 'Lakeside EULA.pdf',
    mimeType: 'application/pdf',
    buffer: await eula.body(),
  });
  await isv.getByRole('button', { name: 'Create product' }).click();
  await expect(isv.getByText('Current EULA: Lakeside EULA.pdf')).toBeVisible();

  // A reseller signs up and registers as a channel partner with a GB VAT number.
  const reseller = await person(browser);
  await reseller.goto('/seller/');
  await signUpFromSignIn(reseller, SELLER, {
    email: testEmail('reseller'),
    password: PASSWORD,
    accountName: 'Harbour Partners',
  });
  const resellerId = await accountIdInHeader(reseller, 'Harbour Partners');
  await reseller.getByRole('link', { name: 'Complete your seller registration' }).click();
  await fillRegistration(reseller, {
    publicName: 'Harbour Partners',
    sellerType: 'Channel partner',
    country: 'GB',
    taxId: 'GB 123456789',
    accountHolder: 'Harbour Partners Ltd',
    accountNumber: '44556677',
  });
  await expect(reseller.getByRole('region', { name: /Tax information/ })).toBeVisible();
  await expect(reseller.getByLabel('Tax ID')).toHaveValue('GB123456789');

  // The ISV authorizes the reseller's account (10 % off list, the standard contract).
  await nav.getByRole('link', { name: 'Resale authorizations' }).click();
  await isv.getByRole('link', { name: 'New authorization' }).click();
  await isv.getByLabel('Product', { exact: true }).selectOption({ label: PRODUCT });
  await isv.getByLabel('Reseller account ID').fill(resellerId);
  await isv.getByLabel('Discount off list (%)').fill('10');
  await isv.getByLabel('Offerdesk Standard Reseller Contract').check();
  await isv.getByLabel('Many offers until you deactivate it').check();
  await isv.getByRole('button', { name: 'Create authorization' }).click();
  await expect(isv.getByRole('row', { name: new RegExp(PRODUCT) })).toContainText(
    'Harbour Partners',
  );

  // A buyer signs up in the buyer console and finds the product in the catalog.
  const buyer = await person(browser);
  await buyer.goto('/buyer/');
  await signUpFromSignIn(buyer, BUYER, {
    email: testEmail('buyer'),
    password: PASSWORD,
    accountName: 'Northbank Retail',
  });
  const buyerId = await accountIdInHeader(buyer, 'Northbank Retail');
  const buyerNav = buyer.getByRole('navigation', { name: 'Main' });
  await buyerNav.getByRole('link', { name: 'Catalog' }).click();
  await buyer.getByLabel('Search products').fill('lakehouse');
  const card = buyer.getByRole('link', { name: PRODUCT });
  await expect(card).toBeVisible();
  await check(buyer, testInfo, '07-buyer-catalog');

  // The reseller creates and extends an offer to the buyer's account: 2 weeks at 5 % markup.
  const resellerNav = reseller.getByRole('navigation', { name: 'Main' });
  await resellerNav.getByRole('link', { name: 'Partners' }).click();
  await reseller.getByRole('button', { name: /Create offer/ }).click();
  await reseller.getByLabel('I accept the reseller contract').check();
  await reseller.getByRole('button', { name: 'Accept and continue' }).click();
  await reseller.getByLabel('Buyer account IDs').fill(buyerId);
  await reseller.getByRole('button', { name: 'Save and continue' }).click();
  await reseller.getByLabel('Quantity of Review week').fill('2');
  await reseller.getByLabel('Markup (%)').fill('5');
  await expect(reseller.getByRole('definition').filter({ hasText: '$3,780.00' })).toBeVisible();
  await reseller.getByRole('button', { name: 'Save and continue' }).click();
  await expect(reseller.getByRole('heading', { name: 'Documents', exact: true })).toBeVisible();
  await reseller.getByRole('button', { name: 'Continue' }).click();
  await reseller.getByLabel('Offer expiration date').fill(utcDate(30));
  await reseller.getByRole('button', { name: 'Save and continue' }).click();
  await expect(reseller.getByRole('heading', { name: 'Review offer' })).toBeVisible();
  await reseller.getByRole('button', { name: 'Extend offer' }).click();
  await expect(reseller.getByRole('status').filter({ hasText: 'Status:' })).toContainText(
    'Published',
    { timeout: 30_000 },
  );

  // The reseller's notifications: the unread count in the navigation, the page, mark as read.
  const notices = resellerNav.getByRole('link', { name: /Notifications/ });
  await expect(async () => {
    await reseller.reload();
    await expect(notices).toHaveAccessibleName(/Notifications\s*1 unread/, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await notices.click();
  const published = reseller.getByRole('listitem').filter({ hasText: 'Published' });
  await expect(published).toContainText('Unread');
  await check(reseller, testInfo, '08-seller-notifications');
  await published.getByRole('button', { name: /Mark as read/ }).click();
  await expect(notices).toHaveAccessibleName('Notifications');
  await expect(published).not.toContainText('Unread');

  // The buyer finds it on the product page and accepts it.
  await card.click();
  await expect(buyer.getByRole('heading', { name: 'You have a private offer' })).toBeVisible();
  await check(buyer, testInfo, '09-buyer-product-banner');
  await buyer.getByRole('link', { name: /View your private offer/ }).click();
  await expect(buyer.getByRole('main')).toContainText('$3,780.00');
  await acceptOffer(buyer);
  await expect(buyer.getByRole('main')).toContainText(/agmt-[a-z0-9]{13}/, { timeout: 30_000 });
  await saveScreenshot(buyer, testInfo, 'onboarding-10-buyer-accepted');
  await expect(async () => {
    await reseller.reload();
    await expect(
      reseller.getByRole('listitem').filter({ hasText: 'Accepted' }).first(),
    ).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});
