// Identifiers of SPEC §2. They appear in shareable URLs, so they are drawn from Web Crypto
// (in browsers and Node 20 alike), with rejection sampling so every character is equally
// likely (a plain `byte % 36` would favour the first 4 characters).

import { z } from 'zod';
import { buyerMessages } from './messages';

type WebCrypto = {
  getRandomValues<T extends Uint8Array>(array: T): T;
  randomUUID?: () => string;
};

function webCrypto(): WebCrypto {
  const crypto = (globalThis as { crypto?: WebCrypto }).crypto;
  if (!crypto?.getRandomValues) throw new Error('Web Crypto (crypto.getRandomValues) is required');
  return crypto;
}

const LOWER_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const DIGITS = '0123456789';

// Random bytes are drawn 256 at a time and handed out once each: a getRandomValues call
// costs more than the ID it makes (as Node's randomUUID keeps its own cache).
const pool = new Uint8Array(256);
let poolAt = pool.length;

function randomByte(): number {
  if (poolAt === pool.length) {
    webCrypto().getRandomValues(pool);
    poolAt = 0;
  }
  const byte = pool[poolAt] ?? 0;
  poolAt += 1;
  return byte;
}

/** `length` characters drawn uniformly from `alphabet` (at most 256 characters). */
export function randomString(length: number, alphabet: string): string {
  // Bytes at or above `limit` are discarded: below it every character has equal share.
  const limit = 256 - (256 % alphabet.length);
  let result = '';
  while (result.length < length) {
    const byte = randomByte();
    if (byte < limit) result += alphabet.charAt(byte % alphabet.length);
  }
  return result;
}

const SUFFIX_LENGTH = 13;
const suffix = () => randomString(SUFFIX_LENGTH, LOWER_ALPHANUMERIC);

export const newOfferId = (): string => `offer-${suffix()}`;
export const newAuthorizationId = (): string => `resaleauthz-${suffix()}`;
export const newAgreementId = (): string => `agmt-${suffix()}`;
export const newInvoiceId = (): string => `inv-${suffix()}`;

/** 12 digits; the first is never 0 so the ID survives anyone storing it as a number. */
export function newAccountId(): string {
  return randomString(1, DIGITS.slice(1)) + randomString(11, DIGITS);
}

/** A UUID v4, from crypto.randomUUID where the platform has it. */
export function newProductId(): string {
  const crypto = webCrypto();
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const ACCOUNT_ID_PATTERN = /^\d{12}$/;
export const OFFER_ID_PATTERN = /^offer-[a-z0-9]{13}$/;
export const AUTHORIZATION_ID_PATTERN = /^resaleauthz-[a-z0-9]{13}$/;
export const AGREEMENT_ID_PATTERN = /^agmt-[a-z0-9]{13}$/;
export const INVOICE_ID_PATTERN = /^inv-[a-z0-9]{13}$/;
export const PRODUCT_ID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const matches =
  (pattern: RegExp) =>
  (value: unknown): value is string =>
    typeof value === 'string' && pattern.test(value);

export const isAccountId = matches(ACCOUNT_ID_PATTERN);
export const isOfferId = matches(OFFER_ID_PATTERN);
export const isAuthorizationId = matches(AUTHORIZATION_ID_PATTERN);
export const isAgreementId = matches(AGREEMENT_ID_PATTERN);
export const isInvoiceId = matches(INVOICE_ID_PATTERN);
export const isProductId = matches(PRODUCT_ID_PATTERN);

// Schemas trim and lower-case what people paste ("Go to offer" takes a typed offer ID);
// generated IDs are already lower case, so stored IDs and parsed input compare equal.
const idSchema = (pattern: RegExp, message: string) =>
  z.string({ error: message }).trim().toLowerCase().regex(pattern, message);

const prefixed = (what: string, prefix: string) =>
  `This is not ${what} ID (${prefix} followed by 13 letters or digits)`;

export const accountIdSchema = z
  .string({ error: buyerMessages.accountIdFormat })
  .trim()
  .regex(ACCOUNT_ID_PATTERN, buyerMessages.accountIdFormat);
export const offerIdSchema = idSchema(OFFER_ID_PATTERN, prefixed('an offer', 'offer-'));
export const authorizationIdSchema = idSchema(
  AUTHORIZATION_ID_PATTERN,
  prefixed('a resale authorization', 'resaleauthz-'),
);
export const agreementIdSchema = idSchema(AGREEMENT_ID_PATTERN, prefixed('an agreement', 'agmt-'));
export const invoiceIdSchema = idSchema(INVOICE_ID_PATTERN, prefixed('an invoice', 'inv-'));
export const productIdSchema = idSchema(
  PRODUCT_ID_PATTERN,
  'This is not a product ID (a UUID like f2a79680-451b-44c4-938a-9feda0c400a5)',
);
