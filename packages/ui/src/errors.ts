// Reading errors from tRPC calls: the API's error formatter puts the user-facing sentence in
// `message` and each field's sentence in `data.issues` (see packages/api/src/trpc.ts).

export type FieldIssue = { path: (string | number)[]; message: string };

type ErrorData = { httpStatus?: number; code?: string; issues?: FieldIssue[] };

function dataOf(error: unknown): ErrorData | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data: unknown }).data;
  return typeof data === 'object' && data !== null ? (data as ErrorData) : undefined;
}

/** The HTTP status the server answered with; undefined when it never answered. */
export function httpStatusOf(error: unknown): number | undefined {
  return dataOf(error)?.httpStatus;
}

/** The field path as a form uses it for a key: ["dimensions", 0, "quantity"] → "dimensions.0.quantity". */
export function fieldKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

/**
 * The server's messages by field key (first message per field). Issues without a path are
 * under "" so a form can show them above its fields.
 */
export function readFieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of dataOf(error)?.issues ?? []) {
    const key = fieldKey(issue.path);
    errors[key] ??= issue.message;
  }
  return errors;
}

/** One sentence for the user, whatever went wrong. */
export function errorMessage(error: unknown): string {
  if (error && httpStatusOf(error) === undefined && isNetworkError(error)) {
    return 'Offerdesk cannot be reached. Check your connection and try again.';
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong; please try again.';
}

function isNetworkError(error: unknown): boolean {
  const cause =
    typeof error === 'object' && error !== null && 'cause' in error ? error.cause : null;
  return error instanceof TypeError || cause instanceof TypeError;
}
