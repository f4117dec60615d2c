// An authorization is never edited (SPEC §7): the ISV deactivates it, or clones it into a new
// one with some terms changed. Offers already made from it stand either way.
import type { AvailabilityKind, Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { Clock } from '../clock';
import { AppError, type Issue } from '../errors';
import type {
  AuthorizationPricingInput,
  CloneAuthorizationInput,
  ContractInput,
  CreateAuthorizationInput,
} from './authorization-input';
import { createAuthorization } from './create-authorization';
import type { Seller } from './product-writes';

const notFound = () => {
  const message = 'This authorization was not found';
  return new AppError('NOT_FOUND', message, [{ path: ['authorizationId'], message }]);
};

/** Idempotent: a second call keeps the first deactivation time. */
export async function deactivateAuthorization(
  db: Kysely<Database>,
  accountId: string,
  authorizationId: string,
  clock: Clock,
): Promise<{ authorizationId: string; deactivatedAt: string }> {
  const row = await db
    .updateTable('resale_authorizations')
    .set({ deactivated_at: sql<Date>`coalesce(deactivated_at, ${clock.sqlNow()})` })
    .where('id', '=', authorizationId)
    .where('isv_account_id', '=', accountId)
    .returning(['id', 'deactivated_at'])
    .executeTakeFirst();
  if (!row?.deactivated_at) throw notFound();
  return { authorizationId: row.id, deactivatedAt: row.deactivated_at.toISOString() };
}

const TERMS = ['resellerAccountId', 'pricing', 'contract', 'buyerAccountIds', 'availability'];

/**
 * A new authorization with the source's terms, except the overrides, snapshotting the
 * product as it is now (that is what creating an authorization means). Refusals point at
 * ['overrides', …], where the ISV changes what no longer holds (an end date now past, custom
 * prices for dimensions the product no longer has).
 */
export async function cloneAuthorization(
  db: Kysely<Database>,
  seller: Seller,
  input: CloneAuthorizationInput,
  now: Date,
): Promise<{ authorizationId: string }> {
  const source = await db
    .selectFrom('resale_authorizations')
    .selectAll()
    .where('id', '=', input.authorizationId)
    .where('isv_account_id', '=', seller.accountId)
    .executeTakeFirst();
  if (!source) throw notFound();
  const { overrides } = input;
  const contract: ContractInput =
    source.contract_kind === 'custom' && source.contract_sha256
      ? { kind: 'custom', sha256: source.contract_sha256, fileName: source.contract_file_name }
      : { kind: source.contract_kind === 'standard' ? 'standard' : 'none' };
  const terms: CreateAuthorizationInput = {
    productId: source.product_id,
    resellerAccountId: overrides.resellerAccountId ?? source.reseller_account_id,
    pricing: overrides.pricing ?? (await sourcePricing(db, source)),
    contract: overrides.contract ?? contract,
    buyerAccountIds: overrides.buyerAccountIds ?? source.buyer_account_ids,
    availability: overrides.availability ?? sourceAvailability(source),
  };
  try {
    return await createAuthorization(db, seller, terms, now);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const issues: Issue[] = error.issues.map((issue) => ({
      message: issue.message,
      path:
        issue.path[0] === 'productId'
          ? ['authorizationId', ...issue.path.slice(1)]
          : TERMS.includes(String(issue.path[0]))
            ? ['overrides', ...issue.path]
            : issue.path,
    }));
    throw new AppError(error.code, error.message, issues);
  }
}

function sourceAvailability(source: {
  availability: AvailabilityKind;
  ends_on: string | null;
}): CreateAuthorizationInput['availability'] {
  switch (source.availability) {
    case 'until_deactivated':
      return { kind: 'until_deactivated', expiresOn: null };
    case 'until_date':
      return { kind: 'until_date', expiresOn: source.ends_on ?? '' };
    case 'single_use':
      return { kind: 'single_use', expiresOn: source.ends_on };
  }
}

type SourceRow = {
  id: string;
  product_id: string;
  pricing_kind: AuthorizationPricingInput['kind'];
  discount_ppm: number | null;
};

/** The source's pricing, with custom prices matched to the product's current dimensions by key. */
async function sourcePricing(
  db: Kysely<Database>,
  source: SourceRow,
): Promise<AuthorizationPricingInput> {
  if (source.pricing_kind === 'discount') {
    return { kind: 'discount', discountPpm: source.discount_ppm ?? 0 };
  }
  const dimensions = await db
    .selectFrom('authorization_dimensions')
    .selectAll()
    .where('authorization_id', '=', source.id)
    .orderBy('position')
    .execute();
  if (source.pricing_kind === 'schedule') {
    const installments = await db
      .selectFrom('authorization_installments')
      .select(['invoice_date', 'isv_cents'])
      .where('authorization_id', '=', source.id)
      .orderBy('position')
      .execute();
    const dimension = dimensions[0];
    return {
      kind: 'schedule',
      installments: installments.map((i) => ({
        invoiceDate: i.invoice_date,
        isvCents: i.isv_cents,
      })),
      quantity: dimension?.fixed_quantity ?? 1,
      dimensionKey: dimension?.key ?? null,
    };
  }
  const current = await db
    .selectFrom('product_dimensions')
    .select('key')
    .where('product_id', '=', source.product_id)
    .orderBy('position')
    .execute();
  const byKey = new Map(dimensions.map((d) => [d.key, d.wholesale_unit_cents]));
  const prices = current.map((d) => byKey.get(d.key));
  // A dimension added since the source was made has no price: the count check refuses it.
  return {
    kind: 'custom',
    wholesaleUnitCents: prices.filter((p): p is number => typeof p === 'number'),
  };
}
