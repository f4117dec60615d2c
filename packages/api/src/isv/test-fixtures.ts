// Shared by the isv, reseller, catalog and agreements tests: sellers made through the real
// API (products and authorizations created as an ISV would), and row counts to prove that a
// refused call wrote nothing.
import { addDays, todayUtc } from '@offerdesk/core';
import type { AgreementTable, Database } from '@offerdesk/db';
import { createPdfDocument, randomIds } from '@offerdesk/db/testing';
import { type Insertable, sql } from 'kysely';
import type { RouterInputs } from '../root';
import type { TestApi } from '../testing';
import type { TestWorld } from '../testing/test-world';

export type Seller = Awaited<ReturnType<TestApi['newAccount']>>;
export type NewAuthorization = RouterInputs['isv']['authorizations']['create'];

export const today = () => todayUtc(new Date());
export const inDays = (days: number) => addDays(today(), days);

/** SPEC §3 example 2's dimensions. */
export const assessmentDimensions = [
  {
    displayName: 'Assessment',
    description: 'Discovery and migration plan',
    listUnitCents: 2_500_000,
  },
  { displayName: 'Workshop day', description: 'One day on site', listUnitCents: 199_999 },
];

export async function newIsvWithProduct(
  t: TestWorld,
  dimensions = assessmentDimensions,
): Promise<{ isv: Seller; productId: string; productName: string; eulaSha256: string }> {
  const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
  const eulaSha256 = await createPdfDocument(t.handle.db);
  const productName = `Cloud Migration Assessment ${isv.accountId}`;
  const { productId } = await isv.client.trpc.isv.products.create.mutate({
    name: productName,
    description: 'A fixed-scope assessment and migration plan.',
    dimensions,
    eulaSha256,
  });
  return { isv, productId, productName, eulaSha256 };
}

export async function newIsvAndReseller(t: TestApi) {
  const product = await newIsvWithProduct(t);
  const reseller = await t.newAccount({ seller: 'complete' });
  return { ...product, reseller };
}

type SchedulePricing = Extract<NewAuthorization['pricing'], { kind: 'schedule' }>;

/** Two ISV installments of 0.50, 30 and 60 days out, on the "Workshop day" dimension. */
export function scheduleTerms(changes: Partial<SchedulePricing> = {}): SchedulePricing {
  return {
    kind: 'schedule',
    installments: [
      { invoiceDate: inDays(30), isvCents: 50 },
      { invoiceDate: inDays(60), isvCents: 50 },
    ],
    quantity: 1,
    dimensionKey: 'workshop-day',
    ...changes,
  };
}

/** What a payment schedule needs: single use, with an end date. */
export const fpsAvailability = { kind: 'single_use' as const, expiresOn: inDays(20) };

/** A discount authorization of 15.5 % until deactivated, with the standard contract. */
export function discountAuthorization(
  productId: string,
  resellerAccountId: string,
  changes: Partial<NewAuthorization> = {},
): NewAuthorization {
  return {
    productId,
    resellerAccountId,
    pricing: { kind: 'discount', discountPpm: 155_000 },
    contract: { kind: 'standard' },
    buyerAccountIds: [],
    availability: { kind: 'until_deactivated', expiresOn: null },
    ...changes,
  };
}

type CountedTable = keyof Database;

/** Rows in `table` where `column` = `value` (all rows when no column is given). */
export async function countRows(
  t: TestApi,
  table: CountedTable,
  column?: string,
  value?: string,
): Promise<number> {
  const where = column ? sql` WHERE ${sql.ref(column)} = ${value}` : sql``;
  const result = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM ${sql.table(table)}${where}`.execute(t.handle.db);
  return result.rows[0]?.n ?? 0;
}

type InvoiceAmounts = {
  invoiceDate: string;
  isvCents: number;
  buyerCents: number;
  resellerCents: number;
};

/**
 * An agreement row with its invoices (one upfront, or one per installment), in one
 * transaction: suites sharing a PostgreSQL database reconcile every agreement against its
 * invoices and must never see one without the other. The invoices are written as already
 * issued (DUE), so another suite's calendar tick, which issues every SCHEDULED invoice whose
 * date has come, never counts these.
 */
export async function insertAgreementWithInvoices(
  t: TestApi,
  agreement: Insertable<AgreementTable>,
  installments: readonly InvoiceAmounts[] = [],
): Promise<void> {
  const invoices: InvoiceAmounts[] =
    installments.length > 0
      ? [...installments]
      : [
          {
            invoiceDate: today(),
            isvCents: agreement.isv_total_cents,
            buyerCents: agreement.buyer_total_cents,
            resellerCents: agreement.reseller_total_cents,
          },
        ];
  await t.handle.db.transaction().execute(async (tx) => {
    await tx.insertInto('agreements').values(agreement).execute();
    await tx
      .insertInto('invoices')
      .values(
        invoices.map((invoice, position) => ({
          id: randomIds.invoice(),
          agreement_id: agreement.id,
          position,
          buyer_account_id: agreement.buyer_account_id,
          reseller_account_id: agreement.reseller_account_id,
          isv_account_id: agreement.isv_account_id,
          invoice_date: invoice.invoiceDate,
          buyer_cents: invoice.buyerCents,
          isv_cents: invoice.isvCents,
          reseller_cents: invoice.resellerCents,
          status: 'DUE' as const,
          issued_at: new Date(),
        })),
      )
      .execute();
  });
}
