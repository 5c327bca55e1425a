import type Stripe from 'stripe';
import { invalidRequest, unexpectedState } from '../http/stripe-error';
import type { Context } from '../state/context';
import type { PaymentIntentRow, PaymentMethodRow } from '../state/state';
import { createCharge, settleDestinationCharge } from './charges';
import { attachPaymentMethod, cardError, resolvePaymentMethod } from './customers';
import { findReference } from './lists';
import { cardFailureDetails, TEST_CARDS, type CardFailure } from './test-cards';

/**
 * What confirming a PaymentIntent does with each test card, as in Stripe's test mode:
 * succeed (or hold for capture), decline with a card error, or ask the customer to
 * authenticate (on-session) / fail with `authentication_required` (off-session).
 */
export interface ConfirmOptions {
  paymentMethod?: string;
  offSession?: boolean;
  returnUrl?: string;
  /** Param names for errors, which differ between create and confirm. */
  paymentMethodParam?: string;
}

const CONFIRMABLE: Stripe.PaymentIntent.Status[] = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

export function confirmPaymentIntent(context: Context, row: PaymentIntentRow, options: ConfirmOptions): Stripe.PaymentIntent {
  const paymentIntent = row.object;
  if (!CONFIRMABLE.includes(paymentIntent.status)) {
    throw unexpectedState(
      `You cannot confirm this PaymentIntent because it has a status of ${paymentIntent.status}. Only a PaymentIntent with one of the following statuses may be confirmed: ${CONFIRMABLE.join(', ')}.`,
    );
  }
  const paymentMethodRow = options.paymentMethod
    ? resolvePaymentMethod(context, options.paymentMethod, options.paymentMethodParam ?? 'payment_method')
    : paymentIntent.payment_method
      ? findReference(context.state.paymentMethods, paymentIntent.payment_method as string, 'PaymentMethod', 'payment_method')
      : undefined;
  if (!paymentMethodRow) {
    throw unexpectedState(
      "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent with cus, specify a payment method attached to this customer along with the customer ID.",
    );
  }
  const customer = paymentIntent.customer as string | null;
  const owner = paymentMethodRow.object.customer;
  if (owner && owner !== customer) {
    throw invalidRequest(`The provided PaymentMethod ${paymentMethodRow.object.id} belongs to a different Customer.`, { param: 'payment_method' });
  }
  if (options.returnUrl) row.returnUrl = options.returnUrl;
  const redirects = paymentIntent.automatic_payment_methods;
  const onlyCards = paymentIntent.allowed_payment_method_types?.every((type) => type === 'card') ?? false;
  if (redirects?.enabled && redirects.allow_redirects !== 'never' && !onlyCards && !row.returnUrl) {
    throw invalidRequest(
      'A `return_url` must be specified because this Payment Intent is configured to automatically accept the payment methods enabled in the Dashboard, some of which may require a full page redirect to succeed. If you do not want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.',
      { param: 'return_url' },
    );
  }
  paymentIntent.payment_method = paymentMethodRow.object.id;
  paymentIntent.last_payment_error = null;
  paymentIntent.next_action = null;

  const behaviour = TEST_CARDS[paymentMethodRow.card].charge;
  if (behaviour === 'succeeds') return succeed(context, paymentIntent, paymentMethodRow);
  if (behaviour === 'authentication_required') {
    if (options.offSession) return fail(context, paymentIntent, paymentMethodRow, 'authentication_required');
    return requireAction(context, row);
  }
  return fail(context, paymentIntent, paymentMethodRow, behaviour);
}

/** A successful charge: captured (destination money moved) or, for manual capture, authorized. */
export function succeed(context: Context, paymentIntent: Stripe.PaymentIntent, paymentMethodRow: PaymentMethodRow): Stripe.PaymentIntent {
  const manual = paymentIntent.capture_method === 'manual';
  const charge = createCharge(context, paymentIntent, paymentMethodRow, { captured: !manual });
  paymentIntent.latest_charge = charge.id;
  if (paymentIntent.setup_future_usage && paymentIntent.customer) {
    attachPaymentMethod(context, paymentMethodRow, paymentIntent.customer as string);
  }
  if (manual) {
    paymentIntent.status = 'requires_capture';
    paymentIntent.amount_capturable = paymentIntent.amount;
    context.emit('charge.succeeded', charge);
    context.emit('payment_intent.amount_capturable_updated', paymentIntent);
    return paymentIntent;
  }
  paymentIntent.status = 'succeeded';
  paymentIntent.amount_received = paymentIntent.amount;
  settleDestinationCharge(context, charge, paymentIntent);
  context.emit('charge.succeeded', charge);
  context.emit('payment_intent.succeeded', paymentIntent);
  return paymentIntent;
}

function fail(context: Context, paymentIntent: Stripe.PaymentIntent, paymentMethodRow: PaymentMethodRow, failure: CardFailure): never {
  const charge = createCharge(context, paymentIntent, paymentMethodRow, { failure });
  recordFailure(paymentIntent, paymentMethodRow.object, failure, charge.id);
  paymentIntent.latest_charge = charge.id;
  context.emit('charge.failed', charge);
  context.emit('payment_intent.payment_failed', paymentIntent);
  throw cardError(failure, { paymentIntent, paymentMethod: paymentMethodRow.object, charge: charge.id });
}

/** Back to requires_payment_method with the error on `last_payment_error`, as after any failed attempt. */
export function recordFailure(paymentIntent: Stripe.PaymentIntent, paymentMethod: Stripe.PaymentMethod, failure: CardFailure, chargeId?: string): void {
  paymentIntent.status = 'requires_payment_method';
  paymentIntent.payment_method = null;
  paymentIntent.next_action = null;
  paymentIntent.last_payment_error = {
    ...cardFailureDetails(failure),
    ...(chargeId ? { charge: chargeId } : {}),
    payment_method: structuredClone(paymentMethod),
  };
}

function requireAction(context: Context, row: PaymentIntentRow): Stripe.PaymentIntent {
  const paymentIntent = row.object;
  const url = `${context.baseUrl}/authenticate/${paymentIntent.id}`;
  paymentIntent.status = 'requires_action';
  paymentIntent.next_action = row.returnUrl
    ? { type: 'redirect_to_url', redirect_to_url: { url, return_url: row.returnUrl } }
    : { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: url, source: paymentIntent.payment_method } };
  context.emit('payment_intent.requires_action', paymentIntent);
  return paymentIntent;
}

/** The cardholder's answer on the authentication page. */
export function completeAuthentication(context: Context, row: PaymentIntentRow, approved: boolean): Stripe.PaymentIntent {
  const paymentIntent = row.object;
  if (paymentIntent.status !== 'requires_action') {
    throw unexpectedState(`This PaymentIntent has a status of ${paymentIntent.status} and needs no authentication.`);
  }
  const paymentMethodRow = findReference(context.state.paymentMethods, paymentIntent.payment_method as string, 'PaymentMethod', 'payment_method');
  if (approved) return succeed(context, paymentIntent, paymentMethodRow);
  recordFailure(paymentIntent, paymentMethodRow.object, 'authentication_failed');
  context.emit('payment_intent.payment_failed', paymentIntent);
  return paymentIntent;
}

export function capturePaymentIntent(context: Context, row: PaymentIntentRow, options: { amountToCapture?: number; applicationFeeAmount?: number }): Stripe.PaymentIntent {
  const paymentIntent = row.object;
  if (paymentIntent.status !== 'requires_capture') {
    throw unexpectedState(
      `This PaymentIntent could not be captured because it has a status of ${paymentIntent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
    );
  }
  const amount = options.amountToCapture ?? paymentIntent.amount_capturable;
  if (amount > paymentIntent.amount_capturable || amount < 1) {
    throw invalidRequest(`The amount_to_capture must be between 1 and ${paymentIntent.amount_capturable}.`, { param: 'amount_to_capture', code: 'amount_too_large' });
  }
  if (options.applicationFeeAmount !== undefined) {
    if (options.applicationFeeAmount > amount) {
      throw invalidRequest('application_fee_amount cannot be greater than the amount captured.', { param: 'application_fee_amount' });
    }
    paymentIntent.application_fee_amount = options.applicationFeeAmount;
  }
  const charge = findReference(context.state.charges, paymentIntent.latest_charge as string, 'charge', 'charge').object;
  charge.captured = true;
  charge.amount_captured = amount;
  charge.application_fee_amount = paymentIntent.application_fee_amount;
  paymentIntent.amount_capturable = 0;
  paymentIntent.amount_received = amount;
  paymentIntent.status = 'succeeded';
  settleDestinationCharge(context, charge, paymentIntent);
  context.emit('charge.captured', charge);
  context.emit('payment_intent.succeeded', paymentIntent);
  return paymentIntent;
}

const CANCELABLE: Stripe.PaymentIntent.Status[] = ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'];

export function cancelPaymentIntent(context: Context, row: PaymentIntentRow, reason: Stripe.PaymentIntent.CancellationReason | null): Stripe.PaymentIntent {
  const paymentIntent = row.object;
  if (!CANCELABLE.includes(paymentIntent.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${paymentIntent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(', ')}.`,
    );
  }
  if (paymentIntent.status === 'requires_capture') {
    // Releasing an authorization refunds the uncaptured charge in full.
    const charge = context.state.charges[paymentIntent.latest_charge as string]?.object;
    if (charge) {
      charge.amount_refunded = charge.amount;
      charge.refunded = true;
    }
    paymentIntent.amount_capturable = 0;
  }
  paymentIntent.status = 'canceled';
  paymentIntent.canceled_at = context.now;
  paymentIntent.cancellation_reason = reason;
  paymentIntent.next_action = null;
  context.emit('payment_intent.canceled', paymentIntent);
  return paymentIntent;
}
