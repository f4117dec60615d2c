// Agreements as sellers and buyers list them, newest acceptance first. A seller sees those
// of offers it sold (as reseller) and of its products sold by others (as ISV), each tagged
// with its role and shaped for that role.
import { AGREEMENT_ID_PATTERN } from '@offerdesk/core';
import type { Agreement, Database, Kysely } from '@offerdesk/db';
import { type BuyerAgreement, toBuyerAgreement } from '../buyer/buyer-agreement';
import {
  afterKeyset,
  containsPattern,
  decodeCursor,
  keysetAt,
  type Page,
  pageOf,
} from '../pagination/keyset';
import {
  type IsvAgreementItem,
  isvItem,
  type ResellerAgreementItem,
  resellerItem,
} from './agreement-views';

type ListInput = { search?: string | null; cursor?: string | null; limit: number };
type Party = {
  column: 'reseller_account_id' | 'isv_account_id' | 'buyer_account_id';
  accountId: string;
};

async function agreementRows(
  db: Kysely<Database>,
  parties: Party[],
  input: ListInput,
): Promise<(Agreement & { cursor_at: string })[]> {
  const keyset = decodeCursor(input.cursor, AGREEMENT_ID_PATTERN);
  const search = input.search?.trim();
  let query = db
    .selectFrom('agreements as g')
    .selectAll('g')
    .select(keysetAt('g.accepted_at').as('cursor_at'))
    .where((eb) => eb.or(parties.map((p) => eb(`g.${p.column}`, '=', p.accountId))));
  if (search) {
    const pattern = containsPattern(search);
    query = query.where((eb) =>
      eb.or([
        eb('g.offer_name', 'ilike', pattern),
        eb('g.id', 'ilike', pattern),
        eb('g.offer_id', 'ilike', pattern),
        eb('g.buyer_account_id', 'ilike', pattern),
        eb(eb.ref('g.terms', '->>').key('productName'), 'ilike', pattern),
      ]),
    );
  }
  if (keyset) query = query.where(afterKeyset('g.accepted_at', 'g.id', keyset));
  return query
    .orderBy('g.accepted_at', 'desc')
    .orderBy('g.id', 'desc')
    .limit(input.limit + 1)
    .execute();
}

export type SellerAgreementItem = ResellerAgreementItem | IsvAgreementItem;

export async function listSellerAgreements(
  db: Kysely<Database>,
  accountId: string,
  input: ListInput & { role?: 'reseller' | 'isv' | null },
): Promise<Page<SellerAgreementItem>> {
  const parties: Party[] = [];
  if (input.role !== 'isv') parties.push({ column: 'reseller_account_id', accountId });
  if (input.role !== 'reseller') parties.push({ column: 'isv_account_id', accountId });
  const rows = await agreementRows(db, parties, input);
  return pageOf(
    rows,
    input.limit,
    (r) => ({ at: r.cursor_at, id: r.id }),
    // An account is never both reseller and ISV of one authorization (a database CHECK).
    (r): SellerAgreementItem =>
      r.reseller_account_id === accountId ? resellerItem(r) : isvItem(r),
  );
}

export async function listBuyerAgreements(
  db: Kysely<Database>,
  accountId: string,
  input: ListInput,
): Promise<Page<BuyerAgreement>> {
  const rows = await agreementRows(db, [{ column: 'buyer_account_id', accountId }], input);
  return pageOf(rows, input.limit, (r) => ({ at: r.cursor_at, id: r.id }), toBuyerAgreement);
}
