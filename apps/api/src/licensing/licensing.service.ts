import { Injectable } from '@nestjs/common';
import { EntityManager, FilterQuery, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { addDuration, deriveProfileStatus, isLicenseValid, npiProblem, utcDateOf, wholeDaysBetween } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { InputError } from '../common/errors/app-error';
import { groupBy } from '../common/group-by';
import { uuidArray } from '../common/sql/uuid-array';
import { likePattern } from '../common/text/like-pattern';
import { THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { OutboxService } from '../outbox/outbox.service';
import { ProfileStatus, TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { TherapistError } from '../therapists/therapists.errors';
import { LicenseQueueFilterInput } from './dto/license-queue-filter.input';
import { SubmitLicenseInput } from './dto/submit-license.input';
import { License, LicenseStatus } from './entities/license.entity';
import { LICENSE_READ } from './license-audit';
import { LicenseSummaryFacts, toLicenseSummary } from './license-summary';
import { LicensingError } from './licensing.errors';
import { LicenseSummaryModel } from './models/license.model';

/**
 * What a summary reads of a license (LicenseSummaryFacts) as one JSON array, read by `factsOf`:
 * the same columns whether a statement reads licenses or a profile's licenses as a column.
 */
const SUMMARY_TUPLE = `json_build_array(l.id, l.license_type, l.jurisdiction, l.status, (extract(epoch from l.reviewed_at) * 1000)::float8, to_char(l.expires_on, 'YYYY-MM-DD'))`;

interface SummaryTuple {
  tuple: [id: string, licenseType: string, jurisdiction: string, status: LicenseStatus, reviewedAtMs: number | null, expiresOn: string];
}

function factsOf([id, licenseType, jurisdiction, status, reviewedAtMs, expiresOn]: SummaryTuple['tuple']): LicenseSummaryFacts {
  return { id, licenseType, jurisdiction, status, reviewedAt: reviewedAtMs === null ? null : new Date(reviewedAtMs), expiresOn };
}

export interface ReviewQueueEntry {
  license: License;
  profile: TherapistProfile;
  otherLicenses: number;
  waitingDays: number;
}

/**
 * Owns licenses: submission, review and expiry, and the answers other modules
 * need (which therapists hold a valid license, what the public may see, what
 * a profile's status follows from). Validity is always `isLicenseValid`.
 */
@Injectable()
export class LicensingService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  today(): string {
    return utcDateOf(this.clock.now());
  }

  /**
   * Licenses of many therapists in one statement, oldest first: all of them
   * (for the therapist and admins), or only those valid today (the public view).
   */
  async summariesFor(therapistIds: readonly string[], options: { validOnly: boolean }): Promise<Map<string, LicenseSummaryModel[]>> {
    if (therapistIds.length === 0) return new Map();
    // Plain rows, not entities: a search page asks for ten to fifty therapists' licenses, and
    // hydrating License entities cost about five times the statement (1.7 ms against 0.4 for ten).
    const rows = await this.em.execute<(SummaryTuple & { therapistId: string })[]>(
      `select ${SUMMARY_TUPLE} as tuple, l.therapist_id as "therapistId"
       from licenses l where l.therapist_id = any(?::uuid[])${options.validOnly ? ` and l.status = '${LicenseStatus.VERIFIED}'` : ''}
       order by l.submitted_at, l.id`,
      [uuidArray(therapistIds)],
    );
    const licenses = rows.map(({ therapistId, tuple }) => ({ therapistId, ...factsOf(tuple) }));
    const today = this.today();
    const shown = options.validOnly ? licenses.filter((license) => isLicenseValid(license, today)) : licenses;
    const byTherapist = groupBy(shown, (license) => license.therapistId);
    return new Map([...byTherapist].map(([id, list]) => [id, list.map(toLicenseSummary)]));
  }

  /**
   * A column for a statement over therapist profiles: the licenses `summariesFor` reads with
   * `validOnly` (verified; `validSummariesIn` keeps those valid today) of the therapist whose id is
   * `therapistIdSql`, oldest first, as JSON. A page of search results reads its profiles and their
   * licenses in one statement with it: a statement is a round trip, and each cost the API about
   * 0.35 ms of CPU in socket writes alone (bench/search/README.md, the thirty-sixth run).
   */
  validSummariesColumn(therapistIdSql: string): string {
    return `(select coalesce(json_agg(${SUMMARY_TUPLE} order by l.submitted_at, l.id), '[]'::json)
      from licenses l where l.therapist_id = ${therapistIdSql} and l.status = '${LicenseStatus.VERIFIED}')`;
  }

  /** The summaries shown of what `validSummariesColumn` read: those valid today, in its order. */
  validSummariesIn(column: unknown): LicenseSummaryModel[] {
    const today = this.today();
    return (column as SummaryTuple['tuple'][]).map(factsOf).filter((license) => isLicenseValid(license, today)).map(toLicenseSummary);
  }

  /** Which of these therapists hold at least one license valid today, even before the daily expiry job has run. */
  async withValidLicense(therapistIds: readonly string[]): Promise<Set<string>> {
    return new Set((await this.summariesFor(therapistIds, { validOnly: true })).keys());
  }

  /**
   * Sets the profile's status from its facts (suspension, licenses, today)
   * inside the caller's transaction, auditing any change.
   */
  async recomputeProfileStatus(em: EntityManager, profile: TherapistProfile, actor: User | null, reason?: string): Promise<void> {
    const licenses = await em.find(License, { therapist: profile.id });
    const next = deriveProfileStatus({ suspended: profile.suspendedAt !== null, licenses, today: this.today() }) as ProfileStatus;
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

  async submit(user: User, input: SubmitLicenseInput): Promise<License> {
    if (input.npi) {
      const problem = npiProblem(input.npi);
      if (problem) throw new InputError('npi', problem);
    }
    if (input.expiresOn <= this.today()) {
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
        await this.recomputeProfileStatus(em, profile, user);
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
  /** Waiting licenses, oldest first, narrowed by name or e-mail, state and time waiting (in the query, so it scales with the queue). */
  async reviewQueue(admin: User, filter: LicenseQueueFilterInput = {}): Promise<ReviewQueueEntry[]> {
    const now = this.clock.now();
    const where: FilterQuery<License>[] = [{ status: LicenseStatus.SUBMITTED }];
    if (filter.search) {
      const pattern = likePattern(filter.search);
      where.push({ therapist: { $or: [{ displayName: { $ilike: pattern } }, { user: { email: { $ilike: pattern } } }] } });
    }
    if (filter.jurisdiction) where.push({ jurisdiction: filter.jurisdiction });
    // "Waiting at least n days" is the same whole-24-hour count as `waitingDays`.
    if (filter.waitingAtLeastDays) where.push({ submittedAt: { $lte: addDuration(now, { days: -filter.waitingAtLeastDays }) } });
    const pending = await this.em.find(
      License,
      { $and: where },
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
      if (license.expiresOn < this.today()) throw LicensingError.expiredBeforeReview();
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
    const today = this.today();
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
        await this.recomputeProfileStatus(em, profile, null, 'license expired');
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
      await this.recomputeProfileStatus(em, profile, admin, reason ?? undefined);
      this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: profile.id });
      return license;
    });
  }
}
