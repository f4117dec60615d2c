import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { createContext, type Services } from '../context';
import { appRouter } from '../root';

export const TRPC_PREFIX = '/trpc/';

export function createTrpcHandler(services: Services) {
  return (req: IncomingMessage, res: ServerResponse, pathname: string) =>
    nodeHTTPRequestHandler({
      router: appRouter,
      req,
      res,
      path: pathname.slice(TRPC_PREFIX.length),
      createContext: ({ req, res }) => createContext(services, req, res),
      maxBodySize: 2 * 1024 * 1024,
    });
}
