import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { addMinutes, splitPlatformFee, splitRefund } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { Booking } from '../bookings/entities/booking.entity';
import { PaymentBooking, PaymentGateway, PaymentStart } from '../bookings/payments/payment-gateway';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JobQueue } from '../jobs/job-queue';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { CardSetup } from './entities/card-setup.entity';
import { Payment, PaymentKind, PaymentPurpose, PaymentStatus } from './entities/payment.entity';
import { CardSetups } from './far-sessions/card-setups';
import { OffSessionCharges } from './far-sessions/off-session-charges';
import { paymentPlanOf } from './far-sessions/payment-timing';
import { StripeCustomers } from './far-sessions/stripe-customers';
import { PaymentRecords } from './payment-records';
import { PaymentError } from './payments.errors';
import { publicUrlOf } from '../config/public-url';
import { STRIPE } from './stripe-client';

/** Stripe's bounds on a Checkout Session's `expires_at`. */
const CHECKOUT_MIN_MINUTES = 30;
const CHECKOUT_MAX_MINUTES = 24 * 60;

/** A checkout for a hold closes with the hold, within Stripe's bounds (30 minutes to 24 hours from now). */
export function checkoutExpiry(wanted: Date, now: Date): Date {
  return new Date(Math.min(Math.max(wanted.getTime(), addMinutes(now, CHECKOUT_MIN_MINUTES + 1).getTime()), addMinutes(now, CHECKOUT_MAX_MINUTES - 1).getTime()));
}

export { publicUrlOf };

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
    private readonly customers: StripeCustomers,
    private readonly cardSetups: CardSetups,
    private readonly charges: OffSessionCharges,
    private readonly audit: AuditService,
  ) {
    super();
  }

  async startPayment(input: PaymentBooking): Promise<PaymentStart> {
    const em = this.em.fork();
    const open = await em.findOne(Payment, { booking: input.bookingId, status: PaymentStatus.OPEN, kind: PaymentKind.CHECKOUT }, { orderBy: { attempt: 'desc' } });
    if (open) return { kind: 'CHECKOUT', url: open.checkoutUrl! };
    const setup = await em.findOne(CardSetup, { booking: input.bookingId });
    if (setup?.checkoutUrl) return { kind: 'CHECKOUT', url: setup.checkoutUrl };
    const booking = await em.findOneOrFail(Booking, input.bookingId, { populate: ['sessionType', 'therapist', 'client'] });
    const profile: TherapistProfile = booking.therapist;
    if (!profile.stripeAccountId || !profile.chargesEnabled) throw PaymentError.therapistCannotTakeCharges();
    const now = this.clock.now();
    // Stripe keeps a session open 30 minutes at least; a lapsed hold's session is expired by the payments module.
    const expiresAt = checkoutExpiry(booking.holdExpiresAt ?? addMinutes(now, CHECKOUT_MIN_MINUTES), now);
    if (paymentPlanOf(this.config, booking.startsAt, now).kind === 'SAVE_CARD') {
      // A far session: save the card now, charge it shortly before the session (payments/far-sessions).
      const url = await this.cardSetups.start(booking, expiresAt);
      await this.jobs.send('payments.expire-card-setup', { bookingId: booking.id }, { singletonKey: `expire-setup:${booking.id}`, startAfter: booking.holdExpiresAt ?? now });
      return { kind: 'CHECKOUT', url };
    }
    const payment = await this.openCheckout(booking, { expiresAt, forHold: true });
    return { kind: 'CHECKOUT', url: payment.checkoutUrl! };
  }

  /**
   * A payment-mode Checkout Session for the booking's price: a destination
   * charge with the platform fee, saving the card for later fees
   * (setup_future_usage=off_session, as the checkout page says). For a hold its
   * session is expired when the hold lapses; the pay-now page of a PAYMENT_DUE
   * booking reuses an open one and lets Stripe's expires_at close it.
   */
  async openCheckout(booking: Booking, options: { expiresAt: Date; forHold: boolean }): Promise<Payment> {
    const em = this.em.fork();
    const open = await em.findOne(Payment, { booking: booking.id, status: PaymentStatus.OPEN, kind: PaymentKind.CHECKOUT }, { orderBy: { attempt: 'desc' } });
    if (open) return open;
    const profile: TherapistProfile = booking.therapist;
    if (!profile.stripeAccountId || !profile.chargesEnabled) throw PaymentError.therapistCannotTakeCharges();
    const attempt = (await em.count(Payment, { booking: booking.id })) + 1;
    const returnUrl = `${publicUrlOf(this.config)}/payment/${booking.id}`;
    let session: Stripe.Checkout.Session;
    try {
      const customer = await this.customers.customerIdFor(booking.client.id);
      session = await this.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          customer,
          line_items: [
            {
              quantity: 1,
              price_data: { currency: booking.currency, unit_amount: booking.priceMinor, product_data: { name: `${booking.sessionType.name} with ${profile.displayName}` } },
            },
          ],
          payment_intent_data: {
            application_fee_amount: booking.platformFeeMinor,
            transfer_data: { destination: profile.stripeAccountId },
            // The card stays on file for the policy's fees (no-show, late changes), charged off-session.
            setup_future_usage: 'off_session',
            metadata: { bookingId: booking.id },
          },
          client_reference_id: booking.id,
          metadata: { bookingId: booking.id, attempt: String(attempt) },
          expires_at: Math.floor(options.expiresAt.getTime() / 1000),
          success_url: `${returnUrl}?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `${returnUrl}?cancelled=1`,
        },
        { idempotencyKey: `rapport:checkout:${booking.id}:${attempt}` },
      );
    } catch (error) {
      this.logger.warn(`checkout for booking ${booking.id} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw PaymentError.stripeUnavailable();
    }
    const payment = await this.recordCheckout(booking, attempt, session);
    // When the hold lapses the session must stop taking money (PaymentsService.expireCheckout).
    if (options.forHold) await this.jobs.send('payments.expire-checkout', { paymentId: payment.id }, { singletonKey: `expire:${payment.id}`, startAfter: booking.holdExpiresAt ?? this.clock.now() });
    return payment;
  }

  /** The local row of a Checkout Session, written once; reconciliation adopts a session whose row was never written the same way. */
  async recordCheckout(booking: Booking, attempt: number, session: Stripe.Checkout.Session): Promise<Payment> {
    const em = this.em.fork();
    try {
      em.create(Payment, {
        booking: booking.id,
        attempt,
        checkoutSessionId: session.id,
        checkoutUrl: session.url,
        amountMinor: booking.priceMinor,
        applicationFeeMinor: booking.platformFeeMinor,
        currency: booking.currency,
      });
      await em.flush();
    } catch (error) {
      // A concurrent start for the same attempt wrote the row (same key, same session).
      const twin = await this.em.fork().findOne(Payment, { checkoutSessionId: session.id });
      if (!twin) throw error;
      return twin;
    }
    return this.em.fork().findOneOrFail(Payment, { checkoutSessionId: session.id });
  }

  /**
   * Refunds part or all of the booking's payment: the application fee and the
   * transfer are given back in proportion (`refund_application_fee`,
   * `reverse_transfer`), as splitRefund in libs/domain computes them. Keyed by
   * booking and reason, so a retried cancellation refunds once.
   */
  async refund(input: { bookingId: string; amountMinor: number; reason: string }): Promise<void> {
    const em = this.em.fork();
    const payment = await em.findOne(
      Payment,
      { booking: input.bookingId, purpose: PaymentPurpose.SESSION, status: { $in: [PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED] } },
      { orderBy: { attempt: 'desc' } },
    );
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

  /**
   * Charges a policy fee (no-show, late cancel or reschedule) beyond what was
   * paid to the card saved for the booking, off-session, with the platform's
   * share as application fee. Once per booking and reason (idempotency key);
   * a decline is recorded (a FAILED payment with Stripe's message, audited)
   * and never retried.
   */
  async chargeFee(input: { bookingId: string; amountMinor: number; reason: string }): Promise<void> {
    const card = await this.charges.savedCardOf(input.bookingId);
    const em = this.em.fork();
    if (!card) {
      this.audit.record(em, { actor: null, action: 'payment.fee_not_charged', subjectType: 'Booking', subjectId: input.bookingId, details: { amountMinor: input.amountMinor, reason: input.reason, why: 'no saved card' } });
      await em.flush();
      return;
    }
    const { platformFeeMinor } = splitPlatformFee(input.amountMinor, this.config.PLATFORM_FEE_BASIS_POINTS);
    const payment = await this.charges.charge(
      {
        bookingId: input.bookingId,
        purpose: PaymentPurpose.FEE,
        amountMinor: input.amountMinor,
        applicationFeeMinor: platformFeeMinor,
        idempotencyKey: `rapport:fee:${input.bookingId}:${input.reason.replace(/\s+/g, '-')}`,
        reason: input.reason,
      },
      card,
    );
    const paid = payment.status === PaymentStatus.SUCCEEDED;
    this.audit.record(em, {
      actor: null,
      action: paid ? 'payment.fee_charged' : 'payment.fee_declined',
      subjectType: 'Booking',
      subjectId: input.bookingId,
      details: { amountMinor: input.amountMinor, reason: input.reason, paymentId: payment.id },
    });
    await em.flush();
    if (!paid) this.logger.warn(`fee of ${input.amountMinor} cents for booking ${input.bookingId} declined (${input.reason}): recorded, not retried`);
  }

}
