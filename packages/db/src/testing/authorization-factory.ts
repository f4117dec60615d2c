// Resale authorizations for tests, written straight to the database (the ISV API has its own
// tests); the pricing kinds of SPEC §3 with the product's dimensions snapshotted.
import type { Kysely } from 'kysely';
import type { AvailabilityKind, ContractKind, Database } from '../schema';
import { randomIds } from './factories';

export type TestAuthorizationPricing =
  | { kind: 'discount'; discountPpm: number }
  | { kind: 'custom'; wholesaleUnitCents: Record<string, number> }
  | {
      kind: 'schedule';
      quantity: number;
      installments: { invoiceDate: string; isvCents: number }[];
    };

export async function createAuthorization(
  db: Kysely<Database>,
  options: {
    isvAccountId: string;
    isvUserId: string;
    resellerAccountId: string;
    productId: string;
    pricing: TestAuthorizationPricing;
    availability?: AvailabilityKind;
    endsOn?: string | null;
    contract?: ContractKind;
    contractSha256?: string | null;
    buyerAccountIds?: string[];
  },
): Promise<string> {
  const product = await db
    .selectFrom('products')
    .selectAll()
    .where('id', '=', options.productId)
    .executeTakeFirstOrThrow();
  const dimensions = await db
    .selectFrom('product_dimensions')
    .selectAll()
    .where('product_id', '=', options.productId)
    .orderBy('position')
    .execute();
  const { pricing } = options;
  const id = randomIds.authorization();
  const isSchedule = pricing.kind === 'schedule';
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('resale_authorizations')
      .values({
        id,
        isv_account_id: options.isvAccountId,
        reseller_account_id: options.resellerAccountId,
        product_id: product.id,
        product_name: product.name,
        eula_sha256: product.eula_sha256 ?? '',
        eula_file_name: product.eula_file_name ?? 'EULA.pdf',
        pricing_kind: pricing.kind,
        discount_ppm: pricing.kind === 'discount' ? pricing.discountPpm : null,
        availability: options.availability ?? (isSchedule ? 'single_use' : 'until_deactivated'),
        ends_on: options.endsOn ?? (isSchedule ? '2099-12-31' : null),
        contract_kind: options.contract ?? 'none',
        contract_sha256: options.contract === 'custom' ? (options.contractSha256 ?? null) : null,
        contract_file_name: options.contract === 'custom' ? 'Contract.pdf' : null,
        buyer_account_ids: options.buyerAccountIds ?? [],
        used_by_offer_id: null,
        deactivated_at: null,
        created_by_user_id: options.isvUserId,
      })
      .execute();
    const rows = (isSchedule ? dimensions.slice(0, 1) : dimensions).map((d, position) => ({
      authorization_id: id,
      key: d.key,
      position,
      display_name: d.display_name,
      description: d.description,
      list_unit_cents: d.list_unit_cents,
      wholesale_unit_cents:
        pricing.kind === 'custom' ? (pricing.wholesaleUnitCents[d.key] ?? null) : null,
      fixed_quantity: pricing.kind === 'schedule' ? pricing.quantity : null,
    }));
    await tx.insertInto('authorization_dimensions').values(rows).execute();
    if (pricing.kind === 'schedule') {
      await tx
        .insertInto('authorization_installments')
        .values(
          pricing.installments.map((inst, position) => ({
            authorization_id: id,
            position,
            invoice_date: inst.invoiceDate,
            isv_cents: inst.isvCents,
          })),
        )
        .execute();
    }
  });
  return id;
}
