import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_VERSION, type Emulator } from '../emulator';
import { expandResponse } from '../resources/expand';
import type { Context } from '../state/context';
import { randomToken } from '../state/ids';
import { IDEMPOTENCY_RETENTION_SECONDS } from '../state/retention';
import { parseForm, type FormObject } from './form';
import { readBody, sendJson } from './io';
import { matchRoute, type Route, type RouteRequest } from './route';
import { invalidRequest, StripeApiError, unknownParam } from './stripe-error';


interface ApiAnswer {
  status: number;
  body: string;
  replayed: boolean;
}

/**
 * One `/v1/…` request in Stripe's wire format: bearer test key, form-encoded params,
 * `Idempotency-Key` replay, `expand[]`, JSON answers and Stripe's error shape.
 */
export async function handleApiRequest(emulator: Emulator, routes: readonly Route[], request: IncomingMessage, response: ServerResponse): Promise<void> {
  const requestId = `req_${randomToken(14)}`;
  const headers: Record<string, string> = { 'Request-Id': requestId, 'Stripe-Version': headerValue(request, 'stripe-version') ?? API_VERSION };
  const answer = (status: number, body: unknown) => sendJson(response, status, JSON.stringify(body, null, 2), headers);
  const authError = checkApiKey(headerValue(request, 'authorization'));
  if (authError) return answer(401, { error: authError });
  const account = headerValue(request, 'stripe-account');

  const url = new URL(request.url ?? '/', 'http://emulator');
  const method = request.method ?? 'GET';
  const matched = matchRoute(routes, method, url.pathname);
  if (account && !(matched && matched !== 'method_not_allowed' && matched.route.connectedAccount)) {
    // Acting as a connected account elsewhere would need a second set of objects; refusing beats answering as the platform.
    return answer(400, {
      error: { type: 'invalid_request_error', message: 'The emulator supports the Stripe-Account header (requests made as a connected account) only on GET /v1/balance.' },
    });
  }
  if (!matched || matched === 'method_not_allowed') {
    return answer(404, {
      error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${url.pathname}). The emulator implements only part of Stripe's API; see its README.` },
    });
  }
  const params = parseForm(method === 'GET' ? url.search.slice(1) : await readBody(request));
  const expand = takeExpand(params);
  const idempotencyKey = method === 'POST' ? headerValue(request, 'idempotency-key') : undefined;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

  const result = await emulator.mutate({ id: requestId, idempotencyKey: idempotencyKey ?? null }, (context): ApiAnswer => {
    if (expand instanceof StripeApiError) return errorAnswer(expand);
    const fingerprint = createHash('sha256').update(JSON.stringify({ params, expand })).digest('hex');
    if (idempotencyKey) {
      const replay = replayIdempotent(context, idempotencyKey, method, url.pathname, fingerprint);
      if (replay) return replay;
    }
    const fresh = run(context, matched.route, { path: matched.path, params, ...(account ? { account } : {}) }, expand);
    // Stripe stores a result once the request started executing: successes and card errors.
    if (idempotencyKey && (fresh.status < 300 || fresh.status === 402)) {
      context.state.idempotency[idempotencyKey] = { key: idempotencyKey, method, path: url.pathname, fingerprint, status: fresh.status, body: fresh.body, created: context.now };
    }
    return fresh;
  });
  if (result.replayed) headers['Idempotent-Replayed'] = 'true';
  sendJson(response, result.status, result.body, headers);
}

function run(context: Context, route: Route, request: RouteRequest, expand: string[]): ApiAnswer {
  try {
    if (route.method === 'GET' && !route.acceptsQuery) {
      const unexpected = Object.keys(request.params)[0];
      if (unexpected) throw unknownParam(unexpected);
    }
    const value = route.handle(context, request);
    return { status: 200, body: JSON.stringify(expandResponse(context.state, value, expand), null, 2), replayed: false };
  } catch (error) {
    if (error instanceof StripeApiError) return errorAnswer(error);
    throw error;
  }
}

function errorAnswer(error: StripeApiError): ApiAnswer {
  return { status: error.status, body: JSON.stringify({ error: error.body }, null, 2), replayed: false };
}

function replayIdempotent(context: Context, key: string, method: string, path: string, fingerprint: string): ApiAnswer | undefined {
  const stored = context.state.idempotency[key];
  if (!stored) return undefined;
  if (stored.created < context.now - IDEMPOTENCY_RETENTION_SECONDS) {
    delete context.state.idempotency[key];
    return undefined;
  }
  if (stored.method !== method || stored.path !== path) {
    return idempotencyError(
      `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${stored.path}' vs '${path}'). Try using a key other than '${key}' if you meant to execute a different request.`,
    );
  }
  if (stored.fingerprint !== fingerprint) {
    return idempotencyError(
      `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    );
  }
  return { status: stored.status, body: stored.body, replayed: true };
}

function idempotencyError(message: string): ApiAnswer {
  return { status: 400, body: JSON.stringify({ error: { type: 'idempotency_error', message } }, null, 2), replayed: false };
}

function takeExpand(params: FormObject): string[] | StripeApiError {
  const raw = params.expand;
  delete params.expand;
  if (raw === undefined) return [];
  const values = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) return invalidRequest('Invalid array', { param: 'expand' });
  return values as string[];
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Accepts any test-mode secret or restricted key, as Bearer or as Basic auth's user. */
export function checkApiKey(authorization: string | undefined) {
  if (!authorization) {
    return {
      type: 'invalid_request_error',
      message: "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    };
  }
  const [scheme, credentials = ''] = authorization.split(' ');
  const key = scheme.toLowerCase() === 'basic' ? Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] : scheme.toLowerCase() === 'bearer' ? credentials : '';
  if (/^(sk|rk)_test_\w+$/.test(key)) return undefined;
  const shown = key.length > 8 ? `${key.slice(0, 8)}${'*'.repeat(Math.max(0, Math.min(key.length - 12, 20)))}${key.slice(-4)}` : '****';
  return {
    type: 'invalid_request_error',
    message: `Invalid API Key provided: ${shown}. The emulator accepts only test-mode keys (sk_test_…).`,
  };
}
