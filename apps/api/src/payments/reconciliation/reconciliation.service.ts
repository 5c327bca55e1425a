import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { addMinutes } from '@rapport/domain';
import { AuditService } from '../../audit/audit.service';
import { User } from '../../auth/entities/user.entity';
import { Booking } from '../../bookings/entities/booking.entity';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { inContextOfItsOwn } from '../../database/request-context';
import { JobHandlers } from '../../jobs/job-handlers';
import { JobQueue } from '../../jobs/job-queue';
import { CardSetup, CardSetupStatus } from '../entities/card-setup.entity';
import { Payment, PaymentPurpose, PaymentStatus } from '../entities/payment.entity';
import { PaymentMismatch } from '../entities/payment-mismatch.entity';
import { CardSetups } from '../far-sessions/card-setups';
import { OffSessionCharges } from '../far-sessions/off-session-charges';
import { PaymentError } from '../payments.errors';
import { PaymentsService } from '../payments.service';
import { idOf } from '../payment-records';
import { STRIPE } from '../stripe-client';
import { StripePaymentGateway } from '../stripe-payment.gateway';

export const PAYMENTS_RECONCILE = 'payments.reconcile' as const;
const RECONCILE_KEY = 'reconcile';

/** Stable codes of what reconciliation cannot repair by itself. */
export type MismatchReason = 'NO_LOCAL_BOOKING' | 'UNKNOWN_CHARGE' | 'UNKNOWN_REFUND' | 'UNKNOWN_DISPUTE';

export interface BookingParties {
  therapistName: string;
  clientName: string;
  clientEmail: string;
}

export interface ReconciliationReport {
  /** Stripe objects looked at. */
  examined: number;
  /** Bookings whose local state lagged Stripe and was brought up to date by the webhook handlers. */
  repaired: number;
  /** New mismatches recorded this run. */
  mismatches: number;
  /** Objects or bookings that could not be checked this time (logged; the next run tries again). */
  failed: number;
}

/**
 * Compares what Stripe holds (Checkout Sessions, PaymentIntents, refunds,
 * disputes created within RECONCILIATION_WINDOW_HOURS) with local payments and
 * bookings. Whatever a lost webhook (or a process that died between Stripe
 * and the database) left behind is repaired by the same idempotent handlers
 * the webhooks use (`settleBooking`), after adopting a Stripe object whose
 * local row was never written. What it cannot repair (money with no booking
 * here) is kept in `payment_mismatches` for admins. Runs as the
 * `payments.reconcile` job every RECONCILIATION_INTERVAL_MINUTES, on demand
 * (`runPaymentReconciliation`, `npm run payments:reconcile`); safe to run concurrently.
 */
@Injectable()
export class ReconciliationService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Reconciliation');

  constructor(
    private readonly orm: MikroORM,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly handlers: JobHandlers,
    private readonly jobs: JobQueue,
    private readonly payments: PaymentsService,
    private readonly gateway: StripePaymentGateway,
    private readonly cardSetups: CardSetups,
    private readonly charges: OffSessionCharges,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.handlers.register(PAYMENTS_RECONCILE, () => inContextOfItsOwn(this.orm.em, () => this.scheduledRun()), { retryLimit: 2, retryDelaySeconds: 60, expireInSeconds: 600 });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.RECONCILIATION_INTERVAL_MINUTES === 0) return;
    await this.jobs.send(PAYMENTS_RECONCILE, { requestedBy: null }, { singletonKey: RECONCILE_KEY, startAfter: this.nextRunAt() }).catch((error: unknown) => {
      this.logger.warn(`reconciliation not scheduled: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private nextRunAt(): Date {
    return addMinutes(this.clock.now(), this.config.RECONCILIATION_INTERVAL_MINUTES);
  }

  private async scheduledRun(): Promise<void> {
    try {
      await this.run();
    } finally {
      if (this.config.RECONCILIATION_INTERVAL_MINUTES > 0) await this.jobs.send(PAYMENTS_RECONCILE, { requestedBy: null }, { singletonKey: RECONCILE_KEY, startAfter: this.nextRunAt() });
    }
  }

  async run(): Promise<ReconciliationReport> {
    const since = Math.floor(addMinutes(this.clock.now(), -this.config.RECONCILIATION_WINDOW_HOURS * 60).getTime() / 1000);
    const window = { created: { gte: since }, limit: 100 };
    const report: ReconciliationReport = { examined: 0, repaired: 0, mismatches: 0, failed: 0 };
    const toSettle = new Set<string>();

    // One object that cannot be checked (Stripe or the database failing on it) is logged and skipped; the next run retries it.
    const each = async <T extends { id: string }>(objects: AsyncIterable<T>, check: (object: T) => Promise<void>) => {
      for await (const object of objects) {
        report.examined += 1;
        try {
          await check(object);
        } catch (error) {
          report.failed += 1;
          this.logger.warn(`reconciliation skipped ${object.id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    await each(this.stripe.checkout.sessions.list(window), (session) => this.checkSession(session, toSettle, report));
    await each(this.stripe.paymentIntents.list(window), (intent) => this.checkIntent(intent, toSettle, report));
    await each(this.stripe.refunds.list(window), async (refund) => {
      const payment = await this.paymentOfIntent(idOf(refund.payment_intent));
      if (!payment) {
        await this.mismatch(refund.id, 'UNKNOWN_REFUND', { amountMinor: refund.amount, bookingId: refund.metadata?.bookingId ?? null, details: `Refund ${refund.id} of ${refund.amount} on ${idOf(refund.payment_intent) ?? 'no payment'} matches no payment here.` }, report);
      } else if (refund.status === 'succeeded' && payment.refundedMinor < payment.amountMinor) {
        const charge = await this.stripe.charges.retrieve(idOf(refund.charge)!);
        if (charge.amount_refunded > payment.refundedMinor) toSettle.add(payment.booking.id);
      }
    });
    await each(this.stripe.disputes.list(window), async (dispute) => {
      const payment = (await this.paymentOfIntent(idOf(dispute.payment_intent))) ?? (await this.em.fork().findOne(Payment, { chargeId: idOf(dispute.charge) }));
      if (!payment) {
        await this.mismatch(dispute.id, 'UNKNOWN_DISPUTE', { amountMinor: dispute.amount, details: `Dispute ${dispute.id} on charge ${idOf(dispute.charge)} matches no payment here.` }, report);
      } else if (!payment.disputed) {
        toSettle.add(payment.booking.id);
      }
    });

    for (const bookingId of toSettle) {
      try {
        await this.payments.settleBooking(bookingId);
        report.repaired += 1;
      } catch (error) {
        report.failed += 1;
        this.logger.warn(`reconciliation could not settle booking ${bookingId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (report.repaired > 0 || report.mismatches > 0 || report.failed > 0) this.logger.warn(`reconciliation: ${report.examined} Stripe object(s), ${report.repaired} booking(s) repaired, ${report.mismatches} new mismatch(es), ${report.failed} failed`);
    return report;
  }

  /** A Checkout Session of ours: adopt it if its row was never written, settle if Stripe is ahead of the row. */
  private async checkSession(session: Stripe.Checkout.Session, toSettle: Set<string>, report: ReconciliationReport): Promise<void> {
    const bookingId = session.metadata?.bookingId;
    if (!bookingId) return;
    const em = this.em.fork();
    const booking = await em.findOne(Booking, bookingId, { populate: ['therapist', 'client', 'sessionType'] });
    const done = session.status === 'complete';
    if (!booking) {
      if (done) await this.mismatch(session.id, 'NO_LOCAL_BOOKING', { bookingId, amountMinor: session.amount_total, details: `Checkout Session ${session.id} (${session.mode}) completed for booking ${bookingId}, which does not exist here.` }, report);
      return;
    }
    if (session.mode === 'setup') {
      const setup = await em.findOne(CardSetup, { checkoutSessionId: session.id });
      if (!setup) await this.cardSetups.record(bookingId, session);
      if (!setup || (done && setup.status === CardSetupStatus.OPEN)) toSettle.add(bookingId);
      return;
    }
    const payment = await em.findOne(Payment, { checkoutSessionId: session.id });
    if (!payment) {
      await this.gateway.recordCheckout(booking, Number(session.metadata?.attempt ?? 1), session);
      toSettle.add(bookingId);
      return;
    }
    if (done && session.payment_status === 'paid' && payment.status === PaymentStatus.OPEN) toSettle.add(bookingId);
  }

  /** A PaymentIntent: an off-session charge whose row was never written is adopted; money with no booking is a mismatch. */
  private async checkIntent(intent: Stripe.PaymentIntent, toSettle: Set<string>, report: ReconciliationReport): Promise<void> {
    const bookingId = intent.metadata?.bookingId;
    const local = await this.paymentOfIntent(intent.id);
    const booking = bookingId ? await this.em.fork().findOne(Booking, bookingId) : null;
    if (!booking) {
      if (intent.status === 'succeeded') {
        await this.mismatch(intent.id, bookingId ? 'NO_LOCAL_BOOKING' : 'UNKNOWN_CHARGE', {
          bookingId: bookingId ?? null,
          amountMinor: intent.amount_received,
          details: bookingId ? `Charge ${intent.id} of ${intent.amount_received} for booking ${bookingId}, which does not exist here.` : `Charge ${intent.id} of ${intent.amount_received} names no booking.`,
        }, report);
      }
      return;
    }
    if (local) {
      const paidThere = intent.status === 'succeeded';
      const paidHere = local.status === PaymentStatus.SUCCEEDED || local.status === PaymentStatus.REFUNDED;
      if (paidThere !== paidHere) toSettle.add(booking.id);
      return;
    }
    // A checkout's intent is found through its session (above); one with no session is an off-session charge.
    const sessions = await this.stripe.checkout.sessions.list({ payment_intent: intent.id, limit: 1 });
    if (sessions.data.length > 0) return;
    if (intent.status !== 'succeeded' && intent.status !== 'requires_payment_method') return;
    await this.charges.recordIntent(booking, intent.id, {
      purpose: intent.metadata?.purpose === PaymentPurpose.FEE ? PaymentPurpose.FEE : PaymentPurpose.SESSION,
      amountMinor: intent.amount,
      applicationFeeMinor: intent.application_fee_amount ?? 0,
    });
    toSettle.add(booking.id);
  }

  private async paymentOfIntent(paymentIntentId: string | null): Promise<Payment | null> {
    return paymentIntentId ? this.em.fork().findOne(Payment, { paymentIntentId }) : null;
  }

  private async mismatch(stripeObjectId: string, reason: MismatchReason, found: { bookingId?: string | null; amountMinor?: number | null; details: string }, report: ReconciliationReport): Promise<void> {
    const rows = await this.em.fork().getConnection().execute<{ id: string }[]>(
      `insert into payment_mismatches (id, stripe_object_id, reason, booking_id, amount_minor, details, detected_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?) on conflict (stripe_object_id, reason) do nothing returning id`,
      [stripeObjectId, reason, found.bookingId && /^[0-9a-f-]{36}$/i.test(found.bookingId) ? found.bookingId : null, found.amountMinor ?? null, found.details, this.clock.now()],
    );
    if (rows.length > 0) report.mismatches += 1;
  }

  async list(options: { unresolvedOnly: boolean }): Promise<PaymentMismatch[]> {
    return this.em.fork().find(PaymentMismatch, options.unresolvedOnly ? { resolvedAt: null } : {}, { orderBy: { detectedAt: 'desc' }, limit: 200, populate: ['resolvedBy'] });
  }

  /** Who the bookings named by mismatches are between, for those that exist here (clients in words as bookings show them: the email before the @). */
  async partiesOf(bookingIds: (string | null)[]): Promise<Map<string, BookingParties>> {
    const ids = [...new Set(bookingIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const bookings = await this.em.fork().find(Booking, { id: { $in: ids } }, { populate: ['therapist', 'client'] });
    return new Map(bookings.map((booking) => [booking.id, { therapistName: booking.therapist.displayName, clientName: booking.client.email.split('@')[0], clientEmail: booking.client.email }]));
  }

  async resolve(admin: User, id: string, note: string): Promise<PaymentMismatch> {
    const em = this.em.fork();
    const mismatch = await em.findOne(PaymentMismatch, id, { populate: ['resolvedBy'] });
    if (!mismatch) throw PaymentError.mismatchNotFound();
    if (mismatch.resolvedAt) return mismatch;
    mismatch.resolvedAt = this.clock.now();
    mismatch.resolvedBy = await em.findOneOrFail(User, admin.id);
    mismatch.resolutionNote = note;
    this.audit.record(em, { actor: admin, action: 'payment.mismatch_resolved', subjectType: 'PaymentMismatch', subjectId: mismatch.id, details: { reason: mismatch.reason, stripeObjectId: mismatch.stripeObjectId } });
    await em.flush();
    return mismatch;
  }
}
