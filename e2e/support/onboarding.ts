// The onboarding journey's steps as a person does them in the browser, for the spec on an empty
// database (tests/onboarding.spec.ts): one browser context per person, sign-up, the seller
// registration, the account ID from the header, and links read from the dev mailbox.
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, saveScreenshot, signInHeading, test, watchPageErrors } from './fixtures';
import { type OwnServer, startOwnServer } from './own-server';

export type Person = { context: BrowserContext; page: Page; errors: string[] };

const DESKTOP = { width: 1280, height: 800 };
/** The phone project's screen, for the pages' phone-width pass. */
export const PHONE = { width: 390, height: 844 };

/** A person with a browser of their own (cookies, session) on `baseURL`. */
export async function newPerson(
  browser: Browser,
  baseURL: string,
  viewport = DESKTOP,
): Promise<Person> {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  return { context, page, errors: watchPageErrors(page) };
}

export type SignUpFields = { email: string; password: string; accountName: string };

/** From the sign-in page: "Create an account", the form, and the console home afterwards. */
export async function signUpFromSignIn(page: Page, consoleName: string, fields: SignUpFields) {
  await expect(signInHeading(page, consoleName)).toBeVisible();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Create your Offerdesk account' }),
  ).toBeVisible();
  await page.getByLabel('Email').fill(fields.email);
  await page.getByLabel('Password').fill(fields.password);
  await page.getByLabel('Account name').fill(fields.accountName);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** The 12-digit account ID the header shows beside the account name. */
export async function accountIdInHeader(page: Page, accountName: string): Promise<string> {
  const banner = page.getByRole('banner');
  await expect(banner).toContainText(`Signed in as ${accountName}`);
  const text = (await banner.textContent()) ?? '';
  const id = /\((\d{12})\)/.exec(text)?.[1];
  expect(id, `an account ID in "${text}"`).toMatch(/^\d{12}$/);
  return id ?? '';
}

export type Registration = {
  publicName: string;
  sellerType: 'ISV' | 'Channel partner';
  country: string;
  taxId: string;
  accountHolder: string;
  accountNumber: string;
};

/** Settings › Seller registration, the three parts in order, each saved. */
export async function fillRegistration(page: Page, r: Registration) {
  const progress = page.getByRole('region', { name: /of 3 parts complete/ });
  const profile = page.getByRole('region', { name: /Public profile/ });
  await profile.getByLabel('Public name').fill(r.publicName);
  await profile.getByLabel('Description').fill(`${r.publicName}: professional services.`);
  await profile.getByLabel(r.sellerType, { exact: true }).check();
  await profile.getByRole('button', { name: 'Save public profile' }).click();
  await expect(progress).toHaveAccessibleName('1 of 3 parts complete');

  const tax = page.getByRole('region', { name: /Tax information/ });
  await tax.getByLabel('Country').selectOption(r.country);
  await tax.getByLabel('Tax ID').fill(r.taxId);
  await tax.getByRole('button', { name: 'Save tax information' }).click();
  await expect(progress).toHaveAccessibleName('2 of 3 parts complete');

  const banking = page.getByRole('region', { name: /Banking details/ });
  await banking.getByLabel('Account holder').fill(r.accountHolder);
  await banking.getByLabel('Routing number').fill('011000015');
  await banking.getByLabel('Account number').fill(r.accountNumber);
  await banking.getByRole('button', { name: 'Save banking details' }).click();
  await expect(progress).toHaveAccessibleName('3 of 3 parts complete');
}

/**
 * The link in the newest mail to `email` whose address contains `pathPart`, from the dev
 * mailbox (mail is sent by a job, so it may take a moment to appear).
 */
export async function linkFromMail(page: Page, email: string, pathPart: string): Promise<string> {
  const link = page
    .locator('article', { hasText: email })
    .first()
    .locator(`a[href*="${pathPart}"]`)
    .first();
  await expect(async () => {
    await page.goto('/mail');
    await expect(link).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return (await link.getAttribute('href')) ?? '';
}

export async function closePeople(people: Person[]) {
  for (const person of people) {
    await person.context.close();
    expect(person.errors, 'errors logged by the page').toEqual([]);
  }
}

export const PASSWORD = 'violet-harbor-lantern-42';
const run = Date.now().toString(36);
/** An email nobody else's test uses. */
export const testEmail = (who: string) => `${who}-${run}@example.com`;

/**
 * A spec file on a server of its own with an empty database (DEMO_DATA=false): started before
 * its tests (desktop project only), which then run one after another in one worker, and
 * disposed after them with every person's browser, whose pages must have logged no error.
 */
export function onEmptyServer() {
  let server: OwnServer | null = null;
  const people: Person[] = [];
  test.describe.configure({ mode: 'default' });
  test.beforeAll(async ({ browserName: _ }, testInfo) => {
    // Starting a server takes a while on a machine busy with other tests.
    test.setTimeout(120_000);
    if (testInfo.project.name === 'desktop') server = await startOwnServer({ demoData: false });
  });
  test.beforeEach(({ browserName: _ }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'long journeys; the desktop run is enough');
  });
  test.afterAll(async () => {
    await closePeople(people.splice(0));
    await server?.dispose();
  });
  return {
    async person(browser: Browser, viewport = DESKTOP): Promise<Page> {
      const created = await newPerson(browser, server?.baseURL ?? '', viewport);
      people.push(created);
      return created.page;
    },
    /** axe-core, then a screenshot: every new page of the journey gets both. */
    async check(page: Page, testInfo: TestInfo, name: string) {
      await expectNoSeriousA11yViolations(page, testInfo, name);
      await saveScreenshot(page, testInfo, `onboarding-${name}`);
    },
  };
}
