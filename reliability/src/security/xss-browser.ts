// The stored XSS strings of xss-world.ts, looked at in Chromium (Debian's, as the e2e suite
// runs it) on every page of both consoles that shows them. A page passes when the strings show
// as text, and nothing of them became markup: no dialog, no request for the <img src=x>, no
// element with an on… attribute, inline <script> or javascript: link, no CSP violation (a
// blocked injection is still an injection).
import type { TestClient } from '@offerdesk/api/authz';
import { CHROMIUM_ARGS, findChromium } from '@offerdesk/harness';
import { type BrowserContext, chromium, type Page as PlaywrightPage } from 'playwright-core';
import type { Trials } from './trials';
import type { XssWorld } from './xss-world';

const INJECTED = `(() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      if (name.toLowerCase().startsWith('on')) found.push(el.tagName + ' ' + name);
    }
    if (el.tagName === 'SCRIPT' && !el.getAttribute('src')) found.push('inline script');
    if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push('img src=x');
    if (/^\\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push('javascript: link');
  }
  return found.concat(window.__violations ?? []);
})()`;

// Runs before the page's own scripts: a CSP report is how a blocked injection shows itself.
const WATCH_CSP = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  // zod probes once whether eval is allowed (new Function('')) and parses without it: that
  // report is no injection.
  if (event.blockedURI === 'eval' && event.sample === '') return;
  window.__violations.push('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample);
});`;

/** The stored strings' keys (see xss-world.ts) a page shows as text, inputs included. */
const SHOWN_KEYS = `(() => {
  const text = document.body.innerText + ' ' +
    [...document.querySelectorAll('input, textarea')].map((field) => field.value).join(' ');
  return [...text.matchAll(/alert\\("([^"]+)"\\)/g)].map((match) => match[1]);
})()`;

/** A page, and the stored strings it must show besides the signed-in account's name. */
type Page = { path: string; shows: string[]; choose?: string };
type Visit = { client: TestClient; who: string; pages: Page[] };

function visits(w: XssWorld): Visit[] {
  const accepted = w.acceptedOfferId;
  return [
    {
      client: w.reseller,
      who: 'reseller',
      pages: [
        { path: '/seller/', shows: ['accepted offer'] },
        { path: '/seller/partners', shows: ['product', 'isv account'] },
        { path: '/seller/offers', shows: ['offer', 'accepted offer', 'product'] },
        {
          path: `/seller/offers/${accepted}`,
          shows: ['accepted offer', 'accepted offer document'],
        },
        { path: '/seller/agreements', shows: ['accepted offer', 'isv account'] },
        { path: '/seller/notifications', shows: ['offer'] },
      ],
    },
    {
      client: w.isv,
      who: 'ISV',
      pages: [
        { path: '/seller/products', shows: ['product', 'description'] },
        { path: `/seller/products/${w.productId}`, shows: ['product', 'dim', 'unit'] },
        { path: '/seller/authorizations', shows: ['product', 'reseller'] },
        { path: '/seller/agreements', shows: ['reseller'], choose: 'As ISV (your own amounts)' },
      ],
    },
    {
      client: w.buyer,
      who: 'buyer',
      pages: [
        { path: '/buyer/offers', shows: ['offer', 'reseller'] },
        {
          path: `/buyer/offers/${accepted}`,
          shows: ['accepted offer', 'accepted offer document', 'dim'],
        },
        { path: `/buyer/offers/${w.availableOfferId}`, shows: ['offer', 'isv account', 'unit'] },
        { path: '/buyer/catalog', shows: ['product', 'description'] },
        { path: `/buyer/catalog/${w.productId}`, shows: ['product', 'dim'] },
        { path: '/buyer/agreements', shows: ['accepted offer', 'reseller'] },
        { path: '/buyer/notifications', shows: ['offer', 'product'] },
      ],
    },
  ];
}

/** Polls (Runtime.evaluate, which the page's CSP does not govern) until `keys` all show. */
async function waitUntilShown(page: PlaywrightPage, keys: string[]): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const shown = (await page.evaluate(SHOWN_KEYS).catch(() => [])) as string[];
    const missing = keys.filter((key) => !shown.includes(key));
    if (missing.length === 0 || Date.now() > deadline) return missing;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function signedInContext(context: BrowserContext, baseUrl: string, client: TestClient) {
  await context.addCookies(
    [...client.cookies].map(([name, value]) => ({
      name,
      value: encodeURIComponent(value),
      url: baseUrl,
    })),
  );
  await context.addInitScript({ content: WATCH_CSP });
}

export async function checkStoredXss(trials: Trials, baseUrl: string, world: XssWorld) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const { client, who, pages } of visits(world)) {
      const context = await browser.newContext();
      await signedInContext(context, baseUrl, client);
      const page = await context.newPage();
      const events: string[] = [];
      page.on('dialog', (dialog) => {
        events.push(`dialog "${dialog.message()}"`);
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith('/x')) events.push(`request ${request.url()}`);
      });
      for (const { path, shows, choose } of pages) {
        events.length = 0;
        await page.goto(`${baseUrl}${path}`);
        // The segmented control's radio is visually hidden: click its label, as a user does.
        if (choose) await page.getByText(choose).click({ timeout: 30_000 });
        // A page that never shows the strings proves nothing about them.
        const missing = await waitUntilShown(page, shows);
        await page.waitForLoadState('networkidle');
        const injected = (await page.evaluate(INJECTED)) as string[];
        const problems = [...injected, ...events];
        trials.expect(missing.length === 0, `${path} as ${who} did not show ${missing.join(', ')}`);
        trials.expect(problems.length === 0, `${path} as ${who}: ${problems.join('; ')}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
