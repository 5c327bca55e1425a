import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { deriveProfileStatus, utcDateOf } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { License } from '../licensing/entities/license.entity';
import { LICENSE_READ } from '../licensing/license-audit';
import { THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { OutboxService } from '../outbox/outbox.service';
import { applyProfileChanges } from './apply-profile-changes';
import { UpdateTherapistProfileInput } from './dto/update-therapist-profile.input';
import { ProfileStatus, TherapistProfile } from './entities/therapist-profile.entity';
import { TherapistError } from './therapists.errors';

export interface ProfileWithLicenses {
  profile: TherapistProfile;
  licenses: License[];
}

@Injectable()
export class TherapistsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  today(): string {
    return utcDateOf(this.clock.now());
  }

  async findOwn(user: User): Promise<ProfileWithLicenses | null> {
    const profile = await this.em.findOne(TherapistProfile, { user: user.id });
    return profile ? { profile, licenses: await this.licensesOf(profile) } : null;
  }

  /** The caller's profile, for modules that hang data off it (availability, session types). */
  async requireOwnProfile(user: User, em: EntityManager = this.em): Promise<TherapistProfile> {
    const profile = await em.findOne(TherapistProfile, { user: user.id });
    if (!profile) throw TherapistError.noProfile();
    return profile;
  }

  /** Public view: only ACTIVE profiles exist for the public. */
  async findPublic(id: string): Promise<ProfileWithLicenses> {
    const profile = await this.em.findOne(TherapistProfile, { id, status: ProfileStatus.ACTIVE });
    if (!profile) throw TherapistError.notFound();
    return { profile, licenses: await this.licensesOf(profile) };
  }

  /** Any status, with every license; the admin's read of those licenses is audited. */
  async findForAdmin(admin: User, id: string): Promise<ProfileWithLicenses> {
    const profile = await this.em.findOne(TherapistProfile, { id });
    if (!profile) throw TherapistError.notFound();
    const licenses = await this.licensesOf(profile);
    await this.audit.recordReads({ actor: admin, action: LICENSE_READ, subjectType: 'License', subjectIds: licenses.map((license) => license.id), details: { via: 'therapist' } });
    return { profile, licenses };
  }

  async listSuspended(): Promise<TherapistProfile[]> {
    return this.em.find(TherapistProfile, { status: ProfileStatus.SUSPENDED }, { orderBy: { suspendedAt: 'desc' } });
  }

  /** Creates the caller's profile on first save; afterwards changes only the fields sent. */
  async updateOwn(user: User, input: UpdateTherapistProfileInput): Promise<ProfileWithLicenses> {
    const profile = await this.em.transactional(async (em) => {
      let profile = await em.findOne(TherapistProfile, { user: user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const created = !profile;
      profile ??= em.create(TherapistProfile, { user, displayName: input.displayName ?? '' });
      applyProfileChanges(profile, input);
      this.audit.record(em, {
        actor: user,
        action: created ? 'therapist.profile_created' : 'therapist.profile_updated',
        subjectType: 'TherapistProfile',
        subjectId: profile.id,
        details: { fields: Object.keys(input).sort() },
      });
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      return profile;
    });
    return { profile, licenses: await this.licensesOf(profile) };
  }

  async suspend(admin: User, profileId: string, reason: string): Promise<ProfileWithLicenses> {
    return this.changeSuspension(admin, profileId, reason, true);
  }

  async reinstate(admin: User, profileId: string, reason: string): Promise<ProfileWithLicenses> {
    return this.changeSuspension(admin, profileId, reason, false);
  }

  /**
   * Sets the profile's status from its facts (suspension, licenses, today)
   * inside the caller's transaction, auditing any change.
   */
  async recomputeStatus(em: EntityManager, profile: TherapistProfile, actor: User | null, reason?: string): Promise<void> {
    const licenses = await em.find(License, { therapist: profile.id });
    const next = deriveProfileStatus({
      suspended: profile.suspendedAt !== null,
      licenses: licenses.map(({ status, expiresOn }) => ({ status, expiresOn })),
      today: this.today(),
    }) as ProfileStatus;
    if (next === profile.status) return;
    this.audit.record(em, {
      actor,
      action: 'therapist.status_changed',
      subjectType: 'TherapistProfile',
      subjectId: profile.id,
      reason: reason ?? null,
      details: { from: profile.status, to: next },
    });
    profile.status = next;
  }

  private async changeSuspension(admin: User, profileId: string, reason: string, suspend: boolean) {
    const profile = await this.em.transactional(async (em) => {
      const profile = await em.findOne(TherapistProfile, { id: profileId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!profile) throw TherapistError.notFound();
      if (suspend && profile.suspendedAt) throw TherapistError.alreadySuspended();
      if (!suspend && !profile.suspendedAt) throw TherapistError.notSuspended();
      profile.suspendedAt = suspend ? this.clock.now() : null;
      profile.suspensionReason = suspend ? reason : null;
      this.audit.record(em, {
        actor: admin,
        action: suspend ? 'therapist.suspended' : 'therapist.reinstated',
        subjectType: 'TherapistProfile',
        subjectId: profile.id,
        reason,
      });
      await this.recomputeStatus(em, profile, admin, reason);
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      return profile;
    });
    return { profile, licenses: await this.licensesOf(profile) };
  }

  private licensesOf(profile: TherapistProfile): Promise<License[]> {
    return this.em.find(License, { therapist: profile.id }, { orderBy: { submittedAt: 'asc' } });
  }
}
