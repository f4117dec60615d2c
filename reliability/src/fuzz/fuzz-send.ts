// One fuzz request as the SPAs make it (query: GET ?input=, mutation: POST with a JSON body,
// cookies and the CSRF header of a signed-in client), and what its answer must look like:
// never a 5xx or INTERNAL_SERVER_ERROR, every refusal a tRPC error with a code, and a
// BAD_REQUEST naming fields the procedure's input has.
import type { FuzzCase } from './fuzz-cases';
import type { JsonSchema } from './json-schema-arbitrary';
import { namesInputField } from './schema-fields';

type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

export type Answer = {
  status: number;
  /** tRPC's error code, 'OK', or null for an answer that is not a tRPC error. */
  code: string | null;
  issues: { path: (string | number)[]; message: string }[];
  text: string;
};

export async function send(
  fetchAs: Fetch,
  path: string,
  type: 'query' | 'mutation',
  fuzzCase: FuzzCase,
): Promise<Answer> {
  const { body } = fuzzCase;
  let response: Response;
  let text: string;
  try {
    response = await request(fetchAs, path, type, body);
    text = await response.text();
  } catch (error) {
    // No answer at all (connection reset or closed): the server dropped the request.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return { status: 0, code: null, issues: [], text: `no answer: ${reason}` };
  }
  if (response.status === 200) return { status: 200, code: 'OK', issues: [], text: '' };
  try {
    const parsed = JSON.parse(text) as {
      error?: { data?: { code?: string; issues?: Answer['issues'] } };
    };
    const data = parsed.error?.data;
    return {
      status: response.status,
      code: data?.code ?? null,
      issues: data?.issues ?? [],
      text: text.slice(0, 300),
    };
  } catch {
    return { status: response.status, code: null, issues: [], text: text.slice(0, 300) };
  }
}

function request(
  fetchAs: Fetch,
  path: string,
  type: 'query' | 'mutation',
  body: FuzzCase['body'],
): Promise<Response> {
  const query =
    body === undefined
      ? ''
      : `?input=${encodeURIComponent(typeof body === 'string' ? body : Buffer.from(body).toString('latin1'))}`;
  return type === 'query'
    ? fetchAs(`/trpc/${path}${query}`)
    : fetchAs(`/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body }),
      });
}

/** Issue paths that named a sibling procedure's field, not the procedure's own: how often. */
export const namedBySibling = new Map<string, number>();

/** What is wrong with `answer`, or null when it is a proper answer. */
export function judge(
  answer: Answer,
  fields: { own: JsonSchema | null; siblings: JsonSchema[] },
  fuzzCase: FuzzCase,
): string | null {
  if (answer.status >= 500 || answer.code === 'INTERNAL_SERVER_ERROR') {
    return `server error ${answer.status} ${answer.text}`;
  }
  if (answer.code === null) return `untyped refusal ${answer.status} ${answer.text}`;
  if (answer.code !== 'BAD_REQUEST') return null;
  // A body that is not JSON has no fields to name: the refusal says it is not JSON.
  if (!fuzzCase.parsable) return null;
  // A procedure that takes no input has no field to name; any text it cannot store (NUL) is
  // refused wherever it is in what was sent.
  if (fields.own === null) return null;
  if (answer.issues.length === 0) return `BAD_REQUEST without an issue: ${answer.text}`;
  // Refusing all of an object names no field, unless the input is a union of shapes and none
  // fits (zod's invalid_union is about the whole input).
  const union = Boolean(fields.own.anyOf ?? fields.own.oneOf);
  for (const issue of answer.issues) {
    if (issue.path.length === 0 && fuzzCase.objectRoot && !union) {
      return `BAD_REQUEST names the whole input, not a field (${issue.message})`;
    }
    const names = (schema: JsonSchema) => namesInputField(schema, issue.path);
    // A refusal of a stored draft names the field of the form that edits it (offers.extend
    // says which offers.update field is missing), so the procedure's siblings count too.
    if (names(fields.own)) continue;
    if (fields.siblings.some(names)) {
      const key = JSON.stringify(issue.path);
      namedBySibling.set(key, (namedBySibling.get(key) ?? 0) + 1);
      continue;
    }
    return `BAD_REQUEST names no input field: ${JSON.stringify(issue.path)} (${issue.message})`;
  }
  return null;
}
