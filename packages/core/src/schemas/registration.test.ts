import { expect, test } from 'vitest';
import {
  isRoutingNumber,
  maskBankAccount,
  normalizeTaxId,
  registrationIncompleteMessage,
  registrationUpdateSchema,
  sellerBankingSchema,
  sellerProfileSchema,
  sellerTaxSchema,
} from './registration';

test('profile, tax and banking in their forms', () => {
  expect(
    sellerProfileSchema.parse({
      publicName: 'Northwind Partners',
      description: '',
      sellerType: 'CHANNEL_PARTNER',
    }),
  ).toMatchObject({ sellerType: 'CHANNEL_PARTNER' });
  expect(sellerTaxSchema.parse({ country: 'us', taxId: '12-3456789' })).toEqual({
    country: 'US',
    taxId: '12-3456789',
  });
  expect(
    sellerBankingSchema.parse({
      accountHolder: 'Acme',
      routingNumber: '021000021',
      accountNumber: '123456789',
    }),
  ).toMatchObject({ routingNumber: '021000021' });
});

test('refusals', () => {
  expect(
    sellerProfileSchema
      .safeParse({ publicName: '', description: '', sellerType: 'RESELLER' })
      .error?.issues.map((i) => i.message),
  ).toEqual(['Enter a public name of 1 to 100 characters', 'Choose ISV or channel partner']);
  expect(isRoutingNumber('021000022')).toBe(false);
  expect(
    sellerBankingSchema
      .safeParse({ accountHolder: 'Acme', routingNumber: '021000022', accountNumber: '12' })
      .error?.issues.map((i) => i.message),
  ).toEqual([
    'A routing number is 9 digits with a valid check digit',
    'A bank account number is 4 to 17 digits',
  ]);
});

test('what the reseller reads when registration is incomplete', () => {
  expect(registrationIncompleteMessage(['tax'])).toBe(
    'Complete your seller registration first: tax information is missing',
  );
  expect(registrationIncompleteMessage(['banking'])).toBe(
    'Complete your seller registration first: banking details are missing',
  );
  expect(registrationIncompleteMessage(['profile', 'tax', 'banking'])).toBe(
    'Complete your seller registration first: the public profile, tax information and banking details are missing',
  );
  expect(maskBankAccount('123456789')).toBe('•••• 6789');
});

test('tax IDs of the US, the UK and Germany in their form, stored as usually written', () => {
  expect(normalizeTaxId('US', '123456789')).toBe('12-3456789');
  expect(normalizeTaxId('US', '12-3456789')).toBe('12-3456789');
  expect(normalizeTaxId('GB', 'gb 123 4567 89')).toBe('GB123456789');
  expect(normalizeTaxId('GB', '123456789012')).toBe('GB123456789012');
  expect(normalizeTaxId('DE', '123456789')).toBe('DE123456789');
  expect(normalizeTaxId('DE', 'DE 123 456 789')).toBe('DE123456789');
  // Elsewhere the free-text rule: letters, digits, spaces, dots, dashes.
  expect(normalizeTaxId('FR', 'FR 40 303 265 045')).toBe('FR 40 303 265 045');
  expect(sellerTaxSchema.parse({ country: 'gb', taxId: '123456789' })).toEqual({
    country: 'GB',
    taxId: 'GB123456789',
  });
});

test.each([
  ['US', '12-345678', 'A US employer identification number (EIN) is 9 digits, like 12-3456789'],
  ['US', '1-23456789', 'A US employer identification number (EIN) is 9 digits, like 12-3456789'],
  [
    'GB',
    'GB1234567890',
    'A UK VAT registration number is GB followed by 9 or 12 digits, like GB123456789',
  ],
  [
    'GB',
    'DE123456789',
    'A UK VAT registration number is GB followed by 9 or 12 digits, like GB123456789',
  ],
  ['DE', 'DE12345678', 'A German VAT ID (USt-IdNr.) is DE followed by 9 digits, like DE123456789'],
  ['DE', 'ATU12345678', 'A German VAT ID (USt-IdNr.) is DE followed by 9 digits, like DE123456789'],
  ['FR', '#', 'Enter a tax ID of 2 to 30 letters, digits, spaces, dots or dashes'],
])('refuses the %s tax ID %s, at the taxId field', (country, taxId, message) => {
  const result = registrationUpdateSchema.safeParse({ part: 'tax', country, taxId });
  expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['taxId'], message]]);
});

test('one registration part at a time', () => {
  expect(
    registrationUpdateSchema.parse({ part: 'tax', country: 'us', taxId: '987654321' }),
  ).toEqual({ part: 'tax', country: 'US', taxId: '98-7654321' });
  const banking = registrationUpdateSchema.safeParse({
    part: 'banking',
    accountHolder: 'Acme',
    routingNumber: '021000022',
    accountNumber: '123456789',
  });
  expect(banking.error?.issues.map((i) => i.path)).toEqual([['routingNumber']]);
});
