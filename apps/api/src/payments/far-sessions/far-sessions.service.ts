import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { formatDollars } from '@rapport/domain';
import { User } from '../../auth/entities/user.entity';
import { BookingError } from '../../bookings/bookings.errors';
import { BookingsService } from '../../bookings/bookings.service';
import { Booking, BookingPaymentStatus, BookingStatus } from '../../bookings/entities/booking.entity';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { inContextOfItsOwn } from '../../database/request-context';
import { JobHandlers } from '../../jobs/job-handlers';
import { JobPayloads } from '../../jobs/job-names';
import { JobQueue } from '../../jobs/job-queue';
import { Mailer } from '../../mail/mailer';
import { whenText } from '../../notifications/booking-mail';
import { OutboxHandlers } from '../../outbox/outbox-handlers';
import { BOOKING_CHANGED, OutboxTopics } from '../../outbox/outbox-topics';
import { Payment, PaymentKind, PaymentPurpose, PaymentStatus } from '../entities/payment.entity';
import { PaymentError } from '../payments.errors';
import { PaymentsService } from '../payments.service';
import { STRIPE } from '../stripe-client';
import { checkoutExpiry, publicUrlOf, StripePaymentGateway } from '../stripe-payment.gateway';
import { chargeKey, deadlineKey, PAYMENTS_CHARGE_FAR_SESSION, PAYMENTS_PAYMENT_DEADLINE } from './far-session-jobs';
import { OffSessionCharges } from './off-session-charges';
import { farScheduleOf } from './payment-timing';

export { PAYMENTS_CHARGE_FAR_SESSION, PAYMENTS_PAYMENT_DEADLINE } from './far-session-jobs';

/** Where the client pays a PAYMENT_DUE booking (the web app's pay-now page). */
export function payNowUrlOf(config: AppConfig, bookingId: string): string {
  return `${publicUrlOf(config)}/bookings/${bookingId}/pay`;
}

/**
 * Far sessions after the card is saved (issue 10 §4). Following booking.changed,
 * a CARD_SAVED booking has a `payments.charge-far-session` job at its charge
 * time and a `payments.payment-deadline` job at its deadline (keyed by booking:
 * a move replaces them, a cancel removes them, and each re-checks the booking
 * when it runs). The charge is the checkout's destination charge made
 * off-session with an idempotency key from the booking; a decline or
 * authentication_required makes the booking PAYMENT_DUE and mails the client
 * the pay-now link; unpaid at the deadline, Rapport cancels it.
 */
@Injectable()
export class FarSessionsService implements OnModuleInit {
  private readonly logger = new Logger('FarSessions');

  constructor(
    private readonly orm: MikroORM,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly outbox: OutboxHandlers,
    private readonly handlers: JobHandlers,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly bookings: BookingsService,
    private readonly payments: PaymentsService,
    private readonly gateway: StripePaymentGateway,
    private readonly charges: OffSessionCharges,
  ) {}

  onModuleInit(): void {
    const inContext = <T>(work: () => Promise<T>) => inContextOfItsOwn(this.orm.em, work);
    this.outbox.register(BOOKING_CHANGED, (payloads) => this.onBookingChanges(payloads));
    // A Stripe outage is retried; a decline is an answer, recorded once (the idempotency key replays it).
    this.handlers.register(PAYMENTS_CHARGE_FAR_SESSION, (data) => inContext(() => this.chargeFarSession(data)), { retryLimit: 8, retryDelaySeconds: 30, expireInSeconds: 300 });
    this.handlers.register(PAYMENTS_PAYMENT_DEADLINE, (data) => inContext(() => this.paymentDeadline(data)), { retryLimit: 8, retryDelaySeconds: 30, expireInSeconds: 300 });
  }

  async onBookingChanges(payloads: OutboxTopics['booking.changed'][]): Promise<void> {
    for (const { bookingId, change } of payloads) {
      const booking = await this.em.fork().findOne(Booking, bookingId, { populate: ['client', 'therapist', 'sessionType'] });
      if (!booking || booking.priceMinor === 0) continue;
      const confirmed = booking.status === BookingStatus.CONFIRMED;
      const startsAt = booking.startsAt.toISOString();
      const { chargeAt, dueBy } = farScheduleOf(this.config, booking.startsAt, this.clock.now());
      if (confirmed && booking.paymentStatus === BookingPaymentStatus.CARD_SAVED) {
        await this.jobs.schedule(PAYMENTS_CHARGE_FAR_SESSION, chargeKey(bookingId), chargeAt, { bookingId, startsAt });
        await this.jobs.schedule(PAYMENTS_PAYMENT_DEADLINE, deadlineKey(bookingId), dueBy, { bookingId, startsAt });
      } else if (confirmed && booking.paymentStatus === BookingPaymentStatus.PAYMENT_DUE) {
        await this.jobs.cancel(PAYMENTS_CHARGE_FAR_SESSION, chargeKey(bookingId));
        await this.jobs.schedule(PAYMENTS_PAYMENT_DEADLINE, deadlineKey(bookingId), dueBy, { bookingId, startsAt });
        if (change === 'PAYMENT_DUE' || change === 'RESCHEDULED') await this.mailPaymentDue(booking, dueBy);
      } else {
        await this.jobs.cancel(PAYMENTS_CHARGE_FAR_SESSION, chargeKey(bookingId));
        await this.jobs.cancel(PAYMENTS_PAYMENT_DEADLINE, deadlineKey(bookingId));
      }
    }
  }

  /** The charge job: re-checks the booking, charges the saved card once, then PAID or PAYMENT_DUE. */
  async chargeFarSession(data: JobPayloads[typeof PAYMENTS_CHARGE_FAR_SESSION]): Promise<void> {
    const booking = await this.em.fork().findOne(Booking, data.bookingId);
    if (!booking || booking.status !== BookingStatus.CONFIRMED || booking.paymentStatus !== BookingPaymentStatus.CARD_SAVED) return;
    if (booking.startsAt.toISOString() !== data.startsAt) return;
    const card = await this.charges.savedCardOf(booking.id);
    if (!card) {
      await this.bookings.markPaymentDue(booking.id, { why: 'no saved card' });
      return;
    }
    const payment = await this.charges.charge(
      {
        bookingId: booking.id,
        purpose: PaymentPurpose.SESSION,
        amountMinor: booking.priceMinor,
        applicationFeeMinor: booking.platformFeeMinor,
        idempotencyKey: `rapport:far-charge:${booking.id}`,
        reason: 'far session',
      },
      card,
    );
    await this.applyCharge(booking.id, payment);
  }

  /** What an off-session session charge means for its booking: settling confirms it paid, or makes it PAYMENT_DUE (also reached from its webhook or reconciliation). */
  async applyCharge(bookingId: string, payment: Payment): Promise<void> {
    await this.payments.settleBooking(bookingId);
    if (payment.status === PaymentStatus.FAILED) this.logger.warn(`far session ${bookingId}: off-session charge failed, payment due`);
  }

  /** The deadline job: a payment that landed meanwhile is settled first; still unpaid, the booking is cancelled and its slot offered. */
  async paymentDeadline(data: JobPayloads[typeof PAYMENTS_PAYMENT_DEADLINE]): Promise<void> {
    const booking = await this.em.fork().findOne(Booking, data.bookingId);
    if (!booking || booking.status !== BookingStatus.CONFIRMED || booking.startsAt.toISOString() !== data.startsAt) return;
    if (booking.paymentStatus !== BookingPaymentStatus.PAYMENT_DUE && booking.paymentStatus !== BookingPaymentStatus.CARD_SAVED) return;
    // The charge job has not run (a backlog, a replica down): charge now rather than cancel a booking whose card may well pay.
    if (booking.paymentStatus === BookingPaymentStatus.CARD_SAVED) await this.chargeFarSession(data);
    // Close any pay-now session first, so no money lands after the cancellation (one that does is refunded by settleBooking).
    const open = await this.em.fork().find(Payment, { booking: booking.id, kind: PaymentKind.CHECKOUT, status: PaymentStatus.OPEN });
    for (const payment of open) {
      await this.stripe.checkout.sessions.expire(payment.checkoutSessionId!).catch((error: unknown) => {
        this.logger.warn(`expiring pay-now session of ${booking.id}: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    await this.payments.settleBooking(booking.id);
    const after = await this.bookings.cancelUnpaid(booking.id);
    if (after.status === BookingStatus.CANCELLED) this.logger.log(`far session ${booking.id} cancelled: not paid by the deadline`);
  }

  /** The pay-now page: a fresh payment-mode Checkout Session for a PAYMENT_DUE booking (the open one if there is one). */
  async payNow(client: User, bookingId: string): Promise<{ checkoutUrl: string; dueBy: Date }> {
    const booking = await this.em.fork().findOne(Booking, bookingId, { populate: ['client', 'therapist', 'sessionType'] });
    if (!booking || booking.client.id !== client.id) throw BookingError.notFound();
    const now = this.clock.now();
    const { dueBy } = farScheduleOf(this.config, booking.startsAt, now);
    if (booking.status !== BookingStatus.CONFIRMED || booking.paymentStatus !== BookingPaymentStatus.PAYMENT_DUE || dueBy <= now) throw PaymentError.nothingDue();
    const payment = await this.gateway.openCheckout(booking, { expiresAt: checkoutExpiry(dueBy, now), forHold: false });
    return { checkoutUrl: payment.checkoutUrl!, dueBy };
  }

  private async mailPaymentDue(booking: Booking, dueBy: Date): Promise<void> {
    const zone = booking.client.timeZone;
    const text = [
      `We could not charge your saved card for your ${booking.sessionType.name} session with ${booking.therapist.displayName} on ${whenText(booking.startsAt, zone)}.`,
      `Please pay ${formatDollars(booking.priceMinor)} by ${whenText(dueBy, zone)} to keep the session: ${payNowUrlOf(this.config, booking.id)}`,
      'If it is not paid by then, the session is cancelled and the time is offered to someone else. Nothing has been charged.',
    ].join('\n\n');
    await this.mailer.send({ to: booking.client.email, subject: 'Payment needed to keep your session', text }, { key: `${booking.id}:payment-due:${booking.startsAt.toISOString()}` });
  }
}
