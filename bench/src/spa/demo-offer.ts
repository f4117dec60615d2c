// An offer for the buyer flow of the spa entry, extended through the API as the demo's
// Northwind on its 15.5 %-off authorization, to the demo buyer 713384441954.
import { addDays, todayUtc } from '@offerdesk/core';
import { DEMO_PASSWORD, DEMO_USERS } from '@offerdesk/db';
import { HttpSession } from '@offerdesk/harness';
import { OFFER_TERMS } from '../seed/catalog';

function demoUser(accountId: string) {
  const user = DEMO_USERS.find((u) => u.accountId === accountId);
  if (!user) throw new Error(`no demo account ${accountId}`);
  return user;
}

export const DEMO_BUYER = demoUser('713384441954');
const NORTHWIND = demoUser('222222222222').email;
const DISCOUNT_AUTHORIZATION = 'resaleauthz-nwdiscount001';

export async function extendDemoOffer(baseUrl: string): Promise<string> {
  const seller = new HttpSession(baseUrl);
  const signedIn = await seller.signIn(NORTHWIND, DEMO_PASSWORD);
  if (signedIn.status !== 200) throw new Error(`sign-in as Northwind: ${signedIn.status}`);
  const authorizationId = DISCOUNT_AUTHORIZATION;
  await seller.call('reseller.acceptContract', { authorizationId });
  const { offerId } = await seller.call<{ offerId: string }>('offers.createDraft', {
    authorizationId,
  });
  await seller.call('offers.update', {
    offerId,
    buyerAccountIds: [DEMO_BUYER.accountId],
    ...OFFER_TERMS,
    expirationDate: addDays(todayUtc(new Date()), 20),
  });
  await seller.call('offers.extend', { offerId });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const offer = await seller.get<{ status: string }>('offers.get', { offerId });
    if (offer.status === 'PUBLISHED') return offerId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the demo offer ${offerId} did not publish`);
}
