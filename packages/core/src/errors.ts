// One issue shape for zod errors, core checks and the server's AppError, so a form can put
// every message next to its field whatever produced it.

export type IssuePath = (string | number)[];
export type Issue = { path: IssuePath; message: string };

/** Thrown by priceOffer (and other core checks) with every problem it could find. */
export class OfferValidationError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(issues.map((issue) => issue.message).join('\n') || 'The offer is not valid');
    this.name = 'OfferValidationError';
    this.issues = issues;
  }
}

type IssueLike = { readonly path: readonly PropertyKey[]; readonly message: string };

/**
 * Normalises a ZodError, an OfferValidationError or a list of issues. Symbol path keys
 * (possible in zod, never in our schemas) become strings so the shape survives JSON.
 */
export function toIssues(
  source: { readonly issues: readonly IssueLike[] } | readonly IssueLike[],
  prefix: IssuePath = [],
): Issue[] {
  const list: readonly IssueLike[] = 'issues' in source ? source.issues : source;
  return list.map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
    message: issue.message,
  }));
}

export function prefixIssues(issues: readonly Issue[], prefix: IssuePath): Issue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}
