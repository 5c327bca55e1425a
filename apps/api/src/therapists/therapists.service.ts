import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { uuidArray } from '../common/sql/uuid-array';
import { LicensingService } from '../licensing/licensing.service';
import { LICENSE_READ } from '../licensing/license-audit';
import { LicenseSummaryModel } from '../licensing/models/license.model';
import { THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { OutboxService } from '../outbox/outbox.service';
import { applyProfileChanges } from './apply-profile-changes';
import { UpdateTherapistProfileInput } from './dto/update-therapist-profile.input';
import { ProfileStatus, TherapistProfile } from './entities/therapist-profile.entity';
import { PROFILE_MODEL_FIELDS, ProfileFacts } from './therapist-profile.mapper';
import { TherapistError } from './therapists.errors';

export interface ProfileWithLicenses {
  profile: TherapistProfile;
  /** All of them for the therapist and admins; only those valid today for the public. */
  licenses: LicenseSummaryModel[];
}

/** A profile as the public sees it: the facts its GraphQL model reads, and its licenses valid today. */
export interface VisibleProfile {
  profile: ProfileFacts;
  licenses: LicenseSummaryModel[];
}

@Injectable()
export class TherapistsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly licensing: LicensingService,
  ) {}

  private modelColumns: { columns: string; instants: string[] } | undefined;

  async findOwn(user: User): Promise<ProfileWithLicenses | null> {
    const profile = await this.em.findOne(TherapistProfile, { user: user.id });
    return profile ? { profile, licenses: await this.allLicensesOf(profile) } : null;
  }

  /** The caller's profile, for modules that hang data off it (availability, session types). */
  async requireOwnProfile(user: User, em: EntityManager = this.em): Promise<TherapistProfile> {
    const profile = await em.findOne(TherapistProfile, { user: user.id });
    if (!profile) throw TherapistError.noProfile();
    return profile;
  }

  /** Public view: only visible profiles (see `visibleAmong`) exist for the public. */
  async findPublic(id: string): Promise<VisibleProfile> {
    const [profile] = await this.findVisible([id]);
    if (!profile) throw TherapistError.notFound();
    return profile;
  }

  /**
   * Whether the public sees this therapist as accepting new clients: their own switch,
   * and bookable now (weekly hours, a session type a client can book). The search read
   * model (`therapist_search.accepting`, kept in the writing transaction) holds that rule
   * once, so the profile page and search never disagree (issue #11 point 9).
   */
  async listedAsAccepting(id: string): Promise<boolean> {
    const rows = await this.em.getConnection().execute<{ accepting: boolean }[]>(`select accepting from therapist_search where therapist_id = ?`, [id]);
    return rows[0]?.accepting ?? false;
  }

  /**
   * The profiles the public may see, with their valid licenses: ACTIVE and
   * holding a license valid today, even before the daily expiry job has run.
   * One statement for any number of ids; unknown and hidden ids are left out.
   * Plain rows of the model's fields, not entities: a search page reads ten to fifty, and
   * hydrating entities cost about four times the statements (2.0 ms against 0.5 for ten).
   */
  async findVisible(ids: readonly string[]): Promise<VisibleProfile[]> {
    if (ids.length === 0) return [];
    const { columns, instants } = this.profileModelColumns();
    // Profiles and their licenses in one statement (one round trip).
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select ${columns}, ${this.licensing.validSummariesColumn('therapist_profiles.id')} as "validLicenses"
       from therapist_profiles where id = any(?::uuid[]) and status = ?`,
      [uuidArray(ids), ProfileStatus.ACTIVE],
    );
    return rows.flatMap(({ validLicenses, ...row }) => {
      const licenses = this.licensing.validSummariesIn(validLicenses);
      if (licenses.length === 0) return [];
      for (const field of instants) row[field] = new Date(row[field] as number);
      return [{ profile: row as unknown as ProfileFacts, licenses }];
    });
  }

  /**
   * `column as "field"` for each field the model reads, column names from the entity's mapping;
   * instants as epoch milliseconds (the ORM's connection reads timestamps as text for itself);
   * text arrays as JSON, which the driver parses with JSON.parse: its parser of array literals
   * runs in JavaScript a character at a time, and a page of 50 profiles (nine arrays each) took
   * 1.2–2.1 ms of the API's CPU that way against 0.8 (bench/search/README.md, thirty-eighth run).
   */
  private profileModelColumns(): { columns: string; instants: string[] } {
    if (this.modelColumns) return this.modelColumns;
    const { properties } = this.em.getMetadata().get(TherapistProfile.name);
    const instants = PROFILE_MODEL_FIELDS.filter((field) => properties[field].runtimeType === 'Date');
    const columns = PROFILE_MODEL_FIELDS.map((field) => {
      const column = properties[field].fieldNames[0];
      if (instants.includes(field)) return `(extract(epoch from ${column}) * 1000)::float8 as "${field}"`;
      return properties[field].columnTypes[0] === 'text[]' ? `to_json(${column}) as "${field}"` : `${column} as "${field}"`;
    });
    return (this.modelColumns = { columns: columns.join(', '), instants });
  }

  /** Which of these ids are profiles the public may see (the rule of `findVisible`). */
  async visibleAmong(ids: readonly string[]): Promise<Set<string>> {
    return new Set((await this.findVisible(ids)).map(({ profile }) => profile.id));
  }

  /** Any status, with every license; the admin's read of those licenses is audited. */
  async findForAdmin(admin: User, id: string): Promise<ProfileWithLicenses> {
    const profile = await this.em.findOne(TherapistProfile, { id });
    if (!profile) throw TherapistError.notFound();
    const licenses = await this.allLicensesOf(profile);
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
    return { profile, licenses: await this.allLicensesOf(profile) };
  }

  async suspend(admin: User, profileId: string, reason: string): Promise<ProfileWithLicenses> {
    return this.changeSuspension(admin, profileId, reason, true);
  }

  async reinstate(admin: User, profileId: string, reason: string): Promise<ProfileWithLicenses> {
    return this.changeSuspension(admin, profileId, reason, false);
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
      await this.licensing.recomputeProfileStatus(em, profile, admin, reason);
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      return profile;
    });
    return { profile, licenses: await this.allLicensesOf(profile) };
  }

  private async allLicensesOf(profile: TherapistProfile): Promise<LicenseSummaryModel[]> {
    return (await this.licensing.summariesFor([profile.id], { validOnly: false })).get(profile.id) ?? [];
  }
}
