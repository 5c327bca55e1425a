import type Stripe from 'stripe';
import { newId } from '../state/ids';
import type { EmulatorState, DeliveryRow } from '../state/state';
import type { StateStore } from '../state/state-store';
import { activate, type ActiveFault, type WebhookFault } from './faults';
import { signatureHeader } from './signing';

export interface WebhookEndpoint {
  url: string;
  /** `whsec_…`, the signing secret the receiver verifies with. */
  secret: string;
}

export interface RetryPolicy {
  /** Attempts per delivery, the first included. */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** A receiver that has not answered by then counts as failed. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, initialDelayMs: 1000, maxDelayMs: 60_000, timeoutMs: 10_000 };
const KEPT_ATTEMPTS = 10;

/**
 * Delivers events to the endpoints, one request at a time per endpoint in event
 * order, retrying non-2xx answers and timeouts with exponential backoff up to a
 * bound. Deliveries live in the state, so a restart resumes them. Signatures use
 * the wall clock, because receivers check them against their own.
 */
export class WebhookDispatcher {
  private endpoints: WebhookEndpoint[];
  private paused = false;
  private stopped = false;
  private readonly busy = new Set<string>();
  private readonly aborts = new Set<AbortController>();
  private faults: ActiveFault[] = [];
  private timer: NodeJS.Timeout | undefined;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly store: StateStore,
    endpoints: WebhookEndpoint[],
    private readonly retry: RetryPolicy,
  ) {
    this.endpoints = [...endpoints];
  }

  /** Inside a mutation: queues the event's deliveries and returns its `pending_webhooks`. */
  enqueue(state: EmulatorState, event: Stripe.Event): number {
    const fault = this.faults[0];
    if (fault) {
      fault.remaining -= 1;
      if (fault.remaining === 0 && fault.fault.kind !== 'out_of_order') this.faults.shift();
    }
    const copies = fault?.fault.kind === 'duplicate' ? 2 : 1;
    for (const endpoint of this.endpoints) {
      for (let copy = 0; copy < copies; copy += 1) {
        const row = newDelivery(state, event, endpoint, {
          status: fault?.fault.kind === 'drop' ? 'dropped' : 'pending',
          notBefore: fault?.fault.kind === 'late' ? Date.now() + fault.fault.delayMs : 0,
          held: fault?.fault.kind === 'out_of_order',
        });
        if (row.held) fault!.held.push(row.id);
      }
    }
    if (fault?.fault.kind === 'out_of_order' && fault.remaining === 0) {
      this.faults.shift();
      releaseReversed(state, fault.held);
    }
    return this.endpoints.length;
  }

  /** Inside a mutation: sends the event again to every endpoint, as the dashboard's "Resend" does. */
  redeliver(state: EmulatorState, event: Stripe.Event): DeliveryRow[] {
    return this.endpoints.map((endpoint) => newDelivery(state, event, endpoint, { status: 'pending', notBefore: 0, held: false }));
  }

  /** Starts sending whatever is due. Called after every mutation. */
  kick(): void {
    if (this.stopped) return;
    if (!this.paused) this.pump();
    this.notifyIfIdle();
  }

  setEndpoints(endpoints: WebhookEndpoint[]): void {
    this.endpoints = [...endpoints];
    this.kick();
  }

  listEndpoints(): WebhookEndpoint[] {
    return [...this.endpoints];
  }

  pause(): void {
    this.paused = true;
    this.notifyIfIdle();
  }

  resume(): void {
    this.paused = false;
    this.kick();
  }

  injectFault(fault: WebhookFault): void {
    this.faults.push(activate(fault));
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Resolves once nothing is being sent or waiting to be sent (paused and held deliveries excepted). */
  settle(timeoutMs = 15_000): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== done);
        reject(new Error(`webhook deliveries still outstanding after ${timeoutMs} ms: ${this.outstanding().map((row) => `${row.eventType}→${row.endpoint}`).join(', ')}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(done);
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const controller of this.aborts) controller.abort();
  }

  private outstanding(): DeliveryRow[] {
    const urls = new Set(this.endpoints.map((endpoint) => endpoint.url));
    return Object.values(this.store.state.deliveries).filter((row) => row.status === 'pending' && !row.held && urls.has(row.endpoint));
  }

  private isIdle(): boolean {
    return this.busy.size === 0 && (this.paused || this.stopped || this.outstanding().length === 0);
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }

  private pump(): void {
    clearTimeout(this.timer);
    const now = Date.now();
    let nextWake = Infinity;
    for (const endpoint of this.endpoints) {
      if (this.busy.has(endpoint.url)) continue;
      const queue = this.outstanding()
        .filter((row) => row.endpoint === endpoint.url)
        .sort((a, b) => a.seq - b.seq);
      const due = queue.find((row) => row.notBefore <= now);
      for (const row of queue) if (row.notBefore > now) nextWake = Math.min(nextWake, row.notBefore);
      if (due) void this.send(endpoint, due);
    }
    if (nextWake !== Infinity) {
      this.timer = setTimeout(() => this.kick(), Math.max(0, nextWake - now));
      this.timer.unref();
    }
  }

  private async send(endpoint: WebhookEndpoint, row: DeliveryRow): Promise<void> {
    this.busy.add(endpoint.url);
    const controller = new AbortController();
    this.aborts.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.retry.timeoutMs);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const event = this.store.state.events[row.eventId]?.object;
      if (!event) throw new Error('event no longer exists');
      const payload = JSON.stringify(event, null, 2);
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Stripe-Signature': signatureHeader(payload, endpoint.secret, Math.floor(Date.now() / 1000)),
        },
        body: payload,
        signal: controller.signal,
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch (caught) {
      error = controller.signal.aborted ? `no answer within ${this.retry.timeoutMs} ms` : (caught as Error).message;
    } finally {
      clearTimeout(timeout);
      this.aborts.delete(controller);
    }
    if (this.stopped) return;
    await this.store
      .transact((state) => this.recordAttempt(state, row.id, status, error))
      .catch(() => undefined);
    this.busy.delete(endpoint.url);
    this.kick();
  }

  private recordAttempt(state: EmulatorState, deliveryId: string, status: number | null, error: string | null): void {
    const row = state.deliveries[deliveryId];
    if (!row) return; // reset while in flight
    row.attempts.push({ at: new Date().toISOString(), status, error });
    if (row.attempts.length > KEPT_ATTEMPTS) row.attempts.shift();
    const succeeded = status !== null && status >= 200 && status < 300;
    if (succeeded) {
      row.status = 'delivered';
      const event = state.events[row.eventId]?.object;
      if (event) event.pending_webhooks = pendingWebhooks(state, event.id, this.endpoints);
    } else if (row.attempts.length >= this.retry.maxAttempts) {
      row.status = 'failed';
    } else {
      const delay = Math.min(this.retry.initialDelayMs * 2 ** (row.attempts.length - 1), this.retry.maxDelayMs);
      row.notBefore = Date.now() + delay;
    }
  }
}

function newDelivery(
  state: EmulatorState,
  event: Stripe.Event,
  endpoint: WebhookEndpoint,
  plan: Pick<DeliveryRow, 'status' | 'notBefore' | 'held'>,
): DeliveryRow {
  state.sequence += 1;
  const row: DeliveryRow = { seq: state.sequence, id: newId('whd'), eventId: event.id, eventType: event.type, endpoint: endpoint.url, attempts: [], ...plan };
  state.deliveries[row.id] = row;
  return row;
}

/** Endpoints that have not yet acknowledged the event. */
function pendingWebhooks(state: EmulatorState, eventId: string, endpoints: WebhookEndpoint[]): number {
  const delivered = new Set(
    Object.values(state.deliveries)
      .filter((row) => row.eventId === eventId && row.status === 'delivered')
      .map((row) => row.endpoint),
  );
  return endpoints.filter((endpoint) => !delivered.has(endpoint.url)).length;
}

/** Releases held deliveries so the newest goes first. */
function releaseReversed(state: EmulatorState, held: string[]): void {
  const rows = held.map((id) => state.deliveries[id]).filter(Boolean);
  const seqs = rows.map((row) => row.seq).sort((a, b) => a - b);
  rows.reverse().forEach((row, index) => {
    row.seq = seqs[index];
    row.held = false;
  });
}
