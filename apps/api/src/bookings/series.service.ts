import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import {
  addDuration,
  formatInZone,
  holdExpiresAt,
  nearestOpenAlternative,
  planSeriesBookings,
  type SeriesConflict,
  seriesOccurrences,
  type Slot,
  splitPlatformFee,
} from '@rapport/domain';
import { User } from '../auth/entities/user.entity';
import { SlotFinder, toSlotModel } from '../availability/slot-finder.service';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { blockedRangeOf, isSlotConflict, retryOnDeadlock } from './booking-support';
import { BookingChecks } from './booking-checks';
import { BookingState } from './booking-state';
import { BookingError } from './bookings.errors';
import { BookingsService } from './bookings.service';
import { BookSeriesInput, SeriesInterval } from './dto/bookings.input';
import { BookingSeries } from './entities/booking-series.entity';
import { Booking, BookingActor, BookingPaymentStatus, BookingStatus } from './entities/booking.entity';
import { SeriesConflictModel } from './models/booking.models';

export interface SeriesOutcome {
  series: BookingSeries;
  booked: Booking[];
  conflicts: SeriesConflictModel[];
}

/**
 * Weekly standing appointments: every occurrence checked against the slot
 * engine and the exclusion constraint; what cannot be booked is reported with
 * the nearest open alternative (libs/domain planSeriesBookings).
 */
@Injectable()
export class SeriesService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bookings: BookingsService,
    private readonly checks: BookingChecks,
    private readonly slots: SlotFinder,
    private readonly state: BookingState,
  ) {}

  /**
   * Books the open occurrences in one transaction, each in its own savepoint
   * so one lost race does not undo the rest. Free sessions are confirmed at
   * once; paid ones are held with payment pending, like holdSlot.
   */
  async bookSeries(client: User, input: BookSeriesInput): Promise<SeriesOutcome> {
    const replay = await this.replayOf(client, input);
    if (replay) return replay;
    const jurisdiction = await this.checks.jurisdictionOf(client, input.jurisdiction);
    return retryOnDeadlock(() => this.em.transactional(async (em) => {
      const now = this.clock.now();
      const bookable = await this.checks.requireBookable(em, client, { ...input, jurisdiction });
      await this.bookings.expireLapsedHolds(em, bookable.profile.id, now);
      const intervalWeeks = input.every === SeriesInterval.BIWEEKLY ? 2 : 1;
      // Every occurrence and the alternatives around it (±3 days plus a day of offset change).
      const lastStart = addDuration(input.firstStartsAt, { days: 7 * intervalWeeks * (input.count - 1) });
      const open = await this.slots.openSlotsWithin(em, {
        therapistId: bookable.profile.id,
        durationMinutes: bookable.sessionType.durationMinutes,
        from: addDuration(input.firstStartsAt, { days: -4 }),
        to: addDuration(lastStart, { days: 5 }),
        now,
      });
      if (!open) throw BookingError.slotNotOpen();
      const { timeZone, settings } = open.schedule;
      const first = formatInZone(input.firstStartsAt, timeZone);
      const occurrences = seriesOccurrences({
        firstLocalDate: first.localDate,
        localStartTime: first.localTime,
        timeZone,
        durationMinutes: bookable.sessionType.durationMinutes,
        intervalWeeks,
        occurrences: input.count,
      });
      const plan = planSeriesBookings({ occurrences, openSlots: open.slots, timeZone });
      const series = em.create(BookingSeries, {
        therapist: bookable.profile,
        client,
        sessionType: bookable.sessionType,
        firstStartsAt: input.firstStartsAt,
        localStartTime: first.localTime,
        timeZone,
        intervalWeeks,
        occurrences: input.count,
        idempotencyKey: input.idempotencyKey,
      });
      await em.flush();

      const { priceMinor } = bookable.sessionType;
      const booked: Booking[] = [];
      const lost: { index: number; localDate: string; start: Date }[] = [];
      for (const occurrence of plan.bookable) {
        try {
          const booking = await em.transactional(async (savepoint) => {
            const held = savepoint.create(Booking, {
              therapist: bookable.profile,
              client,
              sessionType: bookable.sessionType,
              startsAt: occurrence.start,
              endsAt: occurrence.end,
              blockedRange: blockedRangeOf(occurrence.start, occurrence.end, settings),
              status: BookingStatus.HELD,
              holdExpiresAt: holdExpiresAt(now, this.config.BOOKING_HOLD_MINUTES),
              series,
              priceMinor,
              platformFeeMinor: splitPlatformFee(priceMinor, this.config.PLATFORM_FEE_BASIS_POINTS).platformFeeMinor,
              format: bookable.format,
              paymentStatus: priceMinor > 0 ? BookingPaymentStatus.PENDING : BookingPaymentStatus.NOT_REQUIRED,
            });
            const context = { actorRole: BookingActor.CLIENT, actor: client, now, details: { seriesId: series.id, occurrence: occurrence.index } };
            this.state.created(savepoint, held, context);
            if (priceMinor === 0) this.state.change(savepoint, held, BookingStatus.CONFIRMED, context);
            await savepoint.flush();
            return held;
          });
          booked.push(booking);
        } catch (error) {
          if (!isSlotConflict(error)) throw error;
          lost.push({ index: occurrence.index, localDate: occurrence.localDate, start: occurrence.start });
        }
      }
      const conflicts = [...plan.conflicts.map((conflict) => toConflictModel(conflict, client.timeZone)), ...this.alternativesFor(lost, open.slots, booked, timeZone, client.timeZone)];
      conflicts.sort((a, b) => a.index - b.index);
      return { series, booked, conflicts };
    }));
  }

  /**
   * Cancels the rest of a series from one occurrence on (or every occurrence
   * still ahead), each under the cancellation policy, in one transaction.
   */
  async cancelSeries(user: User, seriesId: string, fromBookingId: string | null, reason: string | null): Promise<Booking[]> {
    const { cancelled, settlements } = await this.em.transactional(async (em) => {
      const now = this.clock.now();
      const series = await em.findOne(BookingSeries, { id: seriesId });
      if (!series) throw BookingError.seriesNotFound();
      let from = now;
      if (fromBookingId) {
        const anchor = await em.findOne(Booking, { id: fromBookingId, series: seriesId });
        if (!anchor) throw BookingError.notFound();
        from = anchor.startsAt;
      }
      const bookings = await em.find(
        Booking,
        { series: seriesId, status: { $in: [BookingStatus.HELD, BookingStatus.CONFIRMED] }, startsAt: { $gte: from } },
        { orderBy: { startsAt: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['b0'], populate: ['therapist', 'sessionType'] },
      );
      const probe = bookings[0] ?? (await em.findOne(Booking, { series: seriesId }, { populate: ['therapist'] }));
      if (!probe) throw BookingError.seriesNotFound();
      const actorRole = await this.checks.partyOf(em, probe, user, { admins: true });
      const settlements: { bookingId: string; money: { refundMinor: number; feeToChargeMinor: number } }[] = [];
      for (const booking of bookings) {
        const money = await this.bookings.cancelLocked(em, booking, { actorRole, actor: user, now, note: reason?.trim() || null, details: { seriesId } });
        settlements.push({ bookingId: booking.id, money });
      }
      return { cancelled: bookings, settlements };
    });
    for (const { bookingId, money } of settlements) await this.bookings.settleCancellation(bookingId, money);
    return cancelled;
  }

  /** Occurrences lost to someone else between planning and inserting: the nearest time still free. */
  private alternativesFor(lost: { index: number; localDate: string; start: Date }[], open: readonly Slot[], booked: Booking[], timeZone: string, viewerZone: string): SeriesConflictModel[] {
    const overlaps = (slot: Slot, booking: Booking) => slot.start < booking.endsAt && booking.startsAt < slot.end;
    const lostStarts = new Set(lost.map(({ start }) => start.getTime()));
    const free = open.filter((slot) => !lostStarts.has(slot.start.getTime()) && !booked.some((booking) => overlaps(slot, booking)));
    return lost.map(({ index, localDate, start }) => {
      const alternative = nearestOpenAlternative(start, free, { timeZone });
      return { index, localDate, reason: 'NOT_OPEN', alternative: alternative ? toSlotModel(alternative, viewerZone) : null };
    });
  }

  private async replayOf(client: User, input: BookSeriesInput): Promise<SeriesOutcome | null> {
    const em = this.em.fork();
    const series = await em.findOne(BookingSeries, { client: client.id, idempotencyKey: input.idempotencyKey });
    if (!series) return null;
    if (series.therapist.id !== input.therapistId || series.sessionType.id !== input.sessionTypeId || series.firstStartsAt.getTime() !== input.firstStartsAt.getTime()) {
      throw BookingError.idempotencyKeyReused();
    }
    const booked = await em.find(Booking, { series: series.id }, { orderBy: { startsAt: 'asc' } });
    return { series, booked, conflicts: [] };
  }
}

function toConflictModel(conflict: SeriesConflict, viewerZone: string): SeriesConflictModel {
  return {
    index: conflict.index,
    localDate: conflict.localDate,
    reason: conflict.reason,
    alternative: conflict.alternative ? toSlotModel(conflict.alternative, viewerZone) : null,
  };
}
