// The every-minute calendar tick: registered as a pg-boss schedule, and each run issues due
// installments, pays out due disbursements and sends expiry reminders — idempotently.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { startTestApi } from '../testing';
import { runCalendarTick } from './calendar-tick';
import { reconcileLedger } from './reconcile';
import { acceptOffer, publishOfferDirectly, type TestSeller } from './test-fixtures';

// The tick acts on every due row in the database: this file gets a database of its own.
const t = await startTestApi({}, { isolatedDatabase: true });

describe(`calendar tick (${t.handle.kind})`, () => {
  it('is scheduled every minute in pg-boss', async () => {
    const rows = await sql<{ name: string; cron: string }>`
      SELECT name, cron FROM pgboss.schedule WHERE name = 'calendar-tick'`.execute(t.handle.db);
    expect(rows.rows).toEqual([{ name: 'calendar-tick', cron: '* * * * *' }]);
  });

  it('issues, pays out and reminds when the date comes, and does nothing twice', async () => {
    const offer = await publishOfferDirectly(t, {
      authorization: {
        kind: 'schedule',
        quantity: 1,
        installments: [
          { invoiceDate: '2032-03-01', isvCents: 10_000 },
          { invoiceDate: '2032-04-01', isvCents: 10_000 },
        ],
      },
      pricing: { mode: 'MARKUP', markupPpm: 200_000 },
      buyers: 2,
      expirationDate: '2032-03-20',
      publishedAt: new Date('2032-02-01T00:00:00Z'),
    });
    const [payer, pending] = offer.buyers as [TestSeller, TestSeller];
    await acceptOffer(t, offer, payer, '2032-02-15T12:00:00Z');
    const tick = (at: string) => runCalendarTick(t.api.services, new Date(at));
    const ids = (await payer.client.trpc.buyer.invoices.list.query()).items.map((i) => i.id);

    expect(await tick('2032-02-29T23:59:59Z')).toEqual({ issued: 0, paidOut: 0, reminders: 0 });
    expect(await tick('2032-03-01T00:00:00Z')).toMatchObject({ issued: 1 });
    expect(await tick('2032-03-01T00:01:00Z')).toMatchObject({ issued: 0 });
    const march = await t.handle.db
      .selectFrom('invoices')
      .select(['status', 'issued_at'])
      .where('id', '=', ids[1] ?? '')
      .executeTakeFirstOrThrow();
    expect(march.status).toBe('DUE');
    expect(new Date(march.issued_at ?? 0).toISOString()).toBe('2032-03-01T00:00:00.000Z');

    t.setClock(fixedClock('2032-03-02T10:00:00Z'));
    await payer.client.trpc.buyer.invoices.pay.mutate({ invoiceId: ids[1] ?? '' });
    t.setClock(null);
    // The last 72 hours before expiry begin on 2032-03-18: the buyer that has not accepted
    // is reminded (and the reseller in-app), once.
    expect(await tick('2032-03-17T23:59:59Z')).toMatchObject({ reminders: 0 });
    expect(await tick('2032-03-18T00:00:00Z')).toMatchObject({ reminders: 2 });
    expect(await tick('2032-03-18T00:01:00Z')).toMatchObject({ reminders: 0 });
    // Default preference, monthly on the 1st: both disbursements on 2032-04-01, when the
    // second installment is issued too.
    expect(await tick('2032-03-31T23:59:00Z')).toMatchObject({ paidOut: 0 });
    expect(await tick('2032-04-01T00:00:00Z')).toEqual({ issued: 1, paidOut: 2, reminders: 0 });
    const reminders = await t.handle.db
      .selectFrom('notifications')
      .select(['recipient_account_id', 'audience'])
      .where('offer_id', '=', offer.offerId)
      .where('event', '=', 'offer.expiring')
      .execute();
    expect(reminders.map((r) => [r.recipient_account_id, r.audience]).sort()).toEqual(
      [
        [pending.accountId, 'BUYER'],
        [offer.reseller.accountId, 'RESELLER'],
      ].sort(),
    );
  });

  it('reconciles every agreement of this suite', async () => {
    const result = await reconcileLedger(t.handle.db, t.api.services.config.listingFeePpm);
    expect(result.problems).toEqual([]);
  });
});
