// Stored XSS strings where sellers and buyers type text that others see: account names (an
// account's name is also its seller public name), a product's name, description and dimension,
// an offer's name, a document's file name. Two offers to one buyer: one accepted (agreement,
// invoice, notifications), one left available.
import {
  discountAuthorization,
  type TestClient,
  type TestWorld,
  waitForPublished,
} from '@offerdesk/api/authz';
import { addDays, todayUtc } from '@offerdesk/core';
import { createPdfDocument } from '@offerdesk/db/testing';

/** Markup a careless page would run; `key` says where it was typed. No "/" in file names. */
export const payload = (key: string) =>
  `<script>alert("${key}")</script><img src=x onerror=alert("${key}")>javascript:alert("${key}")`;
const fileNamePayload = (key: string) =>
  `<img src=x onerror=alert("${key}")><svg onload=alert("${key}")> notes.txt`;

export type XssWorld = {
  reseller: TestClient;
  isv: TestClient;
  buyer: TestClient;
  productId: string;
  acceptedOfferId: string;
  availableOfferId: string;
};

async function extendOffer(
  reseller: TestClient,
  authorizationId: string,
  buyerAccountId: string,
  key: string,
): Promise<{ offerId: string; combinedPdfSha256: string }> {
  const name = payload(key);
  const { offerId } = await reseller.trpc.offers.createDraft.mutate({ authorizationId });
  const draft = await reseller.trpc.offers.get.query({ offerId });
  await reseller.trpc.offers.update.mutate({
    offerId,
    name,
    buyerAccountIds: [buyerAccountId],
    dimensions: draft.dimensions.map((d) => ({ key: d.key, quantity: 1 })),
    pricing: { mode: 'MARKUP', markupPpm: 100_000 },
    expirationDate: addDays(todayUtc(new Date()), 30),
  });
  const upload = await reseller.fetchRaw(`/files/offers/${offerId}/documents`, {
    method: 'POST',
    headers: { 'x-file-name': encodeURIComponent(fileNamePayload(`${key} document`)) },
    body: 'Terms whose file name is markup.',
  });
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  await reseller.trpc.offers.extend.mutate({ offerId });
  const offer = await waitForPublished(reseller, offerId);
  return { offerId, combinedPdfSha256: offer.combinedPdfSha256 ?? '' };
}

export async function buildXssWorld(world: TestWorld): Promise<XssWorld> {
  const isv = await world.newAccount({
    seller: 'complete',
    sellerType: 'ISV',
    name: payload('isv account'),
  });
  const reseller = await world.newAccount({ seller: 'complete', name: payload('reseller') });
  const buyer = await world.newAccount({ name: payload('buyer account') });
  const { productId } = await isv.client.trpc.isv.products.create.mutate({
    name: payload('product'),
    description: payload('description'),
    dimensions: [
      { displayName: payload('dim'), description: payload('unit'), listUnitCents: 100_000 },
    ],
    eulaSha256: await createPdfDocument(world.handle.db),
  });
  const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
    discountAuthorization(productId, reseller.accountId),
  );
  await reseller.client.trpc.reseller.acceptContract.mutate({ authorizationId });
  const accepted = await extendOffer(
    reseller.client,
    authorizationId,
    buyer.accountId,
    'accepted offer',
  );
  const available = await extendOffer(reseller.client, authorizationId, buyer.accountId, 'offer');
  await buyer.client.trpc.buyer.offers.accept.mutate({
    offerId: accepted.offerId,
    eulaConsent: true,
    eulaSha256: accepted.combinedPdfSha256,
  });
  return {
    reseller: reseller.client,
    isv: isv.client,
    buyer: buyer.client,
    productId,
    acceptedOfferId: accepted.offerId,
    availableOfferId: available.offerId,
  };
}
