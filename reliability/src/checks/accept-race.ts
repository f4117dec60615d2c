// accept-race (issue 8): a buyer's 100 accepts of one offer, all at once, each on a TCP
// connection of its own (double clicks, tabs, retries, devices) → exactly one agreement, and
// every one of the 100 answers is that agreement. Repeated for 20 offers.
import { type ServerProcess, startServerProcess } from '@offerdesk/harness';
import type { Check } from '../check';
import { auditOffers } from '../support/offer-audit';
import {
  acceptInput,
  agreementIdOf,
  createBuyers,
  openCheckDatabase,
  publishOffers,
  seedMarket,
  signIn,
} from '../support/offer-market';

const OFFERS = 20;
const ACCEPTS = 100;

export const acceptRaceCheck: Check = {
  name: 'accept-race',
  async run({ adminUrl, log }) {
    const database = await openCheckDatabase(adminUrl, 'rel_accept_race');
    let server: ServerProcess | null = null;
    try {
      const market = await seedMarket(database.db);
      const [buyerAccount] = await createBuyers(database.db, 1);
      if (!buyerAccount) throw new Error('no buyer');
      server = await startServerProcess({
        env: { DATABASE_URL: database.url, DEMO_DATA: 'false' },
      });
      const reseller = await signIn(server.baseUrl, market.reseller);
      const buyer = await signIn(server.baseUrl, buyerAccount);
      const offerIds = await publishOffers(reseller, market, database.db, OFFERS, [
        buyerAccount.accountId,
      ]);

      const failures: string[] = [];
      const acceptedBy = new Map<string, string[]>();
      let slowest = 0;
      for (const offerId of offerIds) {
        const input = await acceptInput(buyer, offerId);
        const started = Date.now();
        const answers = await Promise.all(
          Array.from({ length: ACCEPTS }, () =>
            buyer.mutateOnFreshConnection('buyer.offers.accept', input),
          ),
        );
        slowest = Math.max(slowest, Date.now() - started);
        acceptedBy.set(offerId, [buyerAccount.accountId]);
        const connections = new Set(answers.map((answer) => answer.localPort)).size;
        if (connections !== ACCEPTS) failures.push(`${offerId}: only ${connections} connections`);
        const agreementIds = new Set(answers.map(agreementIdOf));
        const refused = answers.filter((answer) => answer.status !== 200);
        if (refused.length > 0) {
          const first = refused[0];
          failures.push(
            `${offerId}: ${refused.length} accepts refused, e.g. ${first?.status} ${JSON.stringify(first?.body).slice(0, 200)}`,
          );
        }
        if (agreementIds.size !== 1) {
          failures.push(`${offerId}: the answers name ${agreementIds.size} different agreements`);
        }
        const stored = await database.db
          .selectFrom('agreements')
          .select('id')
          .where('offer_id', '=', offerId)
          .execute();
        if (stored.length !== 1 || !agreementIds.has(stored[0]?.id ?? '')) {
          failures.push(`${offerId}: ${stored.length} agreements stored, not the one answered`);
        }
      }
      failures.push(
        ...(await auditOffers(database.handle, offerIds, { status: 'PUBLISHED', acceptedBy })),
      );
      log(
        `${OFFERS} offers × ${ACCEPTS} accepts on separate connections; slowest race ${slowest} ms`,
      );
      return { trials: offerIds.length, failures };
    } finally {
      await server?.kill();
      await database.drop();
    }
  },
};
