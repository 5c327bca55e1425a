import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { addMinutes, type CancellationPolicy } from '@rapport/domain';
import { findJurisdiction } from '@rapport/taxonomy';
import { Role, User } from '../auth/entities/user.entity';
import { SessionType } from '../availability/entities/session-type.entity';
import { ScheduleService } from '../availability/schedule.service';
import { SlotFinder } from '../availability/slot-finder.service';
import { InputError } from '../common/errors/app-error';
import { IntakeService } from '../intake/intake.service';
import { LicensingService } from '../licensing/licensing.service';
import { ProfileStatus, SessionFormat, TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { BookingError } from './bookings.errors';
import { Booking, BookingActor, BookingStatus } from './entities/booking.entity';

/** What a booking needs from the therapist's side, checked at the moment of booking. */
export interface Bookable {
  profile: TherapistProfile;
  sessionType: SessionType;
  format: SessionFormat;
}

/** Statuses that make a client someone the therapist already sees (not a new client). */
const EXISTING_CLIENT_STATUSES = [BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW];

/**
 * What every booking change re-reads inside its transaction: who may book whom,
 * whether the time is one the slot engine offers now, who the caller is to the
 * booking, and the therapist's cancellation policy.
 */
@Injectable()
export class BookingChecks {
  constructor(
    private readonly slots: SlotFinder,
    private readonly schedules: ScheduleService,
    private readonly licensing: LicensingService,
    private readonly intakes: IntakeService,
  ) {}

  /**
   * The therapist, session type and format, if this client may book them now:
   * session type offered, therapist ACTIVE and holding a license valid today in
   * the client's jurisdiction, and accepting new clients unless the client already sees them.
   */
  async requireBookable(
    em: EntityManager,
    client: User,
    input: { therapistId: string; sessionTypeId: string; format?: SessionFormat | null; jurisdiction: string },
  ): Promise<Bookable> {
    const sessionType = await em.findOne(SessionType, { id: input.sessionTypeId, therapist: input.therapistId, archivedAt: null }, { populate: ['therapist'] });
    if (!sessionType) throw BookingError.sessionTypeNotFound();
    const profile = sessionType.therapist;
    if (profile.status !== ProfileStatus.ACTIVE) throw BookingError.therapistNotBookable();
    const licenses = (await this.licensing.summariesFor([profile.id], { validOnly: true })).get(profile.id) ?? [];
    if (licenses.length === 0) throw BookingError.therapistNotBookable();
    if (!licenses.some((license) => license.jurisdiction === input.jurisdiction)) {
      throw BookingError.notLicensedWhereClientIs(findJurisdiction(input.jurisdiction)?.name ?? input.jurisdiction);
    }
    if (!profile.acceptsNewClients) {
      const earlier = await em.count(Booking, { client: client.id, therapist: profile.id, status: { $in: EXISTING_CLIENT_STATUSES } });
      if (earlier === 0) throw BookingError.notAcceptingNewClients();
    }
    // Paid sessions are destination charges to the therapist's Stripe account: it must be able to take them.
    if (sessionType.priceMinor > 0 && !profile.chargesEnabled) throw BookingError.therapistCannotTakePayments();
    const format = input.format ?? sessionType.formats[0];
    if (!sessionType.formats.includes(format)) {
      throw new InputError('format', `This session type is offered as ${sessionType.formats.join(', ').toLowerCase().replace('_', ' ')} only.`);
    }
    return { profile, sessionType, format };
  }

  /**
   * The start must be one the slot engine offers now (hours, overrides, notice, horizon, daily cap, busy time, other bookings).
   * Booking changes for one therapist take turns (a transaction-scoped advisory lock): the exclusion
   * constraint already makes overlaps impossible, but the daily cap is a count, and two holds on one
   * day checked side by side would both see room for one more.
   */
  async requireOpenSlot(em: EntityManager, bookable: Bookable, startsAt: Date, now: Date, excludeBookingIds: string[] = []) {
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`therapist-calendar:${bookable.profile.id}`]);
    const open = await this.slots.openSlotsWithin(em, {
      therapistId: bookable.profile.id,
      durationMinutes: bookable.sessionType.durationMinutes,
      from: startsAt,
      to: addMinutes(startsAt, 1),
      now,
      excludeBookingIds,
    });
    if (!open || !open.slots.some((slot) => slot.start.getTime() === startsAt.getTime())) throw BookingError.slotNotOpen();
    return { settings: open.schedule.settings, timeZone: open.schedule.timeZone };
  }

  /** The jurisdiction the client gave, else their intake's; one is needed to check licensing. */
  async jurisdictionOf(client: User, given: string | null | undefined): Promise<string> {
    if (given) return given;
    const intake = await this.intakes.findOwn(client);
    const fromIntake = intake?.answers.jurisdiction;
    if (!fromIntake) throw new InputError('jurisdiction', 'Choose the state you will be in for sessions.');
    return fromIntake;
  }

  async lockBooking(em: EntityManager, bookingId: string): Promise<Booking> {
    const booking = await em.findOne(Booking, { id: bookingId }, { lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['b0'], populate: ['therapist', 'sessionType'] });
    if (!booking) throw BookingError.notFound();
    return booking;
  }

  /** CLIENT or THERAPIST of this booking (ADMIN when allowed); anyone else is told it does not exist. */
  async partyOf(em: EntityManager, booking: Booking, user: User, options: { admins: boolean }): Promise<BookingActor> {
    if (booking.client.id === user.id) return BookingActor.CLIENT;
    if (user.role === Role.THERAPIST) {
      const profile = await em.findOne(TherapistProfile, { user: user.id });
      if (profile?.id === booking.therapist.id) return BookingActor.THERAPIST;
    }
    if (options.admins && user.role === Role.ADMIN) return BookingActor.ADMIN;
    throw BookingError.notFound();
  }


  async policyOf(em: EntityManager, booking: Booking): Promise<CancellationPolicy> {
    return (await this.schedules.cancellationPolicies([booking.therapist.id], em)).get(booking.therapist.id)!.policy;
  }
}
