// Who is calling a file route: the same context tRPC procedures get (context.ts reads the
// session cookie and the CSRF proof), with the same rules — a signed-in account, and for a
// state-changing request (POST, DELETE) the x-csrf-token header equal to the CSRF cookie.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SessionUser } from '../../auth/sessions';
import {
  assertCsrfProof,
  type Context,
  createContext,
  type Services,
  signedInSession,
} from '../../context';

export type FileRequest = { context: Context; session: SessionUser };

export async function signedInRequest(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  kind: 'query' | 'mutation',
): Promise<FileRequest> {
  const context = await createContext(services, req, res);
  assertCsrfProof(context, kind);
  return { context, session: signedInSession(context) };
}
