// Input checks for priceOffer. The input may come from untyped JSON (a tRPC call, a stored
// draft), so every field is checked at run time and every problem is reported with its path,
// not just the first one.

import { isCalendarDate } from './dates';
import type { Issue, IssuePath } from './errors';
import {
  MAX_CENTS,
  MAX_DIMENSIONS,
  MAX_DISCOUNT_PPM,
  MAX_INSTALLMENTS,
  MAX_MARKUP_PPM,
  MAX_QUANTITY,
  MAX_UNIT_CENTS,
} from './limits';
import { dateMessages, pricingMessages as m } from './messages';

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

type Report = (path: IssuePath, message: string) => void;

function checkPercent(value: unknown, path: IssuePath, what: string, max: number, add: Report) {
  if (!Number.isSafeInteger(value)) add(path, m.percentFormat(what));
  else if (!isIntegerIn(value, 0, max))
    add(path, what === 'markup' ? m.markupRange : m.discountRange);
}

function checkDimension(dimension: Fields, index: number, kind: unknown, add: Report): void {
  const path = ['dimensions', index];
  if (!isIntegerIn(dimension.quantity, 1, MAX_QUANTITY)) add([...path, 'quantity'], m.quantity);
  const units = [
    ['listUnitCents', 'list price', 'discount', m.listPriceMissing],
    ['wholesaleUnitCents', 'wholesale price', 'custom', m.wholesalePriceMissing],
  ] as const;
  for (const [field, what, neededBy, missing] of units) {
    const value = dimension[field];
    // A schedule authorization prices installments, so unit prices there are informative only.
    if (value === undefined) {
      if (kind === neededBy) add([...path, field], missing);
    } else if (!isIntegerIn(value, 0, MAX_UNIT_CENTS)) add([...path, field], m.unitPrice(what));
  }
}

function checkDimensions(value: unknown, kind: unknown, add: Report): void {
  if (!Array.isArray(value) || value.length === 0) {
    add(['dimensions'], m.noDimensions);
    return;
  }
  if (value.length > MAX_DIMENSIONS) add(['dimensions'], m.tooManyDimensions);
  else if (kind === 'schedule' && value.length !== 1) add(['dimensions'], m.scheduleOneDimension);
  const seen = new Set<string>();
  for (const [index, dimension] of (value as unknown[]).entries()) {
    const item = isObject(dimension) ? dimension : {};
    const key = item.key;
    if (typeof key !== 'string' || key.trim() === '') {
      add(['dimensions', index, 'key'], m.dimensionKeyMissing);
    } else if (seen.has(key)) add(['dimensions', index, 'key'], m.dimensionKeyDuplicate(key));
    else seen.add(key);
    checkDimension(item, index, kind, add);
  }
}

function checkInstallments(value: unknown, add: Report): void {
  const path = ['authorization', 'installments'];
  if (!Array.isArray(value) || value.length === 0) {
    add(path, m.noInstallments);
    return;
  }
  if (value.length > MAX_INSTALLMENTS) add(path, m.tooManyInstallments);
  const seen = new Set<string>();
  for (const [index, installment] of (value as unknown[]).entries()) {
    const item = isObject(installment) ? installment : {};
    const date = item.invoiceDate;
    const datePath = [...path, index, 'invoiceDate'];
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      add(datePath, dateMessages.format);
    } else if (!isCalendarDate(date)) add(datePath, dateMessages.notOnCalendar(date));
    else if (seen.has(date)) add(datePath, dateMessages.duplicateInvoiceDate(date));
    else seen.add(date);
    if (!isIntegerIn(item.isvCents, 0, MAX_CENTS)) {
      add([...path, index, 'isvCents'], m.installmentAmount);
    }
  }
}

function checkAuthorization(value: unknown, add: Report): void {
  if (!isObject(value)) add(['authorization'], m.unknownAuthorizationKind);
  else if (value.kind === 'schedule') checkInstallments(value.installments, add);
  else if (value.kind === 'discount') {
    const path = ['authorization', 'discountPpm'];
    checkPercent(value.discountPpm, path, 'discount', MAX_DISCOUNT_PPM, add);
  } else if (value.kind !== 'custom') add(['authorization', 'kind'], m.unknownAuthorizationKind);
}

function checkFixedPrices(buyerCents: unknown, installments: unknown, add: Report): void {
  if (!Array.isArray(installments)) return; // already reported with the authorization
  const schedule = installments as unknown[];
  if (!Array.isArray(buyerCents) || buyerCents.length !== schedule.length) {
    add(['pricing', 'buyerCents'], m.buyerAmountCount(schedule.length));
    return;
  }
  for (const [index, amount] of (buyerCents as unknown[]).entries()) {
    const installment = schedule[index];
    const isvCents = isObject(installment) ? installment.isvCents : undefined;
    if (!isIntegerIn(amount, 0, MAX_CENTS)) add(['pricing', 'buyerCents', index], m.buyerAmount);
    else if (isIntegerIn(isvCents, 0, MAX_CENTS) && amount < isvCents) {
      add(['pricing', 'buyerCents', index], m.buyerBelowIsv(isvCents));
    }
  }
}

function checkPricing(value: unknown, authorization: unknown, add: Report): void {
  if (!isObject(value)) {
    add(['pricing'], m.missing);
    return;
  }
  const kind = isObject(authorization) ? authorization.kind : undefined;
  if (value.mode === 'MARKUP') {
    checkPercent(value.markupPpm, ['pricing', 'markupPpm'], 'markup', MAX_MARKUP_PPM, add);
  } else if (value.mode === 'FIXED_PRICE') {
    if (kind === 'schedule' && isObject(authorization)) {
      checkFixedPrices(value.buyerCents, authorization.installments, add);
    } else if (kind === 'discount' || kind === 'custom') {
      add(['pricing', 'mode'], m.fixedPriceNeedsSchedule);
    }
  } else {
    // DISCOUNT is the one mode people coming from the marketplace's other offers try.
    const discount = typeof value.mode === 'string' && value.mode.toUpperCase() === 'DISCOUNT';
    add(['pricing', 'mode'], discount ? m.discountNotOffered : m.unknownMode);
  }
}

/** Every problem with a priceOffer input, with paths relative to the input; [] when valid. */
export function priceOfferInputIssues(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const add: Report = (path, message) => {
    issues.push({ path, message });
  };
  if (!isObject(input)) {
    add([], m.missing);
    return issues;
  }
  checkAuthorization(input.authorization, add);
  const kind = isObject(input.authorization) ? input.authorization.kind : undefined;
  checkDimensions(input.dimensions, kind, add);
  checkPricing(input.pricing, input.authorization, add);
  return issues;
}
