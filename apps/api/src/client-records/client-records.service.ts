import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Role, User } from '../auth/entities/user.entity';
import { BookingViews } from '../bookings/booking-views.service';
import { GoalsService } from '../goals/goals.service';
import { IntakeService, toIntakeModel } from '../intake/intake.service';
import { TherapistsService } from '../therapists/therapists.service';
import { ClientRecordsError } from './client-records.errors';
import { ClientHealthRecordModel, HealthDataReadModel } from './client-records.models';
import { HealthDataAccessRule } from './health-data-access-rule';

export const HEALTH_DATA_READ = 'health_data.read';
const READS_SHOWN = 200;

/**
 * Health data follows the booking: a therapist reads the intake, screener
 * history and goals of a client who has booked them (BookingViews decides
 * what counts), never before. Each read is audited before the data leaves,
 * and the client sees every read (myHealthDataReads).
 */
@Injectable()
export class ClientRecordsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly bookings: BookingViews,
    private readonly therapists: TherapistsService,
    private readonly intakes: IntakeService,
    private readonly goals: GoalsService,
    private readonly rule: HealthDataAccessRule,
  ) {}

  async readFor(therapist: User, clientId: string): Promise<ClientHealthRecordModel> {
    const profile = await this.therapists.requireOwnProfile(therapist);
    const client = await this.em.findOne(User, { id: clientId, role: Role.CLIENT });
    if (!client || !(await this.bookings.hasBookedTherapist(profile.id, client.id)) || !(await this.rule.allows({ therapistId: profile.id, clientId: client.id }))) {
      throw ClientRecordsError.notYourClient();
    }
    await this.audit.recordReads({
      actor: therapist,
      action: HEALTH_DATA_READ,
      subjectType: 'ClientHealthRecord',
      subjectIds: [client.id],
      // Who read it, as the client will be shown it (names change; the read is history).
      // The time on the app's Clock (the audit row's own timestamp is the database server's).
      details: { therapistId: profile.id, therapistName: profile.displayName, readAt: this.clock.now().toISOString() },
    });
    const [intake, goals] = await Promise.all([this.intakes.findOwn(client), this.goals.mine(client)]);
    return { clientId: client.id, intake: intake ? toIntakeModel(intake) : null, goals: goals.goals, checkIns: goals.checkIns };
  }

  /** Every read of the caller's record by a therapist, newest first. */
  async readsOf(client: User): Promise<HealthDataReadModel[]> {
    const events = await this.audit.list({ subjectId: client.id, action: HEALTH_DATA_READ, limit: READS_SHOWN });
    return events.map((event) => {
      const details = (event.details ?? {}) as { therapistId?: string; therapistName?: string; readAt?: string };
      return { readAt: details.readAt ? new Date(details.readAt) : event.createdAt, therapistName: details.therapistName ?? 'A therapist', therapistId: details.therapistId ?? null };
    });
  }
}
