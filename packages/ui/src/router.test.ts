import { describe, expect, it } from 'vitest';
import { formatDate } from './components/date-text';
import { matchPath } from './router';

describe('matchPath', () => {
  it('matches fixed paths and reads decoded params', () => {
    expect(matchPath('/offers', '/offers')).toEqual({});
    expect(matchPath('/offers', '/offers/')).toEqual({});
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/offers/:offerId', '/offers/offer-gen3xseo3tfgz')).toEqual({
      offerId: 'offer-gen3xseo3tfgz',
    });
    expect(matchPath('/catalog/:id', '/catalog/a%20b')).toEqual({ id: 'a b' });
  });

  it('does not match other shapes', () => {
    expect(matchPath('/offers', '/offers/x')).toBeNull();
    expect(matchPath('/offers/:offerId', '/offers')).toBeNull();
    expect(matchPath('/', '/offers')).toBeNull();
    expect(matchPath('/catalog/:id', '/catalog/%E0%A4%A')).toBeNull();
  });
});

describe('formatDate', () => {
  it('shows calendar dates and instants in UTC', () => {
    expect(formatDate('2027-03-15')).toBe('Mar 15, 2027');
    expect(formatDate('2027-03-15T23:30:00.000Z', true)).toBe('Mar 15, 2027, 11:30 PM UTC');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
