import { AppError, ErrorCode } from '../common/errors/app-error';

export class PaymentError extends AppError {
  static therapistCannotTakeCharges() {
    return new PaymentError(
      ErrorCode.CONFLICT,
      'This therapist cannot take payments yet, so only their free sessions can be booked. Pick a free session type or another therapist.',
    );
  }
  static notATherapist() {
    return new PaymentError(ErrorCode.FORBIDDEN, 'Only therapists with a profile can set up payouts.');
  }
  /** The webhook's Stripe-Signature is missing, wrong or outside the tolerance. */
  static badSignature() {
    return new PaymentError(ErrorCode.UNAUTHENTICATED, 'The Stripe signature is missing, wrong or too old.');
  }
  static stripeUnavailable() {
    return new PaymentError(ErrorCode.PAYMENT_FAILED, 'The payment service did not answer. Nothing was charged; try again in a moment.');
  }
  static nothingDue() {
    return new PaymentError(ErrorCode.CONFLICT, 'This booking has nothing to pay now: it is paid, not yet due, or no longer booked.');
  }
  static noSavedCard() {
    return new PaymentError(ErrorCode.PAYMENT_FAILED, 'No saved card to charge for this booking.');
  }
  static mismatchNotFound() {
    return new PaymentError(ErrorCode.NOT_FOUND, 'No such payment mismatch (id).');
  }
}
