// The guide's steps 2–9 in the browser, as Northwind: a discount opportunity priced with a
// 7.25 % markup (SPEC §3 example 2) and an FPS opportunity at FIXED PRICE (example 1), with
// uploads, the combined PDF (shown, downloaded and read with pdftotext), extend and publish.
import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { expect, signIn, test } from '../support/fixtures';
import { BUYER_713, grantNorthwind, utcDate } from '../support/seller-api';

test.setTimeout(120_000);

async function step(
  page: Page,
  testInfo: TestInfo,
  snap: (n: string) => Promise<void>,
  name: string,
) {
  await expectNoSeriousA11yViolations(page, testInfo, name);
  await snap(name);
}

async function openWizard(page: Page, authorizationId: string) {
  await page.goto('/seller/partners');
  await signIn(page, 'Seller console', 'northwind@example.com');
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  const create = page.getByRole('button', {
    name: new RegExp(`Create offer .*${authorizationId}`),
  });
  await create.click();
  await expect(page).toHaveURL(/\/seller\/offers\/offer-[a-z0-9]{13}\/edit/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create offer' })).toBeVisible();
}

test('discount opportunity: markup 7.25 % gives SPEC §3 example 2, documents, PDF, extend', async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  const authorizationId = await grantNorthwind(baseURL ?? '', 'discount');
  await openWizard(page, authorizationId);
  await step(page, testInfo, snap, 'seller-partners-after-create');

  // Step 3: the reseller contract.
  await expect(page.getByRole('heading', { name: 'Accept the reseller contract' })).toBeVisible();
  await expect(page.getByRole('link', { name: /View the contract/ })).toHaveAttribute(
    'href',
    '/files/contracts/standard.pdf?inline=1',
  );
  await step(page, testInfo, snap, 'seller-wizard-1-contract');
  await page.getByLabel('I accept the reseller contract').check();
  await page.getByRole('button', { name: 'Accept and continue' }).click();

  // Buyers, checked as typed.
  await expect(page.getByRole('heading', { name: 'Buyers', exact: true })).toBeVisible();
  const buyers = page.getByLabel('Buyer account IDs');
  await buyers.fill('71338444195');
  await expect(page.getByText('An account ID is exactly 12 digits')).toBeVisible();
  await buyers.fill('222222222222');
  await expect(page.getByText('is your own account')).toBeVisible();
  await step(page, testInfo, snap, 'seller-wizard-2-buyers-error');
  // Only the server knows which accounts exist: its message shows at the same field.
  await buyers.fill('999999999999');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('No Offerdesk account has the ID 999999999999')).toBeVisible();
  await expect(buyers).toHaveAttribute('aria-invalid', 'true');
  await buyers.fill(BUYER_713);
  const fps = page.getByLabel(/Enable fixed units and allow buyers to pay/);
  await expect(fps).not.toBeChecked();
  await expect(fps).toBeDisabled();
  await step(page, testInfo, snap, 'seller-wizard-2-buyers');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Pricing with the live preview.
  await expect(page.getByRole('heading', { name: 'Pricing' })).toBeVisible();
  await expect(page.getByLabel(/FIXED PRICE/)).toHaveCount(0);
  await page.getByLabel('Quantity of Assessment').fill('1');
  await page.getByLabel('Quantity of Workshop day').fill('3');
  await page.getByLabel('Markup (%)').fill('7.255555');
  await expect(page.getByText('Enter at most 4 decimal places')).toBeVisible();
  await page.getByLabel('Markup (%)').fill('7.25');
  const totals = page.getByRole('definition');
  await expect(page.getByText('$22,656.56').first()).toBeVisible();
  await expect(page.getByText('$1,812.51').first()).toBeVisible();
  await expect(totals.filter({ hasText: '$26,194.97' })).toBeVisible();
  await expect(totals.filter({ hasText: '$28,094.09' })).toBeVisible();
  await expect(totals.filter({ hasText: '$1,899.12' })).toBeVisible();
  await step(page, testInfo, snap, 'seller-wizard-3-pricing');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Documents: a text file and a PDF, uploaded with progress, then reordered.
  await expect(page.getByRole('heading', { name: 'Documents', exact: true })).toBeVisible();
  const upload = page.getByLabel('Add a document (.pdf or .txt)');
  await upload.setInputFiles({
    name: 'Statement of work.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Statement of work\nTwo workshop days — café €, then the assessment.\n'),
  });
  await expect(page.getByText('Statement of work.txt was added.')).toBeVisible();
  const pdf = await page.request.get('/files/contracts/standard.pdf');
  await upload.setInputFiles({
    name: 'Bill of materials.pdf',
    mimeType: 'application/pdf',
    buffer: await pdf.body(),
  });
  await expect(page.getByText('Bill of materials.pdf was added.')).toBeVisible();
  const docs = page
    .getByRole('list', { name: 'Additional documents, in order' })
    .getByRole('listitem');
  await expect(docs).toHaveText([/1\. Statement of work\.txt/, /2\. Bill of materials\.pdf/]);
  await page.getByRole('button', { name: 'Move Bill of materials.pdf up' }).click();
  await expect(docs).toHaveText([/1\. Bill of materials\.pdf/, /2\. Statement of work\.txt/]);
  await step(page, testInfo, snap, 'seller-wizard-4-documents');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Expiration.
  await expect(page.getByRole('heading', { name: 'Expiration information' })).toBeVisible();
  await expect(page.getByText('Offer expires at 23:59:59 UTC on the date indicated')).toBeVisible();
  await page.getByLabel('Offer expiration date').fill(utcDate(-1));
  await expect(page.getByText('The expiration date cannot be in the past')).toBeVisible();
  await page.getByLabel('Offer expiration date').fill(utcDate(14));
  await step(page, testInfo, snap, 'seller-wizard-5-expiration');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Review: everything the buyer sees and the combined PDF, inline and downloaded.
  await expect(page.getByRole('heading', { name: 'Review offer' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText(`Offer - ${BUYER_713} - Cloud Migration Assessment`);
  await expect(totals.filter({ hasText: '$28,094.09' })).toBeVisible();
  const viewer = page.getByRole('region', { name: 'Combined EULA PDF preview' });
  // pdf.js loads as the viewer's place nears the screen.
  await page.getByRole('link', { name: 'Download the combined PDF' }).scrollIntoViewIfNeeded();
  await expect(viewer.locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  await step(page, testInfo, snap, 'seller-wizard-6-review');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the combined PDF' }).click(),
  ]);
  const file = testInfo.outputPath('combined.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Cloud Migration Assessment');
  expect(text).toContain('Two workshop days — café €, then the assessment.');
  expect(text).toContain('Offerdesk Standard Reseller Contract');
  expect(text.indexOf('Offerdesk Standard Reseller Contract')).toBeLessThan(
    text.indexOf('Two workshop days'),
  );

  await page.getByRole('button', { name: 'Extend offer' }).click();
  await expect(page.getByRole('heading', { name: /Your private offer/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Status:' })).toContainText('Published', {
    timeout: 15_000,
  });
  await step(page, testInfo, snap, 'seller-wizard-7-published');
});

test('FPS opportunity: FIXED PRICE 0.55 and 0.55 gives $1.00 / $1.10 / $0.10', async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  const authorizationId = await grantNorthwind(baseURL ?? '', 'schedule');
  await openWizard(page, authorizationId);

  // No contract on this opportunity: the wizard starts at Buyers.
  await expect(page.getByRole('heading', { name: 'Buyers', exact: true })).toBeVisible();
  const fps = page.getByLabel(/Enable fixed units and allow buyers to pay/);
  await expect(fps).toBeChecked();
  await expect(fps).toBeDisabled();
  await page.getByLabel('Buyer account IDs').fill(BUYER_713);
  await step(page, testInfo, snap, 'seller-fps-1-buyers');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page.getByRole('heading', { name: 'Pricing' })).toBeVisible();
  await page.getByLabel(/FIXED PRICE/).check();
  await page.getByLabel('Payment 2 from buyer (USD)').fill('0.55');
  await page.getByLabel('Payment 1 from buyer (USD)').fill('0.45');
  await expect(
    page.getByText('The buyer amount must be at least the ISV amount of $0.50'),
  ).toBeVisible();
  await page.getByLabel('Payment 1 from buyer (USD)').fill('0.55');
  const totals = page.getByRole('definition');
  await expect(totals.filter({ hasText: '$1.00' })).toBeVisible();
  await expect(totals.filter({ hasText: '$1.10' })).toBeVisible();
  await expect(totals.filter({ hasText: '$0.10' })).toBeVisible();
  await step(page, testInfo, snap, 'seller-fps-2-pricing');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page.getByRole('heading', { name: 'Documents', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Offer expiration date').fill(utcDate(40));
  await expect(page.getByText(/At most one invoice date can fall on or before/)).toBeVisible();
  await page.getByLabel('Offer expiration date').fill(utcDate(14));
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page.getByRole('heading', { name: 'Review offer' })).toBeVisible();
  await expect(totals.filter({ hasText: '$1.10' })).toBeVisible();
  await step(page, testInfo, snap, 'seller-fps-3-review');
  await page.getByRole('button', { name: 'Extend offer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status:' })).toContainText('Published', {
    timeout: 15_000,
  });
  await snap('seller-fps-4-published');
});
