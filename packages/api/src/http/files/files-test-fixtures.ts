// Offers for the file-route tests, written straight to the database in the state a test needs
// (the offers API has its own tests): a signed-in reseller and ISV, a product and an
// authorization, and an offer to the given buyers. A published offer gets its combined PDF
// from the real pipeline, stored as the publish job stores it.
import { randomUUID } from 'node:crypto';
import type { OfferStatus } from '@offerdesk/db';
import { createAuthorization, createProduct, randomIds } from '@offerdesk/db/testing';
import { sql } from 'kysely';
import { composeCombinedPdf } from '../../documents/combined-pdf';
import { combinedPdfInputFor } from '../../documents/offer-pdf-input';
import { storeDocument } from '../../documents/store-document';
import { loadOfferTerms } from '../../offers/offer-terms';
import type { TestApi } from '../../testing/test-api';

export async function createTestOffer(
  t: TestApi,
  options: { status?: OfferStatus; buyerAccountIds?: string[] } = {},
) {
  const { db } = t.handle;
  const status = options.status ?? 'DRAFT';
  const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
  const reseller = await t.newAccount({ seller: 'complete' });
  const product = await createProduct(db, isv.accountId);
  const authorizationId = await createAuthorization(db, {
    isvAccountId: isv.accountId,
    isvUserId: isv.userId,
    resellerAccountId: reseller.accountId,
    productId: product.productId,
    pricing: { kind: 'discount', discountPpm: 100_000 },
  });
  const offerId = randomIds.offer();
  const published = status === 'PUBLISHED' || status === 'CANCELLED';
  await db
    .insertInto('offers')
    .values({
      id: offerId,
      reseller_account_id: reseller.accountId,
      isv_account_id: isv.accountId,
      authorization_id: authorizationId,
      product_id: product.productId,
      name: `Offer ${randomUUID().slice(0, 8)}`,
      // A published offer needs its PDF first (a CHECK says so): written as PUBLISHING.
      status: published ? 'PUBLISHING' : status,
      pricing_mode: 'MARKUP',
      markup_ppm: 50_000,
      expiration_date: '2099-12-31',
      combined_pdf_sha256: null,
      failure_reason: null,
      isv_total_cents: null,
      buyer_total_cents: null,
      reseller_total_cents: null,
      created_by_user_id: reseller.userId,
      extended_at: status === 'DRAFT' ? null : sql<Date>`now()`,
      published_at: null,
      cancelled_at: status === 'CANCELLED' ? sql<Date>`now()` : null,
    })
    .execute();
  const buyers = options.buyerAccountIds ?? [];
  if (buyers.length > 0) {
    await db
      .insertInto('offer_buyers')
      .values(buyers.map((id, position) => ({ offer_id: offerId, buyer_account_id: id, position })))
      .execute();
  }
  let combinedSha256: string | null = null;
  if (published) {
    const terms = await loadOfferTerms(db, offerId);
    if (!terms) throw new Error('offer not written');
    const pdf = await composeCombinedPdf(
      await combinedPdfInputFor(t.handle, terms, new Date('2026-11-26T00:00:00Z')),
    );
    combinedSha256 = await storeDocument(t.handle, {
      bytes: pdf.bytes,
      mediaType: 'application/pdf',
    });
    await db
      .updateTable('offers')
      .set({ status, combined_pdf_sha256: combinedSha256, published_at: sql<never>`now()` })
      .where('id', '=', offerId)
      .execute();
  }
  return { offerId, isv, reseller, product, authorizationId, combinedSha256 };
}

/** The offer's documents as the reseller would list them, to compare before and after. */
export async function offerDocuments(t: TestApi, offerId: string) {
  return t.handle.db
    .selectFrom('offer_documents')
    .innerJoin('documents', 'documents.sha256', 'offer_documents.document_sha256')
    .select([
      'offer_documents.id',
      'offer_documents.position',
      'offer_documents.file_name',
      'documents.sha256',
      'documents.media_type',
    ])
    .where('offer_documents.offer_id', '=', offerId)
    .orderBy('offer_documents.position')
    .execute();
}
