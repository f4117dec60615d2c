// The rules of SPEC §7 that need the database, the product or today's date, checked when an
// authorization is created or cloned. Each returns issues at the create input's paths, so a
// form shows every problem at once.
import {
  authorizationMessages,
  buyerMessages,
  installmentDateIssues,
  MAX_CENTS,
  pricingMessages,
} from '@offerdesk/core';
import type { Database, Kysely, ProductDimension } from '@offerdesk/db';
import type { Issue } from '../errors';
import type { AuthorizationPricingInput, ContractInput } from './authorization-input';
import { storedPdfIssues } from './stored-documents';

export type SnapshotDimension = {
  key: string;
  display_name: string;
  description: string;
  list_unit_cents: number;
  wholesale_unit_cents: number | null;
  fixed_quantity: number | null;
};

export type PricingSnapshot = {
  dimensions: SnapshotDimension[];
  installments: { invoice_date: string; isv_cents: number }[];
};

export const NO_EULA_MESSAGE = "Upload the product's EULA before authorizing resellers";

async function existingAccountIds(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db.selectFrom('accounts').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function resellerIssues(
  db: Kysely<Database>,
  isvAccountId: string,
  resellerAccountId: string,
): Promise<Issue[]> {
  const path = ['resellerAccountId'];
  if (resellerAccountId === isvAccountId) {
    return [{ path, message: "This is your own account; enter the reseller's account ID" }];
  }
  const existing = await existingAccountIds(db, [resellerAccountId]);
  return existing.has(resellerAccountId)
    ? []
    : [{ path, message: buyerMessages.unknown([resellerAccountId]) }];
}

/** Each restricted buyer must be an Offerdesk account other than the reseller's. */
export async function buyerRestrictionIssues(
  db: Kysely<Database>,
  buyerAccountIds: readonly string[],
  resellerAccountId: string,
): Promise<Issue[]> {
  const existing = await existingAccountIds(db, buyerAccountIds);
  const issues: Issue[] = [];
  buyerAccountIds.forEach((id, index) => {
    const path = ['buyerAccountIds', index];
    if (id === resellerAccountId) {
      issues.push({
        path,
        message: `${id} is the reseller's own account; its offers cannot go to it`,
      });
    } else if (!existing.has(id)) issues.push({ path, message: buyerMessages.unknown([id]) });
  });
  return issues;
}

export async function contractIssues(
  db: Kysely<Database>,
  contract: ContractInput,
): Promise<Issue[]> {
  if (contract.kind !== 'custom') return [];
  return storedPdfIssues(db, contract.sha256, ['contract', 'sha256'], 'reseller contract');
}

/**
 * The product's dimensions as this authorization prices them. Custom prices may exceed the
 * list price (professional services are often listed at a nominal price and sold at the
 * real one in private offers); they are bounded by the unit price limit like list prices.
 */
export function pricingSnapshot(
  pricing: AuthorizationPricingInput,
  productDimensions: readonly ProductDimension[],
  today: string,
): { issues: Issue[]; snapshot: PricingSnapshot } {
  const issues: Issue[] = [];
  const base = (d: ProductDimension): SnapshotDimension => ({
    key: d.key,
    display_name: d.display_name,
    description: d.description,
    list_unit_cents: d.list_unit_cents,
    wholesale_unit_cents: null,
    fixed_quantity: null,
  });
  if (pricing.kind === 'discount') {
    return { issues, snapshot: { dimensions: productDimensions.map(base), installments: [] } };
  }
  if (pricing.kind === 'custom') {
    const prices = pricing.wholesaleUnitCents;
    if (prices.length !== productDimensions.length) {
      issues.push({
        path: ['pricing', 'wholesaleUnitCents'],
        message: authorizationMessages.wholesaleCount,
      });
    }
    const dimensions = productDimensions.map((d, i) => ({
      ...base(d),
      wholesale_unit_cents: prices[i] ?? null,
    }));
    return { issues, snapshot: { dimensions, installments: [] } };
  }
  const chosen = scheduleDimension(pricing.dimensionKey ?? null, productDimensions, issues);
  pricing.installments.forEach(({ invoiceDate }, index) => {
    for (const issue of installmentDateIssues([invoiceDate], { today })) {
      issues.push({
        path: ['pricing', 'installments', index, 'invoiceDate'],
        message: issue.message,
      });
    }
  });
  const total = pricing.installments.reduce((sum, i) => sum + BigInt(i.isvCents), 0n);
  if (total > BigInt(MAX_CENTS)) {
    issues.push({
      path: ['pricing', 'installments'],
      message: pricingMessages.tooLarge('The total due to the ISV'),
    });
  }
  return {
    issues,
    snapshot: {
      dimensions: chosen ? [{ ...base(chosen), fixed_quantity: pricing.quantity }] : [],
      installments: pricing.installments.map((i) => ({
        invoice_date: i.invoiceDate,
        isv_cents: i.isvCents,
      })),
    },
  };
}

/** A schedule bills one dimension: the one named, or the product's only one. */
function scheduleDimension(
  key: string | null,
  dimensions: readonly ProductDimension[],
  issues: Issue[],
): ProductDimension | null {
  const path = ['pricing', 'dimensionKey'];
  if (key !== null) {
    const found = dimensions.find((d) => d.key === key);
    if (!found) issues.push({ path, message: `This product has no pricing dimension "${key}"` });
    return found ?? null;
  }
  if (dimensions.length === 1) return dimensions[0] ?? null;
  issues.push({ path, message: 'Choose the pricing dimension the payment schedule is for' });
  return null;
}
