// PostgreSQL errors a service expects and answers itself, by SQLSTATE (the ones that mean the
// database is unreachable are in database-unavailable.ts).

const UNIQUE_VIOLATION = '23505';

/**
 * Whether `error` is PostgreSQL's unique violation (of `constraint`, when given: named in the
 * error's constraint field or, failing that, in its message).
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const fields = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (fields?.code !== UNIQUE_VIOLATION) return false;
  return (
    constraint === undefined ||
    fields.constraint === constraint ||
    String(fields.message).includes(constraint)
  );
}
