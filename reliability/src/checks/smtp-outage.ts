// smtp-outage (issue 8): the SMTP server is down while 50 offers publish (two buyers each,
// so 100 mails), every mail is tried and fails, then the server comes back → every mail is
// delivered exactly once, counted by Message-ID at the server, by the queue's own retries.
import { startSmtpServer } from '@offerdesk/api/test-smtp-server';
import { type ServerProcess, startServerProcess } from '@offerdesk/harness';
import type { Check } from '../check';
import { allDelivered, auditDelivery, auditOffers } from '../support/offer-audit';
import {
  createBuyers,
  draftOffers,
  extendAll,
  openCheckDatabase,
  seedMarket,
  signIn,
} from '../support/offer-market';
import { seconds, sleep, waitFor } from '../support/waiting';

const PUBLISHES = 50;

export const smtpOutageCheck: Check = {
  name: 'smtp-outage',
  async run({ adminUrl, log }) {
    const database = await openCheckDatabase(adminUrl, 'rel_smtp_outage');
    const smtp = await startSmtpServer();
    let server: ServerProcess | null = null;
    try {
      const { db } = database;
      const market = await seedMarket(db);
      const buyerIds = (await createBuyers(db, 2)).map((buyer) => buyer.accountId);
      server = await startServerProcess({
        env: { DATABASE_URL: database.url, DEMO_DATA: 'false', SMTP_URL: smtp.url },
      });
      const reseller = await signIn(server.baseUrl, market.reseller);

      const offerIds = await draftOffers(reseller, market, PUBLISHES, buyerIds);
      await smtp.stop();
      const down = Date.now();
      await extendAll(reseller, db, offerIds);
      // Down until every mail has been tried and refused at least once.
      await waitFor(
        'every mail to fail once',
        async () => {
          const untried = await db
            .selectFrom('notifications')
            .select('id')
            .where('offer_id', 'in', offerIds)
            .where('audience', '=', 'BUYER')
            .where((eb) =>
              eb.or([eb('email_attempts', '=', 0), eb('email_last_error', 'is', null)]),
            )
            .execute();
          return untried.length === 0;
        },
        180_000,
        250,
      );
      const received = smtp.received.length;
      await smtp.start();
      const up = Date.now();
      log(
        `SMTP down ${seconds(up - down)}: ${PUBLISHES} offers published, ${received} mails got through`,
      );

      const failures: string[] = [];
      // Retries back off (the mail outbox: 5 s doubling): the last ones come a while after.
      await waitFor(
        'every mail to be delivered',
        () => allDelivered(database.handle, offerIds, smtp.received),
        240_000,
        250,
      ).catch((error: Error) => failures.push(error.message));
      const delivered = Date.now() - up;
      // A duplicate would come from a second attempt shortly after the first success.
      await sleep(3_000);
      const attempts = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.max('email_attempts').as('most'))
        .where('offer_id', 'in', offerIds)
        .executeTakeFirstOrThrow();
      if (received > 0) failures.push(`${received} mails were delivered while SMTP was down`);
      const delivery = await auditDelivery(database.handle, offerIds, smtp.received);
      if (delivery.messages !== PUBLISHES * buyerIds.length) {
        failures.push(`${delivery.messages} mails queued, expected ${PUBLISHES * buyerIds.length}`);
      }
      failures.push(...delivery.failures);
      failures.push(...(await auditOffers(database.handle, offerIds, { status: 'PUBLISHED' })));
      log(
        `${delivery.messages} mails delivered within ${seconds(delivered)} of SMTP coming back (at most ${attempts.most} attempts for one)`,
      );
      return { trials: PUBLISHES, failures };
    } finally {
      await server?.kill();
      await smtp.stop();
      await database.drop();
    }
  },
};
