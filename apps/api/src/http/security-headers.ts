import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../config/config.schema';

/**
 * The built web app's index.html carries this placeholder wherever Vite put a
 * nonce (apps/web/vite.config.ts `html.cspNonce`); each response replaces it
 * with that response's own nonce.
 */
export const CSP_NONCE_PLACEHOLDER = 'RAPPORT_CSP_NONCE';

type ResponseWithNonce = ServerResponse & { locals?: { cspNonce?: string } };

/**
 * This response's CSP nonce, made on first use: only pages and the strict policy
 * read it, so a JSON response under the development landing-page policy skips the
 * random bytes.
 */
export function cspNonceOf(response: Response | ServerResponse): string {
  const locals = (response as ResponseWithNonce).locals;
  if (!locals) throw new Error('securityHeaders() must run before anything that needs the CSP nonce');
  return (locals.cspNonce ??= randomBytes(16).toString('base64'));
}

/**
 * The policy the web app runs under. Scripts only from our origin, never inline.
 * Styles: our stylesheets, plus the <style> elements Mantine injects at run time
 * (theme CSS variables, responsive style props), which carry the per-response
 * nonce (MantineProvider getStyleNonce) instead of allowing 'unsafe-inline'.
 * Images may come from any https host: therapists link their photos (https only).
 */
function webAppDirectives(config: AppConfig) {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", (_request: IncomingMessage, response: ServerResponse) => `'nonce-${cspNonceOf(response)}'`],
    'img-src': ["'self'", 'data:', 'https:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    // Only behind https: on plain-http development hosts it would break every request.
    ...(config.isProduction ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * helmet's headers (HSTS, nosniff, referrer policy, COOP/CORP, no framing …) and
 * the CSP above on every response but /graphql's. In development, Apollo's landing
 * page at /graphql loads its sandbox from Apollo's CDN with inline scripts and
 * brings its own nonce-based policy in a <meta> tag, so there the header keeps only
 * what a meta policy cannot say: frame-ancestors. Production serves no landing
 * page: /graphql answers JSON only, under a policy that lets nothing load or frame
 * it, the same on every response (no nonce to make per request).
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const common = { xFrameOptions: { action: 'deny' as const } };
  const strict = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: webAppDirectives(config) } });
  const landingPage = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, 'frame-ancestors': ["'none'"] } },
  });
  const api = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] } } });
  // /graphql's headers are the same on every response: helmet's chain of a dozen middlewares
  // runs once, here, and each request gets the headers it set.
  const graphql = fixedHeaders(config.isProduction ? api : landingPage);
  return (request: Request, response: Response, next: NextFunction) => {
    const isGraphql = request.path === '/graphql' || request.path === '/graphql/';
    if (!isGraphql) return strict(request, response, next);
    for (const [name, value] of graphql) response.setHeader(name, value);
    next();
  };
}

/**
 * The headers a helmet middleware sets, read by running it once on a response that records them:
 * only for a policy with no per-response part (no nonce, no function directives). Throws if it
 * does not finish synchronously or passes an error on.
 */
export function fixedHeaders(middleware: ReturnType<typeof helmet>): [string, string][] {
  const headers: [string, string][] = [];
  let done = false;
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name, value]),
    // helmet drops X-Powered-By; Express never sets it here (configure-http disables it).
    removeHeader: () => undefined,
  };
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously: its headers cannot be fixed');
  return headers;
}
