// Acceptance is decided by the database's clock at the moment of acceptance, not by the
// application server's: here the two clocks disagree on purpose, and the database wins.
import { createAccount, useTestDatabase } from '@offerdesk/db/testing';
import { describe, expect, it } from 'vitest';
import { type Clock, fixedClock } from '../clock';
import { AppError } from '../errors';
import { createPublishedOffer } from '../testing/published-offer';
import { type AcceptServices, acceptOffer } from './accept-offer';

const handle = await useTestDatabase();
const db = handle.db;

/** Services whose clock's JS side and SQL side show different instants. */
function splitClock(js: string, database: string): AcceptServices {
  const clock: Clock = { now: () => new Date(js), sqlNow: () => fixedClock(database).sqlNow() };
  return {
    clock,
    jobs: { send: async () => {}, wake: () => {} },
    config: { publicUrl: 'http://localhost' },
  };
}

async function setUp() {
  const buyer = await createAccount(db);
  const offer = await createPublishedOffer(db, {
    buyerAccountIds: [buyer.accountId],
    expirationDate: '2031-03-14',
  });
  const input = {
    offerId: offer.offerId,
    eulaConsent: true,
    eulaSha256: offer.combinedPdfSha256 ?? '',
  };
  return { buyer, input };
}

describe(`acceptOffer and the database clock (${handle.kind})`, () => {
  it('refuses when the database says the expiry instant has passed, whatever JS says', async () => {
    const { buyer, input } = await setUp();
    const clock = splitClock('2031-03-14T12:00:00.000Z', '2031-03-15T00:00:00.000Z');
    const refusal = await acceptOffer(db, buyer, input, clock).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).message).toBe(
      'This offer expired on March 14, 2031 at 23:59:59 UTC',
    );
  });

  it('accepts when the database is still before the instant, and stamps its moment', async () => {
    const { buyer, input } = await setUp();
    const clock = splitClock('2031-03-16T12:00:00.000Z', '2031-03-14T23:59:59.999Z');
    const agreement = await acceptOffer(db, buyer, input, clock);
    expect(agreement.acceptedAt).toBe('2031-03-14T23:59:59.999Z');
  });
});
