// The spa entry (issue 9): what each console's browser downloads, from Chromium's network
// log, from the sign-in page until the main page is interactive (the seller's Manage offers;
// the buyer's offer page opened from its link), and the entry chunk alone; JS only, gzipped.
// "Interactive": the page's controls are rendered (Manage offers' list and filters; the
// offer's Accept form) and the network has been quiet for 500 ms, so whatever the page loads
// on its own once it is shown (lazy chunks, pdf.js where the viewer is in view) counts.
// Needs the built consoles (`pnpm bench` builds them first). Targets: ≤ 200 KB until
// interactive and ≤ 150 KB entry, for each console.
import { DEMO_PASSWORD } from '@offerdesk/db';
import { startServerProcess } from '@offerdesk/harness';
import type { Browser, Page } from 'playwright-core';
import { freshDatabase } from './database';
import { atMost, type BenchEntry, type Check } from './entry';
import type { BenchEnv } from './env';
import { launchChromium } from './spa/chromium';
import { DEMO_BUYER, extendDemoOffer } from './spa/demo-offer';
import { recordScripts, sumGzip } from './spa/js-sizes';

export const SPA_TARGETS = { initialKbGz: 200, entryKbGz: 150 };

export type SpaFigures = {
  sellerInitialKbGz: number;
  buyerInitialKbGz: number;
  sellerEntryKbGz: number;
  buyerEntryKbGz: number;
};

type Sizes = { initialKbGz: number; entryKbGz: number };

async function signIn(page: Page, consoleName: string, email: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: `Sign in to the ${consoleName}` }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens `path` in a fresh browser context, runs `reach`, and sizes the scripts it loaded. */
async function measure(
  browser: Browser,
  url: string,
  reach: (page: Page) => Promise<void>,
): Promise<Sizes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const log = recordScripts(page);
    await page.goto(url);
    await reach(page);
    await page.waitForLoadState('networkidle');
    const { scripts, entry, report } = await log.read();
    // The per-file lines stay out of the log: the last two say what the figures are.
    console.log(report.split('\n').slice(-2).join('\n').replace(/^/gm, '    '));
    if (!entry) throw new Error(`no entry chunk among the scripts of ${url}`);
    return { initialKbGz: sumGzip(scripts) / 1024, entryKbGz: entry.gzipBytes / 1024 };
  } finally {
    await context.close();
  }
}

async function manageOffers(page: Page): Promise<void> {
  await signIn(page, 'Seller console', 'northwind@example.com');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Manage offers' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Manage offers' }).waitFor();
  await page.getByLabel('Status').waitFor();
  await page.getByText(/Loading your offers/).waitFor({ state: 'detached' });
}

async function offerPage(page: Page): Promise<void> {
  await signIn(page, 'Buyer console', DEMO_BUYER.email);
  await page.getByRole('heading', { level: 1, name: 'Private offer' }).waitFor();
  await page.getByRole('button', { name: 'Accept offer' }).waitFor();
}

export const spaEntry: BenchEntry<'spa', SpaFigures, BenchEnv> = {
  key: 'spa',
  run: async (env) => {
    const database = await freshDatabase(env, 'spa');
    const server = await startServerProcess({
      env: { ...database.serverEnv, DEMO_DATA: 'true' },
    }).catch(async (error) => {
      await database.remove();
      throw error;
    });
    let browser: Browser | null = null;
    try {
      const offerId = await extendDemoOffer(server.baseUrl);
      browser = await launchChromium(env.chromiumPath);
      console.log('  seller, sign-in → Manage offers:');
      const seller = await measure(browser, `${server.baseUrl}/seller/`, manageOffers);
      console.log('  buyer, offer link → sign-in → offer page:');
      const buyer = await measure(browser, `${server.baseUrl}/buyer/offers/${offerId}`, offerPage);
      const round1 = (n: number) => Math.round(n * 10) / 10;
      const figures: SpaFigures = {
        sellerInitialKbGz: round1(seller.initialKbGz),
        buyerInitialKbGz: round1(buyer.initialKbGz),
        sellerEntryKbGz: round1(seller.entryKbGz),
        buyerEntryKbGz: round1(buyer.entryKbGz),
      };
      const kb = ' KB';
      const checks: Check[] = [
        atMost(
          'seller JS until interactive',
          figures.sellerInitialKbGz,
          SPA_TARGETS.initialKbGz,
          kb,
        ),
        atMost('seller entry chunk', figures.sellerEntryKbGz, SPA_TARGETS.entryKbGz, kb),
        atMost('buyer JS until interactive', figures.buyerInitialKbGz, SPA_TARGETS.initialKbGz, kb),
        atMost('buyer entry chunk', figures.buyerEntryKbGz, SPA_TARGETS.entryKbGz, kb),
      ];
      return { figures, checks };
    } finally {
      await browser?.close();
      await server.stop();
      await database.remove();
    }
  },
};
