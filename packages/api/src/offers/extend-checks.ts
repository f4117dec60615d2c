// Everything SPEC §4 asks of an offer's content when it is extended, checked again against
// today (a draft saved last week may have gone stale). Collects every problem at once, with
// the offers.update paths, so the reseller fixes them in one pass.
import { defaultOfferName, type Issue, type OfferPricing } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { previewPricing } from './get-offer';
import { authorizationUseMessages } from './offer-messages';
import {
  buyerAccountIssues,
  documentRuleIssues,
  expirationIssues,
  offerNameIssues,
  scheduleDateIssues,
} from './offer-rules';
import type { OfferTerms } from './offer-terms';

export type ExtendCheck = { issues: Issue[]; pricing: OfferPricing | null; name: string };

export async function checkOfferForExtend(
  db: Kysely<Database>,
  terms: OfferTerms,
  today: string,
): Promise<ExtendCheck> {
  const { offer, authorization } = terms;
  const scheduleDates = terms.schedule.map((s) => s.invoice_date);
  const buyerRules = {
    sellerAccountId: offer.reseller_account_id,
    allowedBuyerIds: authorization.buyer_account_ids,
  };
  const { pricing, issues: pricingIssues } = previewPricing(terms);
  const issues: Issue[] = [
    ...(await buyerAccountIssues(db, terms.buyerAccountIds, buyerRules, { required: true })),
    ...pricingIssues,
    ...scheduleDateIssues(scheduleDates, today),
    ...expirationIssues(offer.expiration_date, {
      today,
      authorizationEndsOn: authorization.ends_on,
      scheduleDates,
    }),
    ...(offer.name === null ? [] : offerNameIssues(offer.name)),
    ...documentRuleIssues(terms.documents),
  ];
  if (!authorization.eula_sha256) {
    issues.push({ path: ['documents'], message: authorizationUseMessages.eulaMissing });
  }
  const name =
    offer.name ??
    defaultOfferName({ buyerIds: terms.buyerAccountIds, productName: authorization.product_name });
  return { issues, pricing, name };
}
