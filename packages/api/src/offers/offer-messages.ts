// The sentences a reseller reads when an offer action is refused or an offer's state needs
// explaining. (Field rules and their messages live in core; these are about offer states,
// authorizations and publishing, which only the server decides.)
import { formatDate, type OfferDisplayStatus } from '@offerdesk/core';

const STATUS_WORDS: Record<OfferDisplayStatus, string> = {
  DRAFT: 'a draft',
  PUBLISHING: 'being published',
  PUBLISHED: 'published',
  FAILED: 'failed to publish',
  CANCELLED: 'cancelled',
  EXPIRED: 'expired',
};

export const statusInWords = (status: OfferDisplayStatus) => STATUS_WORDS[status];

export const offerStateMessages = {
  draftOnly: (status: OfferDisplayStatus) =>
    `Only a draft can be changed; this offer is ${STATUS_WORDS[status]}`,
  deleteDraftOnly: (status: OfferDisplayStatus) =>
    `Only a draft can be deleted; this offer is ${STATUS_WORDS[status]}`,
  extendFailed: 'This offer failed to publish; reopen it as a draft, then extend it again',
  extendCancelled: 'This offer was cancelled; clone it to make a new offer',
  reopenFailedOnly: (status: OfferDisplayStatus) =>
    `Only an offer that failed to publish can be reopened; this offer is ${STATUS_WORDS[status]}`,
  cancelPublishedOnly: (status: OfferDisplayStatus) =>
    status === 'PUBLISHING'
      ? 'This offer is still being published; cancel it once it is published'
      : `Only a published offer can be cancelled; this offer is ${STATUS_WORDS[status]}`,
  expirationPublishedOnly: (status: OfferDisplayStatus) =>
    `The expiration date of a ${status === 'DRAFT' ? 'draft is set with the other offer details' : `offer that is ${STATUS_WORDS[status]} cannot be changed`}`,
};

export const authorizationUseMessages = {
  deactivated: 'The ISV deactivated this resale authorization; it can no longer be used for offers',
  ended: (endsOn: string) =>
    `This resale authorization ended on ${formatDate(endsOn)}; it can no longer be used for offers`,
  usedByOther: (offerId: string) =>
    `This single-use resale authorization was already used by offer ${offerId}`,
  contractNotAccepted:
    'Accept the reseller contract of this resale authorization before extending the offer',
  eulaMissing: "The ISV's EULA of this resale authorization is missing; contact the ISV",
};

export const offerFieldMessages = {
  expirationMissing: 'Choose the date this offer expires',
  unknownDimension: (key: string) => `This product has no pricing dimension "${key}"`,
  duplicateDimension: (key: string) => `Pricing dimension "${key}" appears more than once`,
  fixedQuantity: (quantity: number) =>
    `The quantity is fixed at ${quantity.toLocaleString('en-US')} by the authorization's payment schedule`,
  documentOrder: 'List each of the offer’s documents exactly once',
  documentNotFound: 'This document is not part of the offer',
};

export const publishMessages = {
  unreadable: (fileName: string) =>
    `The document "${fileName}" could not be read as a PDF; reopen the offer, remove it or upload it again, and extend the offer again`,
  eulaUnreadable:
    "The ISV's EULA could not be read as a PDF; contact the ISV, then reopen the offer and extend it again",
  eulaMissing:
    "The ISV's EULA could not be found; contact the ISV, then reopen the offer and extend it again",
  documentMissing: (fileName: string) =>
    `The document "${fileName}" could not be found; reopen the offer, upload it again, and extend the offer again`,
  gaveUp: (attempts: number) =>
    `Offerdesk could not build the offer's PDF after ${attempts} attempts; reopen the offer and extend it again`,
};
