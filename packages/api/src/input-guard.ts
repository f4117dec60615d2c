// What no procedure takes, whatever its own schema says, checked once on the raw input before
// that schema runs (both found by the reliability fuzz check):
// - text PostgreSQL cannot store: a NUL (U+0000) reached the database and failed there, a 500;
// - lists far longer than any input has (the longest, a product's dimensions, is 200): zod
//   collects an issue per bad item, and 200,000 of them overflowed its stack.
import { AppError } from './errors';

export const NUL_MESSAGE = 'This text contains a NUL character (U+0000), which cannot be saved';
export const MAX_LIST_ITEMS = 1000;
export const LIST_MESSAGE = `This list has more than ${MAX_LIST_ITEMS.toLocaleString('en-US')} items`;

type Step = { value: unknown; key: string | number | null; parent: Step | null };

function pathTo(step: Step): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Step | null = step; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The first thing in `input` no procedure takes, with its path, or null. Iterative, and each
 * step points to its parent instead of copying the path: input nested thousands deep must
 * neither overflow the stack nor take quadratic time.
 */
export function findUntakeable(
  input: unknown,
): { path: (string | number)[]; message: string } | null {
  const pending: Step[] = [{ value: input, key: null, parent: null }];
  for (let step = pending.pop(); step; step = pending.pop()) {
    const { value } = step;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { path: pathTo(step), message: NUL_MESSAGE };
    } else if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) return { path: pathTo(step), message: LIST_MESSAGE };
      for (const [index, element] of value.entries()) {
        pending.push({ value: element, key: index, parent: step });
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, element] of Object.entries(value)) {
        pending.push({ value: element, key, parent: step });
      }
    }
  }
  return null;
}

export function assertTakeable(input: unknown): void {
  const found = findUntakeable(input);
  if (found) throw AppError.field(found.path, found.message);
}
