// "Expiring in 3 days" (SPEC §10): once the last 72 hours before an offer's expiry instant
// (23:59:59 UTC on its date) begin, its targeted buyers that have not accepted are reminded,
// and the reseller is told in-app. Run by the periodic tick. An offer published inside that
// window is not reminded (its published mail already states the expiry). The reminder's key
// holds the expiration date, so updateExpiration to a new date re-arms it.

import { setTimeout as sleep } from 'node:timers/promises';
import { addDays, todayUtc } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import { insertNotices, type NotificationServices } from './enqueue-notifications';
import { expiringNotices } from './notices';

/**
 * Offers reminded per tick (a minute): 6,000 an hour. A backlog (after downtime, or offers
 * loaded in bulk) drains over minutes instead of in one run: 500 at once, read an offer at a
 * time, kept the server 60–90% busy for 4–5 s while it answered pages (bench profile).
 */
export const REMINDED_OFFERS_PER_TICK = 100;
/**
 * Offers whose reminders are read, rendered and inserted together. A group's statements and
 * the JavaScript between them are one stretch of work for the server's thread and
 * PostgreSQL, and the pages asked for meanwhile wait behind it. Under 500 pages/s (bench
 * world, 2 cores), a group of ten took 25-60 ms from its choice to its insert, and 24-32 pages
 * took over 10 ms in each tick; with groups of five, 5 and 52; groups of two take 12-30 ms,
 * and 1-8 pages did in a calm hour (issue 9). The price is round trips: a group runs five
 * statements, whatever its size.
 */
export const OFFERS_PER_GROUP = 2;
/**
 * The pause between two groups. By default the tick runs in the process that serves the
 * pages. Back to back, ten groups of ten came in one stretch of 150-400 ms, and 16-143 of the
 * pages asked for then took 10-40 ms (bench profile); 50 ms apart, pages run between the
 * groups. A tick of 100 offers in groups of two takes 3.2-3.6 s.
 */
const GROUP_PAUSE_MS = 50;

export async function enqueueExpiryReminders(
  db: Kysely<Database>,
  services: Pick<NotificationServices, 'config'>,
  now: Date,
  perTick = REMINDED_OFFERS_PER_TICK,
): Promise<number> {
  const today = todayUtc(now);
  let created = 0;
  for (let left = perTick; left > 0; left -= OFFERS_PER_GROUP) {
    if (left < perTick) await sleep(GROUP_PAUSE_MS);
    // Chosen group by group, not all at first: an offer cancelled or given a new date while
    // the tick pauses is seen as it is now. A group's reminders, once inserted, take its
    // offers out of the next choice.
    const ids = await offersToRemind(db, today, Math.min(left, OFFERS_PER_GROUP));
    if (ids.length === 0) break;
    const built = await expiringNotices(db, ids, services.config.publicUrl);
    // One statement: a group's reminders are written together or not at all.
    created += (await insertNotices(db, 'offer.expiring', built)).notificationIds.length;
  }
  return created;
}

/** Up to `limit` offers due a reminder today, the soonest to expire first. */
async function offersToRemind(db: Kysely<Database>, today: string, limit: number) {
  const offers = await db
    .selectFrom('offers')
    .select('offers.id')
    .where('offers.status', '=', 'PUBLISHED')
    .where('offers.expiration_date', '>=', today)
    .where('offers.expiration_date', '<=', addDays(today, 2))
    // Published before the window opened: 00:00 UTC two days before the expiration date.
    .where(
      'offers.published_at',
      '<',
      sql<Date>`((offers.expiration_date - 2)::timestamp AT TIME ZONE 'UTC')`,
    )
    // Someone to remind: a targeted buyer without an agreement. An offer every buyer has
    // accepted gets no notice at all (SPEC §10), so nothing would mark it done, and without
    // this it came back every tick, first in line, ahead of the offers still to remind.
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('offer_buyers')
          .select('offer_buyers.buyer_account_id')
          .whereRef('offer_buyers.offer_id', '=', 'offers.id')
          .where((buyer) =>
            buyer.not(
              buyer.exists(
                buyer
                  .selectFrom('agreements')
                  .select('agreements.id')
                  .whereRef('agreements.offer_id', '=', 'offers.id')
                  .whereRef('agreements.buyer_account_id', '=', 'offer_buyers.buyer_account_id'),
              ),
            ),
          ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notifications')
            .select('notifications.id')
            .whereRef(
              'notifications.dedupe_key',
              '=',
              sql<string>`'offer.expiring:' || offers.id || ':' || offers.expiration_date::text || ':' || offers.reseller_account_id || ':reseller'`,
            ),
        ),
      ),
    )
    .orderBy('offers.expiration_date')
    .limit(limit)
    .execute();
  return offers.map((offer) => offer.id);
}
