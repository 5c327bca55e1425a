/**
 * The payment step behind a port: free sessions never reach it; paid ones
 * start a payment here, and the gateway later reports it paid
 * (BookingsService.markPaid). The payments issue plugs in Stripe without
 * reshaping the booking flow.
 */
export interface PaymentBooking {
  bookingId: string;
  clientId: string;
  therapistId: string;
  amountMinor: number;
  platformFeeMinor: number;
  currency: string;
  startsAt: Date;
}

export type PaymentStart = { kind: 'NONE' } | { kind: 'CHECKOUT'; url: string };

export abstract class PaymentGateway {
  /** Starts paying for a held booking: nothing to do now, or a checkout page for the client. */
  abstract startPayment(booking: PaymentBooking): Promise<PaymentStart>;
  /** Gives back part or all of what was paid. */
  abstract refund(input: { bookingId: string; amountMinor: number; reason: string }): Promise<void>;
  /** Charges a policy fee (late cancel, late reschedule, no-show) not covered by what was paid. */
  abstract chargeFee(input: { bookingId: string; amountMinor: number; reason: string }): Promise<void>;
}
