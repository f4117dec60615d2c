// Issue 8, check 9 (SPEC §12) against a real server process on PostgreSQL, plus a second one
// configured as production (https PUBLIC_URL) on the same database: security headers on the
// SPAs, cookie flags and the session's life, CSRF refusals, downloads as nosniff attachments,
// stored XSS inert in both consoles in Chromium, the same answer for an unknown email and a
// wrong password, and the sign-in rate limits (last: they lock this machine's address out).
// Every expectation is a trial. The SPAs must be built; they are when missing.
import { defaultApiConfig, hashPassword } from '@offerdesk/api';
import { buildScenario, TEST_PASSWORD, testWorld } from '@offerdesk/api/authz';
import { createAccount } from '@offerdesk/db/testing';
import { startServerProcess } from '@offerdesk/harness';
import type { Check } from '../check';
import { checkCookieFlags, checkSessionLifecycle } from '../security/cookies';
import { checkCsrf } from '../security/csrf';
import { checkDownloads } from '../security/downloads';
import { checkSpaHeaders } from '../security/headers';
import {
  checkAccountLimit,
  checkAddressLimit,
  checkSameAnswer,
  LoginProbe,
} from '../security/login';
import { ensureSpasBuilt } from '../security/spa-build';
import { Trials } from '../security/trials';
import { checkStoredXss } from '../security/xss-browser';
import { buildXssWorld } from '../security/xss-world';
import { errorLines } from '../support/server-log';
import { startThrowawayServer } from '../support/throwaway-server';

export const securityCheck: Check = {
  name: 'security',
  async run({ adminUrl, log }) {
    const built = await ensureSpasBuilt();
    if (built) log(built);
    const running = await startThrowawayServer(adminUrl, { prefix: 'offerdesk_security' });
    const production = await startServerProcess({
      env: {
        DATABASE_URL: running.databaseUrl,
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://offers.example.test',
        SMTP_URL: 'smtp://127.0.0.1:9', // required in production; ROLE=web sends no mail
        ROLE: 'web',
      },
    });
    const parts: Trials[] = [];
    const part = (topic: string) => {
      const trials = new Trials(topic);
      parts.push(trials);
      return trials;
    };
    try {
      const { baseUrl } = running.server;
      const world = testWorld(baseUrl, running.handle);
      const s = await buildScenario(world);
      const credentials = (email: string) => ({ email, password: TEST_PASSWORD });
      const reseller = credentials(s.accounts.owningReseller.email);

      await checkSpaHeaders(part('SPA headers'), baseUrl, false);
      await checkSpaHeaders(part('SPA headers (production)'), production.baseUrl, true);
      await checkCookieFlags(part('cookies'), baseUrl, reseller, false);
      await checkCookieFlags(part('cookies (production)'), production.baseUrl, reseller, true);
      await checkSessionLifecycle(part('session'), baseUrl, reseller);
      const other = await world.signIn(s.accounts.otherSeller.email);
      await checkCsrf(part('CSRF'), baseUrl, s.clients.owningIsv, other, s.draft.offerId);
      await checkDownloads(part('downloads'), s);
      await checkStoredXss(part('stored XSS'), baseUrl, await buildXssWorld(world));

      // Sign-ins from here on fail on purpose; the accounts they need exist already.
      const probe = new LoginProbe(baseUrl);
      // Hashed at the server's own cost (world.newAccount's are cheap, which would make a wrong
      // password answer faster than an unknown email's decoy hash).
      const serverHash = await hashPassword(TEST_PASSWORD, defaultApiConfig.passwordHashing);
      const victims = await Promise.all(
        Array.from({ length: 8 }, () =>
          createAccount(running.handle.db, { passwordHash: serverHash }),
        ),
      );
      const [limited, bystander, fresh] = await Promise.all(
        Array.from({ length: 3 }, () => world.newAccount()),
      );
      if (!limited || !bystander || !fresh) throw new Error('no accounts');
      await checkSameAnswer(
        part('same answer'),
        probe,
        victims.map((v) => v.email),
      );
      await checkAccountLimit(
        part('rate limit per account'),
        probe,
        credentials(limited.email),
        credentials(bystander.email),
      );
      await checkAddressLimit(part('rate limit per address'), probe, credentials(fresh.email));

      const logs = part('server logs');
      for (const output of [running.server.output(), production.output()]) {
        const errors = errorLines(output);
        logs.expect(errors.length === 0, `error lines: ${errors.join('\n')}`);
      }
    } finally {
      await production.stop();
      await running.close();
    }
    for (const p of parts) {
      log(`${p.topic}: ${p.trials} trials, ${p.failures.length} failed`);
      for (const failure of p.failures) log(`  ✗ ${failure.slice(0, 2000)}`);
    }
    return {
      trials: parts.reduce((sum, p) => sum + p.trials, 0),
      failures: parts.flatMap((p) => p.failures),
    };
  },
};
