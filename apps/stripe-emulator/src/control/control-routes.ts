import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkApiKey } from '../http/api-handler';
import { parseForm, type FormObject } from '../http/form';
import { readBody, sendJson } from '../http/io';
import { matchPattern } from '../http/route';
import { StripeApiError } from '../http/stripe-error';
import type { DeliveryStatus } from '../state/state';
import type { WebhookFault } from '../webhooks/faults';
import type { EmulatorControl } from './control';

type Body = Record<string, unknown>;
type Handler = (control: EmulatorControl, id: string, body: Body, query: URLSearchParams) => unknown;

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const whole = (value: unknown) => (value === undefined || value === '' ? undefined : Number(value));

const ROUTES: Record<string, Handler> = {
  'GET deliveries': (control, _id, _body, query) =>
    control.listDeliveries({ eventId: query.get('event') ?? undefined, eventType: query.get('type') ?? undefined, status: (query.get('status') ?? undefined) as DeliveryStatus | undefined }),
  'POST webhooks/pause': (control) => control.pauseWebhooks(),
  'POST webhooks/resume': (control) => control.resumeWebhooks(),
  'POST webhooks/faults': (control, _id, body) =>
    control.injectWebhookFault({ kind: text(body.kind), count: whole(body.count), delayMs: whole(body.delay_ms) } as WebhookFault),
  'DELETE webhooks/faults': (control) => control.clearWebhookFaults(),
  'POST webhooks/settle': (control, _id, body) => control.settleWebhooks(whole(body.timeout_ms)),
  'POST webhooks/endpoints': (control, _id, body) =>
    control.setWebhookEndpoints((Array.isArray(body.endpoints) ? body.endpoints : []).map((endpoint: { url: string; secret: string }) => ({ url: endpoint.url, secret: endpoint.secret }))),
  'POST events/:id/redeliver': (control, id) => control.redeliverEvent(id),
  'POST charges/:id/dispute': (control, id, body) => control.createDispute(id, text(body.reason)),
  'POST checkout/sessions/:id/complete': (control, id, body) =>
    control.completeCheckoutSession(id, {
      paymentMethod: text(body.payment_method),
      email: text(body.email),
      authentication: text(body.authentication) as 'approve' | 'fail' | undefined,
      delayed: body.delayed === true || body.delayed === 'true',
    }),
  'POST checkout/sessions/:id/settle': (control, id, body) => control.settleDelayedPayment(id, body.outcome === 'failed' ? 'failed' : 'succeeded'),
  'POST accounts/:id/onboard': (control, id) => control.completeOnboarding(id),
  'POST payment_intents/:id/authenticate': (control, id, body) => control.authenticatePaymentIntent(id, body.decision === 'fail' ? 'fail' : 'approve'),
  'GET clock': (control) => ({ now: control.now() }),
  'POST clock/advance': async (control, _id, body) => ({ now: await control.advanceClock(whole(body.seconds) ?? Number.NaN) }),
  'POST reset': (control) => control.reset(),
};

/**
 * `/_emulator/…`: the controls over HTTP, for tools outside the test process. They
 * take the same test key as the API, so a web page cannot drive them cross-site.
 */
export async function handleControlRequest(control: EmulatorControl, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const authError = checkApiKey(request.headers.authorization);
  if (authError) return sendJson(response, 401, JSON.stringify({ error: authError }));
  const url = new URL(request.url ?? '/', 'http://emulator');
  let id = '';
  let handler: Handler | undefined;
  for (const [key, candidate] of Object.entries(ROUTES)) {
    const [method, pattern] = key.split(' ');
    const path = method === request.method ? matchPattern(`/_emulator/${pattern}`, url.pathname) : undefined;
    if (!path) continue;
    id = path.id ?? '';
    handler = candidate;
    break;
  }
  if (!handler) return sendJson(response, 404, JSON.stringify({ error: { type: 'invalid_request_error', message: `No emulator control at ${request.method} ${url.pathname}` } }));
  try {
    const raw = request.method === 'POST' ? await readBody(request) : '';
    const body: Body = (request.headers['content-type'] ?? '').includes('json') ? (JSON.parse(raw || '{}') as Body) : (parseForm(raw) as FormObject);
    const result = await handler(control, id, body, url.searchParams);
    sendJson(response, 200, JSON.stringify(result ?? { ok: true }, null, 2));
  } catch (error) {
    if (error instanceof StripeApiError) return sendJson(response, error.status, JSON.stringify({ error: error.body }, null, 2));
    const message = error instanceof Error ? error.message : String(error);
    sendJson(response, 400, JSON.stringify({ error: { type: 'invalid_request_error', message } }, null, 2));
  }
}
