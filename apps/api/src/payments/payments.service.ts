import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { BookingsService } from '../bookings/bookings.service';
import { Booking, BookingPaymentStatus, BookingStatus } from '../bookings/entities/booking.entity';
import { BookingError } from '../bookings/bookings.errors';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { inContextOfItsOwn } from '../database/request-context';
import { JobHandlers } from '../jobs/job-handlers';
import { JobPayloads } from '../jobs/job-names';
import { JobQueue } from '../jobs/job-queue';
import { OutboxService } from '../outbox/outbox.service';
import { THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { CardSetupStatus } from './entities/card-setup.entity';
import { Payment, PaymentKind, PaymentPurpose, PaymentStatus } from './entities/payment.entity';
import { CardSetups } from './far-sessions/card-setups';
import { chargeKey, deadlineKey, PAYMENTS_CHARGE_FAR_SESSION, PAYMENTS_PAYMENT_DEADLINE } from './far-sessions/far-session-jobs';
import { PaymentRecords } from './payment-records';
import { PaymentError } from './payments.errors';
import { publicUrlOf } from './stripe-payment.gateway';
import { STRIPE } from './stripe-client';

export const PAYMENTS_WEBHOOK = 'payments.webhook' as const;
export const PAYMENTS_EXPIRE_CHECKOUT = 'payments.expire-checkout' as const;
export const PAYMENTS_EXPIRE_CARD_SETUP = 'payments.expire-card-setup' as const;

/** A therapist's payouts as Rapport knows them. */
export interface PayoutStatus {
  accountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
}

/**
 * What money does to bookings. Every path (webhook job, return page,
 * checkout expiry) ends in `settleBooking`: mirror Stripe onto the booking's
 * Payment rows, then confirm a held booking that is paid, exactly once (the
 * bookings service confirms only from HELD), or refund a payment that landed
 * for a booking that is no longer held. Safe to run any number of times, in
 * any order, from any replica.
 */
@Injectable()
export class PaymentsService implements OnModuleInit {
  private readonly logger = new Logger('Payments');

  constructor(
    private readonly orm: MikroORM,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly records: PaymentRecords,
    private readonly bookings: BookingsService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly cardSetups: CardSetups,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    const inContext = <T>(work: () => Promise<T>) => inContextOfItsOwn(this.orm.em, work);
    this.handlers.register(PAYMENTS_WEBHOOK, (data) => inContext(() => this.handleEvent(data)), { retryLimit: 10, retryDelaySeconds: 5, expireInSeconds: 120 });
    this.handlers.register(PAYMENTS_EXPIRE_CHECKOUT, (data) => inContext(() => this.expireCheckout(data.paymentId)), { retryLimit: 10, retryDelaySeconds: 10, expireInSeconds: 120 });
    this.handlers.register(PAYMENTS_EXPIRE_CARD_SETUP, (data) => inContext(() => this.expireCardSetup(data.bookingId)), { retryLimit: 10, retryDelaySeconds: 10, expireInSeconds: 120 });
  }

  /** Creates (once) the therapist's Express account and returns a fresh onboarding link on Stripe (or the emulator). */
  async startPayoutOnboarding(user: User): Promise<{ url: string; status: PayoutStatus }> {
    const em = this.em.fork();
    const profile = await em.findOne(TherapistProfile, { user: user.id });
    if (!profile) throw PaymentError.notATherapist();
    if (!profile.stripeAccountId) {
      const account = await this.stripe.accounts.create(
        { type: 'express', email: user.email, metadata: { therapistProfileId: profile.id } },
        { idempotencyKey: `rapport:account:${profile.id}` },
      );
      profile.stripeAccountId = account.id;
      this.audit.record(em, { actor: user, action: 'payouts.account_created', subjectType: 'TherapistProfile', subjectId: profile.id });
      await em.flush();
    }
    const back = `${publicUrlOf(this.config)}/therapist/profile`;
    const link = await this.stripe.accountLinks.create({
      account: profile.stripeAccountId,
      type: 'account_onboarding',
      return_url: `${back}?payouts=done`,
      refresh_url: `${back}?payouts=retry`,
    });
    return { url: link.url, status: statusOf(profile) };
  }

  /** The caller's payout status, re-read from Stripe when an account exists (the onboarding return page calls this). */
  async refreshPayoutStatus(user: User): Promise<PayoutStatus> {
    const profile = await this.em.fork().findOne(TherapistProfile, { user: user.id });
    if (!profile) throw PaymentError.notATherapist();
    if (!profile.stripeAccountId) return statusOf(profile);
    return this.syncAccount(profile.stripeAccountId);
  }

  async payoutStatus(user: User): Promise<PayoutStatus> {
    const profile = await this.em.fork().findOne(TherapistProfile, { user: user.id });
    if (!profile) throw PaymentError.notATherapist();
    return statusOf(profile);
  }

  /** The return page after Checkout: settles the booking now rather than waiting for the webhook. */
  async confirmCheckout(client: User, bookingId: string): Promise<Booking> {
    const booking = await this.em.fork().findOne(Booking, { id: bookingId });
    if (!booking || booking.client.id !== client.id) throw BookingError.notFound();
    // A free session (or one whose checkout never started) has nothing to settle: it is returned as it is.
    await this.settleBooking(bookingId);
    return this.em.fork().findOneOrFail(Booking, bookingId, { populate: ['therapist', 'sessionType', 'client'] });
  }

  /** The Checkout Session a held, unpaid booking can still be paid on; null otherwise. */
  async openCheckoutUrl(booking: Booking): Promise<string | null> {
    if (booking.status !== BookingStatus.HELD || booking.paymentStatus !== BookingPaymentStatus.PENDING) return null;
    const open = await this.em.fork().findOne(Payment, { booking: booking.id, status: PaymentStatus.OPEN }, { orderBy: { attempt: 'desc' } });
    return open?.checkoutUrl ?? null;
  }

  /** When a hold lapses, its Checkout Session must no longer take money: expire it (unless already paid), then settle. */
  async expireCheckout(paymentId: string): Promise<void> {
    const payment = await this.em.fork().findOne(Payment, paymentId, { populate: ['booking'] });
    if (!payment || payment.status !== PaymentStatus.OPEN || !payment.checkoutSessionId) return;
    const booking = payment.booking;
    const now = this.clock.now();
    const stillHeld = booking.status === BookingStatus.HELD && booking.holdExpiresAt !== null && booking.holdExpiresAt > now;
    if (stillHeld) {
      await this.jobs.send(PAYMENTS_EXPIRE_CHECKOUT, { paymentId }, { singletonKey: `expire:${paymentId}`, startAfter: booking.holdExpiresAt! });
      return;
    }
    const session = await this.stripe.checkout.sessions.retrieve(payment.checkoutSessionId);
    if (session.status === 'open') {
      await this.stripe.checkout.sessions.expire(payment.checkoutSessionId).catch((error: unknown) => {
        // Completed meanwhile: settling below refunds it if the slot is gone.
        this.logger.warn(`expiring checkout of booking ${booking.id}: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    await this.settleBooking(booking.id);
  }

  /** A far session's hold lapsed: its setup session stops taking cards (unless one was saved meanwhile), then settle. */
  async expireCardSetup(bookingId: string): Promise<void> {
    const booking = await this.em.fork().findOne(Booking, bookingId);
    if (!booking) return;
    const now = this.clock.now();
    if (booking.status === BookingStatus.HELD && booking.holdExpiresAt !== null && booking.holdExpiresAt > now) {
      await this.jobs.send(PAYMENTS_EXPIRE_CARD_SETUP, { bookingId }, { singletonKey: `expire-setup:${bookingId}`, startAfter: booking.holdExpiresAt });
      return;
    }
    if (booking.status === BookingStatus.HELD || booking.status === BookingStatus.EXPIRED || booking.status === BookingStatus.CANCELLED) await this.cardSetups.expire(bookingId);
    await this.settleBooking(bookingId);
  }

  /** One accepted Stripe event, on the job queue. */
  async handleEvent(event: JobPayloads[typeof PAYMENTS_WEBHOOK]): Promise<void> {
    if (event.type === 'account.updated' && event.accountId) {
      await this.syncAccount(event.accountId);
      return;
    }
    const bookingId = event.bookingId ?? (await this.bookingIdOf(event));
    if (bookingId) await this.settleBooking(bookingId);
  }

  /** Mirror Stripe onto every payment of the booking, then confirm or refund; see the class comment. */
  async settleBooking(bookingId: string): Promise<void> {
    // A far session: the saved card confirms the hold (no money moves yet).
    const setup = await this.cardSetups.sync(bookingId);
    if (setup?.status === CardSetupStatus.SAVED) await this.bookings.markCardSaved(bookingId);
    const payments = await this.em.fork().find(Payment, { booking: bookingId }, { orderBy: { attempt: 'asc' } });
    for (const { id } of payments) {
      const { payment, newlyDisputed } = await this.records.sync(this.em.fork(), id);
      if (newlyDisputed) await this.flagDispute(payment);
      // A fee charge is kept whatever the booking's status: only the session's own payment confirms or is refunded.
      if (payment.status === PaymentStatus.SUCCEEDED && payment.purpose === PaymentPurpose.SESSION) await this.applyPaid(payment);
      // A far session's off-session charge was declined (the job, its webhook or reconciliation, whichever first): the client must pay.
      if (payment.status === PaymentStatus.FAILED && payment.purpose === PaymentPurpose.SESSION && payment.kind === PaymentKind.OFF_SESSION) {
        await this.bookings.markPaymentDue(bookingId, { paymentId: payment.id, declined: payment.lastError ?? 'declined' });
      }
    }
  }

  private async applyPaid(payment: Payment): Promise<void> {
    const bookingId = payment.booking.id;
    const booking = await this.em.fork().findOneOrFail(Booking, bookingId);
    const confirmedByPayment = booking.paymentStatus === BookingPaymentStatus.PAID;
    if (confirmedByPayment) {
      // Another attempt of the same booking paid too: it is not needed.
      const other = await this.em.fork().findOne(Payment, {
        booking: bookingId,
        purpose: PaymentPurpose.SESSION,
        status: { $in: [PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED] },
        id: { $ne: payment.id },
        attempt: { $lt: payment.attempt },
      });
      if (other) await this.refundWhole(payment, 'duplicate_payment');
      return;
    }
    // A far session paid: by its off-session charge, or on the pay-now page after that failed.
    const farUnpaid = booking.status === BookingStatus.CONFIRMED && (booking.paymentStatus === BookingPaymentStatus.CARD_SAVED || booking.paymentStatus === BookingPaymentStatus.PAYMENT_DUE);
    if (booking.status === BookingStatus.HELD || farUnpaid) {
      try {
        const after = await this.bookings.markPaid(bookingId);
        if (after.status === BookingStatus.CONFIRMED && after.paymentStatus === BookingPaymentStatus.PAID) {
          if (farUnpaid) await this.dropFarJobs(bookingId);
          return;
        }
      } catch (error) {
        if (!(error instanceof BookingError)) throw error;
      }
    }
    // Paid for a booking that is no longer held (expired, cancelled, slot lost): give it all back.
    const current = await this.em.fork().findOneOrFail(Booking, bookingId);
    if (current.status === BookingStatus.CONFIRMED && current.paymentStatus === BookingPaymentStatus.PAID) return;
    await this.refundWhole(payment, 'slot_lost');
  }

  /** A far session just paid: its charge and deadline jobs have nothing left to do, so they are cancelled rather than left to run and no-op. */
  private async dropFarJobs(bookingId: string): Promise<void> {
    try {
      await this.jobs.cancel(PAYMENTS_CHARGE_FAR_SESSION, chargeKey(bookingId));
      await this.jobs.cancel(PAYMENTS_PAYMENT_DEADLINE, deadlineKey(bookingId));
    } catch (error) {
      // Harmless if it stays: both jobs re-check the booking and leave a paid one alone.
      this.logger.warn(`far session ${bookingId} paid; its jobs were not cancelled: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async refundWhole(payment: Payment, reason: string): Promise<void> {
    const remaining = payment.amountMinor - payment.refundedMinor;
    if (remaining <= 0 || !payment.paymentIntentId) return;
    await this.stripe.refunds.create(
      { payment_intent: payment.paymentIntentId, amount: remaining, refund_application_fee: true, reverse_transfer: true, metadata: { bookingId: payment.booking.id, reason } },
      { idempotencyKey: `rapport:refund:${payment.id}:${reason}` },
    );
    const em = this.em.fork();
    this.audit.record(em, { actor: null, action: `payment.refunded_${reason}`, subjectType: 'Booking', subjectId: payment.booking.id, details: { amountMinor: remaining } });
    await em.flush();
    await this.records.sync(this.em.fork(), payment.id);
    this.logger.log(`refunded ${remaining} cents of booking ${payment.booking.id} (${reason})`);
  }

  private async flagDispute(payment: Payment): Promise<void> {
    const em = this.em.fork();
    this.audit.record(em, { actor: null, action: 'payment.disputed', subjectType: 'Booking', subjectId: payment.booking.id, details: { paymentId: payment.id, amountMinor: payment.amountMinor } });
    await em.flush();
    this.logger.warn(`payment of booking ${payment.booking.id} disputed: admins to review`);
  }

  private async syncAccount(accountId: string): Promise<PayoutStatus> {
    const account = await this.stripe.accounts.retrieve(accountId);
    const em = this.em.fork();
    const profile = await em.findOne(TherapistProfile, { stripeAccountId: accountId });
    if (!profile) return { accountId, chargesEnabled: account.charges_enabled, payoutsEnabled: account.payouts_enabled };
    if (profile.chargesEnabled !== account.charges_enabled || profile.payoutsEnabled !== account.payouts_enabled) {
      profile.chargesEnabled = account.charges_enabled;
      profile.payoutsEnabled = account.payouts_enabled;
      this.audit.record(em, {
        actor: null,
        action: 'payouts.status_changed',
        subjectType: 'TherapistProfile',
        subjectId: profile.id,
        details: { chargesEnabled: account.charges_enabled, payoutsEnabled: account.payouts_enabled },
      });
      // Paid sessions become bookable (or stop being): the search listing's "accepting" follows.
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      await em.flush();
    }
    return statusOf(profile);
  }

  /** The booking behind an event whose object did not carry it (an old event, a charge without metadata). */
  private async bookingIdOf(event: { type: string; objectId: string }): Promise<string | null> {
    const em = this.em.fork();
    if (event.type.startsWith('checkout.session.')) return (await em.findOne(Payment, { checkoutSessionId: event.objectId }, { populate: ['booking'] }))?.booking.id ?? null;
    if (event.type.startsWith('payment_intent.')) return (await em.findOne(Payment, { paymentIntentId: event.objectId }))?.booking.id ?? null;
    if (event.type.startsWith('charge.dispute.')) {
      const dispute = await this.stripe.disputes.retrieve(event.objectId);
      const chargeId = typeof dispute.charge === 'string' ? dispute.charge : dispute.charge.id;
      return (await this.stripe.charges.retrieve(chargeId)).metadata?.bookingId ?? null;
    }
    return null;
  }
}

function statusOf(profile: TherapistProfile): PayoutStatus {
  return { accountId: profile.stripeAccountId, chargesEnabled: profile.chargesEnabled, payoutsEnabled: profile.payoutsEnabled };
}
