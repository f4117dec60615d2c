// Invoice lists: the buyer's (its own amounts), and the seller's — as reseller with the buyer,
// ISV and reseller amounts, as ISV with its own amount only (the buyer price and the markup
// are the reseller's business). Newest invoice date first, keyset-paginated.
import { todayUtc } from '@offerdesk/core';
import type { Database, InvoiceStatus, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import { effectiveInvoiceStatus } from './issue-due-invoices';
import { decodeCursor, INVOICE_ID_PATTERN, type ListPage, pageOf } from './list-cursor';

export type SellerRole = 'reseller' | 'isv';
export type ListInvoicesInput = {
  cursor?: string | null;
  limit: number;
  status?: InvoiceStatus | null;
};

export type BuyerInvoice = {
  id: string;
  agreementId: string;
  offerId: string;
  offerName: string;
  product: { id: string; name: string };
  sellerOfRecord: string;
  invoiceDate: string;
  amountCents: number;
  status: InvoiceStatus;
  issuedAt: string | null;
  paidAt: string | null;
};

type Common = {
  id: string;
  agreementId: string;
  offerId: string;
  offerName: string;
  product: { id: string; name: string };
  buyerAccountId: string;
  invoiceDate: string;
  status: InvoiceStatus;
  issuedAt: string | null;
  paidAt: string | null;
};
export type ResellerInvoice = Common & {
  role: 'reseller';
  isvName: string;
  buyerCents: number;
  isvCents: number;
  resellerCents: number;
};
export type IsvInvoice = Common & { role: 'isv'; resellerName: string; isvCents: number };

function baseQuery(db: Kysely<Database>, input: ListInvoicesInput, today: string) {
  let query = db
    .selectFrom('invoices')
    .innerJoin('agreements', 'agreements.id', 'invoices.agreement_id')
    .select([
      'invoices.id',
      'invoices.agreement_id',
      'invoices.invoice_date',
      'invoices.status',
      'invoices.issued_at',
      'invoices.paid_at',
      'invoices.buyer_cents',
      'invoices.isv_cents',
      'invoices.reseller_cents',
      'invoices.buyer_account_id',
      'invoices.reseller_account_id',
      'agreements.offer_id',
      'agreements.offer_name',
      'agreements.product_id',
      sql<string>`agreements.terms->>'productName'`.as('product_name'),
      sql<string>`agreements.terms->>'resellerName'`.as('reseller_name'),
      sql<string>`agreements.terms->>'isvName'`.as('isv_name'),
    ])
    .orderBy('invoices.invoice_date', 'desc')
    .orderBy('invoices.id', 'desc')
    .limit(input.limit + 1);
  if (input.cursor) {
    const { key, id } = decodeCursor(input.cursor, INVOICE_ID_PATTERN);
    query = query.where((eb) =>
      eb.or([
        eb('invoices.invoice_date', '<', key),
        eb.and([eb('invoices.invoice_date', '=', key), eb('invoices.id', '<', id)]),
      ]),
    );
  }
  // The status filter sees what the reader sees (a SCHEDULED invoice past its date is DUE).
  if (input.status === 'DUE') {
    query = query.where((eb) =>
      eb.or([
        eb('invoices.status', '=', 'DUE'),
        eb.and([eb('invoices.status', '=', 'SCHEDULED'), eb('invoices.invoice_date', '<=', today)]),
      ]),
    );
  } else if (input.status === 'SCHEDULED') {
    query = query
      .where('invoices.status', '=', 'SCHEDULED')
      .where('invoices.invoice_date', '>', today);
  } else if (input.status === 'PAID') {
    query = query.where('invoices.status', '=', 'PAID');
  }
  return query;
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);
const keyOf = (row: Row) => ({ key: row.invoice_date, id: row.id });

function common(row: Row, today: string): Common {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    offerId: row.offer_id,
    offerName: row.offer_name,
    product: { id: row.product_id, name: row.product_name },
    buyerAccountId: row.buyer_account_id,
    invoiceDate: row.invoice_date,
    status: effectiveInvoiceStatus(row.status, row.invoice_date, today),
    issuedAt: iso(row.issued_at),
    paidAt: iso(row.paid_at),
  };
}

export async function listBuyerInvoices(
  db: Kysely<Database>,
  buyerAccountId: string,
  input: ListInvoicesInput,
  now: Date,
): Promise<ListPage<BuyerInvoice>> {
  const today = todayUtc(now);
  const rows = await baseQuery(db, input, today)
    .where('invoices.buyer_account_id', '=', buyerAccountId)
    .execute();
  return pageOf(rows, input.limit, keyOf, (row) => {
    const { buyerAccountId: _, ...rest } = common(row, today);
    return { ...rest, sellerOfRecord: row.reseller_name, amountCents: row.buyer_cents };
  });
}

export async function listSellerInvoices(
  db: Kysely<Database>,
  sellerAccountId: string,
  /** null: both sides, each row shown as the side this seller is on. */
  role: SellerRole | null,
  input: ListInvoicesInput,
  now: Date,
): Promise<ListPage<ResellerInvoice | IsvInvoice>> {
  const today = todayUtc(now);
  const rows = await baseQuery(db, input, today)
    .where((eb) =>
      role === 'isv'
        ? eb('invoices.isv_account_id', '=', sellerAccountId)
        : role === 'reseller'
          ? eb('invoices.reseller_account_id', '=', sellerAccountId)
          : eb.or([
              eb('invoices.reseller_account_id', '=', sellerAccountId),
              eb('invoices.isv_account_id', '=', sellerAccountId),
            ]),
    )
    .execute();
  return pageOf(rows, input.limit, keyOf, (row): ResellerInvoice | IsvInvoice =>
    row.reseller_account_id !== sellerAccountId
      ? {
          ...common(row, today),
          role: 'isv',
          resellerName: row.reseller_name,
          isvCents: row.isv_cents,
        }
      : {
          ...common(row, today),
          role: 'reseller',
          isvName: row.isv_name,
          buyerCents: row.buyer_cents,
          isvCents: row.isv_cents,
          resellerCents: row.reseller_cents,
        },
  );
}
