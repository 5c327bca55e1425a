import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { npiProblem, wholeDaysBetween } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { InputError } from '../common/errors/app-error';
import { THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { OutboxService } from '../outbox/outbox.service';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { TherapistError } from '../therapists/therapists.errors';
import { TherapistsService } from '../therapists/therapists.service';
import { SubmitLicenseInput } from './dto/submit-license.input';
import { License, LicenseStatus } from './entities/license.entity';
import { LICENSE_READ } from './license-audit';
import { LicensingError } from './licensing.errors';

export interface ReviewQueueEntry {
  license: License;
  profile: TherapistProfile;
  otherLicenses: number;
  waitingDays: number;
}

@Injectable()
export class LicensingService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly therapists: TherapistsService,
    private readonly outbox: OutboxService,
  ) {}

  async submit(user: User, input: SubmitLicenseInput): Promise<License> {
    if (input.npi) {
      const problem = npiProblem(input.npi);
      if (problem) throw new InputError('npi', problem);
    }
    if (input.expiresOn <= this.therapists.today()) {
      throw new InputError('expiresOn', 'This license has already expired. Submit a current license.');
    }
    try {
      return await this.em.transactional(async (em) => {
        const profile = await em.findOne(TherapistProfile, { user: user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!profile) throw TherapistError.noProfile();
        const license = em.create(License, {
          therapist: profile,
          licenseType: input.licenseType,
          number: input.number,
          jurisdiction: input.jurisdiction,
          expiresOn: input.expiresOn,
          npi: input.npi ?? null,
          submittedAt: this.clock.now(),
        });
        await em.flush(); // surfaces a duplicate before the audit and status change
        this.audit.record(em, {
          actor: user,
          action: 'license.submitted',
          subjectType: 'License',
          subjectId: license.id,
          details: { licenseType: license.licenseType, jurisdiction: license.jurisdiction },
        });
        await this.therapists.recomputeStatus(em, profile, user);
        this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
        return license;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw LicensingError.duplicate();
      throw error;
    }
  }

  async listOwn(user: User): Promise<License[]> {
    return this.em.find(License, { therapist: { user: user.id } }, { orderBy: { submittedAt: 'desc' } });
  }

  /** Licenses awaiting review, oldest first, with what an admin needs to judge them. Each read is audited. */
  async reviewQueue(admin: User): Promise<ReviewQueueEntry[]> {
    const pending = await this.em.find(
      License,
      { status: LicenseStatus.SUBMITTED },
      { orderBy: { submittedAt: 'asc', id: 'asc' }, populate: ['therapist', 'therapist.user'], limit: 500 },
    );
    if (pending.length === 0) return [];
    // knex expands an array binding into a list: `in (?)` becomes `in ($1, $2, …)`.
    const counts = await this.em.getConnection().execute<{ therapist_id: string; total: number }[]>(
      'select therapist_id, count(*)::int as total from licenses where therapist_id in (?) group by therapist_id',
      [[...new Set(pending.map((license) => license.therapist.id))]],
    );
    const totalByTherapist = new Map(counts.map((row) => [row.therapist_id, row.total]));
    await this.audit.recordReads({ actor: admin, action: LICENSE_READ, subjectType: 'License', subjectIds: pending.map((license) => license.id), details: { via: 'licenseReviewQueue' } });
    const now = this.clock.now();
    return pending.map((license) => ({
      license,
      profile: license.therapist,
      otherLicenses: (totalByTherapist.get(license.therapist.id) ?? 1) - 1,
      waitingDays: wholeDaysBetween(license.submittedAt, now),
    }));
  }

  async verify(admin: User, licenseId: string): Promise<License> {
    return this.review(admin, licenseId, async (license) => {
      if (license.status !== LicenseStatus.SUBMITTED) throw LicensingError.notAwaitingReview(license.status);
      if (license.expiresOn < this.therapists.today()) throw LicensingError.expiredBeforeReview();
      license.status = LicenseStatus.VERIFIED;
      return { action: 'license.verified', reason: null };
    });
  }

  /** Rejects a submitted license, or revokes a verified one. */
  async reject(admin: User, licenseId: string, reason: string): Promise<License> {
    return this.review(admin, licenseId, async (license) => {
      if (license.status !== LicenseStatus.SUBMITTED && license.status !== LicenseStatus.VERIFIED) {
        throw LicensingError.cannotReject(license.status);
      }
      license.status = LicenseStatus.REJECTED;
      license.rejectionReason = reason;
      return { action: 'license.rejected', reason };
    });
  }

  /**
   * Marks licenses past their expiry date EXPIRED and recomputes their
   * therapists' status. Idempotent; safe on several replicas at once.
   */
  async expireLicenses(): Promise<number> {
    const today = this.therapists.today();
    return this.em.fork().transactional(async (em) => {
      const expiring = await em.find(
        License,
        { status: { $in: [LicenseStatus.VERIFIED, LicenseStatus.SUBMITTED] }, expiresOn: { $lt: today } },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, populate: ['therapist'] },
      );
      for (const license of expiring) {
        this.audit.record(em, {
          actor: null,
          action: 'license.expired',
          subjectType: 'License',
          subjectId: license.id,
          details: { from: license.status, expiresOn: license.expiresOn },
        });
        license.status = LicenseStatus.EXPIRED;
      }
      await em.flush();
      for (const profile of new Set(expiring.map((license) => license.therapist))) {
        await this.therapists.recomputeStatus(em, profile, null, 'license expired');
        this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      }
      return expiring.length;
    });
  }

  private async review(
    admin: User,
    licenseId: string,
    change: (license: License) => Promise<{ action: string; reason: string | null }>,
  ): Promise<License> {
    return this.em.transactional(async (em) => {
      const license = await em.findOne(License, { id: licenseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!license) throw LicensingError.notFound();
      const from = license.status;
      const { action, reason } = await change(license);
      license.reviewedBy = admin;
      license.reviewedAt = this.clock.now();
      this.audit.record(em, {
        actor: admin,
        action,
        subjectType: 'License',
        subjectId: license.id,
        reason,
        details: { from, to: license.status },
      });
      await em.flush();
      const profile = await em.findOneOrFail(TherapistProfile, { id: license.therapist.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await this.therapists.recomputeStatus(em, profile, admin, reason ?? undefined);
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      return license;
    });
  }
}
