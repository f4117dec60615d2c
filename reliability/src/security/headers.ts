// SPEC §12 security headers on the served SPAs: each console's page, a deep link the SPA's
// router answers, and a built script carry a strict Content-Security-Policy (scripts only from
// our origin, no framing), X-Frame-Options, nosniff and a Referrer-Policy; over https, HSTS.
// The path-traversal probes must not leave the dist folder.
import type { Trials } from './trials';

const PAGES = ['/seller/', '/buyer/', '/seller/offers/offer-aaaaaaaaaaaaa', '/buyer/catalog'];

function expectPageHeaders(trials: Trials, url: string, headers: Headers) {
  const csp = headers.get('content-security-policy') ?? '';
  trials.expect(/script-src 'self'(;|$)/.test(csp), `${url}: CSP script-src in "${csp}"`);
  trials.expect(csp.includes("frame-ancestors 'none'"), `${url}: CSP frame-ancestors in "${csp}"`);
  trials.expect(
    csp.includes("object-src 'self'") || csp.includes("object-src 'none'"),
    `${url}: CSP object-src in "${csp}"`,
  );
  trials.expect(
    headers.get('x-frame-options') === 'DENY',
    `${url}: X-Frame-Options ${headers.get('x-frame-options')}`,
  );
  trials.expect(
    headers.get('x-content-type-options') === 'nosniff',
    `${url}: X-Content-Type-Options ${headers.get('x-content-type-options')}`,
  );
  trials.expect(headers.has('referrer-policy'), `${url}: no Referrer-Policy`);
}

export async function checkSpaHeaders(trials: Trials, baseUrl: string, https: boolean) {
  for (const path of PAGES) {
    const response = await fetch(`${baseUrl}${path}`);
    const html = await response.text();
    trials.expect(
      response.status === 200 && html.includes('<div id="root">'),
      `${path}: ${response.status} without the SPA's page (are the SPAs built?)`,
    );
    expectPageHeaders(trials, path, response.headers);
    if (https) {
      const hsts = response.headers.get('strict-transport-security') ?? '';
      trials.expect(/max-age=\d{7,}/.test(hsts), `${path}: Strict-Transport-Security "${hsts}"`);
    }
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    if (path.endsWith('/') && script) {
      const asset = await fetch(new URL(script, `${baseUrl}${path}`));
      await asset.arrayBuffer();
      trials.expect(
        /javascript/.test(asset.headers.get('content-type') ?? '') &&
          asset.headers.get('x-content-type-options') === 'nosniff',
        `${script}: ${asset.headers.get('content-type')}, nosniff ${asset.headers.get('x-content-type-options')}`,
      );
    }
  }
  for (const path of ['/seller/..%2f..%2fpackage.json', '/buyer/%2e%2e/%2e%2e/package.json']) {
    const response = await fetch(`${baseUrl}${path}`);
    const text = await response.text();
    trials.expect(!text.includes('"name": "offerdesk"'), `${path} served a file outside dist`);
  }
}
