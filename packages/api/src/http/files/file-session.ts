// Who is calling a file route: the same context tRPC procedures get (context.ts reads the
// session cookie and the CSRF proof), with the same rules — a signed-in account, and for a
// state-changing request (POST, DELETE) the x-csrf-token header equal to the CSRF cookie.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SessionUser } from '../../auth/sessions';
import { type Context, createContext, type Services } from '../../context';
import { AppError } from '../../errors';

export type FileRequest = { context: Context; session: SessionUser };

export async function signedInRequest(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  kind: 'query' | 'mutation',
): Promise<FileRequest> {
  const context = await createContext(services, req, res);
  if (kind === 'mutation' && !context.csrfProof) {
    // Same sentence and order as tRPC's checkCall (trpc.ts: checked before the session).
    throw new AppError(
      'FORBIDDEN',
      'This request is missing its CSRF token; reload the page and try again.',
    );
  }
  if (!context.session) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return { context, session: context.session };
}
