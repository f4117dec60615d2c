import { expect, test } from 'vitest';
import { z } from 'zod';
import { OfferValidationError, prefixIssues, toIssues } from './errors';
import { roundHalfUpDiv } from './rounding';

test('toIssues gives zod errors and core errors one shape', () => {
  const schema = z.object({
    buyers: z.array(z.string().length(12, 'An account ID is exactly 12 digits')),
  });
  const zodError = schema.safeParse({ buyers: ['713384441954', '1'] }).error;
  if (!zodError) throw new Error('expected a zod error');
  expect(toIssues(zodError)).toEqual([
    { path: ['buyers', 1], message: 'An account ID is exactly 12 digits' },
  ]);
  expect(toIssues(zodError, ['offer'])).toEqual([
    { path: ['offer', 'buyers', 1], message: 'An account ID is exactly 12 digits' },
  ]);
  const coreError = new OfferValidationError([{ path: ['pricing', 'markupPpm'], message: 'm' }]);
  expect(toIssues(coreError)).toEqual(coreError.issues);
  expect(prefixIssues(coreError.issues, ['draft'])).toEqual([
    { path: ['draft', 'pricing', 'markupPpm'], message: 'm' },
  ]);
  expect(coreError).toBeInstanceOf(Error);
  expect(coreError.message).toBe('m');
});

test('roundHalfUpDiv', () => {
  expect(roundHalfUpDiv(5n, 2n)).toBe(3n);
  expect(roundHalfUpDiv(4n, 3n)).toBe(1n);
  expect(roundHalfUpDiv(5n, 3n)).toBe(2n);
  expect(roundHalfUpDiv(-5n, 2n)).toBe(-3n);
  expect(roundHalfUpDiv(0n, 7n)).toBe(0n);
  expect(() => roundHalfUpDiv(1n, 0n)).toThrow(RangeError);
});
