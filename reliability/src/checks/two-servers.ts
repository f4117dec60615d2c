// two-servers (issue 8): two ROLE=web and two ROLE=worker processes on one PostgreSQL
// database, as SPEC §13 scales out; 200 offers drafted, extended and accepted with every call
// alternating between the two web processes (a session made on one is used on the other) →
// no duplicate job effect (one PDF, one notification per recipient and event, one mail per
// Message-ID, one agreement per buyer) and no lost offer. Both workers must have published.
import { startSmtpServer } from '@offerdesk/api/test-smtp-server';
import { type ServerProcess, startServerProcess } from '@offerdesk/harness';
import type { Check } from '../check';
import { allDelivered, auditDelivery, auditOffers, orphanDocuments } from '../support/offer-audit';
import {
  acceptInput,
  agreementIdOf,
  createBuyers,
  draftOffer,
  extendOffer,
  openCheckDatabase,
  sameSessionOn,
  seedMarket,
  signIn,
} from '../support/offer-market';
import { inPool, seconds, waitFor } from '../support/waiting';

const OFFERS = 200;
const BUYERS = 10;

/** How many offers a worker's log says it published (its info line per publish job). */
function publishedBy(worker: ServerProcess): number {
  return worker
    .output()
    .split('\n')
    .filter((line) => /"outcome":"published".*"msg":"publish-offer"/.test(line)).length;
}

export const twoServersCheck: Check = {
  name: 'two-servers',
  async run({ adminUrl, log }) {
    const database = await openCheckDatabase(adminUrl, 'rel_two_servers');
    const smtp = await startSmtpServer();
    const processes: ServerProcess[] = [];
    try {
      const { db } = database;
      const market = await seedMarket(db);
      const buyerAccounts = await createBuyers(db, BUYERS);
      const env = { DATABASE_URL: database.url, DEMO_DATA: 'false', SMTP_URL: smtp.url };
      // All four start at once, as a deployment rolls out. Workers log each job (info).
      const roles = ['web', 'web', 'worker', 'worker'];
      const starts = await Promise.allSettled(
        roles.map((role) =>
          startServerProcess({
            env: { ...env, ROLE: role, LOG_LEVEL: role === 'worker' ? 'info' : 'warn' },
            waitForHealth: role === 'web',
          }),
        ),
      );
      for (const start of starts) if (start.status === 'fulfilled') processes.push(start.value);
      const [webA, webB, workerC, workerD] = processes;
      if (!webA || !webB || !workerC || !workerD) throw new Error('a process did not start');
      const resellerA = await signIn(webA.baseUrl, market.reseller);
      const resellerB = sameSessionOn(resellerA, webB.baseUrl);
      const buyers = await Promise.all(
        buyerAccounts.map(async (account) => {
          const onA = await signIn(webA.baseUrl, account);
          return { accountId: account.accountId, onA, onB: sameSessionOn(onA, webB.baseUrl) };
        }),
      );

      const started = Date.now();
      const failures: string[] = [];
      const acceptedBy = new Map<string, string[]>();
      const offerIds = await inPool(Array.from({ length: OFFERS }), 8, async (_, index) => {
        // Even offers start on A, odd ones on B; each next call goes to the other process.
        const [first, second] = index % 2 === 0 ? [resellerA, resellerB] : [resellerB, resellerA];
        const buyer = buyers[index % BUYERS];
        if (!buyer) throw new Error('no buyer');
        const [buyerFirst, buyerSecond] =
          index % 2 === 0 ? [buyer.onB, buyer.onA] : [buyer.onA, buyer.onB];
        const offerId = await draftOffer(first, market, [buyer.accountId], second);
        await extendOffer(first, offerId);
        const input = await waitFor(
          `${offerId} to be published`,
          () => acceptInput(buyerSecond, offerId).catch(() => null),
          120_000,
          100,
        );
        // Accepted on one process, then again (a retry, a second tab) on the other.
        const accepted = await buyerFirst.mutateOnFreshConnection('buyer.offers.accept', input);
        const again = await buyerSecond.mutateOnFreshConnection('buyer.offers.accept', input);
        const ids = [agreementIdOf(accepted), agreementIdOf(again)];
        if (!ids[0] || ids[0] !== ids[1]) {
          failures.push(
            `${offerId}: accepts answered ${accepted.status} and ${again.status}, agreements ${ids}`,
          );
        }
        acceptedBy.set(offerId, [buyer.accountId]);
        return offerId;
      });
      const flowed = Date.now() - started;
      await waitFor(
        'every mail delivered',
        () => allDelivered(database.handle, offerIds, smtp.received),
        180_000,
        250,
      );

      failures.push(
        ...(await auditOffers(database.handle, offerIds, { status: 'PUBLISHED', acceptedBy })),
      );
      failures.push(...(await orphanDocuments(database.handle)));
      const delivery = await auditDelivery(database.handle, offerIds, smtp.received);
      failures.push(...delivery.failures);
      const stored = await db.selectFrom('offers').select('id').execute();
      if (stored.length !== OFFERS) failures.push(`${stored.length} offers stored, ${OFFERS} made`);
      const [byC, byD] = [publishedBy(workerC), publishedBy(workerD)];
      if (byC === 0 || byD === 0) failures.push(`one worker published nothing (${byC}, ${byD})`);
      if (byC + byD !== OFFERS) failures.push(`the workers published ${byC + byD} times`);
      log(
        `${OFFERS} offers extended and accepted across two web processes in ${seconds(flowed)}; workers published ${byC} + ${byD}; ${delivery.messages} mails, ${smtp.received.length} received`,
      );
      return { trials: OFFERS, failures };
    } finally {
      for (const server of processes) await server.kill();
      await smtp.stop();
      await database.drop();
    }
  },
};
