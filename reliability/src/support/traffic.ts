// Steady API traffic for experiments that break something underneath the server (db-restart):
// a few lanes, each looping over reads, a buyer's accept and a reseller's new offer (draft,
// update, extend), every answer recorded with its time and status. A call that hangs counts
// as 'timeout', a connection the server drops as 'error': neither is an answer.
import { addDays, todayUtc } from '@offerdesk/core';
import type { HttpAnswer, HttpSession } from '@offerdesk/harness';
import type { Market } from './offer-market';
import { agreementIdOf, type PublishedOffer } from './offer-market';
import { sleep } from './waiting';

export type Answer = { at: number; op: string; status: number | 'timeout' | 'error' };

export type TrafficParties = {
  market: Market;
  reseller: HttpSession;
  buyers: { accountId: string; session: HttpSession }[];
  /** Offers extended to every buyer, for the accepts. */
  offers: PublishedOffer[];
};

export type Traffic = {
  answers: Answer[];
  /** Offers whose extend answered 200. */
  extended: string[];
  /** Accepts answered 200: the agreement each named. */
  accepted: { offerId: string; buyerAccountId: string; agreementId: string }[];
  stop(): Promise<void>;
};

const TIMEOUT_MS = 20_000;

export function startTraffic(parties: TrafficParties, lanes: number): Traffic {
  const answers: Answer[] = [];
  const extended: string[] = [];
  const accepted: Traffic['accepted'] = [];
  let running = true;

  const record = async (op: string, call: Promise<HttpAnswer>): Promise<HttpAnswer | null> => {
    const timeout = sleep(TIMEOUT_MS).then(() => 'timeout' as const);
    const outcome = await Promise.race([call.catch(() => 'error' as const), timeout]);
    const status = typeof outcome === 'string' ? outcome : outcome.status;
    answers.push({ at: Date.now(), op, status });
    return typeof outcome === 'string' ? null : outcome;
  };

  const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)] as T;
  const { market, reseller } = parties;

  const newOffer = async () => {
    const draft = await record(
      'offers.createDraft',
      reseller.mutate('offers.createDraft', { authorizationId: market.authorizationId }),
    );
    const offerId = (draft?.body as { result?: { data?: { offerId?: string } } })?.result?.data
      ?.offerId;
    if (draft?.status !== 200 || !offerId) return;
    const update = await record(
      'offers.update',
      reseller.mutate('offers.update', {
        offerId,
        buyerAccountIds: parties.buyers.map((buyer) => buyer.accountId),
        dimensions: [{ key: 'unit', quantity: 1 }],
        pricing: { mode: 'MARKUP', markupPpm: 100_000 },
        expirationDate: addDays(todayUtc(new Date()), 30),
      }),
    );
    if (update?.status !== 200) return;
    const extend = await record('offers.extend', reseller.mutate('offers.extend', { offerId }));
    if (extend?.status === 200) extended.push(offerId);
  };

  const accept = async () => {
    const buyer = pick(parties.buyers);
    const offer = pick(parties.offers);
    const answer = await record(
      'buyer.offers.accept',
      buyer.session.mutate('buyer.offers.accept', {
        offerId: offer.offerId,
        eulaConsent: true,
        eulaSha256: offer.sha256,
      }),
    );
    const agreementId = answer ? agreementIdOf(answer) : null;
    if (agreementId) {
      accepted.push({ offerId: offer.offerId, buyerAccountId: buyer.accountId, agreementId });
    }
  };

  const read = async () => {
    const buyer = pick(parties.buyers).session;
    await record('buyer.offers.list', buyer.query('buyer.offers.list', { tab: 'available' }));
  };

  const lane = async () => {
    while (running) {
      const roll = Math.random();
      if (roll < 0.2) await record('health', reseller.query('health'));
      else if (roll < 0.5) await read();
      else if (roll < 0.75) await accept();
      else await newOffer();
      await sleep(20);
    }
  };
  const all = Promise.all(Array.from({ length: lanes }, lane));
  return {
    answers,
    extended,
    accepted,
    async stop() {
      running = false;
      await all;
    },
  };
}
