import { DEMO_PASSWORD, DEMO_USERS } from '@offerdesk/db';
import type { Env } from './env';

export type BannerInput = {
  env: Env;
  /** False for ROLE=worker, which serves no pages. */
  serving: boolean;
  demoMailbox: boolean;
};

/** What a newcomer needs after `pnpm start`: where to click and how to sign in. */
export function formatBanner({ env, serving, demoMailbox }: BannerInput): string {
  const base = env.publicUrl;
  const database = env.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `embedded PGlite in ${env.dataDir}`;
  const lines = [``, `Offerdesk is running (role ${env.role}, ${database})`];
  if (env.clockOffsetDays > 0) {
    lines.push(`  Testing clock: ${env.clockOffsetDays} days ahead (CLOCK_OFFSET_DAYS)`);
  }
  if (serving) {
    lines.push(`  Seller console: ${base}/seller/`, `  Buyer console:  ${base}/buyer/`);
    if (demoMailbox) lines.push(`  Dev mailbox:    ${base}/mail`);
  } else {
    lines.push('  Worker only: no HTTP server in this process.');
  }
  if (env.demoData) {
    lines.push(``, `Demo logins (password "${DEMO_PASSWORD}"):`);
    const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
    for (const user of DEMO_USERS) {
      lines.push(`  ${user.email.padEnd(width)}  ${user.accountId}  ${user.accountName}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}
