// A repeated accept that queued behind the first one for the offer row's lock answers with
// the first one's agreement, whatever it sent (SPEC §5). PostgreSQL only: the queue order is
// made deterministic by holding the lock and watching the two accepts wait for it in turn.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { acceptInput, createPublishedOffer } from '../testing/published-offer';

const t = await startTestApi();
const db = t.handle.db;

/** The backends (`count` at least) waiting on a lock held by one of `holders`. */
async function waiting(holders: number[], count: number): Promise<number[]> {
  for (let tries = 0; tries < 500; tries++) {
    const { rows } = await sql<{ pid: number }>`
      SELECT pid FROM pg_stat_activity
      WHERE pg_blocking_pids(pid) && ${sql.val(holders)}::int[] AND NOT pid = ANY(${sql.val(holders)}::int[])`.execute(
      db,
    );
    if (rows.length >= count) return rows.map((row) => row.pid);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`fewer than ${count} accepts queued for the offer row`);
}

describe(`a repeated accept queued behind the first (${t.handle.kind})`, () => {
  it.runIf(t.handle.kind === 'postgres')(
    'answers the second click, sent without consent, with the agreement the first made',
    async () => {
      const buyer = await t.newAccount();
      const secondTab = await t.signIn(buyer.email);
      const offer = await createPublishedOffer(db, { buyerAccountIds: [buyer.accountId] });
      const input = acceptInput(offer);
      const [first, second] = await db.transaction().execute(async (tx) => {
        await tx
          .selectFrom('offers')
          .select('id')
          .where('id', '=', offer.offerId)
          .forUpdate()
          .execute();
        const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(tx);
        const holder = rows[0]?.pid ?? 0;
        const firstClick = buyer.client.trpc.buyer.offers.accept.mutate(input);
        const [firstPid = 0] = await waiting([holder], 1);
        const secondClick = secondTab.trpc.buyer.offers.accept.mutate({
          ...input,
          eulaConsent: false,
        });
        await waiting([holder, firstPid], 1);
        // Committing releases the lock: the first click takes it, then the second.
        return [firstClick, secondClick] as const;
      });
      const answers = await Promise.all([first, second]);
      expect(answers[1]).toEqual(answers[0]);
      const rows = await db
        .selectFrom('agreements')
        .select('id')
        .where('offer_id', '=', offer.offerId)
        .execute();
      expect(rows.map((row) => row.id)).toEqual([answers[0].id]);
    },
  );
});
