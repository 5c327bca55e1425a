import type Stripe from 'stripe';
import type { Context } from '../state/context';
import type { PaymentMethodRow } from '../state/state';
import { attachPaymentMethod, saveFailure } from './customers';
import { cardFailureDetails, TEST_CARDS, type CardFailure } from './test-cards';

export function createSetupIntent(
  context: Context,
  input: { customer: string | null; metadata: Record<string, string>; description: string | null },
): Stripe.SetupIntent {
  const id = context.id('seti');
  const setupIntent: Stripe.SetupIntent = {
    id,
    object: 'setup_intent',
    allowed_payment_method_types: null,
    application: null,
    automatic_payment_methods: null,
    cancellation_reason: null,
    client_secret: `${id}_secret_${context.id('').slice(1)}`,
    created: context.now,
    customer: input.customer,
    description: input.description,
    excluded_payment_method_types: null,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { mandate_options: null, network: null, request_three_d_secure: 'automatic' } },
    payment_method_types: ['card'],
    single_use_mandate: null,
    status: 'requires_payment_method',
    usage: 'off_session',
  };
  context.state.setupIntents[id] = { seq: context.nextSeq(), object: setupIntent };
  context.emit('setup_intent.created', setupIntent);
  return setupIntent;
}

/** Confirms with a test card: saved, declined, or waiting for the cardholder to authenticate. */
export function confirmSetupIntent(context: Context, setupIntent: Stripe.SetupIntent, paymentMethodRow: PaymentMethodRow): Stripe.SetupIntent {
  const spec = TEST_CARDS[paymentMethodRow.card];
  setupIntent.payment_method = paymentMethodRow.object.id;
  setupIntent.last_setup_error = null;
  if (!spec.saves) return failSetup(context, setupIntent, paymentMethodRow.object, saveFailure(paymentMethodRow.card));
  if (spec.charge === 'authentication_required') {
    setupIntent.status = 'requires_action';
    setupIntent.next_action = {
      type: 'use_stripe_sdk',
      use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: `${context.baseUrl}/authenticate/${setupIntent.id}` },
    };
    context.emit('setup_intent.requires_action', setupIntent);
    return setupIntent;
  }
  return succeedSetup(context, setupIntent, paymentMethodRow);
}

export function succeedSetup(context: Context, setupIntent: Stripe.SetupIntent, paymentMethodRow: PaymentMethodRow): Stripe.SetupIntent {
  if (setupIntent.customer) attachPaymentMethod(context, paymentMethodRow, setupIntent.customer as string);
  setupIntent.status = 'succeeded';
  setupIntent.next_action = null;
  context.emit('setup_intent.succeeded', setupIntent);
  return setupIntent;
}

export function failSetup(context: Context, setupIntent: Stripe.SetupIntent, paymentMethod: Stripe.PaymentMethod, failure: CardFailure): Stripe.SetupIntent {
  setupIntent.status = 'requires_payment_method';
  setupIntent.payment_method = null;
  setupIntent.next_action = null;
  setupIntent.last_setup_error = {
    ...cardFailureDetails(failure),
    payment_method: structuredClone(paymentMethod),
  };
  context.emit('setup_intent.setup_failed', setupIntent);
  return setupIntent;
}
