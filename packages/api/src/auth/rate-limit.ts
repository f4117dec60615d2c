// Login throttling from the database, so it holds across server processes: at most
// `perAccount` failures per email and `perIp` per client address in the window.
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { ApiConfig } from '../config';
import { AppError } from '../errors';

type Limits = ApiConfig['loginLimits'];

export async function assertLoginAllowed(
  db: Kysely<Database>,
  email: string,
  ip: string,
  limits: Limits,
) {
  const counts = await db
    .selectFrom('login_failures')
    .select([
      sql<number>`count(*) FILTER (WHERE email = ${email})`.as('byEmail'),
      sql<number>`count(*) FILTER (WHERE ip = ${ip})`.as('byIp'),
    ])
    .where(sql<boolean>`failed_at > now() - make_interval(mins => ${limits.windowMinutes})`)
    .where((eb) => eb.or([eb('email', '=', email), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  if (counts.byEmail >= limits.perAccount || counts.byIp >= limits.perIp) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Too many failed sign-in attempts. Try again in ${limits.windowMinutes} minutes.`,
    );
  }
}

export async function recordLoginFailure(db: Kysely<Database>, email: string, ip: string) {
  await db.insertInto('login_failures').values({ email, ip }).execute();
}
