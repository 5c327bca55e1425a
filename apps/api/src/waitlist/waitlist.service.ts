import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDuration, type IsoWeekday, matchesWaitlistEntry, validateWaitlistPreferences, waitlistOfferExpiresAt, waitlistOfferOrder, type DayPart as DomainDayPart, type WaitlistEntry as DomainEntry } from '@rapport/domain';
import { User } from '../auth/entities/user.entity';
import { SessionType } from '../availability/entities/session-type.entity';
import { SessionTypesService } from '../availability/session-types.service';
import { SlotFinder } from '../availability/slot-finder.service';
import { BookingChecks } from '../bookings/booking-checks';
import { BookingViews } from '../bookings/booking-views.service';
import { BookingsService } from '../bookings/bookings.service';
import { BookingError } from '../bookings/bookings.errors';
import { Booking, BookingStatus } from '../bookings/entities/booking.entity';
import { Clock } from '../common/clock';
import { AppError, ErrorCode, InputError } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { inContextOfItsOwn } from '../database/request-context';
import { BookingNotifications } from '../notifications/booking-notifications.service';
import { BOOKING_CHANGED, OutboxTopics, THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { OutboxHandlers } from '../outbox/outbox-handlers';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { TherapistsService } from '../therapists/therapists.service';
import { JoinWaitlistInput, WaitlistEntryModel } from './waitlist.dto';
import { WaitlistEntry, WaitlistOffer } from './waitlist.entities';
import { WaitlistError } from './waitlist.errors';
import { isUniqueViolation } from '../bookings/booking-support';

/** How far ahead new hours are offered to people waiting. */
const NEW_HOURS_WINDOW_DAYS = 14;

/**
 * A therapist's waitlist. When a time opens (a cancellation, a lapsed hold, a
 * booking moved away) the first waiting client whose days and times fit is
 * offered it as a HELD booking for WAITLIST_OFFER_MINUTES, by e-mail; when
 * that hold lapses (EXPIRED, by the hold-expiry job) the next one is offered
 * it. Ordering and matching are libs/domain's (waitlistOfferOrder).
 */
@Injectable()
export class WaitlistService implements OnModuleInit {
  private readonly logger = new Logger(WaitlistService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxHandlers,
    private readonly bookings: BookingsService,
    private readonly checks: BookingChecks,
    private readonly views: BookingViews,
    private readonly therapists: TherapistsService,
    private readonly notifications: BookingNotifications,
    private readonly slots: SlotFinder,
    private readonly sessionTypes: SessionTypesService,
  ) {}

  onModuleInit(): void {
    this.outbox.register(BOOKING_CHANGED, (payloads) => this.onBookingChanges(payloads));
    this.outbox.register(THERAPIST_CHANGED, async (payloads) => {
      for (const therapistId of new Set(payloads.map((payload) => payload.therapistId))) await this.offerNewHours(therapistId);
    });
  }

  /**
   * New hours (or any change to a therapist): open times in the next
   * NEW_HOURS_WINDOW_DAYS that suit someone waiting without a live offer are
   * offered, first come first served, at most one per waiting client.
   */
  async offerNewHours(therapistId: string): Promise<number> {
    const em = this.em.fork();
    const now = this.clock.now();
    const entries = await em.find(WaitlistEntry, { therapist: therapistId, closedAt: null }, { populate: ['client'] });
    if (entries.length === 0) return 0;
    const holding = await this.entriesHoldingOffers(em, entries, now);
    const waiting = entries.filter((entry) => !holding.has(entry.id)).map(toDomainEntry);
    const types = (await this.sessionTypes.listActiveFor([therapistId])).get(therapistId) ?? [];
    let offered = 0;
    for (const type of types) {
      const open = await this.slots.openSlotsWithin(em, { therapistId, durationMinutes: type.durationMinutes, from: now, to: addDuration(now, { days: NEW_HOURS_WINDOW_DAYS }), now });
      for (const slot of open?.slots ?? []) {
        if (offered >= waiting.length) return offered;
        // Only slots someone waiting could take are worth a transaction.
        if (!waiting.some((entry) => matchesWaitlistEntry(entry, { ...slot, sessionTypeId: type.id }))) continue;
        if (await this.offerOpenedSlot({ therapistId, sessionTypeId: type.id, start: slot.start, end: slot.end })) offered += 1;
      }
    }
    return offered;
  }

  /** Entries whose client holds one of this waitlist's offers right now: they are not offered another. */
  private async entriesHoldingOffers(em: EntityManager, entries: WaitlistEntry[], now: Date): Promise<Set<string>> {
    const live = await em.find(WaitlistOffer, { entry: { $in: entries.map((entry) => entry.id) }, booking: { status: BookingStatus.HELD, holdExpiresAt: { $gt: now } } });
    return new Set(live.map((offer) => offer.entry.id));
  }

  async join(client: User, input: JoinWaitlistInput & { therapistId: string; sessionTypeId: string | null }): Promise<WaitlistEntryModel> {
    const [profile] = await this.therapists.findVisible([input.therapistId]);
    if (!profile) throw new WaitlistError(ErrorCode.NOT_FOUND, 'This therapist is not taking bookings.');
    if (input.sessionTypeId) {
      const offered = await this.em.count(SessionType, { id: input.sessionTypeId, therapist: input.therapistId, archivedAt: null });
      if (offered === 0) throw new InputError('sessionTypeId', 'That session type is not offered by this therapist.');
    }
    const preferences = {
      timeZone: input.timeZone ?? client.timeZone,
      weekdays: input.weekdays as IsoWeekday[],
      dayParts: input.dayParts as unknown as DomainDayPart[],
      timeRanges: [],
      fromDate: null,
      toDate: input.toDate ?? null,
    };
    const [problem] = validateWaitlistPreferences({ ...preferences, sessionTypeId: input.sessionTypeId }, 'input');
    if (problem) throw new InputError(problem.path.replace(/^input\./, ''), `That ${problem.path.replace(/^input\./, '')} ${problem.message}.`);
    const jurisdiction = await this.checks.jurisdictionOf(client, input.jurisdiction);
    const entry = this.em.create(WaitlistEntry, {
      client,
      therapist: this.em.getReference(TherapistProfile, profile.profile.id),
      sessionType: input.sessionTypeId ? this.em.getReference(SessionType, input.sessionTypeId) : null,
      preferences,
      jurisdiction,
      joinedAt: this.clock.now(),
    });
    try {
      await this.em.flush();
    } catch (error) {
      if (isUniqueViolation(error)) throw WaitlistError.alreadyWaiting();
      throw error;
    }
    return (await this.toModels([entry]))[0];
  }

  async leave(client: User, entryId: string): Promise<boolean> {
    const entry = await this.em.findOne(WaitlistEntry, { id: entryId, client: client.id, closedAt: null });
    if (!entry) throw WaitlistError.entryNotFound();
    entry.closedAt = this.clock.now();
    entry.closedReason = 'LEFT';
    await this.em.flush();
    return true;
  }

  async mine(client: User): Promise<WaitlistEntryModel[]> {
    const entries = await this.em.find(WaitlistEntry, { client: client.id, closedAt: null }, { orderBy: { joinedAt: 'asc' }, populate: ['therapist', 'sessionType'] });
    return this.toModels(entries);
  }

  async onBookingChanges(payloads: OutboxTopics['booking.changed'][]): Promise<void> {
    for (const { bookingId, change } of payloads) {
      if (change === 'CANCELLED' || change === 'EXPIRED') {
        const booking = await this.em.fork().findOne(Booking, { id: bookingId }, { populate: ['sessionType'] });
        if (booking) await this.offerOpenedSlot({ therapistId: booking.therapist.id, sessionTypeId: booking.sessionType.id, start: booking.startsAt, end: booking.endsAt });
      } else if (change === 'RESCHEDULED') {
        const booking = await this.em.fork().findOne(Booking, { id: bookingId });
        const previous = booking ? await this.views.previousTimesOf(bookingId) : null;
        if (booking && previous) await this.offerOpenedSlot({ therapistId: booking.therapist.id, sessionTypeId: booking.sessionType.id, start: previous.startsAt, end: previous.endsAt });
      } else if (change === 'CONFIRMED') {
        await this.closeFulfilled(bookingId);
      }
    }
  }

  /**
   * Offers the opened slot to the first waiting client it suits (skipping
   * those already offered it, those busy then, and those who cannot book
   * this therapist); returns the HELD booking, or null when nobody gets it.
   */
  async offerOpenedSlot(slot: { therapistId: string; sessionTypeId: string; start: Date; end: Date }): Promise<Booking | null> {
    const now = this.clock.now();
    if (slot.start <= now) return null;
    const offered = await this.em.fork().transactional(async (em) => {
      const entries = await em.find(WaitlistEntry, { therapist: slot.therapistId, closedAt: null }, { populate: ['client'] });
      if (entries.length === 0) return null;
      const offers = await em.find(WaitlistOffer, { therapist: slot.therapistId, slotStartsAt: slot.start });
      const busy = await em.getConnection().execute<{ client_id: string }[]>(
        `select distinct client_id from bookings
          where client_id in (?) and tstzrange(starts_at, ends_at) && tstzrange(?, ?)
            and (status = 'CONFIRMED' or (status = 'HELD' and hold_expires_at > ?))`,
        [entries.map((entry) => entry.client.id), slot.start, slot.end, now],
      );
      const order = waitlistOfferOrder({
        entries: entries.map(toDomainEntry),
        slot: { start: slot.start, end: slot.end, sessionTypeId: slot.sessionTypeId },
        clientsBookedThen: new Set(busy.map((row) => row.client_id)),
        alreadyOffered: new Set([...offers.map((offer) => offer.entry.id), ...(await this.entriesHoldingOffers(em, entries, now))]),
      });
      const holdUntil = waitlistOfferExpiresAt(now, slot, this.config.WAITLIST_OFFER_MINUTES);
      for (const candidate of order) {
        const entry = entries.find((each) => each.id === candidate.id)!;
        try {
          // A savepoint: a refused hold leaves the offer transaction usable for the next client.
          const booking = await em.transactional((inner) =>
            this.bookings.holdOffered(inner, entry.client, { therapistId: slot.therapistId, sessionTypeId: slot.sessionTypeId, startsAt: slot.start, jurisdiction: entry.jurisdiction, holdUntil, now }),
          );
          em.create(WaitlistOffer, { entry, booking, therapist: entry.therapist, slotStartsAt: slot.start, offeredAt: now });
          return booking;
        } catch (error) {
          // Gone for everyone (taken, outside hours now): stop. Refused for this client (licensing, new clients): next.
          if (error instanceof BookingError && error.code === ErrorCode.SLOT_TAKEN) {
            this.logger.log(`waitlist: the slot of therapist ${slot.therapistId} at ${slot.start.toISOString()} is no longer open`);
            return null;
          }
          if (error instanceof AppError) {
            this.logger.log(`waitlist: entry ${entry.id} cannot take the slot (${error.code})`);
            continue;
          }
          throw error;
        }
      }
      return null;
    });
    if (offered) {
      // A paid session's offer starts its payment as holdSlot would; the client pays (or not) before the hold lapses.
      await this.bookings.startPayment(offered);
      await this.mailOffer(offered.id);
    }
    return offered;
  }

  private async mailOffer(bookingId: string): Promise<void> {
    await inContextOfItsOwn(this.em, async () => {
      const em = this.em.fork();
      const booking = await em.findOneOrFail(Booking, { id: bookingId }, { populate: ['therapist', 'therapist.user', 'client', 'sessionType'] });
      await this.notifications.mail(em, booking, 'CLIENT', 'WAITLIST_OFFER', {});
    });
  }

  /** A confirmed offer ends the client's wait. */
  private async closeFulfilled(bookingId: string): Promise<void> {
    const em = this.em.fork();
    const offer = await em.findOne(WaitlistOffer, { booking: bookingId }, { populate: ['entry'] });
    if (!offer || offer.entry.closedAt) return;
    const booking = await em.findOne(Booking, { id: bookingId });
    if (booking?.status !== BookingStatus.CONFIRMED) return;
    offer.entry.closedAt = this.clock.now();
    offer.entry.closedReason = 'BOOKED';
    await em.flush();
    this.logger.debug(`waitlist entry ${offer.entry.id} booked`);
  }

  private async toModels(entries: WaitlistEntry[]): Promise<WaitlistEntryModel[]> {
    if (entries.length === 0) return [];
    await this.em.populate(entries, ['therapist', 'sessionType']);
    const now = this.clock.now();
    const offers = await this.em.find(
      WaitlistOffer,
      { entry: { $in: entries.map((entry) => entry.id) }, booking: { status: BookingStatus.HELD, holdExpiresAt: { $gt: now } } },
      { populate: ['booking'] },
    );
    return entries.map((entry) => ({
      id: entry.id,
      therapistId: entry.therapist.id,
      therapistName: entry.therapist.displayName,
      sessionTypeId: entry.sessionType?.id ?? null,
      weekdays: entry.preferences.weekdays,
      dayParts: entry.preferences.dayParts as unknown as WaitlistEntryModel['dayParts'],
      timeZone: entry.preferences.timeZone,
      toDate: entry.preferences.toDate,
      joinedAt: entry.joinedAt,
      offeredBookingId: offers.find((offer) => offer.entry.id === entry.id)?.booking.id ?? null,
    }));
  }
}

function toDomainEntry(entry: WaitlistEntry): DomainEntry {
  return { ...entry.preferences, id: entry.id, clientId: entry.client.id, joinedAt: entry.joinedAt, sessionTypeId: entry.sessionType?.id ?? null };
}
