import type Stripe from 'stripe';
import { invalidRequest, StripeApiError } from '../http/stripe-error';
import type { Context } from '../state/context';
import type { CheckoutSessionRow, PaymentIntentRow } from '../state/state';
import { createCustomerRecord, resolvePaymentMethod } from './customers';
import { findReference } from './lists';
import { cancelPaymentIntent, completeAuthentication, confirmPaymentIntent } from './payment-intent-flow';
import { createPaymentIntent } from './payment-intents';
import { confirmSetupIntent, createSetupIntent, failSetup, succeedSetup } from './setup-intents';

/** What the customer sees next after submitting the hosted checkout page. */
export type CheckoutOutcome =
  | { kind: 'complete'; session: Stripe.Checkout.Session; redirectUrl: string }
  | { kind: 'declined'; message: string }
  | { kind: 'requires_action' };

export interface PayInput {
  /** A test payment-method id (`pm_card_visa`, …) or a saved PaymentMethod's id. */
  paymentMethod: string;
  email?: string;
}

export function assertOpen(row: CheckoutSessionRow): void {
  if (row.object.status !== 'open') {
    throw invalidRequest(`This Checkout Session is ${row.object.status ?? 'not open'} and can no longer be paid.`, { code: 'checkout_session_unexpected_state' });
  }
}

/** The customer pays (payment mode) or saves a card (setup mode) with a chosen test card. */
export function submitCheckout(context: Context, row: CheckoutSessionRow, input: PayInput): CheckoutOutcome {
  assertOpen(row);
  if (input.email) row.object.customer_details = customerDetails(input.email);
  return row.object.mode === 'setup' ? submitSetup(context, row, input) : submitPayment(context, row, input);
}

function submitPayment(context: Context, row: CheckoutSessionRow, input: PayInput): CheckoutOutcome {
  const intentRow = sessionPaymentIntent(context, row);
  try {
    const paymentIntent = confirmPaymentIntent(context, intentRow, { paymentMethod: input.paymentMethod });
    if (paymentIntent.status === 'requires_action') return { kind: 'requires_action' };
    return complete(context, row);
  } catch (error) {
    if (error instanceof StripeApiError && error.status === 402) return { kind: 'declined', message: error.body.message };
    throw error;
  }
}

/** The session's PaymentIntent: made at the first attempt, as Stripe does, and reused after a decline. */
export function sessionPaymentIntent(context: Context, row: CheckoutSessionRow): PaymentIntentRow {
  const session = row.object;
  if (session.payment_intent) return findReference(context.state.paymentIntents, session.payment_intent as string, 'payment_intent', 'payment_intent');
  const data = row.paymentIntentData;
  const customer = ensureCustomer(context, row, Boolean(data.setupFutureUsage));
  const intentRow = createPaymentIntent(context, {
    amount: session.amount_total ?? 0,
    currency: session.currency ?? 'usd',
    customer,
    allowedPaymentMethodTypes: session.allowed_payment_method_types ?? ['card'],
    captureMethod: data.captureMethod,
    setupFutureUsage: data.setupFutureUsage,
    applicationFeeAmount: data.applicationFeeAmount,
    destination: data.destination,
    description: data.description,
    metadata: { ...data.metadata },
    checkoutSession: session.id,
    paramPrefix: 'payment_intent_data',
  });
  session.payment_intent = intentRow.object.id;
  return intentRow;
}

function submitSetup(context: Context, row: CheckoutSessionRow, input: PayInput): CheckoutOutcome {
  const session = row.object;
  let setupIntent = session.setup_intent ? context.state.setupIntents[session.setup_intent as string]?.object : undefined;
  if (!setupIntent) {
    const customer = ensureCustomer(context, row, false);
    setupIntent = createSetupIntent(context, { customer, metadata: { ...row.setupIntentMetadata }, description: row.setupIntentDescription });
    session.setup_intent = setupIntent.id;
  }
  const paymentMethodRow = resolvePaymentMethod(context, input.paymentMethod, 'payment_method');
  confirmSetupIntent(context, setupIntent, paymentMethodRow);
  if (setupIntent.status === 'requires_action') return { kind: 'requires_action' };
  if (setupIntent.status !== 'succeeded') return { kind: 'declined', message: setupIntent.last_setup_error?.message ?? 'Your card was declined.' };
  return complete(context, row);
}

/** The answer on the "Authorize test payment" step. */
export function authorizeCheckout(context: Context, row: CheckoutSessionRow, approved: boolean): CheckoutOutcome {
  assertOpen(row);
  const session = row.object;
  if (session.mode === 'setup') {
    const setupIntent = findReference(context.state.setupIntents, session.setup_intent as string, 'setup_intent', 'setup_intent').object;
    if (setupIntent.status !== 'requires_action') throw invalidRequest('This SetupIntent needs no authentication.', { code: 'setup_intent_unexpected_state' });
    const paymentMethodRow = findReference(context.state.paymentMethods, setupIntent.payment_method as string, 'PaymentMethod', 'payment_method');
    if (!approved) {
      failSetup(context, setupIntent, paymentMethodRow.object, 'authentication_failed');
      return { kind: 'declined', message: setupIntent.last_setup_error?.message ?? '' };
    }
    succeedSetup(context, setupIntent, paymentMethodRow);
    return complete(context, row);
  }
  const intentRow = findReference(context.state.paymentIntents, session.payment_intent as string, 'payment_intent', 'payment_intent');
  const paymentIntent = completeAuthentication(context, intentRow, approved);
  if (paymentIntent.status === 'requires_payment_method') return { kind: 'declined', message: paymentIntent.last_payment_error?.message ?? '' };
  return complete(context, row);
}

/** Whether the session's PaymentIntent or SetupIntent is waiting for the cardholder. */
export function awaitingAuthentication(context: Context, row: CheckoutSessionRow): boolean {
  const session = row.object;
  const intentId = (session.mode === 'setup' ? session.setup_intent : session.payment_intent) as string | null;
  if (!intentId) return false;
  const intent = session.mode === 'setup' ? context.state.setupIntents[intentId]?.object : context.state.paymentIntents[intentId]?.object;
  return intent?.status === 'requires_action';
}

export function complete(context: Context, row: CheckoutSessionRow): CheckoutOutcome {
  const session = row.object;
  const paymentIntent = session.payment_intent ? context.state.paymentIntents[session.payment_intent as string]?.object : undefined;
  session.status = 'complete';
  session.url = null;
  if (session.mode === 'payment') session.payment_status = paymentIntent?.status === 'succeeded' ? 'paid' : 'unpaid';
  if (!session.customer_details) session.customer_details = customerDetails(customerEmail(context, session));
  context.emit('checkout.session.completed', session);
  const redirectUrl = (session.success_url ?? '').replace(/\{CHECKOUT_SESSION_ID\}/g, session.id);
  return { kind: 'complete', session, redirectUrl };
}

/** Makes the customer Checkout would make: always when asked, or when a card is saved for later. */
function ensureCustomer(context: Context, row: CheckoutSessionRow, savesCard: boolean): string | null {
  const session = row.object;
  if (session.customer) return session.customer as string;
  if (session.customer_creation !== 'always' && !savesCard) return null;
  const email = session.customer_details?.email ?? session.customer_email ?? null;
  const customer = createCustomerRecord(context, { email });
  session.customer = customer.id;
  return customer.id;
}

function customerEmail(context: Context, session: Stripe.Checkout.Session): string | null {
  if (session.customer_email) return session.customer_email;
  const customer = session.customer ? context.state.customers[session.customer as string]?.object : undefined;
  return customer?.email ?? null;
}

function customerDetails(email: string | null): Stripe.Checkout.Session.CustomerDetails {
  return { address: null, business_name: null, email, individual_name: null, name: null, phone: null, tax_exempt: 'none', tax_ids: [] };
}

export function expireSession(context: Context, row: CheckoutSessionRow): Stripe.Checkout.Session {
  const session = row.object;
  session.status = 'expired';
  session.url = null;
  const paymentIntent = session.payment_intent ? context.state.paymentIntents[session.payment_intent as string] : undefined;
  if (paymentIntent && paymentIntent.object.status !== 'canceled' && paymentIntent.object.status !== 'succeeded') {
    cancelPaymentIntent(context, paymentIntent, 'abandoned');
  }
  context.emit('checkout.session.expired', session);
  return session;
}

/** Expires every open session whose `expires_at` has passed on the emulator's clock. */
export function expireDueSessions(context: Context): number {
  let expired = 0;
  for (const row of Object.values(context.state.checkoutSessions)) {
    if (row.object.status === 'open' && row.object.expires_at <= context.now) {
      expireSession(context, row);
      expired += 1;
    }
  }
  return expired;
}
