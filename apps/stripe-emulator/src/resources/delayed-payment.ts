import type Stripe from 'stripe';
import { invalidRequest } from '../http/stripe-error';
import type { Context } from '../state/context';
import type { CheckoutSessionRow } from '../state/state';
import { assertOpen, complete, sessionPaymentIntent, type CheckoutOutcome } from './checkout-completion';
import { resolvePaymentMethod } from './customers';
import { findReference } from './lists';
import { recordFailure, succeed } from './payment-intent-flow';

/**
 * Stands in for a delayed payment method (a bank debit): Checkout completes unpaid
 * with the PaymentIntent `processing`, and the money arrives or fails later, with
 * `checkout.session.async_payment_succeeded` / `_failed`. Cards never do this in
 * Stripe; the emulator offers it so webhook handlers for those events can be tested.
 */
export function submitDelayedPayment(context: Context, row: CheckoutSessionRow, paymentMethod: string): CheckoutOutcome {
  assertOpen(row);
  if (row.object.mode !== 'payment') throw invalidRequest('Only a payment-mode Checkout Session takes a delayed payment.', { param: 'mode' });
  const intentRow = sessionPaymentIntent(context, row);
  const paymentIntent = intentRow.object;
  paymentIntent.payment_method = resolvePaymentMethod(context, paymentMethod, 'payment_method').object.id;
  paymentIntent.status = 'processing';
  paymentIntent.last_payment_error = null;
  context.emit('payment_intent.processing', paymentIntent);
  return complete(context, row);
}

export function settleDelayedPayment(context: Context, row: CheckoutSessionRow, outcome: 'succeeded' | 'failed'): Stripe.Checkout.Session {
  const session = row.object;
  const intentRow = session.payment_intent ? context.state.paymentIntents[session.payment_intent as string] : undefined;
  if (session.status !== 'complete' || !intentRow || intentRow.object.status !== 'processing') {
    throw invalidRequest('This Checkout Session has no delayed payment waiting to settle.', { code: 'checkout_session_unexpected_state' });
  }
  const paymentIntent = intentRow.object;
  const paymentMethodRow = findReference(context.state.paymentMethods, paymentIntent.payment_method as string, 'PaymentMethod', 'payment_method');
  if (outcome === 'succeeded') {
    succeed(context, paymentIntent, paymentMethodRow);
    session.payment_status = 'paid';
    context.emit('checkout.session.async_payment_succeeded', session);
  } else {
    recordFailure(paymentIntent, paymentMethodRow.object, 'declined');
    context.emit('payment_intent.payment_failed', paymentIntent);
    context.emit('checkout.session.async_payment_failed', session);
  }
  return session;
}
