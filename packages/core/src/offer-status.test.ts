import { expect, test } from 'vitest';
import { offerDisplayStatus } from './offer-status';

const lastMoment = new Date('2027-03-15T23:59:59.999Z');
const nextDay = new Date('2027-03-16T00:00:00.000Z');

test('a PUBLISHED offer shows EXPIRED from 00:00 UTC after its expiration date', () => {
  const offer = { status: 'PUBLISHED', expirationDate: '2027-03-15' } as const;
  expect(offerDisplayStatus(offer, lastMoment)).toBe('PUBLISHED');
  expect(offerDisplayStatus(offer, nextDay)).toBe('EXPIRED');
});

test('other statuses show as stored, past the date or not', () => {
  for (const status of ['DRAFT', 'PUBLISHING', 'FAILED', 'CANCELLED'] as const) {
    expect(offerDisplayStatus({ status, expirationDate: '2027-03-15' }, nextDay)).toBe(status);
  }
  expect(offerDisplayStatus({ status: 'DRAFT', expirationDate: null }, nextDay)).toBe('DRAFT');
});
