// A custom reseller contract (SPEC §4, §7): the ISV uploads its own PDF and attaches it to an
// authorization; the reseller opens it at the wizard's contract step, and the ISV from its
// Resale authorizations list, both getting the very bytes uploaded.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { expect, signIn, signOut, test } from '../support/fixtures';
import { CLOUD_MIGRATION, NORTHWIND, signedInApi, utcDate } from '../support/seller-api';
import { tinyPdf } from '../support/tiny-pdf';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

test('the reseller and the ISV download the custom contract of an authorization', async ({
  page,
  snap,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const marker = `Acme custom reseller terms ${testInfo.project.name} ${Date.now()}`;
  const fileName = `${marker}.pdf`;
  const contract = tinyPdf(marker);
  const acme = await signedInApi(baseURL ?? '', 'acme@example.com');
  const uploaded = await acme.upload<{ sha256: string }>(
    '/files/authorizations/contract',
    fileName,
    contract,
  );
  expect(uploaded.sha256).toBe(sha256(contract));
  const { authorizationId } = await acme.mutate<{ authorizationId: string }>(
    'isv.authorizations.create',
    {
      productId: CLOUD_MIGRATION,
      resellerAccountId: NORTHWIND,
      buyerAccountIds: [],
      pricing: { kind: 'discount', discountPpm: 155_000 },
      contract: { kind: 'custom', sha256: uploaded.sha256, fileName },
      availability: { kind: 'until_date', expiresOn: utcDate(90) },
    },
  );
  await acme.dispose();

  // Northwind: the wizard's first step, before accepting, offers the contract to read.
  await page.goto('/seller/partners');
  await signIn(page, 'Seller console', 'northwind@example.com');
  await page.getByRole('button', { name: new RegExp(`Create offer .*${authorizationId}`) }).click();
  await expect(page.getByRole('heading', { name: 'Accept the reseller contract' })).toBeVisible();
  const link = page.getByRole('link', { name: `Download the contract: ${fileName} (PDF)` });
  await expect(link).toHaveAttribute(
    'href',
    `/files/authorizations/${authorizationId}/contract.pdf`,
  );
  await expectNoSeriousA11yViolations(page, testInfo, 'wizard custom contract');
  await snap('seller-wizard-custom-contract');
  const forReseller = await downloadFrom(page, () => link.click());
  expect(forReseller.suggestedFilename()).toBe(fileName);
  const resellerPath = await forReseller.path();
  expect(sha256(readFileSync(resellerPath))).toBe(uploaded.sha256);
  expect(execFileSync('pdftotext', [resellerPath, '-'], { encoding: 'utf8' })).toContain(marker);

  // Acme: its Resale authorizations list links the same contract.
  await signOut(page, 'Seller console');
  await page.goto('/seller/authorizations');
  await signIn(page, 'Seller console', 'acme@example.com');
  const row = page.getByRole('row', { name: new RegExp(authorizationId) });
  await expect(row).toContainText('Custom reseller contract');
  const forIsv = await downloadFrom(page, () =>
    row.getByRole('link', { name: `Download the contract of ${authorizationId}` }).click(),
  );
  expect(forIsv.suggestedFilename()).toBe(fileName);
  expect(sha256(readFileSync(await forIsv.path()))).toBe(uploaded.sha256);
  await expectNoSeriousA11yViolations(page, testInfo, 'authorizations with contract links');
  await snap('seller-isv-authorization-contract');
});
