// Who sends the fuzz and what it knows: the authz scenario's sellers (its reseller and its ISV)
// and its targeted buyer, each signed in with a valid CSRF token; anonymous browsers for the
// auth.* procedures (sign-in and sign-out would otherwise end the sellers' sessions); and a
// dictionary of values that exist (IDs, emails, the password, dates near today) for strings.
// Each procedure also gets an authorization and two complete drafts of its own, so a fuzzed
// delete, cancel or deactivate uses up its own rows, not those the other procedures aim at.
import {
  discountAuthorization,
  fillDraft,
  type Scenario,
  TEST_PASSWORD,
  type TestClient,
} from '@offerdesk/api/authz';
import { addDays, todayUtc } from '@offerdesk/core';

type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

export type FuzzSessions = {
  /** The client to send the `n`th request to `path` as. */
  forProcedure(path: string, n: number): TestClient;
};

const ANONYMOUS_BROWSERS = 4;
const DRAFTS_PER_PROCEDURE = 2;

export async function fuzzSessions(s: Scenario): Promise<FuzzSessions> {
  const signedIn = [s.clients.owningReseller, s.clients.owningIsv, s.clients.targetedBuyer];
  const anonymous: TestClient[] = [];
  for (let i = 0; i < ANONYMOUS_BROWSERS; i++) {
    const client = s.t.anonymous();
    await client.trpc.auth.me.query(); // the CSRF cookie, as the SPA gets it on load
    anonymous.push(client);
  }
  return {
    forProcedure(path, n) {
      const pool = path.startsWith('auth.') ? anonymous : signedIn;
      const client = pool[n % pool.length] ?? s.clients.owningReseller;
      return client;
    },
  };
}

export const fetchOf = (client: TestClient) => client.fetchRaw as Fetch;

/** Values every procedure's strings may draw from. */
export function sharedDictionary(s: Scenario): string[] {
  const accounts = Object.values(s.accounts);
  const today = todayUtc(new Date());
  const dates = [-1, 0, 1, 2, 7, 30, 89, 90, 365, 1095, 1096].map((days) => addDays(today, days));
  return [
    s.productId,
    s.eulaSha256,
    s.authorizationId,
    s.published.offerId,
    s.published.combinedPdfSha256,
    s.accepted.offerId,
    s.accepted.combinedPdfSha256,
    s.agreementId,
    s.invoiceId,
    s.draft.offerId,
    s.draft.documentId,
    s.buyerNotificationId,
    s.sellerNotificationId,
    ...accounts.map((a) => a.accountId),
    ...accounts.map((a) => a.email),
    TEST_PASSWORD,
    ...dates,
    ...dates.map((date) => date.slice(0, 7)),
  ];
}

/** An authorization (contract accepted) and complete drafts made for one procedure alone. */
export async function ownRows(s: Scenario): Promise<string[]> {
  const isv = s.clients.owningIsv.trpc;
  const reseller = s.clients.owningReseller;
  const { authorizationId } = await isv.isv.authorizations.create.mutate(
    discountAuthorization(s.productId, s.accounts.owningReseller.accountId),
  );
  await reseller.trpc.reseller.acceptContract.mutate({ authorizationId });
  const rows = [authorizationId];
  for (let i = 0; i < DRAFTS_PER_PROCEDURE; i++) {
    const { offerId } = await reseller.trpc.offers.createDraft.mutate({ authorizationId });
    await fillDraft(reseller, offerId, [s.accounts.targetedBuyer.accountId]);
    rows.push(offerId);
  }
  return rows;
}
