// The pricing step's fields as typed, parsed exactly by core (never through floats) into the
// offers.update input, and priced by core's priceOffer for the live preview. Messages are
// keyed by the offers.update paths, so the server's land in the same places.
import {
  MAX_MARKUP_PPM,
  MAX_QUANTITY,
  type OfferPricing,
  OfferValidationError,
  type PriceOfferInput,
  parseDollars,
  parsePercent,
  priceOffer,
  pricingMessages,
} from '@offerdesk/core';
import { fieldKey } from '@offerdesk/ui';
import type { SellerOffer } from './wizard-steps';

export type PricingFields = {
  mode: 'MARKUP' | 'FIXED_PRICE';
  markup: string;
  buyerAmounts: string[];
  quantities: string[];
};

export type PricingChoice =
  | { mode: 'MARKUP'; markupPpm: number }
  | { mode: 'FIXED_PRICE'; buyerCents: number[] };

export type ParsedPricing = {
  errors: Record<string, string>;
  pricing: PricingChoice | null;
  dimensions: { key: string; quantity: number }[] | null;
  preview: OfferPricing | null;
};

export function initialPricingFields(offer: SellerOffer): PricingFields {
  const choice = offer.pricingChoice;
  const schedule = offer.authorization.paymentSchedule;
  return {
    mode: schedule && choice.mode === 'FIXED_PRICE' ? 'FIXED_PRICE' : 'MARKUP',
    markup: choice.markupPpm === null ? '' : ppmText(choice.markupPpm),
    buyerAmounts: offer.schedule.map((s) => (s.buyerCents === null ? '' : centsText(s.buyerCents))),
    quantities: offer.dimensions.map((d) => String(d.quantity ?? 1)),
  };
}

function ppmText(ppm: number): string {
  const whole = Math.trunc(ppm / 10_000);
  const fraction = String(ppm % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

function centsText(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function parseQuantity(text: string): number | null {
  const trimmed = text.trim().replaceAll(',', '');
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_QUANTITY ? value : null;
}

function authorizationOf(offer: SellerOffer): PriceOfferInput['authorization'] {
  const { authorization } = offer;
  if (authorization.pricingKind === 'discount') {
    return { kind: 'discount', discountPpm: authorization.discountPpm ?? 0 };
  }
  if (authorization.pricingKind === 'custom') return { kind: 'custom' };
  return {
    kind: 'schedule',
    installments: offer.schedule.map((s) => ({ invoiceDate: s.invoiceDate, isvCents: s.isvCents })),
  };
}

export function parsePricing(offer: SellerOffer, fields: PricingFields): ParsedPricing {
  const errors: Record<string, string> = {};
  const quantities = fields.quantities.map((text, index) => {
    const quantity = parseQuantity(text);
    if (quantity === null) errors[`dimensions.${index}.quantity`] = pricingMessages.quantity;
    return quantity;
  });
  let pricing: PricingChoice | null = null;
  if (fields.mode === 'MARKUP') {
    const markup = parsePercent(fields.markup, MAX_MARKUP_PPM);
    if (markup.ok) pricing = { mode: 'MARKUP', markupPpm: markup.value };
    else errors['pricing.markupPpm'] = markup.message;
  } else {
    const cents = fields.buyerAmounts.map((text, index) => {
      const parsed = parseDollars(text);
      if (!parsed.ok) errors[`pricing.buyerCents.${index}`] = parsed.message;
      return parsed.ok ? parsed.value : null;
    });
    if (cents.every((c): c is number => c !== null)) {
      pricing = { mode: 'FIXED_PRICE', buyerCents: cents };
    }
  }
  const dimensions = quantities.every((q): q is number => q !== null)
    ? offer.dimensions.map((d, index) => ({ key: d.key, quantity: quantities[index] ?? 1 }))
    : null;
  let preview: OfferPricing | null = null;
  if (pricing && dimensions && Object.keys(errors).length === 0) {
    try {
      preview = priceOffer({
        authorization: authorizationOf(offer),
        dimensions: offer.dimensions.map((d, index) => ({
          key: d.key,
          listUnitCents: d.listUnitCents,
          ...(d.wholesaleUnitCents === null ? {} : { wholesaleUnitCents: d.wholesaleUnitCents }),
          quantity: dimensions[index]?.quantity ?? 1,
        })),
        pricing,
      });
    } catch (error) {
      if (!(error instanceof OfferValidationError)) throw error;
      for (const issue of error.issues) errors[fieldKey(issue.path)] ??= issue.message;
    }
  }
  return { errors, pricing, dimensions, preview };
}
