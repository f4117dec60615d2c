// The publish entry (issue 9): from the seller's Extend to the buyer seeing the offer
// PUBLISHED (buyer.offers.get answers instead of NOT_FOUND), through the real server's job
// queue and PDF pipeline. A typical offer (the EULA and two small documents) many times, and
// one with five ~10 MB PDFs a few times; each trial is a new draft (a clone of the first, as
// a reseller would make it: the same stored documents, a new offer and so a new combined PDF).
// Targets: typical p99 ≤ 1,000 ms, large p99 ≤ 5,000 ms.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { addDays, todayUtc } from '@offerdesk/core';
import { HttpSession } from '@offerdesk/harness';
import { atMost, type BenchEntry, reported } from './entry';
import { preparePdfFixtures } from './fixtures/fixture-cache';
import { percentile } from './load/fixed-rate';
import { OFFER_TERMS } from './seed/catalog';
import type { SeededSession } from './seed/ids';
import type { WorldStage } from './world-stage';

export const PUBLISH_TARGETS = { typicalP99Ms: 1_000, largeP99Ms: 5_000 };
/** The compose entry's fixtures: generated once per run for both. */
const PDF_SEED = 20_261_126;
const TRIALS = { typical: 30, large: 3 };
/** How often the buyer's page asks; the figures are exact to about this. */
const POLL_MS = { typical: 20, large: 50 };
const TIMEOUT_MS = 60_000;

export type PublishFigures = { typicalP50Ms: number; typicalP99Ms: number; largeP99Ms: number };

type Upload = { fileName: string; bytes: Uint8Array };

function sessionFor(baseUrl: string, seeded: SeededSession): HttpSession {
  const session = new HttpSession(baseUrl);
  session.cookies.set('offerdesk_session', seeded.token);
  session.cookies.set('offerdesk_csrf', seeded.csrf);
  return session;
}

async function firstDraft(seller: HttpSession, stage: WorldStage, uploads: Upload[]) {
  const { authorizationId } = stage.world.publisher;
  const { offerId } = await seller.call<{ offerId: string }>('offers.createDraft', {
    authorizationId,
  });
  await seller.call('offers.update', {
    offerId,
    buyerAccountIds: [stage.world.buyer(0).accountId],
    ...OFFER_TERMS,
  });
  for (const upload of uploads) {
    const answer = await seller.upload(
      `/files/offers/${offerId}/documents`,
      upload.fileName,
      upload.bytes,
    );
    if (answer.status !== 201) throw new Error(`upload ${upload.fileName}: ${answer.status}`);
  }
  return offerId;
}

/** One trial: a ready draft extended, then the buyer's page polled until it shows the offer. */
async function timeExtend(
  seller: HttpSession,
  buyer: HttpSession,
  offerId: string,
  pollMs: number,
) {
  await again(() =>
    seller.call('offers.update', { offerId, expirationDate: addDays(todayUtc(new Date()), 30) }),
  );
  const started = performance.now();
  await again(() => seller.call('offers.extend', { offerId }));
  for (;;) {
    const answer = await again(() => buyer.query('buyer.offers.get', { offerId }));
    if (answer.status === 200) return performance.now() - started;
    if (performance.now() - started > TIMEOUT_MS) {
      const offer = await seller.get<{ status: string; failureReason: string | null }>(
        'offers.get',
        { offerId },
      );
      throw new Error(
        `${offerId} not published after ${TIMEOUT_MS} ms: ${offer.status} ${offer.failureReason ?? ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * As a browser does: a request whose reused keep-alive connection the server had just closed
 * is sent again, once. (The server holds an idle one 15 s against the 5 s it advertises, so
 * this should not happen; it did when the two were the same.)
 */
async function again<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw error;
    return call();
  }
}

async function trials(stage: WorldStage, uploads: Upload[], count: number, pollMs: number) {
  const seller = sessionFor(stage.server.baseUrl, stage.world.publisher);
  const buyer = sessionFor(stage.server.baseUrl, stage.world.buyer(0));
  const source = await firstDraft(seller, stage, uploads);
  const times = [await timeExtend(seller, buyer, source, pollMs)];
  while (times.length < count) {
    const { offerId } = await again(() =>
      seller.call<{ offerId: string }>('offers.clone', { offerId: source }),
    );
    times.push(await timeExtend(seller, buyer, offerId, pollMs));
  }
  return times.sort((a, b) => a - b);
}

export const publishEntry: BenchEntry<'publish', PublishFigures, WorldStage> = {
  key: 'publish',
  run: async (stage) => {
    const [eula, ...large] = await preparePdfFixtures(PDF_SEED);
    if (!eula) throw new Error('no small PDF fixture');
    const read = async (path: string, fileName: string) => ({
      fileName,
      bytes: await readFile(path),
    });
    const typicalUploads = [
      await read(eula.path, 'statement-of-work.pdf'),
      { fileName: 'service-levels.txt', bytes: Buffer.from(SERVICE_LEVELS) },
    ];
    const largeUploads = await Promise.all(large.map((f) => read(f.path, f.fileName)));
    const typical = await trials(stage, typicalUploads, TRIALS.typical, POLL_MS.typical);
    console.log(`  typical: ${typical.map((ms) => Math.round(ms)).join(' ')} ms`);
    const big = await trials(stage, largeUploads, TRIALS.large, POLL_MS.large);
    console.log(`  5 × 10 MB: ${big.map((ms) => Math.round(ms)).join(' ')} ms`);
    const figures: PublishFigures = {
      typicalP50Ms: Math.round(percentile(typical, 0.5)),
      typicalP99Ms: Math.round(percentile(typical, 0.99)),
      largeP99Ms: Math.round(percentile(big, 0.99)),
    };
    const ms = ' ms';
    return {
      figures,
      checks: [
        reported(`typical p50 (${TRIALS.typical} trials)`, `${figures.typicalP50Ms} ms`),
        atMost('typical p99', figures.typicalP99Ms, PUBLISH_TARGETS.typicalP99Ms, ms),
        atMost(
          `5 × 10 MB p99 (${TRIALS.large} trials)`,
          figures.largeP99Ms,
          PUBLISH_TARGETS.largeP99Ms,
          ms,
        ),
      ],
    };
  },
};

const SERVICE_LEVELS = [
  'Service levels',
  '',
  'Response within one business day for every request; critical incidents within two hours.',
  'Status reports every Friday; a steering meeting every month; a final report at the end.',
  'Prices in USD; invoices upfront on acceptance, payable within 30 days.',
].join('\n');
