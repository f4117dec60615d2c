// Statements built and compiled once, then run with fresh values. Kysely rebuilds a query's
// tree (an immutable copy per builder call) and compiles it to text on every run: 15 % of the
// server's CPU in the accept bench. A hot statement of fixed shape is built here once, with a
// placeholder for each named value, and every run puts its values in the placeholders'
// positions. Anything else the builder reads is frozen into the statement at that first build,
// so it may depend only on its values and on the `variant` the statement is kept per: a
// variant's key says which built statement serves it (an acceptance's clock is keyed by the
// SQL of its moment, so a test that switches clocks gets the statement of the clock in force).
// A value used anywhere but as a whole parameter is refused at that build. Past MAX_SHAPES
// variants nothing more is kept: a key that changes every run costs a build, not memory.
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema';

const PLACEHOLDER = '\u0000compiled-once:';
const MAX_SHAPES = 16;

/** Each value is one whole parameter: text, a number, null, an array, a Date. */
type Values = Record<string, unknown>;
type Slot = { value: string } | { constant: unknown };
type Shape<R> = { compiled: CompiledQuery<R>; slots: Slot[] };

export type CompiledOnce<P extends Values, V, R> = (
  db: Kysely<Database>,
  values: P,
  variant: V,
) => Promise<R[]>;

export function compiledOnce<P extends Values, R, V = void>(
  build: (db: Kysely<Database>, values: P, variant: V) => Compilable<R>,
  variantKey: (db: Kysely<Database>, variant: V) => string = () => '',
): CompiledOnce<P, V, R> {
  const shapes = new Map<string, Shape<R>>();
  return async (db, values, variant) => {
    const key = variantKey(db, variant);
    let shape = shapes.get(key);
    if (!shape) {
      shape = shapeOf(db, build, Object.keys(values), variant);
      if (shapes.size < MAX_SHAPES) shapes.set(key, shape);
    }
    const parameters = shape.slots.map((slot) =>
      'value' in slot ? values[slot.value] : slot.constant,
    );
    const result = await db.executeQuery<R>({ ...shape.compiled, parameters });
    return result.rows;
  };
}

function shapeOf<P extends Values, R, V>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>, values: P, variant: V) => Compilable<R>,
  names: string[],
  variant: V,
): Shape<R> {
  const placeholders = Object.fromEntries(names.map((name) => [name, PLACEHOLDER + name])) as P;
  const compiled = build(db, placeholders, variant).compile();
  const slots = compiled.parameters.map((parameter): Slot => {
    if (typeof parameter === 'string' && parameter.startsWith(PLACEHOLDER)) {
      return { value: parameter.slice(PLACEHOLDER.length) };
    }
    const text =
      typeof parameter === 'string' ? parameter : Array.isArray(parameter) ? parameter.join() : '';
    if (text.includes(PLACEHOLDER)) {
      throw new Error('compiledOnce: a value is used inside another value');
    }
    return { constant: parameter };
  });
  if (compiled.sql.includes(PLACEHOLDER)) {
    throw new Error('compiledOnce: a value is written into the statement text');
  }
  const used = new Set(slots.flatMap((slot) => ('value' in slot ? [slot.value] : [])));
  if ([...used].some((name) => !names.includes(name))) {
    throw new Error('compiledOnce: a value is changed before it is used');
  }
  const unused = names.filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`compiledOnce: ${unused.join(', ')} not used`);
  return { compiled, slots };
}
