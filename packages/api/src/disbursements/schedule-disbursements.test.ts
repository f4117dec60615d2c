import type { DisbursementPreference } from '@offerdesk/core';
import { describe, expect, it } from 'vitest';
import { planDisbursements } from './schedule-disbursements';

const invoice = {
  id: 'inv-aaaaaaaaaaaaa',
  isv_account_id: '111111111111',
  reseller_account_id: '222222222222',
  isv_cents: 2_619_497,
  reseller_cents: 189_912,
};
const daily: DisbursementPreference = { kind: 'daily' };
const monthly = (day: number): DisbursementPreference => ({ kind: 'monthly', day });

describe('disbursement dates', () => {
  it.each([
    // [paid on, preference, disbursed on]
    ['2027-03-15', daily, '2027-03-16'],
    ['2027-01-31', daily, '2027-02-01'],
    ['2027-02-28', daily, '2027-03-01'],
    ['2028-02-28', daily, '2028-02-29'],
    ['2028-02-29', daily, '2028-03-01'],
    ['2027-12-31', daily, '2028-01-01'],
    ['2027-03-15', monthly(1), '2027-04-01'],
    ['2027-03-01', monthly(1), '2027-04-01'], // strictly after: paid on the 1st → next month
    ['2027-02-28', monthly(1), '2027-03-01'],
    ['2027-12-31', monthly(1), '2028-01-01'],
    ['2027-12-01', monthly(1), '2028-01-01'],
    ['2027-01-31', monthly(28), '2027-02-28'],
    ['2027-02-27', monthly(28), '2027-02-28'],
    ['2027-02-28', monthly(28), '2027-03-28'],
    ['2028-02-28', monthly(28), '2028-03-28'],
    ['2028-02-29', monthly(28), '2028-03-28'],
    ['2027-12-28', monthly(28), '2028-01-28'],
    ['2027-12-29', monthly(28), '2028-01-28'],
    ['2027-03-14', monthly(15), '2027-03-15'],
    ['2027-03-15', monthly(15), '2027-04-15'],
    ['2027-12-16', monthly(15), '2028-01-15'],
  ] as const)('paid %s with %o → %s', (paidOn, preference, expected) => {
    const plans = planDisbursements(
      invoice,
      paidOn,
      { isv: preference, reseller: preference },
      35_000,
    );
    expect(plans.map((p) => p.scheduledOn)).toEqual([expected, expected]);
  });

  it('gives each seller its own date', () => {
    const plans = planDisbursements(
      invoice,
      '2027-03-15',
      { isv: monthly(1), reseller: daily },
      35_000,
    );
    expect(plans.map((p) => [p.role, p.scheduledOn])).toEqual([
      ['ISV', '2027-04-01'],
      ['RESELLER', '2027-03-16'],
    ]);
  });
});

describe('disbursement amounts', () => {
  it('is SPEC §9 worked example: 26,194.97 − 916.82 = 25,278.15; reseller 1,899.12', () => {
    const [isv, reseller] = planDisbursements(
      invoice,
      '2027-03-15',
      { isv: monthly(1), reseller: monthly(1) },
      35_000,
    );
    expect(isv).toEqual({
      sellerAccountId: '111111111111',
      role: 'ISV',
      grossCents: 2_619_497,
      feeCents: 91_682,
      amountCents: 2_527_815,
      scheduledOn: '2027-04-01',
    });
    expect(reseller).toEqual({
      sellerAccountId: '222222222222',
      role: 'RESELLER',
      grossCents: 189_912,
      feeCents: 0,
      amountCents: 189_912,
      scheduledOn: '2027-04-01',
    });
  });

  it.each([
    // [ISV cents, fee ppm, fee cents]: half up per invoice
    [100, 35_000, 4], // 3.5 → 4
    [10, 35_000, 0], // 0.35 → 0
    [1, 500_000, 1], // 0.5 → 1
    [0, 35_000, 0],
    [2_619_497, 0, 0],
  ])('fee on %i cents at %i ppm is %i cents', (isvCents, ppm, fee) => {
    const [isv] = planDisbursements(
      { ...invoice, isv_cents: isvCents },
      '2027-03-15',
      { isv: daily, reseller: daily },
      ppm,
    );
    expect(isv).toMatchObject({ feeCents: fee, amountCents: isvCents - fee });
  });
});
