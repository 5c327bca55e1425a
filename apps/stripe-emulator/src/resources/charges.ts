import type Stripe from 'stripe';
import type { Route } from '../http/route';
import type { Context } from '../state/context';
import type { PaymentMethodRow } from '../state/state';
import { CARD_FAILURES, type CardFailure } from './test-cards';
import { findOrThrow, recentListRoute, retrieveRoute } from './lists';

/** The platform's Connect application id, on application fees. */
export const PLATFORM_APPLICATION = 'ca_RapportStripeEmulator';

const OUTCOME_SUCCEEDED: Stripe.Charge.Outcome = {
  advice_code: null,
  network_advice_code: null,
  network_decline_code: null,
  network_status: 'approved_by_network',
  reason: null,
  risk_level: 'normal',
  risk_score: 20,
  seller_message: 'Payment complete.',
  type: 'authorized',
};

function failedOutcome(failure: CardFailure): Stripe.Charge.Outcome {
  return {
    ...OUTCOME_SUCCEEDED,
    network_status: 'declined_by_network',
    reason: CARD_FAILURES[failure].declineCode ?? null,
    seller_message: 'The bank did not return any further details with this decline.',
    type: 'issuer_declined',
  };
}

/** A charge for one payment attempt: succeeded (captured or only authorized) or failed. */
export function createCharge(
  context: Context,
  paymentIntent: Stripe.PaymentIntent,
  paymentMethodRow: PaymentMethodRow,
  result: { captured: boolean } | { failure: CardFailure },
): Stripe.Charge {
  const paymentMethod = paymentMethodRow.object;
  const card = paymentMethod.card!;
  const failed = 'failure' in result;
  const captured = !failed && result.captured;
  const charge: Stripe.Charge = {
    id: context.id('ch'),
    object: 'charge',
    amount: paymentIntent.amount,
    amount_captured: captured ? paymentIntent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: paymentIntent.application_fee_amount,
    balance_transaction: null,
    billing_details: structuredClone(paymentMethod.billing_details),
    calculated_statement_descriptor: 'RAPPORT',
    captured,
    created: context.now,
    currency: paymentIntent.currency,
    customer: paymentIntent.customer,
    description: paymentIntent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: failed ? CARD_FAILURES[result.failure].code : null,
    failure_message: failed ? CARD_FAILURES[result.failure].message : null,
    fraud_details: {},
    livemode: false,
    metadata: { ...paymentIntent.metadata },
    on_behalf_of: null,
    outcome: failed ? failedOutcome(result.failure) : OUTCOME_SUCCEEDED,
    paid: !failed,
    payment_intent: paymentIntent.id,
    payment_method: paymentMethod.id,
    payment_method_details: {
      type: 'card',
      card: {
        amount_authorized: failed ? null : paymentIntent.amount,
        authorization_code: failed ? null : '123456',
        brand: card.brand,
        checks: card.checks,
        country: card.country,
        electronic_commerce_indicator: null,
        exp_month: card.exp_month,
        exp_year: card.exp_year,
        fingerprint: card.fingerprint,
        funding: card.funding,
        installments: null,
        last4: card.last4,
        mandate: null,
        network: card.brand,
        network_transaction_id: failed ? null : context.id('').slice(1, 16),
        regulated_status: card.regulated_status,
        three_d_secure: null,
        transaction_link_id: null,
        wallet: null,
      },
    },
    receipt_email: paymentIntent.receipt_email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: paymentIntent.statement_descriptor,
    statement_descriptor_suffix: paymentIntent.statement_descriptor_suffix,
    status: failed ? 'failed' : 'succeeded',
    transfer_data: paymentIntent.transfer_data ? { amount: null, destination: paymentIntent.transfer_data.destination } : null,
    transfer_group: paymentIntent.transfer_group,
  };
  context.state.charges[charge.id] = { seq: context.nextSeq(), object: charge };
  return charge;
}

/**
 * Money movement of a captured destination charge: the captured amount is transferred
 * to the connected account and the application fee is collected back from it.
 */
export function settleDestinationCharge(context: Context, charge: Stripe.Charge, paymentIntent: Stripe.PaymentIntent): void {
  const destination = paymentIntent.transfer_data?.destination;
  if (!destination) return;
  const destinationPayment = context.id('py');
  const transfer: Stripe.Transfer = {
    id: context.id('tr'),
    object: 'transfer',
    amount: charge.amount_captured,
    amount_reversed: 0,
    balance_transaction: null,
    created: context.now,
    currency: charge.currency,
    description: null,
    destination: typeof destination === 'string' ? destination : destination.id,
    destination_payment: destinationPayment,
    livemode: false,
    metadata: {},
    reversals: { object: 'list', data: [], has_more: false, url: '' },
    reversed: false,
    source_transaction: charge.id,
    source_type: 'card',
    transfer_group: charge.transfer_group,
  };
  transfer.reversals.url = `/v1/transfers/${transfer.id}/reversals`;
  context.state.transfers[transfer.id] = { seq: context.nextSeq(), object: transfer };
  charge.transfer = transfer.id;
  context.emit('transfer.created', transfer);

  const feeAmount = charge.application_fee_amount;
  if (!feeAmount) return;
  const fee: Stripe.ApplicationFee = {
    id: context.id('fee'),
    object: 'application_fee',
    account: transfer.destination as string,
    amount: feeAmount,
    amount_refunded: 0,
    application: PLATFORM_APPLICATION,
    balance_transaction: null,
    charge: destinationPayment,
    created: context.now,
    currency: charge.currency,
    fee_source: { type: 'charge', charge: destinationPayment },
    livemode: false,
    originating_transaction: charge.id,
    refunded: false,
    refunds: { object: 'list', data: [], has_more: false, url: '' },
  };
  fee.refunds.url = `/v1/application_fees/${fee.id}/refunds`;
  context.state.applicationFees[fee.id] = { seq: context.nextSeq(), object: fee };
  charge.application_fee = fee.id;
  context.emit('application_fee.created', fee);
}

export const chargeRoutes: Route[] = [
  retrieveRoute('/v1/charges/:id', 'charges', 'charge'),
  retrieveRoute('/v1/transfers/:id', 'transfers', 'transfer'),
  retrieveRoute('/v1/disputes/:id', 'disputes', 'dispute'),
  recentListRoute('/v1/disputes', 'disputes'),
  recentListRoute('/v1/charges', 'charges'),
];
