// Writes generated demo therapists in bulk: one multi-row INSERT per table per
// batch (rows travel as one JSON parameter expanded by json_populate_recordset),
// one transaction per batch, so 100,000 therapists take seconds, not hours.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProfileStatus } from '@rapport/domain';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { DEMO_THERAPIST_PASSWORD } from './demo-accounts';
import { DEMO_THERAPIST_SEED, generateDemoTherapists, type DemoTherapistRecord } from './demo-therapist-generator';

export { DEMO_THERAPIST_PASSWORD } from './demo-accounts';

export interface SeedDemoTherapistsOptions {
  count: number;
  /** 'YYYY-MM-DD'; license expiry and review dates are relative to it. */
  today: string;
  /** Who reviewed the licenses; null: a dedicated reviewer admin is created (or reused). */
  adminUserId: string | null;
  onProgress?: (done: number, total: number) => void;
  seed?: number;
  /** Number of the first therapist (therapist-00001 is 1); continue after existing ones with a higher one. */
  firstNumber?: number;
  /** Therapists per transaction (each table gets one INSERT per batch). */
  batchSize?: number;
}

export interface SeedDemoTherapistsResult {
  therapists: number;
  licenses: number;
  /** Rows written across users, therapist_profiles and licenses. */
  rows: number;
  reviewerUserId: string;
  statusCounts: Record<ProfileStatus, number>;
}

export const DEFAULT_SEED_BATCH_SIZE = 2_000;
/** Reviews of seeded licenses are attributed to this admin when no admin is named. */
export const SEED_REVIEWER_EMAIL = 'license-reviewer@demo.rapport.test';

const USER_COLUMNS = ['id', 'email', 'password_hash', 'role', 'time_zone', 'created_at', 'updated_at'];
const PROFILE_COLUMNS = [
  'id', 'user_id', 'status', 'display_name', 'pronouns', 'headline', 'bio', 'photo_url', 'years_in_practice', 'gender',
  'languages', 'formats', 'office_address', 'office_latitude', 'office_longitude', 'age_groups', 'communities',
  'specialty_concerns', 'treated_concerns', 'modalities', 'fee_minor', 'sliding_scale_min_minor', 'sliding_scale_max_minor',
  'insurance_accepted', 'accepts_new_clients', 'suspended_at', 'suspension_reason', 'stripe_account_id', 'payouts_enabled',
  'created_at', 'updated_at',
];
const LICENSE_COLUMNS = [
  'id', 'therapist_id', 'license_type', 'number', 'jurisdiction', 'expires_on', 'npi', 'status', 'submitted_at',
  'reviewed_by_id', 'reviewed_at', 'rejection_reason',
];

export async function seedDemoTherapists(em: EntityManager, options: SeedDemoTherapistsOptions): Promise<SeedDemoTherapistsResult> {
  const batchSize = options.batchSize ?? DEFAULT_SEED_BATCH_SIZE;
  const firstNumber = options.firstNumber ?? 1;
  // One argon2 hash for every demo therapist: hashing 100,000 times would take an hour.
  const passwordHash = await hashPassword(DEMO_THERAPIST_PASSWORD);
  const reviewerUserId = options.adminUserId ?? (await ensureSeedReviewer(em));
  const statusCounts: Record<ProfileStatus, number> = { DRAFT: 0, PENDING_REVIEW: 0, ACTIVE: 0, SUSPENDED: 0 };
  let licenses = 0;

  options.onProgress?.(0, options.count);
  for (let done = 0; done < options.count; ) {
    const therapists = generateDemoTherapists({
      count: Math.min(batchSize, options.count - done),
      firstNumber: firstNumber + done,
      today: options.today,
      seed: options.seed ?? DEMO_THERAPIST_SEED,
    });
    const rows = toRows(therapists, passwordHash, reviewerUserId);
    await em.transactional(async (tx) => {
      await insertJsonRows(tx, 'users', USER_COLUMNS, rows.users);
      await insertJsonRows(tx, 'therapist_profiles', PROFILE_COLUMNS, rows.profiles);
      await insertJsonRows(tx, 'licenses', LICENSE_COLUMNS, rows.licenses);
    });
    for (const therapist of therapists) statusCounts[therapist.status]++;
    licenses += rows.licenses.length;
    done += therapists.length;
    options.onProgress?.(done, options.count);
  }
  return { therapists: options.count, licenses, rows: options.count * 2 + licenses, reviewerUserId, statusCounts };
}

/** Column-named rows for one batch, with fresh ids linking user → profile → licenses. */
function toRows(therapists: readonly DemoTherapistRecord[], passwordHash: string, reviewerUserId: string) {
  const users: Record<string, unknown>[] = [];
  const profiles: Record<string, unknown>[] = [];
  const licenses: Record<string, unknown>[] = [];
  for (const therapist of therapists) {
    const userId = randomUUID();
    const profileId = randomUUID();
    users.push({
      id: userId,
      email: therapist.email,
      password_hash: passwordHash,
      role: 'THERAPIST',
      time_zone: therapist.timeZone,
      created_at: therapist.createdAt,
      updated_at: therapist.createdAt,
    });
    profiles.push({
      id: profileId,
      user_id: userId,
      status: therapist.status,
      display_name: therapist.displayName,
      pronouns: therapist.pronouns,
      headline: therapist.headline,
      bio: therapist.bio,
      photo_url: therapist.photoUrl,
      years_in_practice: therapist.yearsInPractice,
      gender: therapist.gender,
      languages: therapist.languages,
      formats: therapist.formats,
      office_address: therapist.officeAddress,
      office_latitude: therapist.officeLatitude,
      office_longitude: therapist.officeLongitude,
      age_groups: therapist.ageGroups,
      communities: therapist.communities,
      specialty_concerns: therapist.specialtyConcerns,
      treated_concerns: therapist.treatedConcerns,
      modalities: therapist.modalities,
      fee_minor: therapist.feeMinor,
      sliding_scale_min_minor: therapist.slidingScaleMinMinor,
      sliding_scale_max_minor: therapist.slidingScaleMaxMinor,
      insurance_accepted: therapist.insuranceAccepted,
      accepts_new_clients: therapist.acceptsNewClients,
      suspended_at: therapist.suspendedAt,
      suspension_reason: therapist.suspensionReason,
      stripe_account_id: null,
      payouts_enabled: false,
      created_at: therapist.createdAt,
      updated_at: therapist.updatedAt,
    });
    for (const license of therapist.licenses) {
      licenses.push({
        id: randomUUID(),
        therapist_id: profileId,
        license_type: license.licenseType,
        number: license.number,
        jurisdiction: license.jurisdiction,
        expires_on: license.expiresOn,
        npi: license.npi,
        status: license.status,
        submitted_at: license.submittedAt,
        reviewed_by_id: license.reviewedAt === null ? null : reviewerUserId,
        reviewed_at: license.reviewedAt,
        rejection_reason: null,
      });
    }
  }
  return { users, profiles, licenses };
}

/**
 * One INSERT … SELECT for all rows: the rows go as a single JSON parameter
 * (so no bind-parameter limit and no client-side escaping), typed by the
 * table's own row type, inside the caller's transaction.
 */
async function insertJsonRows(em: EntityManager, table: string, columns: readonly string[], rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.map((column) => `"${column}"`).join(', ');
  const sql = `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", ?::json)`;
  const query = em.getKnex().raw(sql, [JSON.stringify(rows)]);
  const transaction = em.getTransactionContext();
  await (transaction ? query.transacting(transaction) : query);
}

/** The admin seeded reviews are attributed to when none is named; its password is random and never shown. */
async function ensureSeedReviewer(em: EntityManager): Promise<string> {
  const existing = await em.execute<{ id: string }[]>('select id from users where email = ?', [SEED_REVIEWER_EMAIL]);
  if (existing.length > 0) return existing[0].id;
  const id = randomUUID();
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  await em.execute(
    `insert into users (id, email, password_hash, role, time_zone, created_at, updated_at) values (?, ?, ?, 'ADMIN', 'UTC', now(), now())`,
    [id, SEED_REVIEWER_EMAIL, passwordHash],
  );
  return id;
}
