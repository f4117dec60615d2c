// publish-crash (issue 8): a ROLE=worker process SIGKILLed at each named point of the publish
// job, beside a ROLE=web process, on a throwaway database. The worker runs with FAULT_POINT
// set (packages/api/src/jobs/fault-points.ts): at the point it writes a marker and freezes,
// so the check sees the point was reached, reads the rows a crash there leaves, and kills it.
// A worker without the fault then restarts the work. Afterwards each offer is PUBLISHED once,
// with one stored PDF, one notification per buyer, each mail delivered once, nothing orphaned.
import { FAULT_POINTS, type FaultPoint, faultPointMarker } from '@offerdesk/api';
import { startSmtpServer, type TestSmtpServer } from '@offerdesk/api/test-smtp-server';
import { type ServerProcess, startServerProcess } from '@offerdesk/harness';
import type { Check } from '../check';
import { allDelivered, auditDelivery, auditOffers, orphanDocuments } from '../support/offer-audit';
import {
  type CheckDatabase,
  createBuyers,
  draftOffer,
  extendOffer,
  openCheckDatabase,
  seedMarket,
  signIn,
  waitForStatus,
} from '../support/offer-market';
import { seconds, waitFor } from '../support/waiting';

const STATEMENT = new TextEncoder().encode(
  'Statement of work\n\nOne assessment, then three workshop days — on site or remote.\n',
);

type Snapshot = { status: string; documents: number; notices: number; mailed: number };

async function snapshot(database: CheckDatabase, offerId: string, smtp: TestSmtpServer) {
  const offer = await database.db
    .selectFrom('offers')
    .select('status')
    .where('id', '=', offerId)
    .executeTakeFirstOrThrow();
  const documents = await database.db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const notices = await database.db
    .selectFrom('notifications')
    .select('message_id')
    .where('offer_id', '=', offerId)
    .execute();
  const ids = new Set(notices.map((row) => row.message_id));
  const mailed = smtp.received.filter((mail) => ids.has(mail.messageId)).length;
  return { status: offer.status, documents: Number(documents.n), notices: notices.length, mailed };
}

/** What a crash at `point` must leave behind, given the rows before the extend. */
function unexpected(point: FaultPoint, before: Snapshot, at: Snapshot): string[] {
  const stored = point === 'publish:after-store' || point === 'publish:after-commit';
  const committed = point === 'publish:after-commit';
  const problems: string[] = [];
  if (at.status !== (committed ? 'PUBLISHED' : 'PUBLISHING')) problems.push(`status ${at.status}`);
  if (at.documents !== before.documents + (stored ? 1 : 0)) {
    problems.push(`${at.documents - before.documents} documents stored`);
  }
  // Two buyers and the reseller hear of the publish, in the same commit as PUBLISHED.
  if (at.notices !== (committed ? 3 : 0)) problems.push(`${at.notices} notifications`);
  if (at.mailed !== 0) problems.push(`${at.mailed} mails already sent`);
  return problems;
}

/** One crash at `point`, on a database and processes of its own; the problems it found. */
async function crashAt(
  point: FaultPoint,
  adminUrl: string,
  smtp: TestSmtpServer,
  log: (line: string) => void,
): Promise<string[]> {
  const database = await openCheckDatabase(adminUrl, 'rel_publish_crash');
  const processes: ServerProcess[] = [];
  const start = async (env: Record<string, string>) => {
    const server = await startServerProcess({
      env: { DATABASE_URL: database.url, DEMO_DATA: 'false', SMTP_URL: smtp.url, ...env },
      waitForHealth: env.ROLE !== 'worker',
    });
    processes.push(server);
    return server;
  };
  try {
    const market = await seedMarket(database.db);
    const buyerIds = (await createBuyers(database.db, 2)).map((buyer) => buyer.accountId);
    const web = await start({ ROLE: 'web' });
    const reseller = await signIn(web.baseUrl, market.reseller);
    const offerId = await draftOffer(reseller, market, buyerIds);
    const upload = await reseller.upload(
      `/files/offers/${offerId}/documents`,
      'Statement of work.txt',
      STATEMENT,
    );
    if (upload.status !== 201) throw new Error(`upload: ${upload.status}`);
    const before = await snapshot(database, offerId, smtp);
    const faulty = await start({ ROLE: 'worker', FAULT_POINT: point });
    await extendOffer(reseller, offerId);
    const marker = faultPointMarker(point, offerId);
    await waitFor(
      `the worker to reach ${point}`,
      async () => faulty.output().includes(marker) || faulty.child.exitCode !== null,
      120_000,
    );
    if (!faulty.output().includes(marker)) {
      return [`${point}: the worker exited before reaching it:\n${faulty.output()}`];
    }
    const problems = unexpected(point, before, await snapshot(database, offerId, smtp));
    await faulty.kill();
    const killed = Date.now();
    const { signal } = await faulty.exited();
    if (signal !== 'SIGKILL') problems.push(`the worker ended by ${signal}, not SIGKILL`);

    await start({ ROLE: 'worker' });
    await waitForStatus(database.db, [offerId], 'PUBLISHED', 120_000);
    const published = Date.now() - killed;
    await waitFor(
      `${offerId}'s mail`,
      () => allDelivered(database.handle, [offerId], smtp.received),
      120_000,
    );
    log(
      `${point}: reached; PUBLISHED ${seconds(published)} and mail delivered ${seconds(Date.now() - killed)} after the SIGKILL`,
    );
    const failures = problems.map((problem) => `${point} (at the point): ${problem}`);
    failures.push(...(await auditOffers(database.handle, [offerId], { status: 'PUBLISHED' })));
    failures.push(...(await orphanDocuments(database.handle)));
    failures.push(...(await auditDelivery(database.handle, [offerId], smtp.received)).failures);
    return failures.map((failure) =>
      failure.startsWith(point) ? failure : `${point}: ${failure}`,
    );
  } finally {
    for (const server of processes) await server.kill();
    await database.drop();
  }
}

export const publishCrashCheck: Check = {
  name: 'publish-crash',
  async run({ adminUrl, log }) {
    // One SMTP server for all: Message-IDs name their offer, so nothing is counted twice.
    const smtp = await startSmtpServer();
    try {
      // The points run side by side, each on its own database: a worker armed for one point
      // must never pick up another point's retried job.
      const found = await Promise.all(
        FAULT_POINTS.map((point) => crashAt(point, adminUrl, smtp, log)),
      );
      return { trials: FAULT_POINTS.length, failures: found.flat() };
    } finally {
      await smtp.stop();
    }
  },
};
