import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { Booking } from '../../bookings/entities/booking.entity';
import { isUniqueViolation } from '../../bookings/booking-support';
import { CardSetup, CardSetupStatus } from '../entities/card-setup.entity';
import { Payment, PaymentKind, PaymentPurpose, PaymentStatus } from '../entities/payment.entity';
import { idOf, PaymentRecords } from '../payment-records';
import { STRIPE } from '../stripe-client';

export interface SavedCard {
  customerId: string;
  paymentMethodId: string;
}

export interface OffSessionCharge {
  bookingId: string;
  purpose: PaymentPurpose;
  amountMinor: number;
  applicationFeeMinor: number;
  /** Derived from the booking (and the fee's reason): a retry after a crash returns the same PaymentIntent. */
  idempotencyKey: string;
  reason: string;
}

/**
 * Charges a booking's saved card without the client (a far session before it
 * starts, a policy fee): the same destination charge with the application fee
 * as at checkout. The result, paid or declined, is a `payments` row (kind
 * OFF_SESSION); a decline is FAILED with Stripe's message and is not retried.
 */
@Injectable()
export class OffSessionCharges {
  constructor(
    private readonly em: EntityManager,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly records: PaymentRecords,
  ) {}

  /** The card saved for this booking: its far-session setup, else the card its checkout saved for later (setup_future_usage). */
  async savedCardOf(bookingId: string): Promise<SavedCard | null> {
    const em = this.em.fork();
    const setup = await em.findOne(CardSetup, { booking: bookingId, status: CardSetupStatus.SAVED });
    if (setup?.paymentMethodId) return { customerId: setup.customerId, paymentMethodId: setup.paymentMethodId };
    const paid = await em.findOne(
      Payment,
      { booking: bookingId, purpose: PaymentPurpose.SESSION, status: { $in: [PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED] } },
      { orderBy: { attempt: 'desc' } },
    );
    if (!paid?.paymentIntentId) return null;
    const intent = await this.stripe.paymentIntents.retrieve(paid.paymentIntentId);
    const customerId = idOf(intent.customer);
    const paymentMethodId = idOf(intent.payment_method);
    return customerId && paymentMethodId && intent.setup_future_usage === 'off_session' ? { customerId, paymentMethodId } : null;
  }

  async charge(input: OffSessionCharge, card: SavedCard): Promise<Payment> {
    const booking = await this.em.fork().findOneOrFail(Booking, input.bookingId, { populate: ['therapist'] });
    let intentId: string;
    try {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount: input.amountMinor,
          currency: booking.currency,
          customer: card.customerId,
          payment_method: card.paymentMethodId,
          off_session: true,
          confirm: true,
          allowed_payment_method_types: ['card'],
          application_fee_amount: input.applicationFeeMinor,
          transfer_data: { destination: booking.therapist.stripeAccountId! },
          metadata: { bookingId: input.bookingId, purpose: input.purpose, reason: input.reason },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      intentId = intent.id;
    } catch (error) {
      // A decline or authentication_required still made a PaymentIntent: record it as FAILED.
      const failed = error instanceof Stripe.errors.StripeError ? error.payment_intent : undefined;
      if (!failed) throw error;
      intentId = failed.id;
    }
    const payment = await this.recordIntent(booking, intentId, input);
    return (await this.records.sync(this.em.fork(), payment.id)).payment;
  }

  /** The local row of an off-session PaymentIntent, written once (a retry or reconciliation finds it by the intent's id). */
  async recordIntent(booking: Booking, paymentIntentId: string, input: Pick<OffSessionCharge, 'purpose' | 'amountMinor' | 'applicationFeeMinor'>): Promise<Payment> {
    for (let tries = 0; tries < 3; tries++) {
      const known = await this.em.fork().findOne(Payment, { paymentIntentId });
      if (known) return known;
      const em = this.em.fork();
      const attempt = (await em.count(Payment, { booking: booking.id })) + 1;
      try {
        em.create(Payment, {
          booking: booking.id,
          attempt,
          kind: PaymentKind.OFF_SESSION,
          purpose: input.purpose,
          paymentIntentId,
          amountMinor: input.amountMinor,
          applicationFeeMinor: input.applicationFeeMinor,
          currency: booking.currency,
        });
        await em.flush();
      } catch (error) {
        // Another run wrote the same intent, or took this attempt number: look again.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return this.em.fork().findOneOrFail(Payment, { paymentIntentId });
  }
}
