// Chromium for the spa entry: Debian's, driven by Playwright's library, launched as the e2e
// suite launches it.
import { CHROMIUM_ARGS, findChromium } from '@offerdesk/harness';
import { type Browser, chromium } from 'playwright-core';

/** `path`: CHROMIUM_PATH, when set. */
export function launchChromium(path: string | null): Promise<Browser> {
  return chromium.launch({ executablePath: path ?? findChromium(), args: CHROMIUM_ARGS });
}
