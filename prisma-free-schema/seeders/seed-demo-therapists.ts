// Writes generated demo therapists and their calendars in bulk: one multi-row
// INSERT per table per batch (rows travel as one JSON parameter expanded by
// json_populate_recordset), one transaction per batch, the next batch generated
// while the current ones are written, so 100,000 therapists take seconds, not hours.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProfileStatus } from '@rapport/domain';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { retryOnDeadlock } from '../../apps/api/src/bookings/booking-support';
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
  /**
   * Batches written at once, each in its own transaction on its own connection
   * (the pool needs that many). Always 1 inside a caller's transaction. When a
   * batch fails, the earlier ones are committed and a later one being written
   * beside it may be too; no batch is ever half written.
   */
  concurrency?: number;
}

export interface SeedDemoTherapistsResult {
  therapists: number;
  licenses: number;
  /** One booking_settings row per therapist. */
  bookingSettings: number;
  weeklyRules: number;
  sessionTypes: number;
  /** Rows written across users, therapist_profiles, licenses, booking_settings, weekly_rules and session_types. */
  rows: number;
  reviewerUserId: string;
  statusCounts: Record<ProfileStatus, number>;
}

export const DEFAULT_SEED_BATCH_SIZE = 2_000;
/** Two writers keep two PostgreSQL backends busy (weekly_rules' exclusion index is most of the work). */
export const DEFAULT_SEED_CONCURRENCY = 2;
/** Reviews of seeded licenses are attributed to this admin when no admin is named. */
export const SEED_REVIEWER_EMAIL = 'license-reviewer@demo.rapport.test';

const USER_COLUMNS = ['id', 'email', 'password_hash', 'role', 'time_zone', 'created_at', 'updated_at'];
const PROFILE_COLUMNS = [
  'id', 'user_id', 'status', 'display_name', 'pronouns', 'headline', 'bio', 'photo_url', 'years_in_practice', 'gender',
  'languages', 'formats', 'office_address', 'office_latitude', 'office_longitude', 'age_groups', 'communities',
  'specialty_concerns', 'treated_concerns', 'modalities', 'fee_minor', 'sliding_scale_min_minor', 'sliding_scale_max_minor',
  'insurance_accepted', 'insurance_unmatched', 'accepts_new_clients', 'suspended_at', 'suspension_reason', 'stripe_account_id', 'payouts_enabled',
  'created_at', 'updated_at',
];
const LICENSE_COLUMNS = [
  'id', 'therapist_id', 'license_type', 'number', 'jurisdiction', 'expires_on', 'npi', 'status', 'submitted_at',
  'reviewed_by_id', 'reviewed_at', 'rejection_reason',
];
const BOOKING_SETTINGS_COLUMNS = [
  'therapist_id', 'time_zone', 'buffer_before_minutes', 'buffer_after_minutes', 'minimum_notice_minutes', 'horizon_days',
  'max_sessions_per_day', 'slot_step_minutes', 'updated_at',
];
const WEEKLY_RULE_COLUMNS = ['id', 'therapist_id', 'weekday', 'start_minute', 'end_minute'];
const SESSION_TYPE_COLUMNS = ['id', 'therapist_id', 'name', 'kind', 'duration_minutes', 'price_minor', 'formats', 'archived_at', 'created_at'];

/** Tables in insert order (each row's references come first), with the columns written. */
const TABLES = [
  ['users', USER_COLUMNS],
  ['therapist_profiles', PROFILE_COLUMNS],
  ['licenses', LICENSE_COLUMNS],
  ['booking_settings', BOOKING_SETTINGS_COLUMNS],
  ['weekly_rules', WEEKLY_RULE_COLUMNS],
  ['session_types', SESSION_TYPE_COLUMNS],
] as const;
type Table = (typeof TABLES)[number][0];

/** Therapists generated and serialised between two yields to the event loop. */
const PREPARE_SLICE = 100;

export async function seedDemoTherapists(em: EntityManager, options: SeedDemoTherapistsOptions): Promise<SeedDemoTherapistsResult> {
  const batchSize = options.batchSize ?? DEFAULT_SEED_BATCH_SIZE;
  const firstNumber = options.firstNumber ?? 1;
  // One argon2 hash for every demo therapist: hashing 100,000 times would take an hour.
  const passwordHash = await hashPassword(DEMO_THERAPIST_PASSWORD);
  const reviewerUserId = options.adminUserId ?? (await ensureSeedReviewer(em));
  const statusCounts: Record<ProfileStatus, number> = { DRAFT: 0, PENDING_REVIEW: 0, ACTIVE: 0, SUSPENDED: 0 };
  const rowCounts = Object.fromEntries(TABLES.map(([table]) => [table, 0])) as Record<Table, number>;
  const prepare = (done: number) =>
    prepareBatch({
      count: Math.min(batchSize, options.count - done),
      firstNumber: firstNumber + done,
      today: options.today,
      seed: options.seed ?? DEMO_THERAPIST_SEED,
      passwordHash,
      reviewerUserId,
    });

  // Nested in a caller's transaction, everything shares its one connection.
  const concurrency = em.isInTransaction() ? 1 : Math.max(1, options.concurrency ?? DEFAULT_SEED_CONCURRENCY);
  const writeOnce = (batch: PreparedBatch) =>
    (concurrency > 1 ? em.fork() : em).transactional(async (tx) => {
      for (const [table, columns] of TABLES) await insertJsonRows(tx, table, columns, batch.tables[table]);
    });
  // Batches written side by side into a fresh database can still deadlock: numbering new facet
  // values takes a lock held to commit (migration 20261213000000) while an earlier statement of
  // the same batch holds kept facet-count rows another batch waits on. A batch is one
  // transaction, so the one PostgreSQL aborts is written again whole.
  const write = (batch: PreparedBatch) => (concurrency > 1 ? retryOnDeadlock(() => writeOnce(batch)) : writeOnce(batch));

  options.onProgress?.(0, options.count);
  // Writes in batch order; the next batch is generated (CPU in Node) while they run (work in PostgreSQL).
  const writing: Promise<PreparedBatch>[] = [];
  let next = options.count > 0 ? prepare(0) : undefined;
  let queued = 0;
  let done = 0;
  try {
    while (done < options.count) {
      if (next && writing.length < concurrency) {
        const batch = await next;
        queued += batch.therapists;
        next = queued < options.count ? prepare(queued) : undefined;
        // Failures surface when awaited below; none is left unhandled if another fails first.
        next?.catch(() => undefined);
        const written = write(batch).then(() => batch);
        written.catch(() => undefined);
        writing.push(written);
        continue;
      }
      const batch = await writing.shift()!;
      for (const status of batch.statuses) statusCounts[status]++;
      for (const [table] of TABLES) rowCounts[table] += batch.tables[table].count;
      done += batch.therapists;
      options.onProgress?.(done, options.count);
    }
  } catch (error) {
    // Let the other writes finish (or fail) before the caller closes the connections.
    await Promise.allSettled(writing);
    throw error;
  }
  return {
    therapists: options.count,
    licenses: rowCounts.licenses,
    bookingSettings: rowCounts.booking_settings,
    weeklyRules: rowCounts.weekly_rules,
    sessionTypes: rowCounts.session_types,
    rows: Object.values(rowCounts).reduce((sum, count) => sum + count, 0),
    reviewerUserId,
    statusCounts,
  };
}

/** One batch ready to write: per table, its rows as one JSON array text. */
interface PreparedBatch {
  therapists: number;
  statuses: ProfileStatus[];
  tables: Record<Table, JsonRows>;
}

interface JsonRows {
  count: number;
  json: string;
}

/**
 * Generates and serialises a batch a slice at a time, yielding to the event
 * loop between slices so the statements of the batch being written keep
 * flowing meanwhile.
 */
async function prepareBatch(input: {
  count: number;
  firstNumber: number;
  today: string;
  seed: number;
  passwordHash: string;
  reviewerUserId: string;
}): Promise<PreparedBatch> {
  const parts = Object.fromEntries(TABLES.map(([table]) => [table, { count: 0, pieces: [] as string[] }])) as Record<
    Table,
    { count: number; pieces: string[] }
  >;
  const statuses: ProfileStatus[] = [];
  for (let offset = 0; offset < input.count; offset += PREPARE_SLICE) {
    if (offset > 0) await new Promise((resolve) => setImmediate(resolve));
    const therapists = generateDemoTherapists({
      count: Math.min(PREPARE_SLICE, input.count - offset),
      firstNumber: input.firstNumber + offset,
      today: input.today,
      seed: input.seed,
    });
    const rows = toRows(therapists, input.passwordHash, input.reviewerUserId);
    for (const [table] of TABLES) {
      if (rows[table].length === 0) continue;
      parts[table].count += rows[table].length;
      // The array's items without its brackets, to be joined into one array.
      parts[table].pieces.push(JSON.stringify(rows[table]).slice(1, -1));
    }
    for (const therapist of therapists) statuses.push(therapist.status);
  }
  const tables = Object.fromEntries(
    TABLES.map(([table]) => [table, { count: parts[table].count, json: `[${parts[table].pieces.join(',')}]` }]),
  ) as Record<Table, JsonRows>;
  return { therapists: input.count, statuses, tables };
}

/** Column-named rows for one batch, with fresh ids linking user → profile → licenses and calendar. */
function toRows(therapists: readonly DemoTherapistRecord[], passwordHash: string, reviewerUserId: string): Record<Table, object[]> {
  const users: Record<string, unknown>[] = [];
  const profiles: Record<string, unknown>[] = [];
  const licenses: Record<string, unknown>[] = [];
  const bookingSettings: Record<string, unknown>[] = [];
  const weeklyRules: Record<string, unknown>[] = [];
  const sessionTypes: Record<string, unknown>[] = [];
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
      insurance_unmatched: [],
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
    const settings = therapist.bookingSettings;
    bookingSettings.push({
      therapist_id: profileId,
      time_zone: settings.timeZone,
      buffer_before_minutes: settings.bufferBeforeMinutes,
      buffer_after_minutes: settings.bufferAfterMinutes,
      minimum_notice_minutes: settings.minimumNoticeMinutes,
      horizon_days: settings.horizonDays,
      max_sessions_per_day: settings.maxSessionsPerDay,
      slot_step_minutes: settings.slotStepMinutes,
      updated_at: settings.updatedAt,
    });
    for (const rule of therapist.weeklyRules) {
      weeklyRules.push({
        id: randomUUID(),
        therapist_id: profileId,
        weekday: rule.weekday,
        start_minute: rule.startMinute,
        end_minute: rule.endMinute,
      });
    }
    for (const sessionType of therapist.sessionTypes) {
      sessionTypes.push({
        id: randomUUID(),
        therapist_id: profileId,
        name: sessionType.name,
        kind: sessionType.kind,
        duration_minutes: sessionType.durationMinutes,
        price_minor: sessionType.priceMinor,
        formats: sessionType.formats,
        archived_at: null,
        created_at: sessionType.createdAt,
      });
    }
  }
  return {
    users,
    therapist_profiles: profiles,
    licenses,
    booking_settings: bookingSettings,
    weekly_rules: weeklyRules,
    session_types: sessionTypes,
  };
}

/**
 * One INSERT … SELECT for all rows: the rows go as a single JSON parameter
 * (so no bind-parameter limit and no client-side escaping), typed by the
 * table's own row type, inside the caller's transaction.
 */
async function insertJsonRows(em: EntityManager, table: string, columns: readonly string[], rows: JsonRows): Promise<void> {
  if (rows.count === 0) return;
  const list = columns.map((column) => `"${column}"`).join(', ');
  const sql = `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", ?::json)`;
  const query = em.getKnex().raw(sql, [rows.json]);
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
