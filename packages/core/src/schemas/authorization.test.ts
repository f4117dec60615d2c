import { describe, expect, test } from 'vitest';
import {
  authorizationPricingSchema,
  authorizationTermsIssues,
  availabilitySchema,
  paymentScheduleSchema,
} from './authorization';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map(({ path, message }) => ({ path, message }));

describe('authorizationPricingSchema', () => {
  test('discount, custom and schedule', () => {
    expect(authorizationPricingSchema.parse({ kind: 'discount', discountPpm: 155_000 }).kind).toBe(
      'discount',
    );
    expect(
      authorizationPricingSchema.parse({ kind: 'custom', wholesaleUnitCents: [1_000_000] }).kind,
    ).toBe('custom');
    const schedule = {
      kind: 'schedule',
      quantity: 1,
      installments: [
        { invoiceDate: '2024-01-17', isvCents: 50 },
        { invoiceDate: '2024-01-18', isvCents: 50 },
      ],
    };
    expect(authorizationPricingSchema.parse(schedule)).toEqual(schedule);
  });

  test('refusals name the field', () => {
    expect(
      messages(authorizationPricingSchema.safeParse({ kind: 'discount', discountPpm: 1_000_001 })),
    ).toEqual([{ path: ['discountPpm'], message: 'The discount must be from 0 % to 100 %' }]);
    expect(
      messages(
        paymentScheduleSchema.safeParse([
          { invoiceDate: '2024-01-17', isvCents: 50 },
          { invoiceDate: '2024-01-17', isvCents: 0.5 },
        ]),
      ),
    ).toEqual([
      {
        path: [1, 'isvCents'],
        message: 'The ISV amount must be an amount from $0.00 to $90,071,992,547,409.91',
      },
    ]);
    expect(
      messages(
        paymentScheduleSchema.safeParse([
          { invoiceDate: '2024-01-17', isvCents: 50 },
          { invoiceDate: '2024-01-17', isvCents: 50 },
        ]),
      ),
    ).toEqual([
      {
        path: [1, 'invoiceDate'],
        message:
          'Each installment needs its own invoice date; January 17, 2024 is used more than once',
      },
    ]);
    expect(messages(paymentScheduleSchema.safeParse([]))).toEqual([
      { path: [], message: 'A payment schedule needs at least one installment' },
    ]);
  });

  test('the same non-date twice is refused as a non-date, not thrown on (found by the fuzz check)', () => {
    const twice = [
      { invoiceDate: '2024-02-30', isvCents: 50 },
      { invoiceDate: '2024-02-30', isvCents: 50 },
    ];
    expect(messages(paymentScheduleSchema.safeParse(twice))).toEqual([
      { path: [0, 'invoiceDate'], message: '2024-02-30 is not a date on the calendar' },
      { path: [1, 'invoiceDate'], message: '2024-02-30 is not a date on the calendar' },
    ]);
  });
});

describe('availability and the rules across fields', () => {
  const today = '2027-03-15';

  test('an FPS authorization is single use with an end date', () => {
    const availability = availabilitySchema.parse({ kind: 'single_use', expiresOn: '2027-06-13' });
    expect(authorizationTermsIssues({ pricingKind: 'schedule', availability, today })).toEqual([]);
    const open = availabilitySchema.parse({ kind: 'until_deactivated' });
    expect(
      authorizationTermsIssues({ pricingKind: 'schedule', availability: open, today }),
    ).toEqual([
      {
        path: ['availability', 'kind'],
        message: 'An authorization with a payment schedule is single use and needs an end date',
      },
    ]);
    expect(
      authorizationTermsIssues({ pricingKind: 'discount', availability: open, today }),
    ).toEqual([]);
  });

  test('an end date is required for until_date and cannot be in the past', () => {
    expect(messages(availabilitySchema.safeParse({ kind: 'until_date', expiresOn: null }))).toEqual(
      [{ path: ['expiresOn'], message: 'Choose the date the authorization ends' }],
    );
    const past = availabilitySchema.parse({ kind: 'until_date', expiresOn: '2027-03-14' });
    expect(authorizationTermsIssues({ pricingKind: 'custom', availability: past, today })).toEqual([
      { path: ['availability', 'expiresOn'], message: 'The end date cannot be in the past' },
    ]);
  });
});
