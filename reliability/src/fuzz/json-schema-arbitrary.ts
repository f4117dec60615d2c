// Inputs a procedure's schema allows, as fast-check arbitraries, from the JSON Schema zod 4 emits
// for it (`z.toJSONSchema(schema, { io: 'input' })`). JSON Schema cannot say what a `.refine()`
// checks, so a generated value is only a candidate: the fuzz check asks the zod schema itself
// whether it is valid. Strings draw from a dictionary of real values (IDs of rows that exist,
// dates near today) as well as from random text, so valid inputs reach past "not found".
import fc from 'fast-check';

export type JsonSchema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
};

/** Real values to draw strings from (IDs, dates, emails); a string schema takes those it fits. */
export type Dictionary = readonly string[];

/** Arrays longer than this are rare in real use and only slow the run down. */
const LONGEST_ARRAY = 30;
const LONGEST_STRING = 300;

// Text as people and attackers type it: ASCII, any printable grapheme, control characters
// (NUL included), and now and then a lone surrogate or a bidi override.
const textUnit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\ufeff') },
);

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  const name = ref.replace(/^#\/\$defs\//, '');
  return root.$defs?.[name] ?? {};
}

function stringArbitrary(schema: JsonSchema, dictionary: Dictionary): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? LONGEST_STRING, LONGEST_STRING);
  const pattern = schema.pattern ? new RegExp(schema.pattern) : null;
  const fits = (value: string) =>
    value.length >= minLength &&
    value.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY) &&
    (!pattern || pattern.test(value));
  let random: fc.Arbitrary<string>;
  if (pattern) random = fc.stringMatching(pattern);
  else if (schema.format === 'email') random = fc.emailAddress();
  else if (schema.format === 'uuid') random = fc.uuid({ version: 4 });
  else random = fc.string({ unit: textUnit, minLength, maxLength: Math.max(minLength, maxLength) });
  const known = dictionary.filter(fits);
  if (known.length === 0) return random;
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: random },
  );
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(
    schema.minimum ?? Number.MIN_SAFE_INTEGER,
    schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : Number.MIN_SAFE_INTEGER,
  );
  const max = Math.min(
    schema.maximum ?? Number.MAX_SAFE_INTEGER,
    schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : Number.MAX_SAFE_INTEGER,
  );
  if (integer) {
    const lo = Math.ceil(min);
    const hi = Math.floor(max);
    // The bounds themselves and small numbers are where rules break; a uniform draw over
    // ±2^53 would almost never hit them.
    const edges = [lo, hi, 0, 1].filter((n) => n >= lo && n <= hi);
    return fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: lo, max: hi }) },
      { weight: 2, arbitrary: fc.integer({ min: Math.max(lo, -100), max: Math.min(hi, 1000) }) },
      { weight: 1, arbitrary: fc.constantFrom(...edges) },
    );
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(
  root: JsonSchema,
  schema: JsonSchema,
  dictionary: Dictionary,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    model[key] = arbitraryAt(root, property, dictionary, depth + 1);
  }
  return fc.record(model, { requiredKeys: schema.required ?? [] });
}

function arbitraryAt(
  root: JsonSchema,
  schema: JsonSchema,
  dictionary: Dictionary,
  depth: number,
): fc.Arbitrary<unknown> {
  if (depth > 12) return fc.constant(null);
  if (schema.$ref) return arbitraryAt(root, resolveRef(root, schema.$ref), dictionary, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((b) => arbitraryAt(root, b, dictionary, depth)));
  if (schema.allOf?.length) {
    const merged = Object.assign({}, ...schema.allOf.map((part) => ({ ...part })));
    return arbitraryAt(root, merged, dictionary, depth);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) {
    return fc.oneof(
      ...types.map((type) => arbitraryAt(root, { ...schema, type }, dictionary, depth)),
    );
  }
  switch (types[0]) {
    case 'string':
      return stringArbitrary(schema, dictionary);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (schema.prefixItems) {
        return fc.tuple(
          ...schema.prefixItems.map((item) => arbitraryAt(root, item, dictionary, depth + 1)),
        );
      }
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(
        minLength,
        Math.min(schema.maxItems ?? LONGEST_ARRAY, LONGEST_ARRAY),
      );
      const item = arbitraryAt(root, schema.items ?? {}, dictionary, depth + 1);
      return fc.array(item, { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(root, schema, dictionary, depth);
    default:
      // No type: anything JSON can carry (zod's z.unknown(), or what JSON Schema cannot express).
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values `schema` allows (as far as JSON Schema can say), strings partly from `dictionary`. */
export function arbitraryFromJsonSchema(
  schema: JsonSchema,
  dictionary: Dictionary,
): fc.Arbitrary<unknown> {
  return arbitraryAt(schema, schema, dictionary, 0);
}
