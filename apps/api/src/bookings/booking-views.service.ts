import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type CancellationPolicy, cancellationCostNow, cptCodeOf, daysBetween, describeCancellationPolicy, localDateOf } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { Role, User } from '../auth/entities/user.entity';
import { ScheduleService } from '../availability/schedule.service';
import { SessionType } from '../availability/entities/session-type.entity';
import { Clock } from '../common/clock';
import { InputError } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { TherapistsService } from '../therapists/therapists.service';
import { locationOf } from './booking-location';
import { BookingError } from './bookings.errors';
import { MAX_THERAPIST_BOOKINGS_RANGE_DAYS } from './dto/bookings.input';
import { BookingEvent } from './entities/booking-event.entity';
import { Booking, BookingStatus } from './entities/booking.entity';
import { BookingEventModel, BookingModel, BookingTermsModel, MyBookingsModel } from './models/booking.models';

/** Who is looking: the client sees the therapist; the therapist and admins also see the client. */
export type BookingViewer = 'CLIENT' | 'THERAPIST' | 'ADMIN';

const PAST_LIMIT = 200;

/** Reads of bookings for each side, mapped to the GraphQL models with the policy preview computed by libs/domain. */
@Injectable()
export class BookingViews {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly schedules: ScheduleService,
    private readonly therapists: TherapistsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async myBookings(client: User): Promise<MyBookingsModel> {
    const now = this.clock.now();
    const [upcoming, past] = await Promise.all([
      this.em.find(
        Booking,
        { client: client.id, endsAt: { $gt: now }, $or: [{ status: BookingStatus.CONFIRMED }, { status: BookingStatus.HELD, holdExpiresAt: { $gt: now } }] },
        { orderBy: { startsAt: 'asc' }, populate: ['therapist', 'sessionType'] },
      ),
      this.em.find(
        Booking,
        {
          client: client.id,
          $or: [
            { endsAt: { $lte: now } },
            { status: { $in: [BookingStatus.CANCELLED, BookingStatus.EXPIRED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW] } },
            { status: BookingStatus.HELD, holdExpiresAt: { $lte: now } },
          ],
        },
        { orderBy: { startsAt: 'desc' }, limit: PAST_LIMIT, populate: ['therapist', 'sessionType'] },
      ),
    ]);
    const models = await this.toModels([...upcoming, ...past], 'CLIENT');
    return { upcoming: models.slice(0, upcoming.length), past: models.slice(upcoming.length) };
  }

  /** The therapist's calendar between two instants (at most a month), lapsed holds and expired ones left out. */
  async therapistBookings(therapist: User, from: Date, to: Date): Promise<BookingModel[]> {
    if (!(from < to)) throw new InputError('to', 'The end of the range must be after its start.');
    if (daysBetween(localDateOf(from, 'UTC'), localDateOf(to, 'UTC')) > MAX_THERAPIST_BOOKINGS_RANGE_DAYS) {
      throw new InputError('to', `Ask for at most ${MAX_THERAPIST_BOOKINGS_RANGE_DAYS} days at a time.`);
    }
    const profile = await this.therapists.requireOwnProfile(therapist);
    const now = this.clock.now();
    const bookings = await this.em.find(
      Booking,
      {
        therapist: profile.id,
        startsAt: { $lt: to },
        endsAt: { $gt: from },
        status: { $ne: BookingStatus.EXPIRED },
        $not: { status: BookingStatus.HELD, holdExpiresAt: { $lte: now } },
      },
      { orderBy: { startsAt: 'asc' }, populate: ['therapist', 'sessionType', 'client'] },
    );
    return this.toModels(bookings, 'THERAPIST');
  }

  /** One booking for one of its parties (or an admin); anyone else is told it does not exist. */
  async forParty(booking: Booking, viewer: BookingViewer, extras: { checkoutUrl?: string | null } = {}): Promise<BookingModel> {
    const [model] = await this.toModels([booking], viewer);
    return { ...model, checkoutUrl: extras.checkoutUrl ?? null };
  }

  /**
   * Price, policy in words and what cancelling would cost, for a session type
   * of a therapist the public may see, before anything is held.
   */
  async terms(params: { therapistId: string; sessionTypeId: string; startsAt: Date }): Promise<BookingTermsModel> {
    const [sessionType, visible] = await Promise.all([
      this.em.findOne(SessionType, { id: params.sessionTypeId, therapist: params.therapistId, archivedAt: null }),
      this.therapists.visibleAmong([params.therapistId]),
    ]);
    if (!sessionType || !visible.has(params.therapistId)) throw BookingError.sessionTypeNotFound();
    const { policy } = (await this.schedules.cancellationPolicies([params.therapistId])).get(params.therapistId)!;
    const preview = cancellationCostNow({ policy, priceMinor: sessionType.priceMinor, startsAt: params.startsAt, now: this.clock.now() });
    return {
      priceMinor: sessionType.priceMinor,
      currency: 'usd',
      policyText: describeCancellationPolicy(policy, sessionType.priceMinor),
      cancellationPreview: { freeUntil: preview.freeUntil, freeNow: preview.freeNow, costMinor: preview.costMinor, text: preview.text },
      holdMinutes: this.config.BOOKING_HOLD_MINUTES,
    };
  }

  /** A booking for its client, its therapist or an admin; anyone else is told it does not exist. */
  async forPartyById(user: User, bookingId: string): Promise<BookingModel> {
    const booking = await this.em.findOne(Booking, { id: bookingId }, { populate: ['therapist', 'sessionType', 'client'] });
    if (!booking) throw BookingError.notFound();
    if (booking.client.id === user.id) return this.forParty(booking, 'CLIENT');
    if (user.role === Role.ADMIN) return this.forParty(booking, 'ADMIN');
    const own = user.role === Role.THERAPIST ? await this.therapists.findOwn(user) : null;
    if (own?.profile.id === booking.therapist.id) return this.forParty(booking, 'THERAPIST');
    throw BookingError.notFound();
  }

  /** CLIENT or THERAPIST of this booking; anyone else (admins too) is told it does not exist. */
  async partyOf(user: User, bookingId: string): Promise<'CLIENT' | 'THERAPIST'> {
    const booking = await this.em.findOne(Booking, { id: bookingId });
    if (!booking) throw BookingError.notFound();
    if (booking.client.id === user.id) return 'CLIENT';
    const own = user.role === Role.THERAPIST ? await this.therapists.findOwn(user) : null;
    if (own?.profile.id === booking.therapist.id) return 'THERAPIST';
    throw BookingError.notFound();
  }

  /** Whether the booking was ever CONFIRMED (a released hold never was: nobody needs telling). */
  async wasConfirmed(bookingId: string): Promise<boolean> {
    return (await this.em.count(BookingEvent, { booking: bookingId, toStatus: BookingStatus.CONFIRMED })) > 0;
  }

  /**
   * Whether this client has booked this therapist in a way that lets the
   * therapist read their health data: a live hold or anything after it
   * (confirmed, completed, no-show), or a booking cancelled after it was
   * confirmed. A lapsed or released hold, never confirmed, does not count.
   */
  async hasBookedTherapist(therapistId: string, clientId: string, options: { since?: Date } = {}): Promise<boolean> {
    const now = this.clock.now();
    const [row] = await this.em.getConnection().execute<{ booked: boolean }[]>(
      `select exists (
         select 1 from bookings b
          where b.therapist_id = ? and b.client_id = ? and b.created_at >= ?
            and (b.status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW')
                 or (b.status = 'HELD' and b.hold_expires_at > ?)
                 or (b.status = 'CANCELLED' and exists (select 1 from booking_events e where e.booking_id = b.id and e.to_status = 'CONFIRMED')))
       ) as booked`,
      [therapistId, clientId, options.since ?? new Date(0), now],
    );
    return row.booked;
  }

  /** Where a rescheduled booking was before its latest move (from its history), or null. */
  async previousTimesOf(bookingId: string): Promise<{ startsAt: Date; endsAt: Date } | null> {
    const recent = await this.em.find(BookingEvent, { booking: bookingId }, { orderBy: { id: 'desc' }, limit: 10 });
    for (const event of recent) {
      const from = (event.details as { from?: { startsAt?: string; endsAt?: string } } | null)?.from;
      if (from?.startsAt && from.endsAt) return { startsAt: new Date(from.startsAt), endsAt: new Date(from.endsAt) };
    }
    return null;
  }

  /** For admins; the read is audited (the history names the client). */
  async bookingHistory(admin: User, bookingId: string): Promise<BookingEventModel[]> {
    const booking = await this.em.findOne(Booking, { id: bookingId });
    if (!booking) throw BookingError.notFound();
    await this.audit.recordReads({ actor: admin, action: 'booking.history_read', subjectType: 'Booking', subjectIds: [bookingId] });
    const events = await this.em.find(BookingEvent, { booking: bookingId }, { orderBy: { id: 'asc' }, populate: ['actor'] });
    return events.map((event) => ({
      id: event.id,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      actorRole: event.actorRole,
      actorEmail: event.actor?.email ?? null,
      at: event.at,
      note: event.note,
      details: event.details ? JSON.stringify(event.details) : null,
    }));
  }

  async toModels(bookings: Booking[], viewer: BookingViewer): Promise<BookingModel[]> {
    if (bookings.length === 0) return [];
    await this.em.populate(bookings, viewer === 'CLIENT' ? ['therapist', 'sessionType'] : ['therapist', 'sessionType', 'client']);
    const policies = await this.schedules.cancellationPolicies(bookings.map((booking) => booking.therapist.id));
    const now = this.clock.now();
    return bookings.map((booking) => {
      const { policy, timeZone } = policies.get(booking.therapist.id)!;
      return toBookingModel(booking, { viewer, policy, now, therapistTimeZone: timeZone ?? 'UTC', videoRoomBaseUrl: this.config.VIDEO_ROOM_BASE_URL });
    });
  }
}

export function toBookingModel(booking: Booking, context: { viewer: BookingViewer; policy: CancellationPolicy; now: Date; therapistTimeZone: string; videoRoomBaseUrl: string }): BookingModel {
  const { sessionType, therapist } = booking;
  const active = booking.status === BookingStatus.HELD || booking.status === BookingStatus.CONFIRMED;
  const preview = active && context.now < booking.endsAt ? cancellationCostNow({ policy: context.policy, priceMinor: booking.priceMinor, startsAt: booking.startsAt, now: context.now }) : null;
  return {
    id: booking.id,
    status: booking.status,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    holdExpiresAt: booking.holdExpiresAt,
    therapist: { id: therapist.id, displayName: therapist.displayName, timeZone: context.therapistTimeZone },
    client: context.viewer === 'CLIENT' ? null : { id: booking.client.id, email: booking.client.email, displayName: displayNameOf(booking.client.email) },
    sessionType: {
      id: sessionType.id,
      name: sessionType.name,
      kind: sessionType.kind,
      durationMinutes: sessionType.durationMinutes,
      priceMinor: sessionType.priceMinor,
      formats: sessionType.formats,
      archived: sessionType.archivedAt !== null,
      cptCode: cptCodeOf(sessionType),
      cptCodeIsDefault: sessionType.cptCode === null,
    },
    priceMinor: booking.priceMinor,
    currency: booking.currency,
    paymentStatus: booking.paymentStatus,
    checkoutUrl: null,
    format: booking.format,
    where: locationOf(booking, context.viewer, context.videoRoomBaseUrl),
    seriesId: booking.series?.id ?? null,
    cancelledBy: booking.cancelledBy,
    cancelledAt: booking.cancelledAt,
    cancelReason: booking.cancelReason,
    cancellationFeeMinor: booking.cancellationFeeMinor,
    refundMinor: booking.refundMinor,
    cancellationPreview: preview ? { freeUntil: preview.freeUntil, freeNow: preview.freeNow, costMinor: preview.costMinor, text: preview.text } : null,
    policyText: describeCancellationPolicy(context.policy, booking.priceMinor),
    createdAt: booking.createdAt,
  };
}

/** Clients have no name on file yet: the part of the email before the @. */
function displayNameOf(email: string): string {
  return email.split('@')[0];
}
