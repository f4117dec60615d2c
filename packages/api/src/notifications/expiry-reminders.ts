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
 * Offers whose reminders are read, rendered and inserted together. Rendering a group's
 * notices and building their insert hold the server's thread without a break: for all 100 at
 * once about 50 ms, during which the pages being asked for waited (bench profile); for ten, a
 * few ms.
 */
export const OFFERS_PER_GROUP = 10;
/**
 * The pause between two groups. A tick runs in the web's process. Back to back, its ten
 * groups added about 80 ms of work to the thread's 400 ms beside the pages (bench profile: 253
 * ms busy against 175 ms in a window without a tick), and 16-143 of the pages asked for then
 * took 10-40 ms. Paced, a tick of 100 offers takes about half a second longer.
 */
const GROUP_PAUSE_MS = 50;

export async function enqueueExpiryReminders(
  db: Kysely<Database>,
  services: Pick<NotificationServices, 'config'>,
  now: Date,
  perTick = REMINDED_OFFERS_PER_TICK,
): Promise<number> {
  const today = todayUtc(now);
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
    .limit(perTick)
    .execute();
  let created = 0;
  for (let at = 0; at < offers.length; at += OFFERS_PER_GROUP) {
    if (at > 0) await sleep(GROUP_PAUSE_MS);
    const ids = offers.slice(at, at + OFFERS_PER_GROUP).map((offer) => offer.id);
    const built = await expiringNotices(db, ids, services.config.publicUrl);
    // One statement: a group's reminders are written together or not at all.
    created += (await insertNotices(db, 'offer.expiring', built)).notificationIds.length;
  }
  return created;
}
