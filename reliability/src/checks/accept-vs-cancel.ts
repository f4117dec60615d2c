// accept-vs-cancel (issue 8): the buyer's accept and the reseller's cancel of one offer sent
// at the same moment, 100 times on 100 offers → an agreement exists exactly when the accept
// committed first, and never on an offer cancelled before. Both transactions stamp their time
// (accepted_at, cancelled_at) with clock_timestamp() while holding the offer's row lock
// (buyer/accept-offer.ts, offers/offer-lifecycle.ts), so the stamps order them as they
// committed. A jitter of a few milliseconds on either side makes both orders happen.
import { type ServerProcess, startServerProcess } from '@offerdesk/harness';
import type { Check } from '../check';
import { auditOffers } from '../support/offer-audit';
import {
  acceptInput,
  agreementIdOf,
  createBuyers,
  errorCodeOf,
  openCheckDatabase,
  publishOffers,
  seedMarket,
  signIn,
} from '../support/offer-market';
import { inPool, sleep } from '../support/waiting';

const TRIALS = 100;

export const acceptVsCancelCheck: Check = {
  name: 'accept-vs-cancel',
  async run({ adminUrl, log }) {
    const database = await openCheckDatabase(adminUrl, 'rel_accept_cancel');
    let server: ServerProcess | null = null;
    try {
      const { db } = database;
      const market = await seedMarket(db);
      const [buyerAccount] = await createBuyers(db, 1);
      if (!buyerAccount) throw new Error('no buyer');
      server = await startServerProcess({
        env: { DATABASE_URL: database.url, DEMO_DATA: 'false' },
      });
      const reseller = await signIn(server.baseUrl, market.reseller);
      const buyer = await signIn(server.baseUrl, buyerAccount);
      const offerIds = await publishOffers(reseller, market, db, TRIALS, [buyerAccount.accountId]);

      const failures: string[] = [];
      const acceptedBy = new Map<string, string[]>();
      let acceptFirst = 0;
      await inPool(offerIds, 4, async (offerId) => {
        const input = await acceptInput(buyer, offerId);
        // Up to 4 ms head start for one side or the other.
        const jitter = Math.floor(Math.random() * 9) - 4;
        const [accept, cancel] = await Promise.all([
          sleep(Math.max(0, jitter)).then(() =>
            buyer.mutateOnFreshConnection('buyer.offers.accept', input),
          ),
          sleep(Math.max(0, -jitter)).then(() =>
            reseller.mutateOnFreshConnection('offers.cancel', { offerId }),
          ),
        ]);
        const offer = await db
          .selectFrom('offers')
          .select(['status', 'cancelled_at'])
          .where('id', '=', offerId)
          .executeTakeFirstOrThrow();
        const agreements = await db
          .selectFrom('agreements')
          .select(['id', 'accepted_at'])
          .where('offer_id', '=', offerId)
          .execute();
        const agreement = agreements[0];
        acceptedBy.set(offerId, agreement ? [buyerAccount.accountId] : []);
        const problems: string[] = [];
        // Cancel applies to a PUBLISHED offer whether or not someone accepted it.
        if (cancel.status !== 200) problems.push(`cancel answered ${cancel.status}`);
        if (offer.status !== 'CANCELLED' || !offer.cancelled_at) problems.push(`${offer.status}`);
        if (agreements.length > 1) problems.push(`${agreements.length} agreements`);
        if (agreement && offer.cancelled_at) {
          acceptFirst++;
          if (agreement.accepted_at >= offer.cancelled_at) {
            problems.push(
              `agreement accepted at ${agreement.accepted_at.toISOString()}, after the cancel at ${offer.cancelled_at.toISOString()}`,
            );
          }
          if (agreementIdOf(accept) !== agreement.id) {
            problems.push(`accept answered ${accept.status}, yet agreement ${agreement.id} exists`);
          }
        } else if (!agreement) {
          // The cancel committed first: the accept must say so, not fail otherwise.
          if (accept.status !== 412 || errorCodeOf(accept) !== 'PRECONDITION_FAILED') {
            problems.push(
              `no agreement, and accept answered ${accept.status} ${JSON.stringify(accept.body).slice(0, 200)}`,
            );
          }
        }
        if (problems.length > 0) failures.push(`${offerId}: ${problems.join('; ')}`);
      });
      failures.push(
        ...(await auditOffers(database.handle, offerIds, { status: 'CANCELLED', acceptedBy })),
      );
      log(
        `accept committed first ${acceptFirst} times, cancel first ${TRIALS - acceptFirst} times`,
      );
      return { trials: offerIds.length, failures };
    } finally {
      await server?.kill();
      await database.drop();
    }
  },
};
