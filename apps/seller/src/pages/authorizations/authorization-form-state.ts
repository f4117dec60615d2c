// The new-authorization form as typed → isv.authorizations.create's input, parsed exactly by
// core (percent, dollars, dates, buyer IDs) with core's messages, keyed by the API's paths so
// the server's refusals land at the same fields.
import {
  allowedBuyerIdsSchema,
  authorizationTermsIssues,
  availabilitySchema,
  MAX_UNIT_CENTS,
  parseBuyerIdList,
  parseDollars,
  parsePercent,
  paymentScheduleSchema,
  quantitySchema,
  todayUtc,
} from '@offerdesk/core';
import { fieldKey } from '@offerdesk/ui';

export type PricingKind = 'discount' | 'custom' | 'schedule';
export type AvailabilityKind = 'single_use' | 'until_date' | 'until_deactivated';
export type ContractKind = 'none' | 'standard' | 'custom';
export type InstallmentRow = { amount: string; date: string };

export type AuthorizationFields = {
  productId: string;
  resellerAccountId: string;
  pricingKind: PricingKind;
  discount: string;
  wholesale: string[];
  dimensionKey: string;
  quantity: string;
  installments: InstallmentRow[];
  contractKind: ContractKind;
  contract: { sha256: string; fileName: string } | null;
  buyers: string;
  availability: AvailabilityKind;
  endsOn: string;
};

export const initialFields = (): AuthorizationFields => ({
  productId: '',
  resellerAccountId: '',
  pricingKind: 'discount',
  discount: '',
  wholesale: [],
  dimensionKey: '',
  quantity: '1',
  installments: [{ amount: '', date: '' }],
  contractKind: 'none',
  contract: null,
  buyers: '',
  availability: 'until_date',
  endsOn: '',
});

type Issues = Record<string, string>;

function pricingOf(fields: AuthorizationFields, errors: Issues) {
  if (fields.pricingKind === 'discount') {
    const parsed = parsePercent(fields.discount);
    if (!parsed.ok) errors['pricing.discountPpm'] = parsed.message;
    return { kind: 'discount' as const, discountPpm: parsed.ok ? parsed.value : 0 };
  }
  if (fields.pricingKind === 'custom') {
    const cents = fields.wholesale.map((text, index) => {
      const parsed = parseDollars(text, MAX_UNIT_CENTS);
      if (!parsed.ok) errors[`pricing.wholesaleUnitCents.${index}`] = parsed.message;
      return parsed.ok ? parsed.value : 0;
    });
    return { kind: 'custom' as const, wholesaleUnitCents: cents };
  }
  const installments = fields.installments.map((row, index) => {
    const parsed = parseDollars(row.amount);
    if (!parsed.ok) errors[`pricing.installments.${index}.isvCents`] = parsed.message;
    return { invoiceDate: row.date, isvCents: parsed.ok ? parsed.value : 0 };
  });
  for (const issue of paymentScheduleSchema.safeParse(installments).error?.issues ?? []) {
    errors[fieldKey(['pricing', 'installments', ...(issue.path as (string | number)[])])] ??=
      issue.message;
  }
  const quantity = quantitySchema.safeParse(Number(fields.quantity.trim() || Number.NaN));
  if (!quantity.success) errors['pricing.quantity'] = quantity.error.issues[0]?.message ?? '';
  return {
    kind: 'schedule' as const,
    installments,
    quantity: quantity.success ? quantity.data : 1,
    ...(fields.dimensionKey ? { dimensionKey: fields.dimensionKey } : {}),
  };
}

export function checkAuthorization(fields: AuthorizationFields) {
  const errors: Issues = {};
  if (!fields.productId) errors.productId = 'Choose the product to authorize';
  if (!/^\d{12}$/.test(fields.resellerAccountId.trim())) {
    errors.resellerAccountId = 'An account ID is exactly 12 digits';
  }
  const pricing = pricingOf(fields, errors);
  const buyerAccountIds = parseBuyerIdList(fields.buyers);
  for (const issue of allowedBuyerIdsSchema.safeParse(buyerAccountIds).error?.issues ?? []) {
    errors[fieldKey(['buyerAccountIds', ...(issue.path as (string | number)[])])] ??= issue.message;
  }
  const availabilityInput =
    fields.availability === 'until_deactivated'
      ? { kind: fields.availability, expiresOn: null }
      : { kind: fields.availability, expiresOn: fields.endsOn || null };
  const availability = availabilitySchema.safeParse(availabilityInput);
  for (const issue of availability.error?.issues ?? []) {
    errors[fieldKey(['availability', ...(issue.path as (string | number)[])])] ??= issue.message;
  }
  if (availability.success) {
    const terms = authorizationTermsIssues({
      pricingKind: fields.pricingKind,
      availability: availability.data,
      today: todayUtc(new Date()),
    });
    for (const issue of terms) errors[fieldKey(issue.path)] ??= issue.message;
  }
  if (fields.contractKind === 'custom' && !fields.contract) {
    errors.contract = 'Upload the custom reseller contract (PDF)';
  }
  const contract =
    fields.contractKind === 'custom' && fields.contract
      ? { kind: 'custom' as const, ...fields.contract }
      : { kind: fields.contractKind === 'standard' ? ('standard' as const) : ('none' as const) };
  const input = availability.success
    ? {
        productId: fields.productId,
        resellerAccountId: fields.resellerAccountId.trim(),
        pricing,
        contract,
        buyerAccountIds,
        availability: availability.data,
      }
    : null;
  return { errors, input: Object.keys(errors).length === 0 ? input : null };
}
