// The seller's side of the buyer journey, through the API: Northwind extends a private offer
// on its 15.5 %-off authorization for Acme's Cloud Migration Assessment (SPEC §3 example 2:
// 1 assessment and 3 workshop days at 7.25 % markup, buyer total $28,094.09).
import { expect } from '@playwright/test';
import { ApiSession } from './api-session';
import { BUYER_713, utcDate } from './seller-api';

const NORTHWIND_EMAIL = 'northwind@example.com';
export const DISCOUNT_AUTHORIZATION = 'resaleauthz-nwdiscount001';
export const EXAMPLE_2_TOTAL = '$28,094.09';

export type ExtendedOffer = { offerId: string; name: string; buyerTotalCents: number };

type SellerOffer = {
  id: string;
  name: string | null;
  status: string;
  failureReason: string | null;
  totals: { buyerCents: number } | null;
};

/** A text document for the combined PDF; its name may be anything a seller types. */
export type ExtraDocument = { fileName: string; text: string };

type OfferOptions = {
  name?: string;
  documents?: ExtraDocument[];
  buyers?: string[];
  /** 'YYYY-MM-DD'; 20 days out by default. */
  expirationDate?: string;
  /** Another of Northwind's authorizations with its own terms (default: example 2 above). */
  terms?: { authorizationId: string; contract: boolean; update: Record<string, unknown> };
};

const EXAMPLE_2_TERMS = {
  authorizationId: DISCOUNT_AUTHORIZATION,
  // Step 3 of the guide: this authorization carries the standard reseller contract.
  contract: true,
  update: {
    dimensions: [
      { key: 'assessment', quantity: 1 },
      { key: 'workshop-day', quantity: 3 },
    ],
    pricing: { mode: 'MARKUP', markupPpm: 72_500 },
  },
};

export async function extendOfferAsNorthwind(
  baseURL: string,
  options: OfferOptions = {},
): Promise<ExtendedOffer> {
  const terms = options.terms ?? EXAMPLE_2_TERMS;
  const seller = await ApiSession.signIn(baseURL, NORTHWIND_EMAIL);
  try {
    const { authorizationId } = terms;
    if (terms.contract) await seller.mutation('reseller.acceptContract', { authorizationId });
    const { offerId } = await seller.mutation<{ offerId: string }>('offers.createDraft', {
      authorizationId,
    });
    await seller.mutation('offers.update', {
      offerId,
      ...(options.name ? { name: options.name } : {}),
      buyerAccountIds: options.buyers ?? [BUYER_713],
      ...terms.update,
      expirationDate: options.expirationDate ?? utcDate(20),
    });
    for (const document of options.documents ?? []) {
      await seller.uploadOfferDocument(offerId, document.fileName, Buffer.from(document.text));
    }
    await seller.mutation('offers.extend', { offerId });
    const published = await waitForPublished(seller, offerId);
    return {
      offerId,
      name: published.name ?? '',
      buyerTotalCents: published.totals?.buyerCents ?? -1,
    };
  } finally {
    await seller.dispose();
  }
}

async function waitForPublished(seller: ApiSession, offerId: string): Promise<SellerOffer> {
  const read = () => seller.query<SellerOffer>('offers.get', { offerId });
  await expect
    .poll(async () => (await read()).status, {
      message: `offer ${offerId} publishes`,
      timeout: 20_000,
      intervals: [100, 200, 500],
    })
    .toBe('PUBLISHED');
  return read();
}

type AgreementItem = {
  id: string;
  offerId: string;
  buyerAccountId: string;
  totals?: { buyerCents: number; isvCents: number; resellerCents: number };
};

/** Northwind's agreements on one offer, as its Agreements page lists them (agreements.list). */
export async function northwindAgreementsOn(
  baseURL: string,
  offerId: string,
): Promise<AgreementItem[]> {
  const seller = await ApiSession.signIn(baseURL, NORTHWIND_EMAIL);
  try {
    const page = await seller.query<{ items: AgreementItem[] }>('agreements.list', {
      role: 'reseller',
      search: offerId,
      limit: 100,
    });
    return page.items.filter((item) => item.offerId === offerId);
  } finally {
    await seller.dispose();
  }
}

/** Cancels the offer as Northwind (offers.cancel). */
export async function cancelOfferAsNorthwind(baseURL: string, offerId: string): Promise<void> {
  const seller = await ApiSession.signIn(baseURL, NORTHWIND_EMAIL);
  try {
    await seller.mutation('offers.cancel', { offerId });
  } finally {
    await seller.dispose();
  }
}
