// The terms an agreement keeps forever (SPEC §5): names and prices as they stood at the
// moment of acceptance, so later edits to products, profiles or authorizations never change
// what a buyer agreed to.
import type { OfferPricing } from '@offerdesk/core';
import type { FrozenTerms, Offer } from '@offerdesk/db';
import type { PricingTerms } from '../offers/offer-terms';
import type { SellerNames } from './seller-names';

/** What freezing reads of the terms, beyond what pricing reads. */
export type TermsToFreeze = PricingTerms & {
  offer: Pick<Offer, 'id' | 'product_id' | 'pricing_mode' | 'markup_ppm'>;
  authorization: { product_name: string };
};

export function freezeTerms(
  terms: TermsToFreeze,
  pricing: OfferPricing,
  names: SellerNames,
): FrozenTerms {
  const { offer } = terms;
  // priceTerms has refused an offer without a pricing mode before this is reached.
  if (!offer.pricing_mode) throw new Error(`Offer ${offer.id} has no pricing mode`);
  const displayNames = new Map(terms.dimensions.map((d) => [d.key, d.display_name]));
  return {
    productName: terms.authorization.product_name,
    productId: offer.product_id,
    resellerName: names.resellerName,
    isvName: names.isvName,
    pricingMode: offer.pricing_mode,
    markupPpm: offer.pricing_mode === 'MARKUP' ? offer.markup_ppm : null,
    lines: pricing.lines.map((line) => ({
      key: line.key,
      displayName: displayNames.get(line.key) ?? line.key,
      quantity: line.quantity,
      wholesaleUnitCents: line.wholesaleUnitCents,
      buyerUnitCents: line.buyerUnitCents,
      isvCents: line.isvCents,
      buyerCents: line.buyerCents,
      resellerCents: line.resellerCents,
    })),
    installments: pricing.installments.map((installment) => ({
      invoiceDate: installment.invoiceDate,
      isvCents: installment.isvCents,
      buyerCents: installment.buyerCents,
      resellerCents: installment.resellerCents,
    })),
  };
}
