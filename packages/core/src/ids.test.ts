import { describe, expect, test, vi } from 'vitest';
import {
  accountIdSchema,
  agreementIdSchema,
  authorizationIdSchema,
  invoiceIdSchema,
  isAccountId,
  isAgreementId,
  isAuthorizationId,
  isInvoiceId,
  isOfferId,
  isProductId,
  newAccountId,
  newAgreementId,
  newAuthorizationId,
  newInvoiceId,
  newOfferId,
  newProductId,
  offerIdSchema,
  productIdSchema,
} from './ids';

const COUNT = 3000;

describe.each([
  ['offer', newOfferId, isOfferId, /^offer-[a-z0-9]{13}$/],
  ['authorization', newAuthorizationId, isAuthorizationId, /^resaleauthz-[a-z0-9]{13}$/],
  ['agreement', newAgreementId, isAgreementId, /^agmt-[a-z0-9]{13}$/],
  ['invoice', newInvoiceId, isInvoiceId, /^inv-[a-z0-9]{13}$/],
  ['account', newAccountId, isAccountId, /^[1-9]\d{11}$/],
  [
    'product',
    newProductId,
    isProductId,
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  ],
] as const)('%s IDs', (_, generate, check, pattern) => {
  test(`${COUNT} are well formed and distinct`, () => {
    const ids = Array.from({ length: COUNT }, generate);
    for (const id of ids) {
      expect(id).toMatch(pattern);
      expect(check(id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(COUNT);
  });
});

test('UUID v4 built from random bytes when crypto.randomUUID is missing', () => {
  const { crypto } = globalThis as unknown as {
    crypto: { getRandomValues: (a: Uint8Array) => Uint8Array };
  };
  vi.stubGlobal('crypto', {
    getRandomValues: (array: Uint8Array) => crypto.getRandomValues(array),
  });
  try {
    const ids = Array.from({ length: 500 }, newProductId);
    for (const id of ids) expect(isProductId(id)).toBe(true);
    expect(new Set(ids).size).toBe(500);
  } finally {
    vi.unstubAllGlobals();
  }
});

describe('schemas', () => {
  test('accept the examples of SPEC §2, trimmed and lower-cased', () => {
    expect(offerIdSchema.parse(' OFFER-GEN3XSEO3TFGZ ')).toBe('offer-gen3xseo3tfgz');
    expect(authorizationIdSchema.parse('resaleauthz-k2m9x0q1w3e4r')).toBe(
      'resaleauthz-k2m9x0q1w3e4r',
    );
    expect(agreementIdSchema.parse('agmt-0p9o8i7u6y5t4')).toBe('agmt-0p9o8i7u6y5t4');
    expect(productIdSchema.parse('F2A79680-451B-44C4-938A-9FEDA0C400A5')).toBe(
      'f2a79680-451b-44c4-938a-9feda0c400a5',
    );
    expect(accountIdSchema.parse('713384441954')).toBe('713384441954');
  });

  test.each([
    [
      offerIdSchema,
      'offer-gfid7z7yd3v4',
      'This is not an offer ID (offer- followed by 13 letters or digits)',
    ],
    [
      authorizationIdSchema,
      'resaleauthz-short',
      'This is not a resale authorization ID (resaleauthz- followed by 13 letters or digits)',
    ],
    [
      agreementIdSchema,
      'agmt-0p9o8i7u6y5t4!',
      'This is not an agreement ID (agmt- followed by 13 letters or digits)',
    ],
    [
      invoiceIdSchema,
      'offer-gen3xseo3tfgz',
      'This is not an invoice ID (inv- followed by 13 letters or digits)',
    ],
    [
      productIdSchema,
      'f2a79680-451b-14c4-938a-9feda0c400a5',
      'This is not a product ID (a UUID like f2a79680-451b-44c4-938a-9feda0c400a5)',
    ],
    [accountIdSchema, '71338444195', 'An account ID is exactly 12 digits'],
    [accountIdSchema, 42, 'An account ID is exactly 12 digits'],
  ] as const)('%#: refuses %j', (schema, input, message) => {
    expect(schema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
