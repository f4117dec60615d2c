// The seller's own disbursements (SPEC §9): one row per paid invoice, its gross, the listing
// fee (ISV rows only) and the amount, with the date and whether it has been paid out.
// Latest date first, keyset-paginated; the reports read the unpaid ones in date order.
import type { Database, DisbursementRole, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import { decodeCursor, type ListPage, pageOf, UUID_PATTERN } from '../invoices/list-cursor';

export type SellerDisbursement = {
  id: string;
  role: DisbursementRole;
  invoiceId: string;
  invoiceDate: string;
  agreementId: string;
  offerId: string;
  offerName: string;
  productName: string;
  buyerAccountId: string;
  grossCents: number;
  feeCents: number;
  amountCents: number;
  scheduledOn: string;
  status: 'SCHEDULED' | 'PAID_OUT';
  paidOutAt: string | null;
};

export type ListDisbursementsInput = {
  cursor?: string | null;
  limit: number;
  status?: 'SCHEDULED' | 'PAID_OUT' | null;
};

export function disbursementsQuery(db: Kysely<Database>, sellerAccountId: string) {
  return db
    .selectFrom('disbursements')
    .innerJoin('invoices', 'invoices.id', 'disbursements.invoice_id')
    .innerJoin('agreements', 'agreements.id', 'invoices.agreement_id')
    .select([
      'disbursements.id',
      'disbursements.role',
      'disbursements.invoice_id',
      'disbursements.gross_cents',
      'disbursements.fee_cents',
      'disbursements.amount_cents',
      'disbursements.scheduled_on',
      'disbursements.paid_out_at',
      'invoices.invoice_date',
      'invoices.buyer_account_id',
      'agreements.id as agreement_id',
      'agreements.offer_id',
      'agreements.offer_name',
      sql<string>`agreements.terms->>'productName'`.as('product_name'),
    ])
    .where('disbursements.seller_account_id', '=', sellerAccountId);
}

type Row = Awaited<ReturnType<ReturnType<typeof disbursementsQuery>['execute']>>[number];

export function toSellerDisbursement(row: Row): SellerDisbursement {
  return {
    id: row.id,
    role: row.role,
    invoiceId: row.invoice_id,
    invoiceDate: row.invoice_date,
    agreementId: row.agreement_id,
    offerId: row.offer_id,
    offerName: row.offer_name,
    productName: row.product_name,
    buyerAccountId: row.buyer_account_id,
    grossCents: row.gross_cents,
    feeCents: row.fee_cents,
    amountCents: row.amount_cents,
    scheduledOn: row.scheduled_on,
    status: row.paid_out_at ? 'PAID_OUT' : 'SCHEDULED',
    paidOutAt: row.paid_out_at ? new Date(row.paid_out_at).toISOString() : null,
  };
}

export async function listDisbursements(
  db: Kysely<Database>,
  sellerAccountId: string,
  input: ListDisbursementsInput,
): Promise<ListPage<SellerDisbursement>> {
  let query = disbursementsQuery(db, sellerAccountId)
    .orderBy('disbursements.scheduled_on', 'desc')
    .orderBy('disbursements.id', 'desc')
    .limit(input.limit + 1);
  if (input.status === 'PAID_OUT') query = query.where('disbursements.paid_out_at', 'is not', null);
  if (input.status === 'SCHEDULED') query = query.where('disbursements.paid_out_at', 'is', null);
  if (input.cursor) {
    const { key, id } = decodeCursor(input.cursor, UUID_PATTERN);
    query = query.where((eb) =>
      eb.or([
        eb('disbursements.scheduled_on', '<', key),
        eb.and([
          eb('disbursements.scheduled_on', '=', key),
          eb('disbursements.id', '<', sql<string>`${id}::uuid`),
        ]),
      ]),
    );
  }
  const rows = await query.execute();
  return pageOf(
    rows,
    input.limit,
    (row) => ({ key: row.scheduled_on, id: row.id }),
    toSellerDisbursement,
  );
}
