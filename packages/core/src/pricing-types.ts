// The contract of priceOffer (SPEC §3). Amounts are integer cents, percentages integer ppm.

export type ScheduleInstallment = { invoiceDate: string; isvCents: number };

export type PricingAuthorization =
  | { kind: 'discount'; discountPpm: number }
  | { kind: 'custom' }
  | { kind: 'schedule'; installments: readonly ScheduleInstallment[] };

export type PricingDimension = {
  key: string;
  listUnitCents?: number;
  wholesaleUnitCents?: number;
  quantity: number;
};

export type OfferPricingChoice =
  | { mode: 'MARKUP'; markupPpm: number }
  | { mode: 'FIXED_PRICE'; buyerCents: readonly number[] };

export type PriceOfferInput = {
  authorization: PricingAuthorization;
  dimensions: readonly PricingDimension[];
  pricing: OfferPricingChoice;
};

export type PricingLine = {
  key: string;
  wholesaleUnitCents: number;
  buyerUnitCents: number;
  quantity: number;
  isvCents: number;
  buyerCents: number;
  resellerCents: number;
};

export type PricedInstallment = {
  invoiceDate: string;
  isvCents: number;
  buyerCents: number;
  resellerCents: number;
};

export type PricingTotals = { isvCents: number; buyerCents: number; resellerCents: number };

export type OfferPricing = {
  /** One per dimension for upfront offers; [] for a payment schedule. */
  lines: PricingLine[];
  /** [] for upfront offers (paid on acceptance). */
  installments: PricedInstallment[];
  totals: PricingTotals;
};
