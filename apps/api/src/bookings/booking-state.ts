import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertTransition, BookingStatusError } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { BOOKING_CHANGED, BookingChangeKind } from '../outbox/outbox-topics';
import { OutboxService } from '../outbox/outbox.service';
import { BookingError } from './bookings.errors';
import { BookingEvent } from './entities/booking-event.entity';
import { Booking, BookingActor, BookingStatus } from './entities/booking.entity';

export interface BookingChangeContext {
  actorRole: BookingActor;
  /** Null for the system itself. */
  actor: User | null;
  now: Date;
  note?: string | null;
  /** Non-sensitive context for the history and the audit event (times, amounts). */
  details?: Record<string, unknown>;
}

/**
 * The one way a booking's status changes (and the one way a booking's history
 * is written): the domain status machine decides, then the history row, the
 * audit event and the outbox event are written in the caller's transaction.
 */
@Injectable()
export class BookingState {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** from → to if the status machine allows it now; `apply` sets the fields that go with it (who cancelled, fees). */
  change(em: EntityManager, booking: Booking, to: BookingStatus, context: BookingChangeContext, apply?: (booking: Booking) => void): void {
    const from = booking.status;
    try {
      assertTransition(from, to, { now: context.now, startsAt: booking.startsAt, endsAt: booking.endsAt, holdExpiresAt: booking.holdExpiresAt });
    } catch (error) {
      if (error instanceof BookingStatusError) throw BookingError.ruleBroken(error.message);
      throw error;
    }
    booking.status = to;
    if (to !== BookingStatus.HELD) booking.holdExpiresAt = null;
    apply?.(booking);
    this.record(em, booking, { from, to, change: to, context });
  }

  /** A new booking (HELD) enters the history. */
  created(em: EntityManager, booking: Booking, context: BookingChangeContext): void {
    this.record(em, booking, { from: null, to: booking.status, change: 'HELD', context });
  }

  /** A move to new times keeps the status (see rescheduleViolation in libs/domain); it is history all the same. */
  rescheduled(em: EntityManager, booking: Booking, context: BookingChangeContext): void {
    this.record(em, booking, { from: booking.status, to: booking.status, change: 'RESCHEDULED', context });
  }

  /** The payment of a confirmed booking became due (its off-session charge failed): history, audit and booking.changed, status unchanged. */
  paymentDue(em: EntityManager, booking: Booking, context: BookingChangeContext): void {
    this.record(em, booking, { from: booking.status, to: booking.status, change: 'PAYMENT_DUE', context });
  }

  private record(
    em: EntityManager,
    booking: Booking,
    change: { from: BookingStatus | null; to: BookingStatus; change: BookingChangeKind; context: BookingChangeContext },
  ): void {
    const { context } = change;
    em.create(BookingEvent, {
      booking,
      fromStatus: change.from,
      toStatus: change.to,
      actorRole: context.actorRole,
      actor: context.actor,
      at: context.now,
      note: context.note ?? null,
      details: context.details ?? null,
    });
    this.audit.record(em, {
      actor: context.actor,
      action: `booking.${change.change.toLowerCase()}`,
      subjectType: 'Booking',
      subjectId: booking.id,
      details: { from: change.from, to: change.to, by: context.actorRole, ...(context.details ?? {}) },
    });
    this.outbox.enqueue(em, BOOKING_CHANGED, { bookingId: booking.id, change: change.change });
  }
}
