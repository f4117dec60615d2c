import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { readCookie } from './csrf';
import { errorMessage, httpStatusOf, readFieldErrors } from './errors';
import { shouldRetry } from './query-client';

// The error shape the API's errorFormatter sends, as the tRPC client receives it.
function apiError(
  httpStatus: number,
  message: string,
  issues: { path: (string | number)[]; message: string }[] = [],
) {
  return TRPCClientError.from({
    error: {
      code: -32600,
      message,
      data: { code: 'BAD_REQUEST', httpStatus, path: 'offers.update', issues },
    },
  });
}

describe('readFieldErrors', () => {
  it('keys each server message by its field path, first message per field', () => {
    const error = apiError(400, 'Enter a quantity', [
      { path: ['dimensions', 0, 'quantity'], message: 'Enter a quantity' },
      { path: ['dimensions', 0, 'quantity'], message: 'A second message' },
      { path: ['name'], message: 'Enter an offer name' },
      { path: [], message: 'Your seller registration is incomplete: tax' },
    ]);
    expect(readFieldErrors(error)).toEqual({
      'dimensions.0.quantity': 'Enter a quantity',
      name: 'Enter an offer name',
      '': 'Your seller registration is incomplete: tax',
    });
  });

  it('gives no field errors for errors without issues', () => {
    expect(readFieldErrors(new Error('boom'))).toEqual({});
    expect(readFieldErrors(apiError(404, 'This offer was not found'))).toEqual({});
  });
});

describe('errorMessage and retries', () => {
  it("shows the server's sentence", () => {
    expect(errorMessage(apiError(401, 'The email or password is not correct.'))).toBe(
      'The email or password is not correct.',
    );
  });

  it('explains a network failure in plain words', () => {
    const offline = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(httpStatusOf(offline)).toBeUndefined();
    expect(errorMessage(offline)).toBe(
      'Offerdesk cannot be reached. Check your connection and try again.',
    );
  });

  it('retries network errors and 5xx twice, never a 4xx', () => {
    const offline = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(shouldRetry(0, offline)).toBe(true);
    expect(shouldRetry(1, apiError(503, 'Unavailable'))).toBe(true);
    expect(shouldRetry(2, apiError(503, 'Unavailable'))).toBe(false);
    for (const status of [400, 401, 403, 404, 409, 412, 429]) {
      expect(shouldRetry(0, apiError(status, 'No'))).toBe(false);
    }
  });
});

describe('readCookie', () => {
  it('finds the CSRF cookie among others and decodes it', () => {
    const header = 'theme=dark; offerdesk_csrf=abc%2Bdef; other=1';
    expect(readCookie('offerdesk_csrf', header)).toBe('abc+def');
    expect(readCookie('missing', header)).toBeNull();
    expect(readCookie('offerdesk_csrf', 'xofferdesk_csrf=nope')).toBeNull();
  });
});
