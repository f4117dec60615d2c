// priceOffer: the one place offer prices are computed, for the live preview in the seller
// console and the authoritative figures on the server (SPEC §3). Exact integer arithmetic:
// BigInt throughout, half-up rounding per unit price or installment, totals are sums of the
// rounded rows, and any figure above MAX_CENTS is an error instead of an inexact number.

import { type Issue, type IssuePath, OfferValidationError } from './errors';
import { MAX_CENTS, MAX_UNIT_CENTS, PPM } from './limits';
import { pricingMessages as m } from './messages';
import { priceOfferInputIssues } from './pricing-checks';
import type {
  OfferPricing,
  PricedInstallment,
  PriceOfferInput,
  PricingDimension,
  PricingLine,
  PricingTotals,
  ScheduleInstallment,
} from './pricing-types';
import { roundHalfUpDiv } from './rounding';

export type {
  OfferPricing,
  OfferPricingChoice,
  PricedInstallment,
  PriceOfferInput,
  PricingAuthorization,
  PricingDimension,
  PricingLine,
  PricingTotals,
  ScheduleInstallment,
} from './pricing-types';

const PPM_N = BigInt(PPM);
const MAX_N = BigInt(MAX_CENTS);

/** Applies a markup: roundHalfUp(cents × (1,000,000 + markupPpm) / 1,000,000). */
export function applyMarkup(cents: bigint, markupPpm: number): bigint {
  return roundHalfUpDiv(cents * (PPM_N + BigInt(markupPpm)), PPM_N);
}

/** Applies a discount off list: roundHalfUp(list × (1,000,000 − discountPpm) / 1,000,000). */
export function applyDiscount(listCents: bigint, discountPpm: number): bigint {
  return roundHalfUpDiv(listCents * (PPM_N - BigInt(discountPpm)), PPM_N);
}

/**
 * Collects figures that do not fit in a safe integer, converting the ones that do. Only
 * buyer figures and the ISV total need the check: an ISV or reseller row never exceeds its
 * buyer row (markup ≥ 0, fixed buyer amounts ≥ ISV amounts), nor the reseller total the
 * buyer total.
 */
class Amounts {
  readonly issues: Issue[] = [];
  fit(value: bigint, path: IssuePath, what: string): number {
    if (value > MAX_N) {
      this.issues.push({ path, message: m.tooLarge(what) });
      return 0;
    }
    return Number(value);
  }
}

type Sums = { isv: bigint; buyer: bigint };

/** Each total's issue goes where it can be fixed: the ISV's rows, or the buyer's. */
function totalsOf(
  sums: Sums,
  paths: { isv: IssuePath; buyer: IssuePath },
  amounts: Amounts,
): PricingTotals {
  return {
    isvCents: amounts.fit(sums.isv, paths.isv, 'The total due to the ISV'),
    buyerCents: amounts.fit(sums.buyer, paths.buyer, 'The total due from the buyer'),
    resellerCents: Number(sums.buyer - sums.isv),
  };
}

function priceLines(input: PriceOfferInput, markupPpm: number, amounts: Amounts): OfferPricing {
  const { authorization } = input;
  const sums: Sums = { isv: 0n, buyer: 0n };
  const lines = input.dimensions.map((dimension: PricingDimension, index): PricingLine => {
    const wholesale =
      authorization.kind === 'discount'
        ? applyDiscount(BigInt(dimension.listUnitCents ?? 0), authorization.discountPpm)
        : BigInt(dimension.wholesaleUnitCents ?? 0);
    const buyerUnit = applyMarkup(wholesale, markupPpm);
    if (buyerUnit > BigInt(MAX_UNIT_CENTS)) {
      amounts.issues.push({
        path: ['pricing', 'markupPpm'],
        message: m.buyerUnitTooLarge(dimension.key, buyerUnit),
      });
    }
    const quantity = BigInt(dimension.quantity);
    const isv = wholesale * quantity;
    const buyer = buyerUnit * quantity;
    sums.isv += isv;
    sums.buyer += buyer;
    const path = ['dimensions', index, 'quantity'];
    const what = `The amount due from the buyer for "${dimension.key}"`;
    return {
      key: dimension.key,
      wholesaleUnitCents: Number(wholesale),
      buyerUnitCents: Number(buyerUnit),
      quantity: dimension.quantity,
      isvCents: Number(isv),
      buyerCents: amounts.fit(buyer, path, what),
      resellerCents: Number(buyer - isv),
    };
  });
  const paths = { isv: ['dimensions'], buyer: ['dimensions'] };
  return { lines, installments: [], totals: totalsOf(sums, paths, amounts) };
}

function priceSchedule(
  installments: readonly ScheduleInstallment[],
  pricing: PriceOfferInput['pricing'],
  amounts: Amounts,
): OfferPricing {
  const sums: Sums = { isv: 0n, buyer: 0n };
  // Under MARKUP only the markup can push buyer amounts too high, so issues go there.
  const buyerPath =
    pricing.mode === 'MARKUP' ? ['pricing', 'markupPpm'] : ['pricing', 'buyerCents'];
  const priced = installments.map((installment, index): PricedInstallment => {
    const isv = BigInt(installment.isvCents);
    const buyer =
      pricing.mode === 'MARKUP'
        ? applyMarkup(isv, pricing.markupPpm)
        : BigInt(pricing.buyerCents[index] ?? 0);
    sums.isv += isv;
    sums.buyer += buyer;
    const path = pricing.mode === 'MARKUP' ? buyerPath : [...buyerPath, index];
    return {
      invoiceDate: installment.invoiceDate,
      isvCents: installment.isvCents,
      buyerCents: amounts.fit(buyer, path, `The buyer amount of installment ${index + 1}`),
      resellerCents: Number(buyer - isv),
    };
  });
  const paths = { isv: ['authorization', 'installments'], buyer: buyerPath };
  const totals = totalsOf(sums, paths, amounts);
  return { lines: [], installments: priced, totals };
}

/**
 * Prices an offer. Throws OfferValidationError listing every problem found: first all input
 * problems, or else every figure that would exceed MAX_CENTS or the unit price limit.
 */
export function priceOffer(input: PriceOfferInput): OfferPricing {
  const inputIssues = priceOfferInputIssues(input);
  if (inputIssues.length > 0) throw new OfferValidationError(inputIssues);
  const amounts = new Amounts();
  const { authorization, pricing } = input;
  let result: OfferPricing;
  if (authorization.kind === 'schedule') {
    result = priceSchedule(authorization.installments, pricing, amounts);
  } else if (pricing.mode === 'MARKUP') {
    result = priceLines(input, pricing.markupPpm, amounts);
  } else {
    // Unreachable after the checks above (FIXED PRICE needs a schedule); kept for the types.
    throw new OfferValidationError([
      { path: ['pricing', 'mode'], message: m.fixedPriceNeedsSchedule },
    ]);
  }
  if (amounts.issues.length > 0) throw new OfferValidationError(amounts.issues);
  return result;
}
