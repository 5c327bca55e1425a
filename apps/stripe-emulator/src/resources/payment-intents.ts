import type Stripe from 'stripe';
import { z } from 'zod';
import { boolean, currency, expandParam, hash, integer, list, metadata, mergeMetadata, oneOf, optional, parseParams, text, url } from '../http/params';
import type { Route } from '../http/route';
import { invalidRequest } from '../http/stripe-error';
import type { Context } from '../state/context';
import type { PaymentIntentRow } from '../state/state';
import { transfersActive } from './accounts';
import { findOrThrow, findReference, recentListRoute, retrieveRoute } from './lists';
import { cancelPaymentIntent, capturePaymentIntent, confirmPaymentIntent } from './payment-intent-flow';
import { resolvePaymentMethod } from './customers';

/** Stripe's smallest chargeable amount for two-decimal currencies ($0.50). */
export const MINIMUM_AMOUNT = 50;

const captureMethod = oneOf(['automatic', 'automatic_async', 'manual']);
const createParams = hash({
  amount: integer(),
  currency: currency(),
  customer: optional(text()),
  payment_method: optional(text()),
  allowed_payment_method_types: optional(list(text())),
  excluded_payment_method_types: optional(list(text())),
  automatic_payment_methods: optional(hash({ enabled: boolean(), allow_redirects: optional(oneOf(['always', 'never'])) })),
  confirm: optional(boolean()),
  off_session: optional(boolean()),
  return_url: optional(url()),
  capture_method: optional(captureMethod),
  setup_future_usage: optional(oneOf(['on_session', 'off_session'])),
  application_fee_amount: optional(integer()),
  transfer_data: optional(hash({ destination: text() })),
  transfer_group: optional(text()),
  description: optional(text()),
  receipt_email: optional(text()),
  statement_descriptor_suffix: optional(text()),
  metadata: optional(metadata()),
  expand: expandParam(),
});
const confirmParams = hash({
  payment_method: optional(text()),
  off_session: optional(boolean()),
  return_url: optional(url()),
  expand: expandParam(),
});
const captureParams = hash({ amount_to_capture: optional(integer()), application_fee_amount: optional(integer()), expand: expandParam() });
const cancelParams = hash({
  cancellation_reason: optional(oneOf(['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'])),
  expand: expandParam(),
});
const updateParams = hash({ metadata: optional(metadata()), description: optional(text()), expand: expandParam() });

export interface NewPaymentIntent {
  amount: number;
  currency: string;
  customer?: string | null;
  /** `allowed_payment_method_types` (this API version's replacement for `payment_method_types`). */
  allowedPaymentMethodTypes?: string[];
  automaticPaymentMethods?: Stripe.PaymentIntent.AutomaticPaymentMethods;
  captureMethod?: Stripe.PaymentIntent.CaptureMethod;
  setupFutureUsage?: Stripe.PaymentIntent.SetupFutureUsage | null;
  applicationFeeAmount?: number | null;
  destination?: string | null;
  description?: string | null;
  receiptEmail?: string | null;
  statementDescriptorSuffix?: string | null;
  transferGroup?: string | null;
  metadata?: Record<string, string>;
  checkoutSession?: string | null;
  /** How to name params in errors: `transfer_data[destination]` or Checkout's `payment_intent_data[…]`. */
  paramPrefix?: string;
}

/** The rules a new PaymentIntent must meet; Checkout applies them when the session is created. */
export function checkPaymentIntentInput(context: Context, input: NewPaymentIntent): void {
  const param = (name: string) => (input.paramPrefix ? input.paramPrefix + name.replace(/^([^[]+)/, '[$1]') : name);
  const unsupported = input.allowedPaymentMethodTypes?.find((type) => type !== 'card');
  if (unsupported) throw invalidRequest(`The emulator takes card payments only, not ${unsupported}.`, { param: param('allowed_payment_method_types') });
  if (input.amount < MINIMUM_AMOUNT) {
    throw invalidRequest('Amount must be at least $0.50 usd', { param: input.paramPrefix ? 'line_items' : 'amount', code: 'amount_too_small' });
  }
  if (input.customer) findReference(context.state.customers, input.customer, 'customer', 'customer');
  if (input.applicationFeeAmount != null) {
    if (!input.destination) {
      throw invalidRequest(
        'Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).',
        { param: param('application_fee_amount') },
      );
    }
    if (input.applicationFeeAmount < 0 || input.applicationFeeAmount > input.amount) {
      throw invalidRequest('The application fee amount must be between 0 and the amount of the PaymentIntent.', { param: param('application_fee_amount') });
    }
  }
  if (input.destination) {
    const account = findReference(context.state.accounts, input.destination, 'account', param('transfer_data[destination]')).object;
    if (!transfersActive(account)) {
      throw invalidRequest(
        'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
        { param: param('transfer_data[destination]'), code: 'insufficient_capabilities_for_transfer' },
      );
    }
  }
}

/** Checks and stores a new PaymentIntent (status requires_payment_method). Shared with Checkout. */
export function createPaymentIntent(context: Context, input: NewPaymentIntent): PaymentIntentRow {
  checkPaymentIntentInput(context, input);
  const id = context.id('pi');
  const paymentIntent: Stripe.PaymentIntent = {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: (input.allowedPaymentMethodTypes as Stripe.PaymentIntent.AllowedPaymentMethodType[] | undefined) ?? null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: input.applicationFeeAmount ?? null,
    // Without a list of allowed types, the Dashboard's methods apply, redirect-based ones included.
    automatic_payment_methods: input.automaticPaymentMethods ?? (input.allowedPaymentMethodTypes ? null : { allow_redirects: 'always', enabled: true }),
    canceled_at: null,
    cancellation_reason: null,
    capture_method: input.captureMethod ?? 'automatic_async',
    client_secret: `${id}_secret_${context.id('').slice(1)}`,
    confirmation_method: 'automatic',
    created: context.now,
    currency: input.currency,
    customer: input.customer ?? null,
    customer_account: null,
    description: input.description ?? null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata ?? {},
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' } },
    payment_method_types: ['card'],
    payment_record: null,
    processing: null,
    receipt_email: input.receiptEmail ?? null,
    review: null,
    setup_future_usage: input.setupFutureUsage ?? null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: input.statementDescriptorSuffix ?? null,
    status: 'requires_payment_method',
    transfer_data: input.destination ? { destination: input.destination } : null,
    transfer_group: input.transferGroup ?? (input.destination ? `group_${id}` : null),
  };
  const row: PaymentIntentRow = { seq: context.nextSeq(), object: paymentIntent, returnUrl: null, checkoutSession: input.checkoutSession ?? null };
  context.state.paymentIntents[id] = row;
  context.emit('payment_intent.created', paymentIntent);
  return row;
}

function create(context: Context, params: z.output<typeof createParams>): Stripe.PaymentIntent {
  if (params.off_session !== undefined && !params.confirm) {
    throw invalidRequest('off_session can only be used when confirm=true.', { param: 'off_session' });
  }
  if (params.return_url && !params.confirm) {
    throw invalidRequest('return_url can only be used when confirm=true.', { param: 'return_url' });
  }
  const row = createPaymentIntent(context, {
    amount: params.amount,
    currency: params.currency,
    customer: params.customer,
    allowedPaymentMethodTypes: params.allowed_payment_method_types,
    automaticPaymentMethods: params.automatic_payment_methods,
    captureMethod: params.capture_method,
    setupFutureUsage: params.setup_future_usage,
    applicationFeeAmount: params.application_fee_amount,
    destination: params.transfer_data?.destination,
    description: params.description,
    receiptEmail: params.receipt_email,
    statementDescriptorSuffix: params.statement_descriptor_suffix,
    transferGroup: params.transfer_group,
    metadata: mergeMetadata({}, params.metadata),
  });
  if (params.confirm) {
    return confirmPaymentIntent(context, row, { paymentMethod: params.payment_method, offSession: params.off_session, returnUrl: params.return_url });
  }
  if (params.payment_method) {
    row.object.payment_method = resolvePaymentMethod(context, params.payment_method, 'payment_method').object.id;
    row.object.status = 'requires_confirmation';
  }
  return row.object;
}

const findPaymentIntent = (context: Context, id: string) => findOrThrow(context.state.paymentIntents, id, 'payment_intent');

export const paymentIntentRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/payment_intents', handle: (context, request) => create(context, parseParams(createParams, request.params)) },
  retrieveRoute('/v1/payment_intents/:id', 'paymentIntents', 'payment_intent'),
  recentListRoute('/v1/payment_intents', 'paymentIntents'),
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id',
    handle: (context, request) => {
      const params = parseParams(updateParams, request.params);
      const paymentIntent = findPaymentIntent(context, request.path.id).object;
      paymentIntent.metadata = mergeMetadata(paymentIntent.metadata, params.metadata);
      if (params.description !== undefined) paymentIntent.description = params.description;
      return paymentIntent;
    },
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id/confirm',
    handle: (context, request) => {
      const params = parseParams(confirmParams, request.params);
      return confirmPaymentIntent(context, findPaymentIntent(context, request.path.id), {
        paymentMethod: params.payment_method,
        offSession: params.off_session,
        returnUrl: params.return_url,
      });
    },
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id/capture',
    handle: (context, request) => {
      const params = parseParams(captureParams, request.params);
      return capturePaymentIntent(context, findPaymentIntent(context, request.path.id), {
        amountToCapture: params.amount_to_capture,
        applicationFeeAmount: params.application_fee_amount,
      });
    },
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id/cancel',
    handle: (context, request) => {
      const params = parseParams(cancelParams, request.params);
      return cancelPaymentIntent(context, findPaymentIntent(context, request.path.id), params.cancellation_reason ?? null);
    },
  },
];
