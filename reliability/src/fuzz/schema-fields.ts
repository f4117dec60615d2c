// Whether an issue path of a refusal names a real field of a procedure's input: every segment
// is a property (or an array index) the JSON Schema has at that place, in any branch of a
// union. A refusal naming a field the form does not have cannot be shown next to anything.
import type { JsonSchema } from './json-schema-arbitrary';

function branchesOf(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema[] {
  if (depth > 12) return [];
  if (schema.$ref) {
    const target = root.$defs?.[schema.$ref.replace(/^#\/\$defs\//, '')];
    return target ? branchesOf(root, target, depth + 1) : [];
  }
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return [schema, ...nested.flatMap((branch) => branchesOf(root, branch, depth + 1))];
}

function childSchemas(root: JsonSchema, schema: JsonSchema, segment: string | number) {
  const children: JsonSchema[] = [];
  for (const branch of branchesOf(root, schema)) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) {
      const index = Number(segment);
      const item = branch.prefixItems?.[index] ?? branch.items;
      if (item) children.push(item);
    }
    if (typeof segment === 'string') {
      const property = branch.properties?.[segment];
      if (property) children.push(property);
      else if (typeof branch.additionalProperties === 'object') {
        children.push(branch.additionalProperties);
      }
    }
  }
  return children;
}

/** True when `path` leads through `schema` field by field (an empty path names the input). */
export function namesInputField(schema: JsonSchema, path: readonly (string | number)[]): boolean {
  let current: JsonSchema[] = [schema];
  for (const segment of path) {
    current = current.flatMap((s) => childSchemas(schema, s, segment));
    if (current.length === 0) return false;
  }
  return true;
}
