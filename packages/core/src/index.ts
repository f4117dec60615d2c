// @offerdesk/core: money, pricing, dates, IDs and the validation rules with their messages,
// shared unchanged by both SPAs and the server. No I/O.

export * from './common-passwords';
export * from './dates';
export * from './disbursements';
export * from './document-content';
export * from './errors';
export * from './ids';
export * from './limits';
export * from './listing-fee';
export * from './messages';
export * from './money-format';
export * from './money-parse';
export * from './offer-status';
export * from './pricing';
export { priceOfferInputIssues } from './pricing-checks';
export { roundHalfUpDiv } from './rounding';
export * from './schemas/account';
export * from './schemas/authorization';
export * from './schemas/buyers';
export * from './schemas/documents';
export * from './schemas/enums';
export * from './schemas/expiration';
export * from './schemas/installment-dates';
export * from './schemas/offer-name';
export * from './schemas/pricing-inputs';
export * from './schemas/product';
export * from './schemas/registration';
