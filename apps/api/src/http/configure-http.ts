import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppConfig } from '../config/config.schema';
import { inOneLayer } from './one-layer';
import { CSP_NONCE_PLACEHOLDER, cspNonceOf, securityHeaders } from './security-headers';

/**
 * How long an idle kept-alive connection stays open: past the idle timeouts of the proxies and load
 * balancers an API runs behind (60 s is the common default, AWS's load balancers' among them) and
 * of client pools (undici's, Node's fetch: 4 s), so the client always closes an idle connection
 * first. With Node's 5 s default, a client can send a request on a connection in the moment the
 * server closes it, and the request is lost (ECONNRESET; a proxy answers 502): a likely cause of
 * the one call in 500 concurrent bookings that failed so in a CI run.
 */
export const KEEP_ALIVE_MS = 65_000;

const API_PREFIXES = ['/graphql', '/healthz', '/webhooks', '/dev', '/calendar', '/superbills'];
// `/bookings` and `/bookings/:id` are web pages; only calendar files under it (`/bookings/:id.ics`) are the API's. Therapists' feeds live under `/calendar`.
const API_FILE_UNDER_WEB_PATH = /^\/bookings\/.+\.ics$/;

/**
 * Express-level setup, in the order requests meet it: `first` (the request's id, log line and
 * context: bootstrap.ts), security headers (helmet, CSP), JSON bodies (raw bytes kept under
 * `/webhooks/`, for signatures), then `afterBody` (what needs the parsed body: kept search
 * answers), all in one Express layer; then GraphQL-shaped errors for malformed bodies, and
 * the built web app at `/` with SPA fallback. No cookie parser: the session cookie, the only
 * cookie the API reads, is read from the header where it is needed (auth.guard.ts `tokenOf`).
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig, { first = [], afterBody = [] }: { first?: RequestHandler[]; afterBody?: RequestHandler[] } = {}): void {
  // Which proxies' X-Forwarded-For to believe: request.ip (rate limits, audit events) is the client behind them.
  app.set('trust proxy', config.TRUSTED_PROXIES);
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Longer than the keep-alive: Node checks a request's headers against it from the connection's start.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  app.disable('x-powered-by');
  // No ETag digest of every body Express sends: GraphQL answers are POSTs nobody revalidates, and
  // everything else it sends is `no-store` or differs per response (each page's CSP nonce). It
  // cost a SHA-1 and a copy of every body, and a second write for small ones (the headers could
  // not be joined to a Buffer). Static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  app.use(
    inOneLayer(
      ...first,
      securityHeaders(config),
      jsonBodies(),
      ...afterBody,
    ),
  );
  app.use(malformedBodyHandler);
  serveWebApp(app, config);
}

const JSON_LIMIT = '1mb';

/**
 * JSON bodies up to 1 MB; under `/webhooks/` the raw bytes are also kept (`request.rawBody`), as a
 * signature is checked on them. Only there: every other request would carry a property nothing reads.
 */
function jsonBodies(): RequestHandler {
  const plain = express.json({ limit: JSON_LIMIT });
  const keepingRawBytes = express.json({
    limit: JSON_LIMIT,
    verify: (request: Request & { rawBody?: Buffer }, _response, buffer) => {
      request.rawBody = buffer;
    },
  });
  return (request, response, next) => (request.path.startsWith('/webhooks/') ? keepingRawBytes : plain)(request, response, next);
}

function malformedBodyHandler(error: unknown, _request: Request, response: Response, next: NextFunction) {
  const type = (error as { type?: string })?.type;
  if (type === 'entity.parse.failed' || type === 'entity.too.large') {
    const message =
      type === 'entity.too.large' ? 'The request body is too large.' : 'The request body is not valid JSON.';
    response.status(type === 'entity.too.large' ? 413 : 400).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(error);
}

function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const webDir = resolve(config.WEB_DIST_DIR);
  if (!existsSync(resolve(webDir, 'index.html'))) return;
  // Read once: every page is this file with the response's CSP nonce filled in.
  const indexHtmlParts = readFileSync(resolve(webDir, 'index.html'), 'utf8').split(CSP_NONCE_PLACEHOLDER);
  const sendIndexHtml = (response: Response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(indexHtmlParts.join(cspNonceOf(response)));
  };
  // One layer (see inOneLayer): every API request passes by all three.
  app.use(
    inOneLayer(
      (request: Request, response: Response, next: NextFunction) => (request.method === 'GET' && request.path === '/index.html' ? sendIndexHtml(response) : next()),
      express.static(webDir, { index: false, maxAge: '1h' }),
      (request: Request, response: Response, next: NextFunction) => {
        const isApi = API_PREFIXES.some((prefix) => request.path === prefix || request.path.startsWith(`${prefix}/`)) || API_FILE_UNDER_WEB_PATH.test(request.path);
        if (request.method !== 'GET' || isApi || !request.accepts('html')) return next();
        sendIndexHtml(response);
      },
    ),
  );
}
