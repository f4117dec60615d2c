// Instants read from the database go out as ISO 8601 text (tRPC sends plain JSON).
export function isoInstant(value: Date): string {
  return value.toISOString();
}

export function isoInstantOrNull(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}
