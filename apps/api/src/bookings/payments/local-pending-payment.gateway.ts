import { Injectable, Logger } from '@nestjs/common';
import { PaymentBooking, PaymentGateway, PaymentStart } from './payment-gateway';

/**
 * Until payments land: no money moves. A paid booking stays HELD with its
 * payment PENDING (the bookings service records that on the booking), and
 * refunds and fees are only logged, by booking id and amount.
 */
@Injectable()
export class LocalPendingPaymentGateway extends PaymentGateway {
  private readonly logger = new Logger('Payments');

  async startPayment(_booking: PaymentBooking): Promise<PaymentStart> {
    return { kind: 'NONE' };
  }

  async refund(input: { bookingId: string; amountMinor: number; reason: string }): Promise<void> {
    this.logger.log(`payment pending (local): refund of ${input.amountMinor} cents for booking ${input.bookingId} not sent (${input.reason})`);
  }

  async chargeFee(input: { bookingId: string; amountMinor: number; reason: string }): Promise<void> {
    this.logger.log(`payment pending (local): fee of ${input.amountMinor} cents for booking ${input.bookingId} not charged (${input.reason})`);
  }
}
