// Throttling from the database, so it holds across server processes: at most `perAccount`
// counted attempts per email and `perIp` per client address in the window, per action.
// Sign-in counts its failures; sign-up and password-reset requests count every request (each
// costs a password hash or sends mail, whether or not it succeeds).
import type { Database, Kysely, ThrottledAction } from '@offerdesk/db';
import { sql } from 'kysely';
import type { ApiConfig } from '../config';
import { AppError } from '../errors';

type Limits = ApiConfig['loginLimits'];

const TOO_MANY: Record<ThrottledAction, string> = {
  'sign-in': 'Too many failed sign-in attempts.',
  'sign-up': 'Too many sign-up attempts.',
  'password-reset': 'Too many password reset requests.',
};

export async function assertAllowed(
  db: Kysely<Database>,
  action: ThrottledAction,
  who: { email: string; ip: string },
  limits: Limits,
) {
  const { email, ip } = who;
  const counts = await db
    .selectFrom('login_failures')
    .select([
      sql<number>`count(*) FILTER (WHERE email = ${email})`.as('byEmail'),
      sql<number>`count(*) FILTER (WHERE ip = ${ip})`.as('byIp'),
    ])
    .where('kind', '=', action)
    .where(sql<boolean>`failed_at > now() - make_interval(mins => ${limits.windowMinutes})`)
    .where((eb) => eb.or([eb('email', '=', email), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  if (Number(counts.byEmail) >= limits.perAccount || Number(counts.byIp) >= limits.perIp) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `${TOO_MANY[action]} Try again in ${limits.windowMinutes} minutes.`,
    );
  }
}

export async function recordAttempt(
  db: Kysely<Database>,
  action: ThrottledAction,
  who: { email: string; ip: string },
) {
  await db
    .insertInto('login_failures')
    .values({ kind: action, email: who.email, ip: who.ip })
    .execute();
}
