/**
 * How a payment divides between the platform and the therapist, and how refunds
 * undo it. Integer minor units only; every function states its rounding and the
 * parts always add up to the whole.
 */
import { assertMinorUnits } from './money';

/** 10,000 basis points = 100%. */
export const BASIS_POINTS_PER_WHOLE = 10_000;

export interface PlatformFeeSplit {
  /** The platform's application fee. */
  platformFeeMinor: number;
  /** What the therapist's connected account keeps. */
  therapistMinor: number;
}

/**
 * amount × numerator ÷ denominator for non-negative whole numbers, in exact integer
 * arithmetic (products of cents can pass 2^53), rounded down or up as the caller states.
 */
export function proportionOf(amountMinor: number, numerator: number, denominator: number, rounding: 'down' | 'up'): number {
  const product = BigInt(amountMinor) * BigInt(numerator);
  const quotient = product / BigInt(denominator);
  return Number(rounding === 'up' && product % BigInt(denominator) !== 0n ? quotient + 1n : quotient);
}

/**
 * The platform fee on a charge. Rounded down, in the therapist's favour: the
 * platform never takes more than its rate (1,999 cents at 15% → 299 fee, 1,700 to the therapist).
 */
export function splitPlatformFee(amountMinor: number, feeBasisPoints: number): PlatformFeeSplit {
  assertMinorUnits('amountMinor', amountMinor);
  if (!Number.isInteger(feeBasisPoints) || feeBasisPoints < 0 || feeBasisPoints > BASIS_POINTS_PER_WHOLE) {
    throw new RangeError(`feeBasisPoints must be a whole number from 0 to ${BASIS_POINTS_PER_WHOLE}, got ${feeBasisPoints}`);
  }
  const platformFeeMinor = proportionOf(amountMinor, feeBasisPoints, BASIS_POINTS_PER_WHOLE, 'down');
  return { platformFeeMinor, therapistMinor: amountMinor - platformFeeMinor };
}

/** A charge as it stands: its amount, the platform's fee within it, and what earlier refunds returned. */
export interface ChargeState {
  amountMinor: number;
  applicationFeeMinor: number;
  /** All refunds so far, in total. */
  refundedMinor: number;
  /** The part of refundedMinor that came out of the application fee. */
  applicationFeeRefundedMinor: number;
}

/**
 * One refund, divided as the charge was. With Stripe destination charges it is
 * sent as `amount` with `refund_application_fee` and `reverse_transfer`; these
 * two numbers are the platform's and the therapist's share of it, for the ledger.
 */
export interface RefundSplit {
  refundMinor: number;
  /** The platform's share: application fee given back. */
  applicationFeeRefundMinor: number;
  /** The therapist's share: taken back from the transfer, net of the fee given back. */
  transferReversalMinor: number;
}

export const NO_REFUND: RefundSplit = Object.freeze({ refundMinor: 0, applicationFeeRefundMinor: 0, transferReversalMinor: 0 });

function assertChargeState(charge: ChargeState): void {
  for (const key of ['amountMinor', 'applicationFeeMinor', 'refundedMinor', 'applicationFeeRefundedMinor'] as const) {
    assertMinorUnits(`charge.${key}`, charge[key]);
  }
  const { amountMinor, applicationFeeMinor, refundedMinor, applicationFeeRefundedMinor } = charge;
  if (applicationFeeMinor > amountMinor) throw new RangeError('charge.applicationFeeMinor must not exceed charge.amountMinor');
  if (refundedMinor > amountMinor) throw new RangeError('charge.refundedMinor must not exceed charge.amountMinor');
  if (applicationFeeRefundedMinor > Math.min(applicationFeeMinor, refundedMinor)) {
    throw new RangeError('charge.applicationFeeRefundedMinor must not exceed the application fee or the amount refunded');
  }
  if (refundedMinor - applicationFeeRefundedMinor > amountMinor - applicationFeeMinor) {
    throw new RangeError("charge refunds must not take back more than the therapist's share");
  }
}

/** What can still be refunded on a charge. */
export function refundableMinor(charge: ChargeState): number {
  assertChargeState(charge);
  return charge.amountMinor - charge.refundedMinor;
}

/**
 * Splits a refund in proportion to the charge. Rounding: the platform keeps at
 * most its proportional fee on what stays paid, rounded down; so the application
 * fee given back is rounded up, cumulatively over all refunds of the charge. A
 * full refund (at once or in parts) gives back the whole fee, and no part ever
 * exceeds what remains of it after earlier partial refunds.
 */
export function splitRefund(charge: ChargeState, refundMinor: number): RefundSplit {
  const refundable = refundableMinor(charge);
  assertMinorUnits('refundMinor', refundMinor);
  if (refundMinor > refundable) {
    throw new RangeError(`refundMinor (${refundMinor}) exceeds what remains refundable on the charge (${refundable})`);
  }
  if (refundMinor === 0) return NO_REFUND;
  const { amountMinor, applicationFeeMinor, refundedMinor, applicationFeeRefundedMinor } = charge;
  const feeRemaining = applicationFeeMinor - applicationFeeRefundedMinor;
  const transferRemaining = amountMinor - applicationFeeMinor - (refundedMinor - applicationFeeRefundedMinor);
  const feeGivenBackInAll = proportionOf(applicationFeeMinor, refundedMinor + refundMinor, amountMinor, 'up');
  // Earlier refunds recorded with other rounding are absorbed here, within what each side still holds.
  const applicationFeeRefundMinor = Math.min(
    Math.min(refundMinor, feeRemaining),
    Math.max(refundMinor - transferRemaining, 0, feeGivenBackInAll - applicationFeeRefundedMinor),
  );
  return { refundMinor, applicationFeeRefundMinor, transferReversalMinor: refundMinor - applicationFeeRefundMinor };
}
