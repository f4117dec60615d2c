import { expect, test } from 'vitest';
import {
  isRoutingNumber,
  maskBankAccount,
  registrationIncompleteMessage,
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
  expect(registrationIncompleteMessage(['profile', 'tax', 'banking'])).toBe(
    'Complete your seller registration first: the public profile, tax information and banking details are missing',
  );
  expect(maskBankAccount('123456789')).toBe('•••• 6789');
});
