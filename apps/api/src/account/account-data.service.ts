import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service';
import { AUTH_AUDIT, RequestOrigin } from '../auth/auth-audit';
import { Role, User } from '../auth/entities/user.entity';
import { hashPassword } from '../auth/password-hashing';
import { SessionsService } from '../auth/sessions.service';
import { Booking, BookingActor, BookingStatus } from '../bookings/entities/booking.entity';
import { BookingsService } from '../bookings/bookings.service';
import { Clock } from '../common/clock';
import { Goal, GoalCheckIn } from '../goals/goal.entity';
import { Intake } from '../intake/intake.entity';
import { IntakeDraft } from '../intake/draft/intake-draft.entity';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { AccountError } from './account.errors';
import { AccountSettingsService } from './account-settings.service';
import { PasswordResetToken } from './password-reset-token.entity';

const ACTIVE = [BookingStatus.HELD, BookingStatus.CONFIRMED];

/** Export my data and delete my account. Health data leaves the database decrypted only for its owner. */
@Injectable()
export class AccountDataService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly settings: AccountSettingsService,
    private readonly sessions: SessionsService,
    private readonly bookings: BookingsService,
    private readonly audit: AuditService,
  ) {}

  /** Everything kept about the caller, as one JSON document; audited (never its contents). */
  async exportMyData(user: User, origin: RequestOrigin): Promise<{ fileName: string; json: string }> {
    const em = this.em.fork();
    const me = await em.findOneOrFail(User, { id: user.id });
    const [intake, intakeDraft, goals, checkIns, bookings, profile] = await Promise.all([
      em.findOne(Intake, { client: me.id }),
      em.findOne(IntakeDraft, { client: me.id }),
      em.find(Goal, { client: me.id }, { orderBy: { createdAt: 'asc' } }),
      em.find(GoalCheckIn, { client: me.id }, { orderBy: { createdAt: 'asc' } }),
      em.find(Booking, { $or: [{ client: me.id }, { therapist: { user: me.id } }] }, { populate: ['therapist', 'sessionType'], orderBy: { startsAt: 'asc' } }),
      em.findOne(TherapistProfile, { user: me.id }),
    ]);
    const now = this.clock.now();
    const document = {
      exportedAt: now.toISOString(),
      account: { id: me.id, email: me.email, role: me.role, timeZone: me.timeZone, createdAt: me.createdAt.toISOString() },
      intake: intake && { revision: intake.revision, updatedAt: intake.updatedAt.toISOString(), answers: intake.answers, screeners: intake.screeners },
      intakeDraft: intakeDraft && { updatedAt: intakeDraft.updatedAt.toISOString(), ...intakeDraft.content },
      goals: goals.map((goal) => ({ id: goal.id, text: goal.text, createdAt: goal.createdAt.toISOString(), archivedAt: goal.archivedAt?.toISOString() ?? null })),
      checkIns: checkIns.map((checkIn) => ({ id: checkIn.id, createdAt: checkIn.createdAt.toISOString(), ...checkIn.content })),
      bookings: bookings.map((booking) => ({
        id: booking.id,
        as: booking.client.id === me.id ? 'CLIENT' : 'THERAPIST',
        therapist: booking.therapist.displayName,
        sessionType: booking.sessionType.name,
        startsAt: booking.startsAt.toISOString(),
        endsAt: booking.endsAt.toISOString(),
        format: booking.format,
        status: booking.status,
        priceMinor: booking.priceMinor,
        currency: booking.currency,
        cancelledAt: booking.cancelledAt?.toISOString() ?? null,
        cancellationFeeMinor: booking.cancellationFeeMinor,
      })),
      therapistProfile: profile && { id: profile.id, displayName: profile.displayName, status: profile.status },
    };
    this.audit.record(em, {
      actor: em.getReference(User, me.id),
      action: AUTH_AUDIT.accountExported,
      subjectType: 'User',
      subjectId: me.id,
      details: { ip: origin.ip, intake: Boolean(intake), goals: goals.length, checkIns: checkIns.length, bookings: bookings.length },
    });
    await em.flush();
    return { fileName: `rapport-export-${now.toISOString().slice(0, 10)}.json`, json: JSON.stringify(document, null, 2) };
  }

  /**
   * Deletes a client's account: upcoming bookings are cancelled as the client
   * would (the policy decides any fee), health data is erased, every session
   * ends, and the row stays anonymised so past bookings and the audit trail
   * keep pointing at something. The audit keeps a tombstone with counts only.
   */
  async deleteMyAccount(params: { user: User; currentPassword: string; origin: RequestOrigin }): Promise<{ bookingsCancelled: number; healthRecordsErased: number }> {
    const current = await this.settings.requirePassword(params.user, params.currentPassword, 'currentPassword', AUTH_AUDIT.accountDeletionFailed, params.origin);
    if (current.role !== Role.CLIENT) throw AccountError.deletionNotSelfService(current.role);
    const unusablePassword = await hashPassword(randomBytes(32).toString('base64url'));
    const settlements: { bookingId: string; money: { refundMinor: number; feeToChargeMinor: number } }[] = [];
    const result = await this.em.transactional(async (em) => {
      const now = this.clock.now();
      const user = await em.findOneOrFail(User, { id: current.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const upcoming = await em.find(
        Booking,
        { client: user.id, status: { $in: ACTIVE }, endsAt: { $gt: now } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['b0'], populate: ['therapist', 'sessionType'], orderBy: { startsAt: 'asc' } },
      );
      for (const booking of upcoming) {
        const money = await this.bookings.cancelLocked(em, booking, { actorRole: BookingActor.CLIENT, actor: user, now, note: 'The client deleted their account.' });
        settlements.push({ bookingId: booking.id, money });
      }
      const healthRecordsErased =
        (await em.nativeDelete(Intake, { client: user.id })) + (await em.nativeDelete(IntakeDraft, { client: user.id })) + (await em.nativeDelete(Goal, { client: user.id })) + (await em.nativeDelete(GoalCheckIn, { client: user.id }));
      await em.nativeDelete(PasswordResetToken, { user: user.id });
      const sessionsRevoked = await this.sessions.revokeAllOf(em, user.id);
      user.email = `deleted-${randomUUID()}@deleted.invalid`;
      user.passwordHash = unusablePassword;
      user.deletedAt = now;
      this.audit.record(em, {
        actor: em.getReference(User, user.id),
        action: AUTH_AUDIT.accountDeleted,
        subjectType: 'User',
        subjectId: user.id,
        details: { ip: params.origin.ip, role: user.role, bookingsCancelled: upcoming.length, healthRecordsErased, sessionsRevoked },
      });
      return { bookingsCancelled: upcoming.length, healthRecordsErased };
    });
    for (const settlement of settlements) await this.bookings.settleCancellation(settlement.bookingId, settlement.money);
    return result;
  }
}
