// An agreement as its buyer sees it: the buyer's own prices only. The frozen terms also hold
// wholesale prices, ISV amounts and the reseller's margin, which are the sellers' business,
// so this view is built field by field instead of passing the terms through.
import type { Agreement } from '@offerdesk/db';

export type BuyerAgreement = {
  id: string;
  offerId: string;
  offerName: string;
  /** ISO 8601 instant. */
  acceptedAt: string;
  /** SHA-256 of the combined EULA PDF the buyer accepted. */
  eulaSha256: string;
  product: { id: string; name: string };
  sellerOfRecord: string;
  publisher: string;
  billing: 'UPFRONT' | 'INSTALLMENTS';
  lines: {
    key: string;
    displayName: string;
    quantity: number;
    unitCents: number;
    amountCents: number;
  }[];
  installments: { invoiceDate: string; amountCents: number }[];
  totalCents: number;
};

export function toBuyerAgreement(agreement: Agreement): BuyerAgreement {
  const { terms } = agreement;
  return {
    id: agreement.id,
    offerId: agreement.offer_id,
    offerName: agreement.offer_name,
    acceptedAt: agreement.accepted_at.toISOString(),
    eulaSha256: agreement.eula_sha256,
    product: { id: terms.productId, name: terms.productName },
    sellerOfRecord: terms.resellerName,
    publisher: terms.isvName,
    billing: terms.installments.length > 0 ? 'INSTALLMENTS' : 'UPFRONT',
    lines: terms.lines.map((line) => ({
      key: line.key,
      displayName: line.displayName,
      quantity: line.quantity,
      unitCents: line.buyerUnitCents,
      amountCents: line.buyerCents,
    })),
    installments: terms.installments.map((installment) => ({
      invoiceDate: installment.invoiceDate,
      amountCents: installment.buyerCents,
    })),
    totalCents: agreement.buyer_total_cents,
  };
}
