// The JavaScript a page downloaded, from Playwright's network log: each script's size as gzip
// (what the server sends; computed from the body because a worker's response reports no wire
// size), and which one is the entry chunk named by index.html. For the bench's spa entry.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export type Script = { name: string; wireBytes: number; gzipBytes: number; rawBytes: number };

type ScriptQuery = { querySelector(selector: string): { src: string } | null };

export type ScriptLog = { scripts: Script[]; entry: Script | undefined; report: string };

async function measure(response: Response): Promise<Script | null> {
  const url = new URL(response.url());
  if (!/\.m?js$/.test(url.pathname) || response.status() !== 200) return null;
  const [sizes, body] = await Promise.all([
    response.request().sizes(),
    response.body().catch(() => null),
  ]);
  return {
    name: url.pathname.split('/').pop() ?? url.pathname,
    wireBytes: sizes.responseBodySize,
    rawBytes: body?.length ?? 0,
    gzipBytes: body ? gzipSync(body).length : sizes.responseBodySize,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const sumGzip = (scripts: Script[]) => scripts.reduce((sum, s) => sum + s.gzipBytes, 0);

/** Starts recording the page's (and its workers') scripts; call `read` once the page is ready. */
export function recordScripts(page: Page): { read: () => Promise<ScriptLog> } {
  const pending: Promise<Script | null>[] = [];
  page.context().on('response', (response) => pending.push(measure(response)));
  return {
    async read() {
      const scripts = (await Promise.all(pending)).filter((s): s is Script => s !== null);
      // Runs in the page; typed by hand because the bench compiles without the DOM library.
      const entryName = await page.evaluate(() => {
        const { document } = globalThis as unknown as { document: ScriptQuery };
        return document.querySelector('script[type="module"]')?.src.split('/').pop() ?? '';
      });
      const entry = scripts.find((s) => s.name === entryName);
      const report = [
        ...scripts.map(
          (s) =>
            `${s.name}: ${kb(s.gzipBytes)} gzip (${kb(s.wireBytes)} on the wire, ${kb(s.rawBytes)} raw)`,
        ),
        `entry chunk ${entryName}: ${kb(entry?.gzipBytes ?? 0)} gzip`,
        `all JS: ${kb(sumGzip(scripts))} gzip in ${scripts.length} files`,
      ].join('\n');
      return { scripts, entry, report };
    },
  };
}
