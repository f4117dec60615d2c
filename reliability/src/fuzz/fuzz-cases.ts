// The inputs sent to one procedure: values fast-check generates from its input schema, the same
// values with one field (or the whole input) swapped for a hostile value, and the hostile values
// and bodies on their own. Each knows whether the procedure's own zod schema accepts it, so the
// check can tell a refusal of bad input from a refusal of good input.
import fc from 'fast-check';
import { z } from 'zod';
import { hostileBodies, hostileValues, largeHostileValues, toJsonText } from './hostile-values';
import { arbitraryFromJsonSchema, type Dictionary, type JsonSchema } from './json-schema-arbitrary';

export type FuzzCase = {
  kind: 'generated' | 'mutated' | 'hostile';
  /** The request body (mutation) or the ?input= value (query); undefined sends none. */
  body: string | Uint8Array | undefined;
  /** The procedure's own schema accepts it (as the server will receive it). */
  valid: boolean;
  /** It is JSON (or absent); a refusal of a body that is not cannot name a field. */
  parsable: boolean;
  /** It is a JSON object, so a refusal can name one of its fields rather than all of it. */
  objectRoot: boolean;
};

export type ProcedureInput = {
  /** The zod schemas of `.input()`, in order; empty when the procedure takes none. */
  schemas: z.ZodType[];
  jsonSchema: JsonSchema | null;
};

export function describeInput(inputs: unknown[]): ProcedureInput {
  const schemas = inputs as z.ZodType[];
  const first = schemas[0];
  const jsonSchema = first
    ? (z.toJSONSchema(first, { io: 'input', unrepresentable: 'any' }) as JsonSchema)
    : null;
  return { schemas, jsonSchema };
}

const invalid = Symbol('not JSON');

/** The body as the server parses it; `invalid` when it is not JSON. */
function parsed(body: FuzzCase['body']): unknown {
  if (typeof body !== 'string') return invalid;
  try {
    return JSON.parse(body);
  } catch {
    return invalid;
  }
}

function acceptedBy(input: ProcedureInput, text: string | undefined): boolean {
  if (input.schemas.length === 0) return true;
  let value: unknown;
  try {
    value = text === undefined ? undefined : JSON.parse(text);
  } catch {
    return false;
  }
  try {
    return input.schemas.every((schema) => schema.safeParse(value).success);
  } catch {
    return false; // the schema throws: the server will too, and the check reports its 500
  }
}

const isPlainObject = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every place in `value` a hostile value can go: the root, each property, each element. */
function placesIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const places = [path];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) places.push(...placesIn(v, [...path, i]));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) places.push(...placesIn(v, [...path, k]));
  }
  return places;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  }
  const copy = { ...(value as Record<string, unknown>) };
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

export type CaseCounts = { generated: number; mutated: number };

export function buildCases(
  input: ProcedureInput,
  options: { forQuery: boolean; dictionary: Dictionary; seed: number; counts: CaseCounts },
): FuzzCase[] {
  const { forQuery, dictionary, seed, counts } = options;
  // Without a schema the procedure takes no input; whatever is sent must be ignored.
  const arbitrary = input.jsonSchema
    ? arbitraryFromJsonSchema(input.jsonSchema, dictionary)
    : fc.jsonValue({ maxDepth: 3 });
  const make = (kind: FuzzCase['kind'], body: string | Uint8Array | undefined): FuzzCase => ({
    kind,
    body,
    // A POST without a body is not JSON to tRPC; a GET without ?input= has no input.
    valid: (forQuery || body !== undefined) && typeof body !== 'object' && acceptedBy(input, body),
    parsable: body === undefined ? forQuery : parsed(body) !== invalid,
    objectRoot: isPlainObject(parsed(body)),
  });
  const cases: FuzzCase[] = [];
  for (const value of fc.sample(arbitrary, { numRuns: counts.generated, seed })) {
    cases.push(make('generated', toJsonText(value)));
  }
  const mutation = fc.tuple(arbitrary, fc.nat(), fc.constantFrom(...hostileValues));
  let sample: unknown = {};
  for (const [value, which, replacement] of fc.sample(mutation, {
    numRuns: counts.mutated,
    seed: seed + 1,
  })) {
    const places = placesIn(value);
    const place = places[which % places.length] ?? [];
    cases.push(make('mutated', toJsonText(replaceAt(value, place, replacement))));
    sample = value;
  }
  for (const value of hostileValues) cases.push(make('hostile', toJsonText(value)));
  if (!forQuery) {
    // Each megabyte value once as the whole input and once in the deepest field of a sample.
    const deepest = placesIn(sample).at(-1) ?? [];
    for (const value of largeHostileValues) {
      cases.push(make('hostile', toJsonText(value)));
      cases.push(make('hostile', toJsonText(replaceAt(sample, deepest, value))));
    }
  }
  cases.push(make('hostile', undefined));
  if (!forQuery) for (const body of hostileBodies) cases.push(make('hostile', body));
  return cases;
}
