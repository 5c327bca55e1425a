import type Stripe from 'stripe';
import { z } from 'zod';
import { boolean, expandParam, hash, integer, metadata, mergeMetadata, oneOf, optional, parseParams, text } from '../http/params';
import type { Route } from '../http/route';
import { invalidRequest } from '../http/stripe-error';
import type { Context } from '../state/context';
import { findOrThrow, findReference, paginate, paginationParams, recentListRoute, retrieveRoute } from './lists';
import { proportionalShare } from './proportional-share';

const createParams = hash({
  charge: optional(text()),
  payment_intent: optional(text()),
  amount: optional(integer()),
  reason: optional(oneOf(['duplicate', 'fraudulent', 'requested_by_customer'])),
  refund_application_fee: optional(boolean()),
  reverse_transfer: optional(boolean()),
  metadata: optional(metadata()),
  expand: expandParam(),
});
const feeListParams = hash({ charge: optional(text()), ...paginationParams, expand: expandParam() });

function findRefundableCharge(context: Context, params: z.output<typeof createParams>): Stripe.Charge {
  if (params.charge && params.payment_intent) {
    throw invalidRequest('You cannot specify both charge and payment_intent.', { param: 'payment_intent', code: 'parameters_exclusive' });
  }
  if (params.charge) return findReference(context.state.charges, params.charge, 'charge', 'charge').object;
  if (!params.payment_intent) throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.', { code: 'parameter_missing' });
  const paymentIntent = findReference(context.state.paymentIntents, params.payment_intent, 'payment_intent', 'payment_intent').object;
  const charge = paymentIntent.latest_charge ? context.state.charges[paymentIntent.latest_charge as string]?.object : undefined;
  if (!charge || charge.status !== 'succeeded' || !charge.captured) {
    throw invalidRequest(`This PaymentIntent (${paymentIntent.id}) does not have a successful charge to refund.`, { param: 'payment_intent' });
  }
  return charge;
}

function createRefund(context: Context, params: z.output<typeof createParams>): Stripe.Refund {
  const charge = findRefundableCharge(context, params);
  if (charge.status !== 'succeeded' || !charge.captured) {
    throw invalidRequest(`Charge ${charge.id} has not been captured and cannot be refunded.`, { param: 'charge', code: 'charge_not_refundable' });
  }
  const remaining = charge.amount_captured - charge.amount_refunded;
  if (remaining <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  const amount = params.amount ?? remaining;
  if (amount < 1) throw invalidRequest('Invalid positive integer', { param: 'amount' });
  if (amount > remaining) {
    const dollars = (value: number) => `$${(value / 100).toFixed(2)}`;
    throw invalidRequest(`Refund amount (${dollars(amount)}) is greater than unrefunded amount on charge (${dollars(remaining)})`, {
      param: 'amount',
      code: 'amount_too_large',
    });
  }
  if (params.reverse_transfer && !charge.transfer) throw invalidRequest('This charge has no transfer to reverse.', { param: 'reverse_transfer' });
  if (params.refund_application_fee && !charge.application_fee) {
    throw invalidRequest('This charge has no application fee to refund.', { param: 'refund_application_fee' });
  }
  const refundedBefore = charge.amount_refunded;
  const refund: Stripe.Refund = {
    id: context.id('re'),
    object: 'refund',
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: context.now,
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    destination_details: { type: 'card', card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' } },
    metadata: mergeMetadata({}, params.metadata),
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: params.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  context.state.refunds[refund.id] = { seq: context.nextSeq(), object: refund };
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount_captured;

  // What goes back with this refund, of a total of which `returned` already went back.
  const share = (total: number, returned: number) =>
    proportionalShare({ total, alreadyReturned: returned, refundAmount: amount, chargeAmount: charge.amount_captured, chargeRefundedBefore: refundedBefore });
  if (params.reverse_transfer) reverseTransfer(context, charge, refund, share);
  if (params.refund_application_fee) refundApplicationFee(context, charge, share);
  context.emit('refund.created', refund);
  context.emit('charge.refunded', charge, previous);
  return refund;
}

type Share = (total: number, returned: number) => number;

function reverseTransfer(context: Context, charge: Stripe.Charge, refund: Stripe.Refund, share: Share): void {
  const transfer = context.state.transfers[charge.transfer as string].object;
  const amount = share(transfer.amount, transfer.amount_reversed);
  if (amount <= 0) return;
  const reversal: Stripe.TransferReversal = {
    id: context.id('trr'),
    object: 'transfer_reversal',
    amount,
    balance_transaction: null,
    created: context.now,
    currency: transfer.currency,
    destination_payment_refund: context.id('pyr'),
    metadata: {},
    source_refund: refund.id,
    transfer: transfer.id,
  };
  transfer.reversals.data.unshift(reversal);
  transfer.amount_reversed += amount;
  transfer.reversed = transfer.amount_reversed >= transfer.amount;
  refund.transfer_reversal = reversal.id;
  context.emit('transfer.reversed', transfer);
}

function refundApplicationFee(context: Context, charge: Stripe.Charge, share: Share): void {
  const fee = context.state.applicationFees[charge.application_fee as string].object;
  const amount = share(fee.amount, fee.amount_refunded);
  if (amount <= 0) return;
  const feeRefund: Stripe.FeeRefund = {
    id: context.id('fr'),
    object: 'fee_refund',
    amount,
    balance_transaction: null,
    created: context.now,
    currency: fee.currency,
    fee: fee.id,
    metadata: {},
  };
  fee.refunds.data.unshift(feeRefund);
  fee.amount_refunded += amount;
  fee.refunded = fee.amount_refunded >= fee.amount;
  context.emit('application_fee.refunded', fee);
}

export const refundRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/refunds', handle: (context, request) => createRefund(context, parseParams(createParams, request.params)) },
  retrieveRoute('/v1/refunds/:id', 'refunds', 'refund'),
  recentListRoute('/v1/refunds', 'refunds'),
  retrieveRoute('/v1/application_fees/:id', 'applicationFees', 'application_fee'),
  {
    method: 'GET',
    pattern: '/v1/application_fees',
    acceptsQuery: true,
    handle: (context, request) => {
      const params = parseParams(feeListParams, request.params);
      const rows = Object.values(context.state.applicationFees).filter(
        (row) => !params.charge || row.object.charge === params.charge || row.object.originating_transaction === params.charge,
      );
      return paginate(rows, params, '/v1/application_fees');
    },
  },
];
