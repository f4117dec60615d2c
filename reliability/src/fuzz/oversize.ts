// Requests past the server's size limits, each on a connection of its own (the server may close
// it after refusing, which would break a shared keep-alive connection for the next request):
// a query whose URL is over Node's 16 KB header limit (refused 431 before any application code
// runs, so it cannot carry a tRPC code) and a mutation whose body is over tRPC's 2 MB cap
// (refused 413 PAYLOAD_TOO_LARGE). Either way: refused, never a 5xx, and the server lives on.
import { requestOnFreshConnection } from '@offerdesk/harness';

const MEGABYTE = 1024 * 1024;

export type OversizeAnswer = { status: number; text: string };

export async function sendOversize(
  baseUrl: string,
  cookies: Map<string, string>,
  path: string,
  type: 'query' | 'mutation',
): Promise<OversizeAnswer> {
  const headers = new Headers({
    cookie: [...cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; '),
    'x-csrf-token': cookies.get('offerdesk_csrf') ?? '',
    'content-type': 'application/json',
  });
  const huge = 'a'.repeat(type === 'query' ? MEGABYTE : 3 * MEGABYTE);
  try {
    const answer =
      type === 'query'
        ? await requestOnFreshConnection(
            `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(huge))}`,
            { method: 'GET', headers },
          )
        : await requestOnFreshConnection(`${baseUrl}/trpc/${path}`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ text: huge }),
          });
    return { status: answer.status, text: JSON.stringify(answer.body).slice(0, 300) };
  } catch (error) {
    return { status: 0, text: `no answer: ${(error as Error).message}` };
  }
}

/** What is wrong with an oversize answer, or null. */
export function judgeOversize(type: 'query' | 'mutation', answer: OversizeAnswer): string | null {
  const expected = type === 'query' ? [431, 414] : [413];
  if (expected.includes(answer.status)) return null;
  // Node refuses an oversized request line by answering 431 and closing at once; while the
  // client is still writing the rest of the megabyte it sees the reset instead of the answer.
  if (type === 'query' && /ECONNRESET|EPIPE/.test(answer.text)) return null;
  return `oversize ${type}: expected ${expected.join(' or ')}, got ${answer.status} ${answer.text}`;
}
