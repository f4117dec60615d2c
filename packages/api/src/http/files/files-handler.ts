// The file routes beside tRPC (SPEC §11): binary uploads and downloads, with the same sessions,
// CSRF rule and access rules as the procedures. Answers only its own paths (resolves false
// otherwise, e.g. for /files/reports/…), and turns every refusal into the JSON error shape.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../../context';
import { endOnceBodyDiscarded } from '../unread-body';
import {
  downloadAuthorizationContract,
  downloadOfferEula,
  downloadStandardContract,
} from './download-routes';
import { describeFileError, INTERNAL_ERROR, sendJson } from './file-responses';
import { BodyAbortedError } from './read-body';
import { uploadOfferDocument, uploadProductEula, uploadResellerContract } from './upload-routes';

type Route = {
  pattern: RegExp;
  methods: string[];
  run: (
    services: Services,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    param: string,
  ) => Promise<void>;
};

const ROUTES: Route[] = [
  {
    pattern: /^\/files\/offers\/([^/]+)\/documents$/,
    methods: ['POST'],
    run: (services, req, res, _url, offerId) => uploadOfferDocument(services, req, res, offerId),
  },
  {
    pattern: /^\/files\/offers\/([^/]+)\/eula\.pdf$/,
    methods: ['GET', 'HEAD'],
    run: (services, req, res, url, offerId) => downloadOfferEula(services, req, res, url, offerId),
  },
  {
    pattern: /^\/files\/products\/([^/]+)\/eula$/,
    methods: ['POST'],
    run: (services, req, res, _url, productId) => uploadProductEula(services, req, res, productId),
  },
  {
    pattern: /^\/files\/authorizations\/contract$/,
    methods: ['POST'],
    run: (services, req, res) => uploadResellerContract(services, req, res),
  },
  {
    pattern: /^\/files\/authorizations\/([^/]+)\/contract\.pdf$/,
    methods: ['GET', 'HEAD'],
    run: (services, req, res, url, authorizationId) =>
      downloadAuthorizationContract(services, req, res, url, authorizationId),
  },
  {
    pattern: /^\/files\/contracts\/standard\.pdf$/,
    methods: ['GET', 'HEAD'],
    run: (_services, req, res, url) => downloadStandardContract(req, res, url),
  },
];

function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return ''; // matches no offer, product or authorization: "not found"
  }
}

export function createFilesHandler(services: Services) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    let param = '';
    const route = ROUTES.find((r) => {
      const match = r.pattern.exec(url.pathname);
      if (match) param = decodeParam(match[1] ?? '');
      return match !== null;
    });
    if (!route) return false;
    const method = req.method ?? 'GET';
    if (!route.methods.includes(method)) {
      res.statusCode = 405;
      res.setHeader('allow', route.methods.join(', '));
      endOnceBodyDiscarded(req, res);
      return true;
    }
    try {
      await route.run(services, req, res, url, param);
    } catch (error) {
      if (error instanceof BodyAbortedError) return true; // nobody is left to answer
      const refusal = describeFileError(error);
      if (res.headersSent) {
        res.destroy();
        return true;
      }
      if (!refusal) {
        services.logger.error({ err: error, method, path: url.pathname }, 'file route failed');
        sendJson(res, INTERNAL_ERROR.status, INTERNAL_ERROR.body, req);
        return true;
      }
      sendJson(res, refusal.status, refusal.body, req);
    }
    return true;
  };
}
