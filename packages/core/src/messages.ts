// Every sentence a user can read from a core check, in one place: the forms and the server
// show exactly these, so the wording is reviewed here once.

import { formatDate } from './dates';
import {
  MAX_ADDITIONAL_DOCUMENTS,
  MAX_BUYERS,
  MAX_CENTS,
  MAX_DIMENSIONS,
  MAX_EXPIRATION_YEARS,
  MAX_INSTALLMENTS,
  MAX_MARKUP_PPM,
  MAX_OFFER_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_QUANTITY,
  MAX_UNIT_CENTS,
  MIN_PASSWORD_LENGTH,
} from './limits';
import { formatPercentShort, formatUsd } from './money-format';

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const moneyMessages = {
  empty: 'Enter an amount',
  negative: 'The amount cannot be negative',
  exponent: 'Write the amount out in digits, like 1,999.99',
  separators: 'Put commas only between groups of three digits, like 1,999.99',
  invalid: 'Enter an amount in dollars, like 1,999.99',
  decimals: 'Enter at most 2 decimal places',
  tooLarge: (maxCents: number) => `The amount can be at most ${formatUsd(maxCents)}`,
};

export const percentMessages = {
  empty: 'Enter a percentage',
  negative: 'The percentage cannot be negative',
  exponent: 'Write the percentage out in digits, like 15.5',
  separators: 'Put commas only between groups of three digits, like 1,000',
  invalid: 'Enter a percentage, like 15.5',
  decimals: 'Enter at most 4 decimal places',
  tooLarge: (maxPpm: number) => `The percentage can be at most ${formatPercentShort(maxPpm)}`,
};

const unitRange = `from ${formatUsd(0)} to ${formatUsd(MAX_UNIT_CENTS)}`;
const amountRange = `from ${formatUsd(0)} to ${formatUsd(MAX_CENTS)}`;

export const pricingMessages = {
  missing: 'The pricing details are missing',
  discountNotOffered:
    'DISCOUNT is not a pricing option for professional services resale; choose MARKUP or FIXED PRICE',
  unknownMode: 'Choose MARKUP or FIXED PRICE',
  fixedPriceNeedsSchedule:
    'FIXED PRICE is only for authorizations with a payment schedule; choose MARKUP',
  unknownAuthorizationKind: 'The authorization pricing must be discount, custom or schedule',
  percentFormat: (what: string) => `Enter the ${what} as a percentage with at most 4 decimals`,
  markupRange: `The markup must be from 0 % to ${formatPercentShort(MAX_MARKUP_PPM)}`,
  discountRange: 'The discount must be from 0 % to 100 %',
  noDimensions: 'Add at least one pricing dimension',
  tooManyDimensions: `A product can have at most ${MAX_DIMENSIONS} pricing dimensions`,
  dimensionKeyMissing: 'Each pricing dimension needs a name',
  dimensionKeyDuplicate: (key: string) => `Pricing dimension "${key}" appears more than once`,
  scheduleOneDimension:
    'An authorization with a payment schedule has exactly one pricing dimension',
  quantity: `The quantity must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString('en-US')}`,
  listPriceMissing: 'A discount authorization needs the list price of each dimension',
  wholesalePriceMissing: 'A custom-price authorization needs the wholesale price of each dimension',
  unitPrice: (what: string) => `The ${what} must be an amount ${unitRange}`,
  buyerUnitTooLarge: (key: string, cents: bigint) =>
    `The buyer unit price of "${key}" would be ${formatUsd(Number(cents))}, above the limit of ${formatUsd(MAX_UNIT_CENTS)}; lower the markup`,
  noInstallments: 'A payment schedule needs at least one installment',
  tooManyInstallments: `A payment schedule can have at most ${MAX_INSTALLMENTS} installments`,
  installmentAmount: `The ISV amount must be an amount ${amountRange}`,
  buyerAmountCount: (count: number) =>
    count === 1
      ? 'Enter the buyer amount of the installment'
      : `Enter a buyer amount for each of the ${count} installments`,
  buyerAmount: `The buyer amount must be an amount ${amountRange}`,
  amount: `Enter an amount ${amountRange}`,
  buyerBelowIsv: (isvCents: number) =>
    `The buyer amount must be at least the ISV amount of ${formatUsd(isvCents)}`,
  tooLarge: (what: string) =>
    `${what} would be above ${formatUsd(MAX_CENTS)}, the largest amount Offerdesk can hold`,
};

export const dateMessages = {
  format: 'Enter a date as YYYY-MM-DD',
  notOnCalendar: (date: string) => `${date} is not a date on the calendar`,
  duplicateInvoiceDate: (date: string) =>
    `Each installment needs its own invoice date; ${formatDate(date)} is used more than once`,
  invoiceDatePassed: (date: string) =>
    `The invoice date ${formatDate(date)} has passed; every invoice date must be today or later`,
  tooManyBeforeExpiration: (expirationDate: string) =>
    `At most one invoice date can fall on or before the offer expiration date (${formatDate(expirationDate)}); choose an earlier expiration date`,
  expirationPast: 'The expiration date cannot be in the past',
  expirationAfterAuthorization: (authorizationExpiresOn: string) =>
    `The expiration date cannot be after the authorization ends (${formatDate(authorizationExpiresOn)})`,
  expirationTooFar: (latest: string) =>
    `The expiration date can be at most ${MAX_EXPIRATION_YEARS} years ahead (${formatDate(latest)} at the latest)`,
};

export const buyerMessages = {
  accountIdFormat: 'An account ID is exactly 12 digits',
  none: 'Enter at least one buyer account ID',
  tooMany: `An offer can go to at most ${MAX_BUYERS} buyer accounts`,
  restrictionTooMany: `An authorization can name at most ${MAX_BUYERS} buyer accounts`,
  duplicate: (id: string) => `Account ${id} is listed more than once`,
  ownAccount: (id: string) => `${id} is your own account; an offer goes to other accounts`,
  notAllowed: (id: string) => `This authorization does not allow offers to account ${id}`,
  unknown: (ids: readonly string[]) =>
    ids.length === 1
      ? `No Offerdesk account has the ID ${ids[0]}`
      : `No Offerdesk accounts have the IDs ${listInWords(ids)}`,
};

export const offerMessages = {
  nameEmpty: 'Enter an offer name',
  nameTooLong: `An offer name is at most ${MAX_OFFER_NAME_LENGTH} characters`,
  nameControl: 'An offer name cannot contain line breaks or control characters',
};

export const documentMessages = {
  nameEmpty: 'The file needs a name',
  nameTooLong: 'A file name is at most 255 characters',
  extension: 'Only .pdf and .txt files can be added',
  mediaType: 'Only PDF and plain-text files can be added',
  extensionMismatch: (extension: string, kind: string) =>
    `This file is ${kind} but its name ends in ${extension}`,
  empty: 'This file is empty',
  tooLarge: 'A file can be at most 10 MB (10,485,760 bytes)',
  tooMany: `You can add at most ${MAX_ADDITIONAL_DOCUMENTS} additional documents`,
  unrecognised: 'This file is neither a PDF nor UTF-8 plain text without NUL bytes',
};

const registrationParts = {
  profile: 'the public profile',
  tax: 'tax information',
  banking: 'banking details',
};

export const registrationMessages = {
  incomplete: (missing: readonly string[]) => {
    // "banking details" is plural on its own.
    const plural = missing.length > 1 || missing[0] === registrationParts.banking;
    return `Complete your seller registration first: ${listInWords(missing)} ${plural ? 'are' : 'is'} missing`;
  },
  publicName: 'Enter a public name of 1 to 100 characters',
  description: 'The description is at most 2,000 characters',
  country: 'Choose a country (two-letter code, like US)',
  taxId: 'Enter a tax ID of 2 to 30 letters, digits, spaces, dots or dashes',
  /** The countries whose tax ID form is checked; others take the free-text rule above. */
  taxIdOf: {
    US: 'A US employer identification number (EIN) is 9 digits, like 12-3456789',
    GB: 'A UK VAT registration number is GB followed by 9 or 12 digits, like GB123456789',
    DE: 'A German VAT ID (USt-IdNr.) is DE followed by 9 digits, like DE123456789',
  },
  accountHolder: 'Enter the account holder name (1 to 100 characters)',
  routingNumber: 'A routing number is 9 digits with a valid check digit',
  bankAccountNumber: 'A bank account number is 4 to 17 digits',
  disbursementDay: 'Choose a day of the month from 1 to 28',
  parts: registrationParts,
};

export const authorizationMessages = {
  scheduleSingleUse: 'An authorization with a payment schedule is single use and needs an end date',
  endDateRequired: 'Choose the date the authorization ends',
  endDatePast: 'The end date cannot be in the past',
  wholesaleCount: 'Enter a wholesale price for each pricing dimension',
};

export const productMessages = {
  name: 'Enter a product name of 1 to 200 characters',
  description: 'The description is at most 5,000 characters',
  dimensionName: 'Enter a dimension name of 1 to 100 characters',
  dimensionDescription: 'A dimension description is at most 500 characters',
};

export const accountMessages = {
  email: 'Enter an email address, like name@example.com',
  emailTooLong: 'An email address is at most 254 characters',
  passwordTooShort: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters`,
  passwordTooLong: `A password is at most ${MAX_PASSWORD_LENGTH.toLocaleString('en-US')} characters`,
  passwordCommon:
    'This is one of the most common passwords, so it is easy to guess; choose another',
  accountName: 'Enter an account name of 1 to 100 characters',
  console: 'Choose the seller or the buyer console',
  /** Sign-up with an email that has a login: says no more than that it cannot be used. */
  emailTaken:
    'This email cannot be used to sign up. If it is yours, sign in or reset your password.',
  emailHasLogin: 'This email already has an Offerdesk login',
  resetLinkInvalid: 'This reset link has expired or was already used. Ask for a new one.',
  invitationInvalid: 'This invitation has expired or was already used',
  lastUser: 'An account keeps at least one user',
  userId: 'This is not a user ID',
};
