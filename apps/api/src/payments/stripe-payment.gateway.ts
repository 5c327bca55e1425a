import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { addMinutes, splitRefund } from '@rapport/domain';
import { Booking } from '../bookings/entities/booking.entity';
import { PaymentBooking, PaymentGateway, PaymentStart } from '../bookings/payments/payment-gateway';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JobQueue } from '../jobs/job-queue';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { Payment, PaymentStatus } from './entities/payment.entity';
import { PaymentRecords } from './payment-records';
import { PaymentError } from './payments.errors';
import { STRIPE } from './stripe-client';

/** Stripe's bounds on a Checkout Session's `expires_at`. */
const CHECKOUT_MIN_MINUTES = 30;
const CHECKOUT_MAX_MINUTES = 24 * 60;

/** Where the web app is reached; links in Checkout return there. */
export function publicUrlOf(config: AppConfig): string {
  return (config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`).replace(/\/$/, '');
}

/**
 * The PaymentGateway on Stripe (or the emulator): a held paid booking gets a
 * hosted Checkout Session, a destination charge to the therapist's Express
 * account with the platform fee as `application_fee_amount`. Idempotency keys
 * derive from the booking and the attempt, so a retry never makes a second
 * session or a second refund.
 */
@Injectable()
export class StripePaymentGateway extends PaymentGateway {
  private readonly logger = new Logger('Payments');

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly records: PaymentRecords,
    private readonly jobs: JobQueue,
  ) {
    super();
  }

  async startPayment(input: PaymentBooking): Promise<PaymentStart> {
    const em = this.em.fork();
    const open = await em.findOne(Payment, { booking: input.bookingId, status: PaymentStatus.OPEN }, { orderBy: { attempt: 'desc' } });
    if (open) return { kind: 'CHECKOUT', url: open.checkoutUrl };
    const booking = await em.findOneOrFail(Booking, input.bookingId, { populate: ['sessionType', 'therapist'] });
    const profile: TherapistProfile = booking.therapist;
    if (!profile.stripeAccountId || !profile.chargesEnabled) throw PaymentError.therapistCannotTakeCharges();
    const attempt = (await em.count(Payment, { booking: input.bookingId })) + 1;
    const now = this.clock.now();
    // Stripe keeps a session open 30 minutes at least; a lapsed hold's session is expired by the payments module.
    const wanted = booking.holdExpiresAt ?? addMinutes(now, CHECKOUT_MIN_MINUTES);
    const expiresAt = new Date(Math.min(Math.max(wanted.getTime(), addMinutes(now, CHECKOUT_MIN_MINUTES + 1).getTime()), addMinutes(now, CHECKOUT_MAX_MINUTES - 1).getTime()));
    const returnUrl = `${publicUrlOf(this.config)}/payment/${input.bookingId}`;
    let session: Stripe.Checkout.Session;
    try {
      session = await this.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: { currency: input.currency, unit_amount: input.amountMinor, product_data: { name: `${booking.sessionType.name} with ${profile.displayName}` } },
            },
          ],
          payment_intent_data: {
            application_fee_amount: input.platformFeeMinor,
            transfer_data: { destination: profile.stripeAccountId },
            metadata: { bookingId: input.bookingId },
          },
          client_reference_id: input.bookingId,
          metadata: { bookingId: input.bookingId, attempt: String(attempt) },
          expires_at: Math.floor(expiresAt.getTime() / 1000),
          success_url: `${returnUrl}?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `${returnUrl}?cancelled=1`,
        },
        { idempotencyKey: `rapport:checkout:${input.bookingId}:${attempt}` },
      );
    } catch (error) {
      this.logger.warn(`checkout for booking ${input.bookingId} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw PaymentError.stripeUnavailable();
    }
    try {
      em.create(Payment, {
        booking,
        attempt,
        checkoutSessionId: session.id,
        checkoutUrl: session.url!,
        amountMinor: input.amountMinor,
        applicationFeeMinor: input.platformFeeMinor,
        currency: input.currency,
      });
      await em.flush();
      const payment = await em.findOneOrFail(Payment, { checkoutSessionId: session.id });
      // When the hold lapses the session must stop taking money (PaymentsService.expireCheckout).
      await this.jobs.send('payments.expire-checkout', { paymentId: payment.id }, { singletonKey: `expire:${payment.id}`, startAfter: booking.holdExpiresAt ?? now });
    } catch (error) {
      // A concurrent start for the same attempt wrote the row (same key, same session).
      const twin = await this.em.fork().findOne(Payment, { checkoutSessionId: session.id });
      if (!twin) throw error;
    }
    return { kind: 'CHECKOUT', url: session.url! };
  }

  /**
   * Refunds part or all of the booking's payment: the application fee and the
   * transfer are given back in proportion (`refund_application_fee`,
   * `reverse_transfer`), as splitRefund in libs/domain computes them. Keyed by
   * booking and reason, so a retried cancellation refunds once.
   */
  async refund(input: { bookingId: string; amountMinor: number; reason: string }): Promise<void> {
    const em = this.em.fork();
    const payment = await em.findOne(Payment, { booking: input.bookingId, status: { $in: [PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED] } }, { orderBy: { attempt: 'desc' } });
    if (!payment?.paymentIntentId) {
      this.logger.warn(`refund of booking ${input.bookingId}: no successful payment to refund`);
      return;
    }
    const split = splitRefund(
      { amountMinor: payment.amountMinor, applicationFeeMinor: payment.applicationFeeMinor, refundedMinor: payment.refundedMinor, applicationFeeRefundedMinor: payment.applicationFeeRefundedMinor },
      Math.min(input.amountMinor, payment.amountMinor - payment.refundedMinor),
    );
    if (split.refundMinor > 0) {
      await this.stripe.refunds.create(
        {
          payment_intent: payment.paymentIntentId,
          amount: split.refundMinor,
          refund_application_fee: true,
          reverse_transfer: true,
          metadata: { bookingId: input.bookingId, reason: input.reason },
        },
        { idempotencyKey: `rapport:refund:${input.bookingId}:${payment.id}:${input.reason}` },
      );
    }
    await this.records.sync(this.em.fork(), payment.id);
  }

  async chargeFee(input: { bookingId: string; amountMinor: number; reason: string }): Promise<void> {
    // Off-session charges to a saved card come with far sessions (issue 10 item 4).
    this.logger.log(`fee of ${input.amountMinor} cents for booking ${input.bookingId} not charged: no saved card yet (${input.reason})`);
  }
}
