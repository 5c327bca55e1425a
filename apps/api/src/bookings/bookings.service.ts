import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { addMinutes, applyCancellationPolicy, BookingStatusError, assertCanReschedule, holdExpiresAt, splitPlatformFee, type PolicyActor } from '@rapport/domain';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { ProfileStatus } from '../therapists/entities/therapist-profile.entity';
import { Bookable, BookingChecks } from './booking-checks';
import { blockedRangeOf, chargeOf, isSlotConflict, isUniqueViolation, retryOnDeadlock } from './booking-support';
import { BookingChangeContext, BookingState } from './booking-state';
import { BookingError } from './bookings.errors';
import { CancelBookingInput, HoldSlotInput } from './dto/bookings.input';
import { Booking, BookingActor, BookingPaymentStatus, BookingStatus } from './entities/booking.entity';
import { PaymentGateway } from './payments/payment-gateway';

/** A held booking and, for a paid one, where to pay. */
export interface HeldBooking {
  booking: Booking;
  checkoutUrl: string | null;
}

/**
 * Hold, confirm, cancel, reschedule, complete and no-show. Each runs in one
 * transaction that re-reads what it depends on; every status change goes
 * through BookingState (status machine, history, audit, outbox).
 */
@Injectable()
export class BookingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly checks: BookingChecks,
    private readonly state: BookingState,
    private readonly payments: PaymentGateway,
  ) {}

  /**
   * Holds a slot for the client: the slot must be one the slot engine offers
   * right now, and the therapist bookable by this client. Losing a race to
   * another hold is SLOT_TAKEN (the exclusion constraint decides). The same
   * idempotency key from the same client returns the same booking.
   */
  async holdSlot(client: User, input: HoldSlotInput & { therapistId: string; sessionTypeId: string }): Promise<HeldBooking> {
    const replay = await this.replayOf(client, input);
    if (replay) return { booking: replay, checkoutUrl: await this.checkoutOf(replay) };
    const jurisdiction = await this.checks.jurisdictionOf(client, input.jurisdiction);
    let booking: Booking;
    try {
      booking = await retryOnDeadlock(() => this.em.transactional(async (em) => {
        const now = this.clock.now();
        const bookable = await this.checks.requireBookable(em, client, { ...input, jurisdiction });
        await this.expireLapsedHolds(em, bookable.profile.id, now);
        const { settings } = await this.checks.requireOpenSlot(em, bookable, input.startsAt, now);
        const held = this.createHold(em, client, bookable, { startsAt: input.startsAt, settings, now, holdUntil: holdExpiresAt(now, this.config.BOOKING_HOLD_MINUTES), idempotencyKey: input.idempotencyKey, actorRole: BookingActor.CLIENT });
        await em.flush();
        return held;
      }));
    } catch (error) {
      // A double click whose twin won: the twin's booking is the answer.
      if (isSlotConflict(error) || isUniqueViolation(error) || (error instanceof BookingError && error.code === 'SLOT_TAKEN')) {
        const twin = await this.replayOf(client, input);
        if (twin) return { booking: twin, checkoutUrl: await this.checkoutOf(twin) };
      }
      if (isSlotConflict(error)) throw BookingError.slotTaken();
      throw error;
    }
    return { booking, checkoutUrl: await this.startPaymentOf(booking) };
  }

  /**
   * For the waitlist: holds an open slot for a client inside the caller's
   * transaction, until `holdUntil` (an offer lasts longer than a checkout
   * hold). The same checks as holdSlot; SLOT_TAKEN when the slot is gone
   * (the exclusion constraint fails the flush: run it in a savepoint).
   */
  async holdOffered(
    em: EntityManager,
    client: User,
    input: { therapistId: string; sessionTypeId: string; startsAt: Date; jurisdiction: string; holdUntil: Date; now: Date },
  ): Promise<Booking> {
    const bookable = await this.checks.requireBookable(em, client, input);
    await this.expireLapsedHolds(em, bookable.profile.id, input.now);
    const { settings } = await this.checks.requireOpenSlot(em, bookable, input.startsAt, input.now);
    const held = this.createHold(em, client, bookable, { ...input, settings, idempotencyKey: null, actorRole: BookingActor.SYSTEM });
    try {
      await em.flush();
    } catch (error) {
      if (isSlotConflict(error)) throw BookingError.slotTaken();
      throw error;
    }
    return held;
  }

  private createHold(
    em: EntityManager,
    client: User,
    bookable: Bookable,
    hold: { startsAt: Date; settings: Parameters<typeof blockedRangeOf>[2]; now: Date; holdUntil: Date; idempotencyKey: string | null; actorRole: BookingActor },
  ): Booking {
    const { priceMinor, durationMinutes } = bookable.sessionType;
    const endsAt = addMinutes(hold.startsAt, durationMinutes);
    const held = em.create(Booking, {
      therapist: bookable.profile,
      client,
      sessionType: bookable.sessionType,
      startsAt: hold.startsAt,
      endsAt,
      blockedRange: blockedRangeOf(hold.startsAt, endsAt, hold.settings),
      status: BookingStatus.HELD,
      holdExpiresAt: hold.holdUntil,
      priceMinor,
      platformFeeMinor: splitPlatformFee(priceMinor, this.config.PLATFORM_FEE_BASIS_POINTS).platformFeeMinor,
      format: bookable.format,
      currency: this.config.CURRENCY,
      paymentStatus: priceMinor > 0 ? BookingPaymentStatus.PENDING : BookingPaymentStatus.NOT_REQUIRED,
      idempotencyKey: hold.idempotencyKey,
    });
    this.state.created(em, held, {
      actorRole: hold.actorRole,
      actor: hold.actorRole === BookingActor.CLIENT ? client : null,
      now: hold.now,
      details: { startsAt: hold.startsAt.toISOString() },
    });
    return held;
  }

  /** Confirms a held free session; a paid one is confirmed by its payment (markPaid). Confirming twice is harmless. */
  async confirmBooking(client: User, bookingId: string): Promise<Booking> {
    return this.em.transactional(async (em) => {
      const now = this.clock.now();
      const booking = await this.checks.lockBooking(em, bookingId);
      if (booking.client.id !== client.id) throw BookingError.notFound();
      if (booking.status === BookingStatus.CONFIRMED) return booking;
      if (booking.status === BookingStatus.HELD && booking.holdExpiresAt !== null && booking.holdExpiresAt <= now) throw BookingError.holdLapsed();
      if (booking.status === BookingStatus.HELD && booking.paymentStatus === BookingPaymentStatus.PENDING) throw BookingError.paymentPending();
      this.state.change(em, booking, BookingStatus.CONFIRMED, { actorRole: BookingActor.CLIENT, actor: client, now });
      return booking;
    });
  }

  /**
   * For the payments module: the booking's payment went through. A live (or
   * lapsed but not yet expired) hold becomes CONFIRMED; a booking that ended
   * meanwhile stays as it is, and the caller refunds.
   */
  async markPaid(bookingId: string): Promise<Booking> {
    return this.em.transactional(async (em) => {
      const now = this.clock.now();
      const booking = await this.checks.lockBooking(em, bookingId);
      booking.paymentStatus = BookingPaymentStatus.PAID;
      if (booking.status === BookingStatus.HELD) {
        this.state.change(em, booking, BookingStatus.CONFIRMED, { actorRole: BookingActor.SYSTEM, actor: null, now, note: 'Payment received' });
      }
      return booking;
    });
  }

  /**
   * For the payments module: a far session's card was saved. A live (or lapsed
   * but not yet expired) hold becomes CONFIRMED with the card on file
   * (CARD_SAVED); anything else is left as it is. Twice is harmless.
   */
  async markCardSaved(bookingId: string): Promise<Booking> {
    return this.em.transactional(async (em) => {
      const now = this.clock.now();
      const booking = await this.checks.lockBooking(em, bookingId);
      if (booking.status !== BookingStatus.HELD || booking.paymentStatus !== BookingPaymentStatus.PENDING) return booking;
      booking.paymentStatus = BookingPaymentStatus.CARD_SAVED;
      this.state.change(em, booking, BookingStatus.CONFIRMED, { actorRole: BookingActor.SYSTEM, actor: null, now, note: 'Card saved; charged before the session' });
      return booking;
    });
  }

  /** For the payments module: a far session's off-session charge failed; the client must pay (pay-now page) by the deadline. */
  async markPaymentDue(bookingId: string, details: Record<string, unknown>): Promise<Booking> {
    return this.em.transactional(async (em) => {
      const booking = await this.checks.lockBooking(em, bookingId);
      if (booking.status !== BookingStatus.CONFIRMED || booking.paymentStatus !== BookingPaymentStatus.CARD_SAVED) return booking;
      booking.paymentStatus = BookingPaymentStatus.PAYMENT_DUE;
      this.state.paymentDue(em, booking, { actorRole: BookingActor.SYSTEM, actor: null, now: this.clock.now(), note: 'Charge to the saved card failed; payment due', details });
      return booking;
    });
  }

  /**
   * For the payments module: a far session still unpaid at its deadline is
   * cancelled by Rapport (nothing was charged, so nothing is refunded); the
   * slot frees and the waitlist is offered it (booking.changed).
   */
  async cancelUnpaid(bookingId: string): Promise<Booking> {
    return this.em.transactional(async (em) => {
      const booking = await this.checks.lockBooking(em, bookingId);
      const unpaid = booking.paymentStatus === BookingPaymentStatus.PAYMENT_DUE || booking.paymentStatus === BookingPaymentStatus.CARD_SAVED;
      if (booking.status !== BookingStatus.CONFIRMED || !unpaid) return booking;
      await this.cancelLocked(em, booking, { actorRole: BookingActor.SYSTEM, actor: null, now: this.clock.now(), note: 'Not paid by the deadline' });
      return booking;
    });
  }

  /**
   * Either party cancels (admins too, as the system). The fee comes from the
   * therapist's policy: client early free, client late the late fee, therapist
   * or admin a full refund. A hold that was never confirmed costs nothing.
   */
  async cancelBooking(user: User, input: CancelBookingInput): Promise<Booking> {
    const { booking, money } = await this.em.transactional(async (em) => {
      const found = await this.checks.lockBooking(em, input.bookingId);
      const actorRole = await this.checks.partyOf(em, found, user, { admins: true });
      return { booking: found, money: await this.cancelLocked(em, found, { actorRole, actor: user, now: this.clock.now(), note: input.reason?.trim() || null }) };
    });
    await this.settleCancellation(booking.id, money);
    return booking;
  }

  /** Cancels a booking locked by the caller's transaction, under the therapist's policy; returns the money to move after commit. */
  async cancelLocked(em: EntityManager, booking: Booking, context: BookingChangeContext): Promise<{ refundMinor: number; feeToChargeMinor: number }> {
    let feeMinor = 0;
    let refundMinor = 0;
    let feeToChargeMinor = 0;
    let reason = 'HOLD_RELEASED';
    if (booking.status === BookingStatus.CONFIRMED) {
      const decision = applyCancellationPolicy({
        action: 'CANCEL',
        actor: policyActorOf(context.actorRole),
        now: context.now,
        startsAt: booking.startsAt,
        policy: await this.checks.policyOf(em, booking),
        priceMinor: booking.priceMinor,
        charge: chargeOf(booking),
      });
      ({ feeMinor, chargeOffSessionMinor: feeToChargeMinor, reason } = decision);
      refundMinor = decision.refund.refundMinor;
    }
    this.state.change(em, booking, BookingStatus.CANCELLED, { ...context, details: { ...context.details, reason, feeMinor, refundMinor } }, (cancelled) => {
      cancelled.cancelledBy = context.actorRole;
      cancelled.cancelledAt = context.now;
      cancelled.cancelReason = context.note ?? null;
      cancelled.cancellationFeeMinor = feeMinor;
      cancelled.refundMinor = refundMinor;
    });
    return { refundMinor, feeToChargeMinor };
  }

  /** After the cancellation committed: refund what goes back, charge a fee not covered by what was paid. */
  async settleCancellation(bookingId: string, money: { refundMinor: number; feeToChargeMinor: number }): Promise<void> {
    if (money.refundMinor > 0) await this.payments.refund({ bookingId, amountMinor: money.refundMinor, reason: 'cancellation' });
    if (money.feeToChargeMinor > 0) await this.payments.chargeFee({ bookingId, amountMinor: money.feeToChargeMinor, reason: 'late cancellation' });
  }

  /**
   * Moves a confirmed booking to another open time: one UPDATE of the same
   * row, so the new slot is taken and the old released together, or (the new
   * slot lost to someone else: SLOT_TAKEN) nothing changes. Policy: free up to
   * the window; inside it the client's first move is free, later ones cost the
   * late-cancel fee (FREE_LATE_RESCHEDULES in libs/domain); the therapist's are free.
   */
  async rescheduleBooking(user: User, bookingId: string, newStartsAt: Date): Promise<Booking> {
    let fee = 0;
    let moved: Booking;
    try {
      moved = await retryOnDeadlock(() => this.em.transactional(async (em) => {
        const now = this.clock.now();
        const booking = await this.checks.lockBooking(em, bookingId);
        const actorRole = await this.checks.partyOf(em, booking, user, { admins: false });
        try {
          assertCanReschedule(booking.status, { now, startsAt: booking.startsAt });
        } catch (error) {
          if (error instanceof BookingStatusError) throw BookingError.ruleBroken(error.message);
          throw error;
        }
        const bookable: Bookable = { profile: booking.therapist, sessionType: booking.sessionType, format: booking.format };
        if (actorRole === BookingActor.CLIENT && booking.therapist.status !== ProfileStatus.ACTIVE) throw BookingError.therapistNotBookable();
        // A lapsed hold on the new time must not block the move, as it would not block a hold.
        await this.expireLapsedHolds(em, booking.therapist.id, now);
        const { settings } = await this.checks.requireOpenSlot(em, bookable, newStartsAt, now, [booking.id]);
        const decision = applyCancellationPolicy({
          action: 'RESCHEDULE',
          actor: policyActorOf(actorRole),
          now,
          startsAt: booking.startsAt,
          policy: await this.checks.policyOf(em, booking),
          priceMinor: booking.priceMinor,
          charge: chargeOf(booking),
          freeLateReschedulesUsed: booking.freeLateReschedulesUsed,
        });
        fee = decision.chargeOffSessionMinor;
        const previous = { startsAt: booking.startsAt.toISOString(), endsAt: booking.endsAt.toISOString() };
        booking.startsAt = newStartsAt;
        booking.endsAt = addMinutes(newStartsAt, booking.sessionType.durationMinutes);
        booking.blockedRange = blockedRangeOf(booking.startsAt, booking.endsAt, settings);
        if (decision.usesFreeLateReschedule) booking.freeLateReschedulesUsed += 1;
        this.state.rescheduled(em, booking, {
          actorRole,
          actor: user,
          now,
          details: { from: previous, to: { startsAt: booking.startsAt.toISOString(), endsAt: booking.endsAt.toISOString() }, reason: decision.reason, feeMinor: decision.feeMinor },
        });
        await em.flush();
        return booking;
      }));
    } catch (error) {
      if (isSlotConflict(error)) throw BookingError.slotTaken();
      throw error;
    }
    if (fee > 0) await this.payments.chargeFee({ bookingId: moved.id, amountMinor: fee, reason: 'late reschedule' });
    return moved;
  }

  /** The therapist records that the session took place (only after its start). */
  async completeBooking(therapist: User, bookingId: string): Promise<Booking> {
    return this.therapistCloses(therapist, bookingId, BookingStatus.COMPLETED);
  }

  /** The therapist records that the client did not come (only after the start); the no-show fee applies. */
  async markNoShow(therapist: User, bookingId: string): Promise<Booking> {
    return this.therapistCloses(therapist, bookingId, BookingStatus.NO_SHOW);
  }

  /**
   * Marks this therapist's lapsed holds EXPIRED inside the caller's
   * transaction, so the exclusion constraint frees their time at once. Rows
   * another transaction holds (being confirmed or expired) are skipped, never waited on.
   */
  async expireLapsedHolds(em: EntityManager, therapistId: string, now: Date): Promise<number> {
    const lapsed = await em.find(
      Booking,
      { therapist: therapistId, status: BookingStatus.HELD, holdExpiresAt: { $lte: now } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, lockTableAliases: ['b0'] },
    );
    for (const booking of lapsed) {
      this.state.change(em, booking, BookingStatus.EXPIRED, { actorRole: BookingActor.SYSTEM, actor: null, now, note: 'Hold lapsed' });
    }
    if (lapsed.length > 0) await em.flush();
    return lapsed.length;
  }

  /** For a timed job: expire every lapsed hold (the slot engine already ignores them; this closes their records). */
  async expireAllLapsedHolds(limit = 500): Promise<number> {
    return this.em.fork().transactional(async (em) => {
      const now = this.clock.now();
      const lapsed = await em.find(
        Booking,
        { status: BookingStatus.HELD, holdExpiresAt: { $lte: now } },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, lockTableAliases: ['b0'], limit, orderBy: { holdExpiresAt: 'asc' } },
      );
      for (const booking of lapsed) {
        this.state.change(em, booking, BookingStatus.EXPIRED, { actorRole: BookingActor.SYSTEM, actor: null, now, note: 'Hold lapsed' });
      }
      return lapsed.length;
    });
  }

  private async therapistCloses(therapist: User, bookingId: string, to: BookingStatus.COMPLETED | BookingStatus.NO_SHOW): Promise<Booking> {
    let money = { refundMinor: 0, feeToChargeMinor: 0 };
    const closed = await this.em.transactional(async (em) => {
      const now = this.clock.now();
      const booking = await this.checks.lockBooking(em, bookingId);
      const role = await this.checks.partyOf(em, booking, therapist, { admins: false });
      if (role !== BookingActor.THERAPIST) throw BookingError.notFound();
      const context: BookingChangeContext = { actorRole: role, actor: therapist, now };
      if (to === BookingStatus.COMPLETED) {
        this.state.change(em, booking, to, context);
        return booking;
      }
      const decision = applyCancellationPolicy({
        action: 'NO_SHOW',
        actor: 'THERAPIST',
        now,
        startsAt: booking.startsAt,
        policy: await this.checks.policyOf(em, booking),
        priceMinor: booking.priceMinor,
        charge: chargeOf(booking),
      });
      this.state.change(em, booking, to, { ...context, details: { reason: decision.reason, feeMinor: decision.feeMinor, refundMinor: decision.refund.refundMinor } }, (closed) => {
        closed.cancellationFeeMinor = decision.feeMinor;
        closed.refundMinor = decision.refund.refundMinor;
      });
      money = { refundMinor: decision.refund.refundMinor, feeToChargeMinor: decision.chargeOffSessionMinor };
      return booking;
    });
    // The no-show fee is kept from what was paid, the rest refunded; a fee beyond it is charged to the saved card.
    if (money.refundMinor > 0) await this.payments.refund({ bookingId, amountMinor: money.refundMinor, reason: 'no_show' });
    if (money.feeToChargeMinor > 0) await this.payments.chargeFee({ bookingId, amountMinor: money.feeToChargeMinor, reason: 'no-show' });
    return closed;
  }

  /** The client's earlier booking under this key, if the request is the same; a different request under a used key is refused. */
  private async replayOf(client: User, input: { idempotencyKey: string; therapistId: string; sessionTypeId: string; startsAt: Date }): Promise<Booking | null> {
    const existing = await this.em.fork().findOne(Booking, { client: client.id, idempotencyKey: input.idempotencyKey }, { populate: ['therapist', 'sessionType'] });
    if (!existing) return null;
    const same = existing.therapist.id === input.therapistId && existing.sessionType.id === input.sessionTypeId && existing.startsAt.getTime() === input.startsAt.getTime();
    if (!same) throw BookingError.idempotencyKeyReused();
    return existing;
  }

  /** Starts payment for a held paid booking made outside holdSlot (a waitlist offer): its checkout URL, or null. */
  startPayment(booking: Booking): Promise<string | null> {
    return this.startPaymentOf(booking);
  }

  /** A replayed hold's checkout: the open one (the gateway reuses it), while the booking is still held and unpaid. */
  private async checkoutOf(booking: Booking): Promise<string | null> {
    if (booking.status !== BookingStatus.HELD || booking.paymentStatus !== BookingPaymentStatus.PENDING) return null;
    return this.startPaymentOf(booking);
  }

  private async startPaymentOf(booking: Booking): Promise<string | null> {
    if (booking.priceMinor === 0) return null;
    const started = await this.payments.startPayment({
      bookingId: booking.id,
      clientId: booking.client.id,
      therapistId: booking.therapist.id,
      amountMinor: booking.priceMinor,
      platformFeeMinor: booking.platformFeeMinor,
      currency: booking.currency,
      startsAt: booking.startsAt,
    });
    return started.kind === 'CHECKOUT' ? started.url : null;
  }
}

/** Admins cancel as Rapport itself: the client gets everything back, as when the therapist cancels. */
function policyActorOf(actor: BookingActor): PolicyActor {
  if (actor === BookingActor.CLIENT) return 'CLIENT';
  if (actor === BookingActor.THERAPIST) return 'THERAPIST';
  return 'SYSTEM';
}
