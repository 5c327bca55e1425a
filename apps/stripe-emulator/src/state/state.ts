import type Stripe from 'stripe';
import type { TestCardId } from '../resources/test-cards';

/** Every stored object keeps its insertion number, so lists order stably within a second. */
export interface Row<T> {
  seq: number;
  object: T;
}

export interface PaymentMethodRow extends Row<Stripe.PaymentMethod> {
  /** Which test card it was made from; decides how charges on it behave. */
  card: TestCardId;
}

export interface PaymentIntentRow extends Row<Stripe.PaymentIntent> {
  returnUrl: string | null;
  /** The Checkout Session that created it, if any. */
  checkoutSession: string | null;
}

export interface CheckoutLineItem {
  name: string;
  description: string | null;
  unitAmount: number;
  quantity: number;
}

export interface CheckoutPaymentIntentData {
  applicationFeeAmount: number | null;
  destination: string | null;
  metadata: Record<string, string>;
  setupFutureUsage: 'on_session' | 'off_session' | null;
  captureMethod: 'automatic' | 'automatic_async' | 'manual';
  description: string | null;
}

export interface CheckoutSessionRow extends Row<Stripe.Checkout.Session> {
  lineItems: CheckoutLineItem[];
  paymentIntentData: CheckoutPaymentIntentData;
  setupIntentMetadata: Record<string, string>;
  setupIntentDescription: string | null;
}

export interface AccountLinkRow {
  seq: number;
  token: string;
  account: string;
  type: 'account_onboarding' | 'account_update';
  refreshUrl: string;
  returnUrl: string;
  created: number;
  expiresAt: number;
  used: boolean;
}

export interface IdempotencyRow {
  key: string;
  method: string;
  path: string;
  fingerprint: string;
  status: number;
  body: string;
  created: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dropped';

export interface DeliveryAttempt {
  /** Wall-clock ISO time of the attempt. */
  at: string;
  status: number | null;
  error: string | null;
}

export interface DeliveryRow {
  seq: number;
  id: string;
  eventId: string;
  eventType: string;
  endpoint: string;
  status: DeliveryStatus;
  attempts: DeliveryAttempt[];
  /** Wall-clock ms before which it is not sent (retry backoff, `late` fault). */
  notBefore: number;
  /** Held back by the `out_of_order` fault until its group is complete. */
  held: boolean;
}

export interface EmulatorState {
  version: 1;
  sequence: number;
  /** Seconds added to the configured clock by `advanceClock`. */
  clockOffsetSeconds: number;
  accounts: Record<string, Row<Stripe.Account>>;
  accountLinks: Record<string, AccountLinkRow>;
  customers: Record<string, Row<Stripe.Customer>>;
  paymentMethods: Record<string, PaymentMethodRow>;
  paymentIntents: Record<string, PaymentIntentRow>;
  setupIntents: Record<string, Row<Stripe.SetupIntent>>;
  charges: Record<string, Row<Stripe.Charge>>;
  refunds: Record<string, Row<Stripe.Refund>>;
  applicationFees: Record<string, Row<Stripe.ApplicationFee>>;
  transfers: Record<string, Row<Stripe.Transfer>>;
  disputes: Record<string, Row<Stripe.Dispute>>;
  checkoutSessions: Record<string, CheckoutSessionRow>;
  events: Record<string, Row<Stripe.Event>>;
  idempotency: Record<string, IdempotencyRow>;
  deliveries: Record<string, DeliveryRow>;
}

export function emptyState(): EmulatorState {
  return {
    version: 1,
    sequence: 0,
    clockOffsetSeconds: 0,
    accounts: {},
    accountLinks: {},
    customers: {},
    paymentMethods: {},
    paymentIntents: {},
    setupIntents: {},
    charges: {},
    refunds: {},
    applicationFees: {},
    transfers: {},
    disputes: {},
    checkoutSessions: {},
    events: {},
    idempotency: {},
    deliveries: {},
  };
}
