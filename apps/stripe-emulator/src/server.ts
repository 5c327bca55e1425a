import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createControl, type EmulatorControl } from './control/control';
import { handleControlRequest } from './control/control-routes';
import { Emulator, type EmulatorClock } from './emulator';
import { handleApiRequest } from './http/api-handler';
import { BodyTooLargeError, sendJson } from './http/io';
import type { Route } from './http/route';
import { handlePageRequest } from './pages/pages-handler';
import { accountRoutes } from './resources/accounts';
import { balanceRoutes } from './resources/balance';
import { chargeRoutes } from './resources/charges';
import { checkoutSessionRoutes } from './resources/checkout-sessions';
import { customerRoutes } from './resources/customers';
import { eventRoutes } from './resources/events';
import { paymentIntentRoutes } from './resources/payment-intents';
import { refundRoutes } from './resources/refunds';
import { forgetExpired } from './state/retention';
import { StateStore } from './state/state-store';
import { DEFAULT_RETRY, WebhookDispatcher, type RetryPolicy, type WebhookEndpoint } from './webhooks/dispatcher';

export interface StripeEmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Loopback only: 127.0.0.1 (default), another 127.x address, ::1 or localhost. */
  host?: string;
  /** JSON file the state lives in across restarts; omit to keep it in memory only. */
  stateFile?: string;
  webhookEndpoints?: WebhookEndpoint[];
  /** Origin used in hosted-page URLs when the emulator sits behind another address. */
  publicBaseUrl?: string;
  /** Source of "now"; `advanceClock` moves the emulator ahead of it. */
  clock?: EmulatorClock;
  /** Webhook retry bounds; tests shorten the delays. */
  webhookRetry?: Partial<RetryPolicy>;
  /** One line per notable thing (never a secret); default silent. */
  log?: (line: string) => void;
}

export interface RunningStripeEmulator {
  /** e.g. http://127.0.0.1:12111 */
  url: string;
  port: number;
  host: string;
  control: EmulatorControl;
  stop(): Promise<void>;
}

const API_ROUTES: Route[] = [
  ...accountRoutes,
  ...customerRoutes,
  ...paymentIntentRoutes,
  ...checkoutSessionRoutes,
  ...chargeRoutes,
  ...refundRoutes,
  ...eventRoutes,
  ...balanceRoutes,
];

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Starts the emulator's HTTP server; the `stripe` SDK reaches it with `{ host, port, protocol: 'http' }`. */
export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<RunningStripeEmulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host)) throw new Error(`The Stripe emulator listens on loopback only; ${host} is not a loopback address.`);
  const log = options.log ?? (() => undefined);
  const store = await StateStore.open(options.stateFile);
  const dispatcher = new WebhookDispatcher(store, options.webhookEndpoints ?? [], { ...DEFAULT_RETRY, ...options.webhookRetry });
  const emulator = new Emulator(store, dispatcher, options.clock ?? { now: () => new Date() }, options.publicBaseUrl ?? '');
  const control = createControl(emulator);

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      const tooLarge = error instanceof BodyTooLargeError;
      if (!tooLarge) log(`stripe-emulator: ${request.method} ${request.url?.split('?')[0]} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (response.headersSent) return void response.end();
      sendJson(response, tooLarge ? 413 : 500, JSON.stringify({ error: { type: tooLarge ? 'invalid_request_error' : 'api_error', message: tooLarge ? 'Request body too large.' : 'An unknown error occurred in the emulator.' } }));
    });
  });
  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path.startsWith('/v1/')) return handleApiRequest(emulator, API_ROUTES, request, response);
    if (path.startsWith('/_emulator/')) return handleControlRequest(control, request, response);
    return handlePageRequest(emulator, request, response);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  emulator.baseUrl = (options.publicBaseUrl ?? url).replace(/\/$/, '');
  // What a previous run left: forget what has expired since, send the deliveries still pending.
  await emulator.mutate(null, (context) => forgetExpired(context.state, context.now));
  log(`stripe-emulator: listening on ${url}`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    host,
    control,
    stop: () =>
      (stopping ??= (async () => {
        dispatcher.stop();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await store.flush();
      })()),
  };
}
