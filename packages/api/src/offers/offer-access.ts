// Who may touch an offer as a seller: only the reselling account that owns it. Anyone else
// gets "not found", never "forbidden", so an offer ID reveals nothing (SPEC §12).
import { offerDisplayStatus } from '@offerdesk/core';
import type { Database, Kysely, Offer, OfferStatus, Transaction } from '@offerdesk/db';
import type { Clock } from '../clock';
import { AppError } from '../errors';

export const offerNotFound = () => AppError.notFound('This offer');

export async function findOwnedOffer(
  db: Kysely<Database>,
  accountId: string,
  offerId: string,
): Promise<Offer> {
  const offer = await db
    .selectFrom('offers')
    .selectAll()
    .where('id', '=', offerId)
    .where('reseller_account_id', '=', accountId)
    .executeTakeFirst();
  if (!offer) throw offerNotFound();
  return offer;
}

/** The offer row locked until the transaction ends, so state changes on it serialize. */
export async function lockOwnedOffer(
  tx: Transaction<Database>,
  accountId: string,
  offerId: string,
): Promise<Offer> {
  const offer = await tx
    .selectFrom('offers')
    .selectAll()
    .where('id', '=', offerId)
    .where('reseller_account_id', '=', accountId)
    .forUpdate()
    .executeTakeFirst();
  if (!offer) throw offerNotFound();
  return offer;
}

/** Refuses (PRECONDITION_FAILED) unless the stored status is one of `allowed`. */
export function requireStatus(
  offer: Offer,
  allowed: OfferStatus[],
  message: (status: ReturnType<typeof offerDisplayStatus>) => string,
  clock: Clock,
): void {
  if (allowed.includes(offer.status)) return;
  const shown = offerDisplayStatus(
    { status: offer.status, expirationDate: offer.expiration_date },
    clock.now(),
  );
  throw new AppError('PRECONDITION_FAILED', message(shown), [
    { path: ['offerId'], message: message(shown) },
  ]);
}
