/**
 * The part of `total` that goes with refunding `refundAmount` of `chargeAmount`,
 * as Stripe splits application-fee refunds and transfer reversals "in proportion
 * to the amount refunded". Rounded to the nearest minor unit; the refund that
 * empties the charge takes whatever is left, so partial refunds always add up to
 * the whole. All amounts are integer minor units.
 */
export function proportionalShare(options: {
  total: number;
  alreadyReturned: number;
  refundAmount: number;
  chargeAmount: number;
  chargeRefundedBefore: number;
}): number {
  const { total, alreadyReturned, refundAmount, chargeAmount, chargeRefundedBefore } = options;
  const remaining = total - alreadyReturned;
  if (chargeRefundedBefore + refundAmount >= chargeAmount) return remaining;
  const share = Math.round((total * refundAmount) / chargeAmount);
  return Math.min(share, remaining);
}
