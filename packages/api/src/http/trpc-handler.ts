import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { createContext, type Services } from '../context';
import { databaseUnavailableError, isDatabaseUnavailable } from '../database-unavailable';
import { appRouter } from '../root';

export const TRPC_PREFIX = '/trpc/';

export function createTrpcHandler(services: Services) {
  return (req: IncomingMessage, res: ServerResponse, pathname: string) =>
    nodeHTTPRequestHandler({
      router: appRouter,
      req,
      res,
      path: pathname.slice(TRPC_PREFIX.length),
      // The session is read here, before any procedure: a database that is down is a 503 too.
      createContext: ({ req, res }) =>
        createContext(services, req, res).catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) throw databaseUnavailableError().toTRPCError();
          throw error;
        }),
      maxBodySize: 2 * 1024 * 1024,
    });
}
