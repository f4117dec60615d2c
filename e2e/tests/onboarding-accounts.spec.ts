// Issue 10, the account side, on an EMPTY database (a server of this spec's own): a colleague
// joins by the mailed invitation and is removed again; a forgotten password is reset from the
// mailed link, after which only the new one signs in.
import { expect, saveScreenshot, signOut, test } from '../support/fixtures';
import {
  accountIdInHeader,
  linkFromMail,
  onEmptyServer,
  PASSWORD,
  PHONE,
  signUpFromSignIn,
  testEmail,
} from '../support/onboarding';

const SELLER = 'Seller console';
const BUYER = 'Buyer console';
const { person, check } = onEmptyServer();

test('a colleague joins by invitation and is removed again', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const owner = await person(browser);
  await owner.goto('/seller/');
  await signUpFromSignIn(owner, SELLER, {
    email: testEmail('owner'),
    password: PASSWORD,
    accountName: 'Quayside Consulting',
  });
  await accountIdInHeader(owner, 'Quayside Consulting');
  await owner
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await owner.getByRole('link', { name: 'Invite a colleague or remove a user' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  const people = owner.getByRole('region', { name: 'People with a login' });
  await expect(people).toContainText(`${testEmail('owner')} (you)`);
  await expect(owner.getByText('No invitation is waiting for an answer.')).toBeVisible();
  await check(owner, testInfo, '11-users');

  const colleague = testEmail('colleague');
  await owner.getByLabel("Colleague's email").fill(testEmail('owner'));
  await owner.getByRole('button', { name: 'Send invitation' }).click();
  await expect(owner.getByText('This email already has an Offerdesk login')).toBeVisible();
  await owner.getByLabel("Colleague's email").fill(colleague);
  await owner.getByRole('button', { name: 'Send invitation' }).click();
  await expect(owner.getByRole('status').filter({ hasText: 'Invitation sent' })).toContainText(
    colleague,
  );
  await expect(owner.getByRole('region', { name: 'Pending invitations' })).toContainText(colleague);
  await check(owner, testInfo, '12-users-invited');

  // The colleague opens the mailed link in a browser of their own.
  const mailbox = await person(browser);
  const link = await linkFromMail(mailbox, colleague, '/seller/join?token=');
  await mailbox.goto(link);
  await expect(
    mailbox.getByRole('heading', { level: 1, name: 'Join an account on Offerdesk' }),
  ).toBeVisible();
  await expect(mailbox.getByRole('main')).toContainText('Quayside Consulting');
  await expect(mailbox.getByRole('main')).toContainText(colleague);
  await check(mailbox, testInfo, '13-join');
  await mailbox.getByLabel('Choose a password').fill(PASSWORD);
  await mailbox.getByRole('button', { name: 'Join Quayside Consulting' }).click();
  await expect(mailbox.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await accountIdInHeader(mailbox, 'Quayside Consulting');
  // The link works once.
  await mailbox.getByRole('button', { name: 'Sign out' }).click();
  await mailbox.goto(link);
  await expect(mailbox.getByRole('alert')).toContainText('has expired or was already used');

  // The owner sees two people and removes the colleague, after a confirmation.
  await owner.reload();
  await expect(people).toContainText(colleague);
  await expect(owner.getByRole('region', { name: 'Pending invitations' })).not.toContainText(
    colleague,
  );
  await people.getByRole('button', { name: `Remove ${colleague}` }).click();
  const dialog = owner.getByRole('dialog', { name: `Remove ${colleague}?` });
  await expect(dialog).toBeVisible();
  await check(owner, testInfo, '14-users-remove-confirm');
  await dialog.getByRole('button', { name: 'Remove user' }).click();
  await expect(dialog).toBeHidden();
  await expect(owner.getByRole('status').filter({ hasText: 'was removed' })).toBeVisible();
  await expect(people.getByRole('listitem').filter({ hasText: colleague })).toHaveCount(0);
});

test('a forgotten password is reset from the mailed link', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const buyer = await person(browser);
  await buyer.goto('/buyer/');
  const who = testEmail('forgetful');
  await signUpFromSignIn(buyer, BUYER, { email: who, password: PASSWORD, accountName: 'Pier 9' });
  await accountIdInHeader(buyer, 'Pier 9');
  await signOut(buyer, BUYER);

  await buyer.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(buyer.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await check(buyer, testInfo, '15-forgot-password');
  await buyer.getByLabel('Email').fill(who);
  await buyer.getByRole('button', { name: 'Send the reset link' }).click();
  await expect(buyer.getByRole('status')).toContainText('we sent it a link');
  await saveScreenshot(buyer, testInfo, 'onboarding-16-forgot-password-sent');

  const link = await linkFromMail(buyer, who, '/buyer/reset-password?token=');
  await buyer.goto(link);
  await expect(
    buyer.getByRole('heading', { level: 1, name: 'Choose a new password' }),
  ).toBeVisible();
  await check(buyer, testInfo, '17-reset-password');
  const newPassword = 'copper-meadow-signal-77';
  await buyer.getByLabel('New password', { exact: true }).fill(newPassword);
  await buyer.getByRole('button', { name: 'Save the new password' }).click();
  await expect(buyer.getByRole('status')).toContainText('Your password is changed');
  await buyer.getByRole('link', { name: 'Sign in with your new password' }).click();

  await expect(
    buyer.getByRole('heading', { level: 1, name: `Sign in to the ${BUYER}` }),
  ).toBeVisible();
  await buyer.getByLabel('Email').fill(who);
  await buyer.getByLabel('Password').fill(PASSWORD);
  await buyer.getByRole('button', { name: 'Sign in' }).click();
  await expect(buyer.getByRole('alert')).toContainText('The email or password is not correct.');
  await buyer.getByLabel('Password').fill(newPassword);
  await buyer.getByRole('button', { name: 'Sign in' }).click();
  await expect(buyer.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await accountIdInHeader(buyer, 'Pier 9');
});

test('the new pages at phone width (390 px)', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const seller = await person(browser, PHONE);
  await seller.goto('/seller/forgot-password');
  await check(seller, testInfo, 'phone-forgot-password');
  await seller.goto('/seller/join?token=not-a-real-token');
  await expect(seller.getByRole('alert')).toContainText('has expired or was already used');
  await check(seller, testInfo, 'phone-join-unusable');
  await seller.goto('/seller/sign-up');
  await expect(
    seller.getByRole('heading', { level: 1, name: 'Create your Offerdesk account' }),
  ).toBeVisible();
  await check(seller, testInfo, 'phone-sign-up');
  await seller.getByLabel('Email').fill(testEmail('phone'));
  await seller.getByLabel('Password').fill(PASSWORD);
  await seller.getByLabel('Account name').fill('Tidewater Services');
  await seller.getByRole('button', { name: 'Create account' }).click();
  await accountIdInHeader(seller, 'Tidewater Services');
  await check(seller, testInfo, 'phone-seller-home');
  for (const [path, title] of [
    ['/seller/settings', 'Settings'],
    ['/seller/settings/registration', 'Seller registration'],
    ['/seller/settings/users', 'Users'],
    ['/seller/notifications', 'Notifications'],
    ['/buyer/users', 'Users'],
    ['/buyer/catalog', 'Catalog'],
  ] as const) {
    await seller.goto(path);
    await expect(seller.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(seller.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
    await check(seller, testInfo, `phone-${path.slice(1).replaceAll('/', '-')}`);
    // Nothing is wider than the screen.
    const width = await seller.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} fits the screen`).toBeLessThanOrEqual(PHONE.width);
  }
});
