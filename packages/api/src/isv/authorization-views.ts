// One reading of a resale authorization for both parties: the ISV that granted it (its
// "Resale authorizations" page) and the reseller it was granted to (its "opportunities").
// Both see the same terms: the snapshot of the product taken when it was made, never the
// product as it is now.
import { AUTHORIZATION_ID_PATTERN, applyDiscount, todayUtc } from '@offerdesk/core';
import type {
  AuthorizationPricingKind,
  AvailabilityKind,
  ContractKind,
  Database,
  Kysely,
} from '@offerdesk/db';
import { sql } from 'kysely';
import { isoInstant, isoInstantOrNull } from '../db-time';
import { AppError } from '../errors';
import { afterKeyset, decodeCursor, keysetAt, type Page, pageOf } from '../pagination/keyset';
import {
  type AuthorizationStatus,
  authorizationStatus,
  pricingLabel,
  statusFilter,
} from './authorization-status';

/** Whose side the caller is on; the caller only ever sees its own side's authorizations. */
export type AuthorizationParty = { side: 'isv' | 'reseller'; accountId: string };

export type AuthorizationSummary = {
  id: string;
  status: AuthorizationStatus;
  product: { id: string; name: string };
  isv: { accountId: string; name: string };
  reseller: { accountId: string; name: string };
  pricing: { kind: AuthorizationPricingKind; label: string; discountPpm: number | null };
  contract: { kind: ContractKind; acceptedAt: string | null };
  buyerAccountIds: string[];
  availability: AvailabilityKind;
  endsOn: string | null;
  usedByOfferId: string | null;
  deactivatedAt: string | null;
  createdAt: string;
};

export type AuthorizationDetail = AuthorizationSummary & {
  contract: {
    kind: ContractKind;
    acceptedAt: string | null;
    sha256: string | null;
    fileName: string | null;
  };
  eula: { sha256: string; fileName: string };
  dimensions: {
    key: string;
    displayName: string;
    description: string;
    listUnitCents: number;
    /** Discount: list less the discount, rounded half up; custom: as stated; schedule: null. */
    wholesaleUnitCents: number | null;
    /** Schedule only: the fixed units. */
    fixedQuantity: number | null;
  }[];
  schedule: { invoiceDate: string; isvCents: number }[];
  /** Schedule only: the sum of the ISV amounts. */
  scheduleIsvTotalCents: number | null;
};

function selectAuthorizations(db: Kysely<Database>, party: AuthorizationParty) {
  const column = party.side === 'isv' ? 'a.isv_account_id' : 'a.reseller_account_id';
  return db
    .selectFrom('resale_authorizations as a')
    .innerJoin('accounts as ia', 'ia.id', 'a.isv_account_id')
    .leftJoin('seller_profiles as ip', 'ip.account_id', 'a.isv_account_id')
    .innerJoin('accounts as ra', 'ra.id', 'a.reseller_account_id')
    .leftJoin('seller_profiles as rp', 'rp.account_id', 'a.reseller_account_id')
    .leftJoin('contract_acceptances as ca', (join) =>
      join
        .onRef('ca.authorization_id', '=', 'a.id')
        .onRef('ca.reseller_account_id', '=', 'a.reseller_account_id'),
    )
    .selectAll('a')
    .select([
      sql<string>`coalesce(ip.public_name, ia.name)`.as('isv_name'),
      sql<string>`coalesce(rp.public_name, ra.name)`.as('reseller_name'),
      'ca.accepted_at as contract_accepted_at',
      keysetAt('a.created_at').as('cursor_at'),
    ])
    .where(column, '=', party.accountId);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectAuthorizations>['executeTakeFirstOrThrow']>>;

function summaryOf(row: Row, today: string): AuthorizationSummary {
  return {
    id: row.id,
    status: authorizationStatus(row, today),
    product: { id: row.product_id, name: row.product_name },
    isv: { accountId: row.isv_account_id, name: row.isv_name },
    reseller: { accountId: row.reseller_account_id, name: row.reseller_name },
    pricing: {
      kind: row.pricing_kind,
      label: pricingLabel(row.pricing_kind, row.discount_ppm),
      discountPpm: row.discount_ppm,
    },
    contract: {
      kind: row.contract_kind,
      acceptedAt: isoInstantOrNull(row.contract_accepted_at),
    },
    buyerAccountIds: row.buyer_account_ids,
    availability: row.availability,
    endsOn: row.ends_on,
    usedByOfferId: row.used_by_offer_id,
    deactivatedAt: row.deactivated_at?.toISOString() ?? null,
    createdAt: isoInstant(row.created_at),
  };
}

export async function listAuthorizations(
  db: Kysely<Database>,
  party: AuthorizationParty,
  input: {
    productId?: string | null;
    status?: AuthorizationStatus | null;
    cursor?: string | null;
    limit: number;
  },
  now: Date,
): Promise<Page<AuthorizationSummary>> {
  const keyset = decodeCursor(input.cursor, AUTHORIZATION_ID_PATTERN);
  const today = todayUtc(now);
  let query = selectAuthorizations(db, party);
  if (input.productId) query = query.where('a.product_id', '=', input.productId);
  if (input.status) query = query.where(statusFilter(input.status, today));
  if (keyset) query = query.where(afterKeyset('a.created_at', 'a.id', keyset));
  const rows = await query
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(input.limit + 1)
    .execute();
  return pageOf(
    rows,
    input.limit,
    (r) => ({ at: r.cursor_at, id: r.id }),
    (r) => summaryOf(r, today),
  );
}

/** The authorization with its snapshot; NOT_FOUND unless the caller is on `party`'s side. */
export async function getAuthorization(
  db: Kysely<Database>,
  party: AuthorizationParty,
  authorizationId: string,
  now: Date,
): Promise<AuthorizationDetail> {
  const row = await selectAuthorizations(db, party)
    .where('a.id', '=', authorizationId)
    .executeTakeFirst();
  if (!row)
    throw AppError.notFound(party.side === 'isv' ? 'This authorization' : 'This opportunity');
  const [dimensions, schedule] = await Promise.all([
    db
      .selectFrom('authorization_dimensions')
      .selectAll()
      .where('authorization_id', '=', row.id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('authorization_installments')
      .select(['invoice_date', 'isv_cents'])
      .where('authorization_id', '=', row.id)
      .orderBy('position')
      .execute(),
  ]);
  const summary = summaryOf(row, todayUtc(now));
  return {
    ...summary,
    contract: {
      ...summary.contract,
      sha256: row.contract_sha256,
      fileName: row.contract_file_name,
    },
    eula: { sha256: row.eula_sha256, fileName: row.eula_file_name },
    dimensions: dimensions.map((d) => ({
      key: d.key,
      displayName: d.display_name,
      description: d.description,
      listUnitCents: d.list_unit_cents,
      wholesaleUnitCents:
        row.pricing_kind === 'discount'
          ? Number(applyDiscount(BigInt(d.list_unit_cents), row.discount_ppm ?? 0))
          : d.wholesale_unit_cents,
      fixedQuantity: d.fixed_quantity,
    })),
    schedule: schedule.map((s) => ({ invoiceDate: s.invoice_date, isvCents: s.isv_cents })),
    scheduleIsvTotalCents:
      row.pricing_kind === 'schedule' ? schedule.reduce((sum, s) => sum + s.isv_cents, 0) : null,
  };
}
