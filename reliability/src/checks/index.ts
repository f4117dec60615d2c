// The checks, in the order they run (issue 8). Each lives in its own file.
import type { Check } from '../check';

export const checks: Check[] = [];
