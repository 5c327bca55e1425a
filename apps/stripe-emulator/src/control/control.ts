import type Stripe from 'stripe';
import type { Emulator } from '../emulator';
import { invalidRequest } from '../http/stripe-error';
import { completeOnboarding } from '../resources/accounts';
import { authorizeCheckout, submitCheckout, type CheckoutOutcome } from '../resources/checkout-completion';
import { submitDelayedPayment, settleDelayedPayment } from '../resources/delayed-payment';
import { createDispute } from '../resources/events';
import { findOrThrow } from '../resources/lists';
import { completeAuthentication } from '../resources/payment-intent-flow';
import { forgetExpired } from '../state/retention';
import { emptyState, type DeliveryRow, type DeliveryStatus } from '../state/state';
import type { WebhookEndpoint } from '../webhooks/dispatcher';
import type { WebhookFault } from '../webhooks/faults';

export interface CompleteCheckoutOptions {
  /** A test payment-method id; defaults to `pm_card_visa`. */
  paymentMethod?: string;
  email?: string;
  /** For cards that ask for authentication: what the cardholder does. Unset leaves it waiting. */
  authentication?: 'approve' | 'fail';
  /** Pay as with a delayed method: the session completes unpaid until `settleDelayedPayment`. */
  delayed?: boolean;
}

export interface CheckoutResult {
  outcome: CheckoutOutcome['kind'];
  session: Stripe.Checkout.Session;
  /** Where the browser would go next (success_url with the id filled in). */
  redirectUrl?: string;
  /** The decline message shown on the page. */
  message?: string;
}

export interface DeliveryFilter {
  eventId?: string;
  eventType?: string;
  status?: DeliveryStatus;
}

/** Test and operator controls: the same as `/_emulator/…` over HTTP. */
export interface EmulatorControl {
  listDeliveries(filter?: DeliveryFilter): DeliveryRow[];
  pauseWebhooks(): void;
  resumeWebhooks(): void;
  /** Applies to the next events created. */
  injectWebhookFault(fault: WebhookFault): void;
  clearWebhookFaults(): void;
  /** Resolves when no delivery is in flight or due (paused and held ones excepted). */
  settleWebhooks(timeoutMs?: number): Promise<void>;
  setWebhookEndpoints(endpoints: WebhookEndpoint[]): void;
  redeliverEvent(eventId: string): Promise<DeliveryRow[]>;
  createDispute(chargeId: string, reason?: string): Promise<Stripe.Dispute>;
  /** Pays (or saves a card on) a Checkout Session as a customer would on the hosted page. */
  completeCheckoutSession(sessionId: string, options?: CompleteCheckoutOptions): Promise<CheckoutResult>;
  /** The money of a `delayed` checkout arrives, or does not (`checkout.session.async_payment_*`). */
  settleDelayedPayment(sessionId: string, outcome: 'succeeded' | 'failed'): Promise<Stripe.Checkout.Session>;
  completeOnboarding(accountId: string): Promise<Stripe.Account>;
  authenticatePaymentIntent(paymentIntentId: string, decision: 'approve' | 'fail'): Promise<Stripe.PaymentIntent>;
  /** Moves the emulator's clock forward and expires what it passed; returns the new unix time. */
  advanceClock(seconds: number): Promise<number>;
  now(): number;
  /** Forgets every object, event, delivery and fault; webhook endpoints stay. */
  reset(): Promise<void>;
}

export function createControl(emulator: Emulator): EmulatorControl {
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    listDeliveries(filter = {}) {
      return Object.values(emulator.store.state.deliveries)
        .filter(
          (row) =>
            (!filter.eventId || row.eventId === filter.eventId) &&
            (!filter.eventType || row.eventType === filter.eventType) &&
            (!filter.status || row.status === filter.status),
        )
        .sort((a, b) => a.seq - b.seq)
        .map(copy);
    },
    pauseWebhooks: () => emulator.dispatcher.pause(),
    resumeWebhooks: () => emulator.dispatcher.resume(),
    injectWebhookFault: (fault) => emulator.dispatcher.injectFault(fault),
    clearWebhookFaults: () => emulator.dispatcher.clearFaults(),
    settleWebhooks: (timeoutMs) => emulator.dispatcher.settle(timeoutMs),
    setWebhookEndpoints: (endpoints) => emulator.dispatcher.setEndpoints(endpoints),
    redeliverEvent: (eventId) =>
      emulator.mutate(null, (context) => copy(emulator.dispatcher.redeliver(context.state, findOrThrow(context.state.events, eventId, 'event').object))),
    createDispute: (chargeId, reason) => emulator.mutate(null, (context) => copy(createDispute(context, chargeId, reason))),
    completeCheckoutSession: (sessionId, options = {}) =>
      emulator.mutate(null, (context) => {
        const row = findOrThrow(context.state.checkoutSessions, sessionId, 'checkout.session');
        const paymentMethod = options.paymentMethod ?? 'pm_card_visa';
        let outcome = options.delayed ? submitDelayedPayment(context, row, paymentMethod) : submitCheckout(context, row, { paymentMethod, email: options.email });
        if (outcome.kind === 'requires_action' && options.authentication) outcome = authorizeCheckout(context, row, options.authentication === 'approve');
        return {
          outcome: outcome.kind,
          session: copy(row.object),
          ...(outcome.kind === 'complete' ? { redirectUrl: outcome.redirectUrl } : {}),
          ...(outcome.kind === 'declined' ? { message: outcome.message } : {}),
        };
      }),
    settleDelayedPayment: (sessionId, outcome) =>
      emulator.mutate(null, (context) => copy(settleDelayedPayment(context, findOrThrow(context.state.checkoutSessions, sessionId, 'checkout.session'), outcome))),
    completeOnboarding: (accountId) => emulator.mutate(null, (context) => copy(completeOnboarding(context, accountId))),
    authenticatePaymentIntent: (paymentIntentId, decision) =>
      emulator.mutate(null, (context) =>
        copy(completeAuthentication(context, findOrThrow(context.state.paymentIntents, paymentIntentId, 'payment_intent'), decision === 'approve')),
      ),
    advanceClock: async (seconds) => {
      if (!Number.isInteger(seconds) || seconds < 0) throw invalidRequest('seconds must be a whole number of seconds, zero or more.', { param: 'seconds' });
      await emulator.mutate(null, (context) => {
        context.state.clockOffsetSeconds += seconds;
        forgetExpired(context.state, emulator.now(context.state));
      });
      // The next change reads the new time, so it expires whatever the jump passed.
      return emulator.mutate(null, () => emulator.now());
    },
    now: () => emulator.now(),
    reset: async () => {
      emulator.dispatcher.clearFaults();
      await emulator.store.replace(emptyState());
    },
  };
}
