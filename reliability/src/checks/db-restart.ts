// db-restart (issue 8): PostgreSQL stopped (`pg_ctl stop -m fast`, which cuts every
// connection) and started again while requests flow → the server answers 503 while the
// database is away, never 500 and never hangs; it answers again without being restarted; the
// job worker picks up again; and no offer or agreement is left inconsistent. The database is a
// private cluster made for this check, never the shared server.
import {
  type PrivatePostgres,
  type ServerProcess,
  startPrivatePostgres,
  startServerProcess,
} from '@offerdesk/harness';
import type { Check } from '../check';
import { auditOffers, orphanDocuments } from '../support/offer-audit';
import {
  type CheckDatabase,
  createBuyers,
  openCheckDatabase,
  publishOffers,
  seedMarket,
  signIn,
  waitForStatus,
  withPdfHashes,
} from '../support/offer-market';
import { type Answer, startTraffic } from '../support/traffic';
import { seconds, sleep, waitFor } from '../support/waiting';

const LANES = 4;
const OUTAGE_MS = 6_000;
/** After the first answer that proves recovery, 503s may trail (requests begun earlier). */
const SETTLE_MS = 3_000;

type Timeline = { down: number; up: number };

function judgeAnswers(answers: Answer[], timeline: Timeline) {
  const failures: string[] = [];
  const unavailable = answers.filter((answer) => answer.status === 503);
  const wrong = answers.filter((answer) => answer.status !== 200 && answer.status !== 503);
  for (const answer of wrong.slice(0, 10)) {
    failures.push(`${answer.op} answered ${answer.status} at +${answer.at - timeline.down} ms`);
  }
  if (wrong.length > 10) failures.push(`… ${wrong.length - 10} more answers neither 200 nor 503`);
  if (unavailable.length === 0) failures.push('no 503 while the database was down');
  const recovered = answers.find((answer) => answer.at > timeline.up && answer.status === 200);
  if (!recovered) failures.push('no answer succeeded after the database came back');
  const settled = (recovered?.at ?? Number.POSITIVE_INFINITY) + SETTLE_MS;
  const late = unavailable.filter((answer) => answer.at > settled);
  if (late.length > 0) failures.push(`${late.length} answers were 503 well after the recovery`);
  const early = unavailable.filter((answer) => answer.at < timeline.down);
  if (early.length > 0) failures.push(`${early.length} answers were 503 before the outage`);
  return {
    failures,
    unavailable: unavailable.length,
    recoveredAfter: (recovered?.at ?? 0) - timeline.up,
  };
}

/** Every agreement an accept answered with exists; offers are PUBLISHED or untouched drafts. */
async function judgeRows(
  database: CheckDatabase,
  offerIds: string[],
  accepted: { agreementId: string }[],
) {
  const failures: string[] = [];
  const agreements = await database.db.selectFrom('agreements').select('id').execute();
  const stored = new Set(agreements.map((row) => row.id));
  const lost = accepted.filter((answer) => !stored.has(answer.agreementId));
  if (lost.length > 0) failures.push(`${lost.length} agreements answered but not stored`);
  // A draft whose extend failed stays a draft, with no trace of an extend.
  const drafts = await database.db
    .selectFrom('offers')
    .leftJoin('offer_events', (join) =>
      join
        .onRef('offer_events.offer_id', '=', 'offers.id')
        .on('offer_events.kind', '=', 'extended'),
    )
    .select(['offers.id', 'offers.status', 'offer_events.id as extendedEvent'])
    .where('offers.status', '!=', 'PUBLISHED')
    .execute();
  for (const draft of drafts) {
    if (draft.status !== 'DRAFT' || draft.extendedEvent) {
      failures.push(
        `${draft.id}: ${draft.status}${draft.extendedEvent ? ' with an extend event' : ''}`,
      );
    }
  }
  failures.push(...(await auditOffers(database.handle, offerIds, { status: 'PUBLISHED' })));
  failures.push(...(await orphanDocuments(database.handle)));
  return failures;
}

export const dbRestartCheck: Check = {
  name: 'db-restart',
  async run({ log }) {
    let cluster: PrivatePostgres | null = null;
    let database: CheckDatabase | null = null;
    let server: ServerProcess | null = null;
    try {
      cluster = await startPrivatePostgres();
      database = await openCheckDatabase(cluster.adminUrl, 'rel_db_restart');
      const { db } = database;
      const market = await seedMarket(db);
      const buyerAccounts = await createBuyers(db, 3);
      server = await startServerProcess({
        env: { DATABASE_URL: database.url, DEMO_DATA: 'false' },
      });
      const { baseUrl } = server;
      const reseller = await signIn(baseUrl, market.reseller);
      const buyers = await Promise.all(
        buyerAccounts.map(async (account) => ({
          accountId: account.accountId,
          session: await signIn(baseUrl, account),
        })),
      );
      const buyerIds = buyerAccounts.map((account) => account.accountId);
      const published = await publishOffers(reseller, market, db, 8, buyerIds);
      const offers = await withPdfHashes(db, published);

      const traffic = startTraffic({ market, reseller, buyers, offers }, LANES);
      await sleep(3_000);
      const down = Date.now();
      await cluster.stop('fast');
      await sleep(OUTAGE_MS);
      await cluster.start();
      const up = Date.now();
      const running = server.child;
      const exited = () => running.exitCode !== null || running.signalCode !== null;
      await waitFor(
        'an answer after the restart',
        async () =>
          exited() || traffic.answers.some((answer) => answer.at > up && answer.status === 200),
        60_000,
      ).catch(() => {}); // judged below
      if (!exited()) await sleep(SETTLE_MS + 3_000);
      await traffic.stop();

      const answers = judgeAnswers(traffic.answers, { down, up });
      if (exited()) {
        // The crash's first lines (what threw), not the JSON log.
        const crash = server
          .output()
          .split('\n')
          .filter((line) => line.trim() && !line.startsWith('{'));
        const from = Math.max(
          0,
          crash.findIndex((line) => /throw|Error/.test(line)),
        );
        const why = crash.slice(from, from + 8).join('\n');
        return { trials: traffic.answers.length, failures: [`the server exited:\n${why}`] };
      }
      const failures = [...answers.failures];
      // The worker is back too: everything extended gets published, every mail goes out.
      await waitForStatus(db, [...published, ...traffic.extended], 'PUBLISHED', 120_000).catch(
        (error: Error) => failures.push(error.message),
      );
      // Also an extend that committed as its connection was cut (answered 503, yet done).
      const offerIds = (
        await db.selectFrom('offers').select('id').where('status', '!=', 'DRAFT').execute()
      ).map((offer) => offer.id);
      await waitFor(
        'every mail to be sent',
        async () =>
          (await db
            .selectFrom('notifications')
            .select('id')
            .where('email_status', '=', 'PENDING')
            .executeTakeFirst()) === undefined,
        120_000,
        250,
      ).catch((error: Error) => failures.push(error.message));
      failures.push(...(await judgeRows(database, offerIds, traffic.accepted)));
      log(
        `${traffic.answers.length} requests; database down ${seconds(up - down)}: ${answers.unavailable} answers 503; first 200 ${seconds(answers.recoveredAfter)} after it was back; ${traffic.extended.length} offers extended, ${traffic.accepted.length} accepts answered`,
      );
      return { trials: traffic.answers.length, failures };
    } finally {
      await server?.kill();
      await database?.drop();
      await cluster?.destroy();
    }
  },
};
