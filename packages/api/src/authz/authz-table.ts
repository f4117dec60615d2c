// The authorization matrix's table (SPEC §12): every procedure × anonymous / other buyer /
// targeted buyer / other seller / owning reseller / owning ISV, with the outcome each must get.
// One table for two runners: the vitest matrix (in-process API, PGlite or PostgreSQL) and the
// reliability suite's `authz` check (a real server process on PostgreSQL). Keyed by
// ProcedurePath, so a procedure without a row fails to compile; both runners also list the
// procedures from the router at run time. A row the caller may not see is NOT_FOUND (never
// FORBIDDEN), and reads exactly like a row that does not exist.
import { discountAuthorization } from '../isv/test-fixtures';
import { TEST_PASSWORD, type TestClient } from '../testing/test-client';
import {
  fillDraft,
  type InputOf,
  type Outcome,
  type ProcedurePath,
  type Role,
  type Scenario,
  uploadTextDocument,
  waitForPublished,
} from './authz-fixture';
import {
  freshInvitation,
  freshSignUp,
  invitationFor,
  resellerColleague,
  resetLinkFor,
  resetOfUnknownEmail,
} from './authz-onboarding';

const OK = 'OK';
const UN = 'UNAUTHORIZED';
const NF = 'NOT_FOUND';
const PF = 'PRECONDITION_FAILED';

/** One outcome per role, in ROLES order: anon, other buyer, targeted buyer, other seller, reseller, ISV. */
export type Expected = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

export type Row<P extends ProcedurePath> = {
  expect: Expected;
  /** The input each role sends; built per call, so a destructive call gets its own row. */
  input?: (s: Scenario, role: Role) => InputOf<P> | Promise<InputOf<P>>;
  /** A client other than the role's own (sign-in and sign-out use a second session). */
  client?: (s: Scenario, role: Role) => Promise<TestClient>;
};

export type Matrix = { [P in ProcedurePath]: Row<P> };

/** A second session for the role's user (or a fresh browser for anonymous). */
async function secondSession(s: Scenario, role: Role): Promise<TestClient> {
  if (role !== 'anonymous') return s.t.signIn(s.accounts[role].email);
  const client = s.t.anonymous();
  await client.trpc.auth.me.query();
  return client;
}

const reseller = (s: Scenario) => s.clients.owningReseller.trpc;

/** A throwaway PUBLISHED offer of the owning reseller, for calls that end it. */
async function throwawayPublishedOffer(s: Scenario): Promise<string> {
  const { offerId } = await reseller(s).offers.createDraft.mutate({
    authorizationId: s.authorizationId,
  });
  await fillDraft(s.clients.owningReseller, offerId, [s.accounts.targetedBuyer.accountId]);
  await reseller(s).offers.extend.mutate({ offerId });
  await waitForPublished(s.clients.owningReseller, offerId);
  return offerId;
}

const published = (s: Scenario) => ({ offerId: s.published.offerId });
const draft = (s: Scenario) => ({ offerId: s.draft.offerId });

// biome-ignore format: the table's columns are aligned by hand
export const MATRIX: Matrix = {
  // expect: [anonymous, other buyer, targeted buyer, other seller, owning reseller, owning ISV]
  health:                                  { expect: [OK, OK, OK, OK, OK, OK] },
  'auth.me':                               { expect: [OK, OK, OK, OK, OK, OK] },
  'auth.login': {
    expect:                                          [OK, OK, OK, OK, OK, OK],
    client: secondSession,
    input: (s, role) => ({
      email: s.accounts[role === 'anonymous' ? 'otherBuyer' : role].email,
      password: TEST_PASSWORD,
    }),
  },
  'auth.logout':                           { expect: [OK, OK, OK, OK, OK, OK], client: secondSession },
  'auth.signUp': {
    expect:                                          [OK, OK, OK, OK, OK, OK],
    client: secondSession,
    input: freshSignUp,
  },
  'auth.requestPasswordReset':             { expect: [OK, OK, OK, OK, OK, OK], input: resetOfUnknownEmail },
  'auth.resetPassword':                    { expect: [OK, OK, OK, OK, OK, OK], input: resetLinkFor },
  'auth.inviteInfo':                       { expect: [OK, OK, OK, OK, OK, OK], input: invitationFor },
  'auth.acceptInvite': {
    expect:                                          [OK, OK, OK, OK, OK, OK],
    client: secondSession,
    input: async (s) => ({ ...(await invitationFor(s)), password: 'matrix joins the account' }),
  },
  // The caller's own account, whoever calls: every signed-in account has users and may register.
  'account.users.list':                    { expect: [UN, OK, OK, OK, OK, OK] },
  'account.users.invite':                  { expect: [UN, OK, OK, OK, OK, OK], input: freshInvitation },
  'account.users.remove': {
    // A colleague of the owning reseller: only its own account may remove it.
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: resellerColleague,
  },
  'account.registration.get':              { expect: [UN, OK, OK, OK, OK, OK] },
  'account.registration.update': {
    // Tax only: the buyers stay unregistered (profile and banking missing) for the rows below.
    expect:                                          [UN, OK, OK, OK, OK, OK],
    input: () => ({ part: 'tax', country: 'US', taxId: '12-3456789' }),
  },
  'catalog.products.list':                 { expect: [OK, OK, OK, OK, OK, OK], input: () => ({}) },
  'catalog.products.get': {
    expect:                                          [OK, OK, OK, OK, OK, OK],
    input: (s) => ({ productId: s.productId }),
  },

  'buyer.offers.list': {
    expect:                                          [UN, OK, OK, OK, OK, OK],
    input: () => ({ tab: 'available' }),
  },
  'buyer.offers.get':                      { expect: [UN, NF, OK, NF, NF, NF], input: published },
  'buyer.offers.findById':                 { expect: [UN, NF, OK, NF, NF, NF], input: published },
  'buyer.offers.accept': {
    // The accepted offer: accepting again returns the agreement, so the row changes nothing.
    expect:                                          [UN, NF, OK, NF, NF, NF],
    input: (s) => ({
      offerId: s.accepted.offerId,
      eulaConsent: true,
      eulaSha256: s.accepted.combinedPdfSha256,
    }),
  },
  'buyer.agreements.list':                 { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'buyer.invoices.list':                   { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'buyer.invoices.pay': {
    // Paying again returns the one payment.
    expect:                                          [UN, NF, OK, NF, NF, NF],
    input: (s) => ({ invoiceId: s.invoiceId }),
  },
  'buyer.notifications.list':              { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'buyer.notifications.unreadCount':       { expect: [UN, OK, OK, OK, OK, OK] },
  'buyer.notifications.markRead': {
    // Another account's notification IDs match nothing: allowed, and nothing is marked.
    expect:                                          [UN, OK, OK, OK, OK, OK],
    input: (s) => ({ notificationIds: [s.buyerNotificationId] }),
  },

  'isv.products.list':                     { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'isv.products.get': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: (s) => ({ productId: s.productId }),
  },
  'isv.products.create': {
    // Buyers have no seller registration; any registered seller may create its own product.
    expect:                                          [UN, PF, PF, OK, OK, OK],
    input: (s, role) => ({
      name: `Matrix product of ${role}`,
      description: 'Made by the authorization matrix.',
      dimensions: [{ displayName: 'Unit', description: '', listUnitCents: 100_000 }],
      eulaSha256: s.eulaSha256,
    }),
  },
  'isv.products.update': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: (s) => ({ productId: s.productId, description: 'Edited by the authorization matrix.' }),
  },
  'isv.authorizations.list':               { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'isv.authorizations.get': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },
  'isv.authorizations.create': {
    expect:                                          [UN, PF, PF, NF, NF, OK],
    input: (s) => discountAuthorization(s.productId, s.accounts.owningReseller.accountId),
  },
  'isv.authorizations.deactivate': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: async (s) =>
      s.clients.owningIsv.trpc.isv.authorizations.create.mutate(
        discountAuthorization(s.productId, s.accounts.owningReseller.accountId),
      ),
  },
  'isv.authorizations.clone': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },
  'isv.agreements.list':                   { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },

  'reseller.opportunities.list':           { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reseller.opportunities.get': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },
  'reseller.acceptContract': {
    // Accepting again returns the first acceptance.
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },

  'agreements.list':                       { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'agreements.get': {
    // The seller side: the buyer reads its agreement through buyer.agreements.
    expect:                                          [UN, NF, NF, NF, OK, OK],
    input: (s) => ({ agreementId: s.agreementId }),
  },
  'invoices.list':                         { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'disbursements.list':                    { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reports.offersByStatus':                { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reports.acceptance':                    { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reports.revenueByMonth':                { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reports.upcomingDisbursements':         { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'settings.get':                          { expect: [UN, OK, OK, OK, OK, OK] },
  'settings.update': {
    // Each caller sets its own account's preference (to the default).
    expect:                                          [UN, OK, OK, OK, OK, OK],
    input: () => ({ disbursementPreference: { kind: 'monthly', day: 1 } }),
  },
  'notifications.list':                    { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'notifications.unreadCount':             { expect: [UN, OK, OK, OK, OK, OK] },
  'notifications.markRead': {
    expect:                                          [UN, OK, OK, OK, OK, OK],
    input: (s) => ({ notificationIds: [s.sellerNotificationId] }),
  },

  'offers.createDraft': {
    expect:                                          [UN, PF, PF, NF, OK, NF],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },
  'offers.get':                            { expect: [UN, NF, NF, NF, OK, NF], input: published },
  'offers.update': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: (s) => ({ offerId: s.draft.offerId, name: 'Matrix draft' }),
  },
  'offers.preview':                        { expect: [UN, NF, NF, NF, OK, NF], input: draft },
  'offers.removeDocument': {
    // The reseller removes a document uploaded for the purpose; the others aim at the draft's own.
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: async (s, role) => ({
      offerId: s.draft.offerId,
      documentId:
        role === 'owningReseller'
          ? await uploadTextDocument(s.clients.owningReseller, s.draft.offerId, 'Remove me.')
          : s.draft.documentId,
    }),
  },
  'offers.reorderDocuments': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: async (s) => {
      const offer = await reseller(s).offers.get.query(draft(s));
      const documentIds = offer.documents.flatMap((d) => (d.id ? [d.id] : []));
      return { offerId: s.draft.offerId, documentIds: documentIds.reverse() };
    },
  },
  'offers.extend':                         { expect: [UN, NF, NF, NF, OK, NF], input: published },
  'offers.reopen':                         { expect: [UN, NF, NF, NF, OK, NF], input: draft },
  'offers.delete': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: async (s) =>
      reseller(s).offers.createDraft.mutate({ authorizationId: s.authorizationId }),
  },
  'offers.list':                           { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'offers.cancel': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: async (s) => ({ offerId: await throwawayPublishedOffer(s) }),
  },
  'offers.updateExpiration': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: (s) => ({ offerId: s.published.offerId, expirationDate: s.published.expirationDate }),
  },
  'offers.clone':                          { expect: [UN, NF, NF, NF, OK, NF], input: published },
  'offers.history':                        { expect: [UN, NF, NF, NF, OK, NF], input: published },
};
