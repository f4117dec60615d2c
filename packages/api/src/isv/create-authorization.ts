// Creating a resale authorization (SPEC §7). It snapshots the product (name, dimensions,
// list prices, EULA) in the same transaction that reads it, with the product row held FOR
// SHARE, so a concurrent product edit lands wholly before or wholly after the snapshot.
import { authorizationTermsIssues, newAuthorizationId, todayUtc } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { AppError, type Issue } from '../errors';
import { assertSellerRegistered } from '../sellers/registration';
import type { CreateAuthorizationInput } from './authorization-input';
import {
  buyerRestrictionIssues,
  contractIssues,
  NO_EULA_MESSAGE,
  pricingSnapshot,
  resellerIssues,
} from './authorization-rules';
import type { Seller } from './product-writes';

const DEFAULT_CONTRACT_NAME = 'Reseller contract.pdf';

export async function createAuthorization(
  db: Kysely<Database>,
  seller: Seller,
  input: CreateAuthorizationInput,
  now: Date,
): Promise<{ authorizationId: string }> {
  await assertSellerRegistered(db, seller.accountId);
  const today = todayUtc(now);
  return db.transaction().execute(async (tx) => {
    const product = await tx
      .selectFrom('products')
      .selectAll()
      .where('id', '=', input.productId)
      .where('seller_account_id', '=', seller.accountId)
      .forShare()
      .executeTakeFirst();
    if (!product) {
      const message = 'This product was not found';
      throw new AppError('NOT_FOUND', message, [{ path: ['productId'], message }]);
    }
    const productDimensions = await tx
      .selectFrom('product_dimensions')
      .selectAll()
      .where('product_id', '=', product.id)
      .orderBy('position')
      .execute();
    const { issues: pricingIssues, snapshot } = pricingSnapshot(
      input.pricing,
      productDimensions,
      today,
    );
    const issues: Issue[] = [
      ...(product.eula_sha256 ? [] : [{ path: ['productId'], message: NO_EULA_MESSAGE }]),
      ...(await resellerIssues(tx, seller.accountId, input.resellerAccountId)),
      ...pricingIssues,
      ...authorizationTermsIssues({
        pricingKind: input.pricing.kind,
        availability: input.availability,
        today,
      }),
      ...(await contractIssues(tx, input.contract)),
      ...(await buyerRestrictionIssues(tx, input.buyerAccountIds, input.resellerAccountId)),
    ];
    if (issues.length > 0 || !product.eula_sha256) throw AppError.invalid(issues);

    const id = newAuthorizationId();
    const { contract, availability, pricing } = input;
    await tx
      .insertInto('resale_authorizations')
      .values({
        id,
        isv_account_id: seller.accountId,
        reseller_account_id: input.resellerAccountId,
        product_id: product.id,
        product_name: product.name,
        eula_sha256: product.eula_sha256,
        eula_file_name: product.eula_file_name ?? 'EULA.pdf',
        pricing_kind: pricing.kind,
        discount_ppm: pricing.kind === 'discount' ? pricing.discountPpm : null,
        availability: availability.kind,
        ends_on: availability.expiresOn,
        contract_kind: contract.kind,
        contract_sha256: contract.kind === 'custom' ? contract.sha256 : null,
        contract_file_name:
          contract.kind === 'custom' ? (contract.fileName ?? DEFAULT_CONTRACT_NAME) : null,
        buyer_account_ids: input.buyerAccountIds,
        used_by_offer_id: null,
        deactivated_at: null,
        created_by_user_id: seller.userId,
      })
      .execute();
    await tx
      .insertInto('authorization_dimensions')
      .values(snapshot.dimensions.map((d, position) => ({ ...d, authorization_id: id, position })))
      .execute();
    if (snapshot.installments.length > 0) {
      await tx
        .insertInto('authorization_installments')
        .values(
          snapshot.installments.map((i, position) => ({ ...i, authorization_id: id, position })),
        )
        .execute();
    }
    return { authorizationId: id };
  });
}
