import { MikroORM } from '@mikro-orm/postgresql';
import { addDays, computeOpenSlots, deriveProfileStatus, localDateOf, type LicenseStatus } from '@rapport/domain';
import { findJurisdiction } from '@rapport/taxonomy';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { verifyPassword } from '../../apps/api/src/auth/password-hashing';
import { loadSchedules } from '../../apps/api/src/availability/schedule-loader';
import { buildOrmOptions } from '../../apps/api/src/database/mikro-orm.options';
import { License, LicenseStatus as LicenseStatusEnum } from '../../apps/api/src/licensing/entities/license.entity';
import { ProfileStatus, TherapistProfile } from '../../apps/api/src/therapists/entities/therapist-profile.entity';
import { DEMO_ACCOUNTS, DEMO_THERAPIST_PASSWORD } from './demo-accounts';
import { DEMO_THERAPIST_COUNT, DemoSeeder, seedDemoDataOnce } from './DemoSeeder';
import { generateDemoTherapists } from './demo-therapist-generator';
import { SEED_REVIEWER_EMAIL, seedDemoTherapists } from './seed-demo-therapists';

const TODAY = '2026-11-25';
/** A fixed clock for slot checks: the demo's today, mid-morning in New York. */
const NOW = new Date(`${TODAY}T15:00:00.000Z`);
const DAY_MS = 86_400_000;

describe('seeding demo therapists into PostgreSQL', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions(database.url));
  });
  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  const query = <T>(sql: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(sql, params);

  it('seeds the demo once: client, admin and 200 therapists that satisfy every constraint', async () => {
    const startedAt = performance.now();
    expect(await seedDemoDataOnce(orm.em.fork(), { today: TODAY })).toBe(true);
    const elapsedMs = Math.round(performance.now() - startedAt);
    process.stdout.write(`seeded demo data (client, admin, ${DEMO_THERAPIST_COUNT} therapists) in ${elapsedMs} ms\n`);
    expect(await seedDemoDataOnce(orm.em.fork(), { today: TODAY })).toBe(false);

    const [counts] = await query<{ users: number; therapists: number; profiles: number }>(
      `select (select count(*)::int from users) as users,
              (select count(*)::int from users where role = 'THERAPIST') as therapists,
              (select count(*)::int from therapist_profiles) as profiles`,
    );
    expect(counts).toEqual({ users: 202, therapists: 200, profiles: 200 });
    const statuses = await query<{ status: string; total: number }>(
      'select status, count(*)::int as total from therapist_profiles group by status order by status',
    );
    expect(Object.fromEntries(statuses.map((row) => [row.status, row.total]))).toEqual({
      ACTIVE: 174,
      PENDING_REVIEW: 16,
      DRAFT: 8,
      SUSPENDED: 2,
    });
  });

  it('stores for each profile the status deriveProfileStatus computes from its stored licenses', async () => {
    const profiles = await orm.em.fork().find(TherapistProfile, {}, { populate: ['user'] });
    const licenses = await orm.em.fork().find(License, {});
    const byTherapist = new Map<string, License[]>();
    for (const license of licenses) byTherapist.set(license.therapist.id, [...(byTherapist.get(license.therapist.id) ?? []), license]);
    for (const profile of profiles) {
      const facts = (byTherapist.get(profile.id) ?? []).map(({ status, expiresOn }) => ({ status: status as LicenseStatus, expiresOn }));
      expect(facts.length).toBeGreaterThan(0);
      expect(profile.status).toBe(deriveProfileStatus({ suspended: profile.suspendedAt !== null, licenses: facts, today: TODAY }));
    }
  });

  it('licenses therapists in at least 6 states, reviewed by the demo admin', async () => {
    const [states] = await query<{ total: number }>('select count(distinct jurisdiction)::int as total from licenses');
    expect(states.total).toBeGreaterThanOrEqual(6);
    const reviewers = await query<{ email: string }>(
      `select distinct u.email from licenses l join users u on u.id = l.reviewed_by_id where l.status = ?`,
      [LicenseStatusEnum.VERIFIED],
    );
    expect(reviewers.map((row) => row.email)).toEqual([DEMO_ACCOUNTS.admin.email]);
  });

  it('makes therapist-00001 a working login with an ACTIVE profile', async () => {
    const em = orm.em.fork();
    const profile = await em.findOneOrFail(
      TherapistProfile,
      { user: { email: DEMO_ACCOUNTS.therapist.email } },
      { populate: ['user', 'user.passwordHash'] },
    );
    expect(profile.status).toBe(ProfileStatus.ACTIVE);
    expect(profile.user.role).toBe('THERAPIST');
    expect(profile.user.timeZone).toBe(DEMO_ACCOUNTS.therapist.timeZone);
    expect(await verifyPassword(profile.user.passwordHash, DEMO_THERAPIST_PASSWORD)).toBe(true);
    // The ORM reads the bulk-inserted rows back as entities, arrays and all.
    expect(profile.specialtyConcerns.length).toBeGreaterThan(0);
    expect(profile.languages).toContain('en');
  });

  it('gives every seeded therapist booking settings in their account zone, a weekly window and an INDIVIDUAL session type', async () => {
    const [counts] = await query<Record<string, number>>(
      `select count(*)::int as profiles,
              count(*) filter (where b.therapist_id is null)::int as without_settings,
              count(*) filter (where b.time_zone is distinct from u.time_zone)::int as settings_in_other_zone,
              count(*) filter (where not exists (select 1 from weekly_rules r where r.therapist_id = p.id))::int as without_windows,
              count(*) filter (where not exists (
                select 1 from session_types s where s.therapist_id = p.id and s.kind = 'INDIVIDUAL' and s.archived_at is null
              ))::int as without_individual
         from therapist_profiles p join users u on u.id = p.user_id left join booking_settings b on b.therapist_id = p.id`,
    );
    expect(counts).toEqual({
      profiles: DEMO_THERAPIST_COUNT,
      without_settings: 0,
      settings_in_other_zone: 0,
      without_windows: 0,
      without_individual: 0,
    });
  });

  it('stores exactly the calendars the generator draws, under the live constraints', async () => {
    const expected = generateDemoTherapists({ count: DEMO_THERAPIST_COUNT, today: TODAY });
    const settings = await query<Record<string, unknown> & { email: string }>(
      `select u.email, b.time_zone, b.buffer_before_minutes, b.buffer_after_minutes, b.minimum_notice_minutes, b.horizon_days,
              b.max_sessions_per_day, b.slot_step_minutes, b.updated_at
         from booking_settings b join therapist_profiles p on p.id = b.therapist_id join users u on u.id = p.user_id`,
    );
    const rules = await query<{ email: string; weekday: number; start_minute: number; end_minute: number }>(
      `select u.email, r.weekday, r.start_minute, r.end_minute
         from weekly_rules r join therapist_profiles p on p.id = r.therapist_id join users u on u.id = p.user_id
        order by u.email, r.weekday, r.start_minute`,
    );
    const types = await query<Record<string, unknown> & { email: string }>(
      `select u.email, s.name, s.kind, s.duration_minutes, s.price_minor, s.formats, s.archived_at, s.created_at
         from session_types s join therapist_profiles p on p.id = s.therapist_id join users u on u.id = p.user_id
        order by u.email, s.created_at`,
    );
    // Rows per therapist, timestamps (returned as text) as ISO instants like the generator's.
    const group = <T extends { email: string }>(rows: T[]) => {
      const byEmail = new Map<string, Omit<T, 'email'>[]>();
      for (const { email, ...row } of rows) {
        for (const key of ['updated_at', 'created_at'] as const) {
          if (key in row) Object.assign(row, { [key]: new Date((row as Record<string, string>)[key]).toISOString() });
        }
        byEmail.set(email, [...(byEmail.get(email) ?? []), row]);
      }
      return byEmail;
    };
    const [settingsByEmail, rulesByEmail, typesByEmail] = [group(settings), group(rules), group(types)];
    for (const record of expected) {
      const { bookingSettings: b } = record;
      expect(b.timeZone).toBe(findJurisdiction(record.licenses[0].jurisdiction)?.timeZone);
      expect(settingsByEmail.get(record.email)).toEqual([
        {
          time_zone: b.timeZone,
          buffer_before_minutes: b.bufferBeforeMinutes,
          buffer_after_minutes: b.bufferAfterMinutes,
          minimum_notice_minutes: b.minimumNoticeMinutes,
          horizon_days: b.horizonDays,
          max_sessions_per_day: b.maxSessionsPerDay,
          slot_step_minutes: b.slotStepMinutes,
          updated_at: b.updatedAt,
        },
      ]);
      expect(rulesByEmail.get(record.email)).toEqual(
        record.weeklyRules.map((rule) => ({ weekday: rule.weekday, start_minute: rule.startMinute, end_minute: rule.endMinute })),
      );
      expect(typesByEmail.get(record.email)).toEqual(
        record.sessionTypes.map((type) => ({
          name: type.name,
          kind: type.kind,
          duration_minutes: type.durationMinutes,
          price_minor: type.priceMinor,
          formats: type.formats,
          archived_at: null,
          created_at: type.createdAt,
        })),
      );
    }
    const kinds: Record<string, number> = {};
    for (const type of types) kinds[type.kind as string] = (kinds[type.kind as string] ?? 0) + 1;
    process.stdout.write(`demo calendars: ${rules.length} weekly windows; session types ${JSON.stringify(kinds)}\n`);

    // The rows went in under the exclusion constraint, which is live: an overlapping window is refused.
    await expect(
      query(
        `insert into weekly_rules (id, therapist_id, weekday, start_minute, end_minute)
         select gen_random_uuid(), therapist_id, weekday, start_minute, start_minute + 1 from weekly_rules limit 1`,
      ),
    ).rejects.toThrow(/weekly_rules_no_overlap/);
  });

  it('opens slots within 14 days for every ACTIVE demo therapist (schedules loaded from the database, fixed now)', async () => {
    const active = await query<{ id: string; email: string; minutes: number }>(
      `select p.id, u.email, min(s.duration_minutes)::int as minutes
         from therapist_profiles p join users u on u.id = p.user_id
         join session_types s on s.therapist_id = p.id and s.kind = 'INDIVIDUAL' and s.archived_at is null
        where p.status = 'ACTIVE' group by p.id, u.email`,
    );
    expect(active.length).toBe(174);
    expect(active.map((row) => row.email)).toContain(DEMO_ACCOUNTS.therapist.email);
    const to = new Date(NOW.getTime() + 14 * DAY_MS);
    // As SlotFinder loads them: by instant, and by local date padded a day each side.
    const schedules = await loadSchedules(
      orm.em.fork(),
      active.map((row) => row.id),
      { from: NOW, to, fromDate: addDays(localDateOf(NOW, 'UTC'), -1), toDate: addDays(localDateOf(to, 'UTC'), 1), now: NOW },
    );
    const withoutSlots = active.filter(({ id, minutes }) => {
      const schedule = schedules.get(id);
      if (!schedule) return true;
      return computeOpenSlots({ now: NOW, ...schedule, durationMinutes: minutes, from: NOW, to }).length === 0;
    });
    expect(withoutSlots.map((row) => row.email)).toEqual([]);
  });

  it('continues numbering in batches, attributing reviews to a seed reviewer when no admin is named', async () => {
    const progress: [number, number][] = [];
    const result = await seedDemoTherapists(orm.em.fork(), {
      count: 2_500,
      firstNumber: DEMO_THERAPIST_COUNT + 1,
      today: TODAY,
      adminUserId: null,
      batchSize: 1_000,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [0, 2_500],
      [1_000, 2_500],
      [2_000, 2_500],
      [2_500, 2_500],
    ]);
    expect(result.therapists).toBe(2_500);
    expect(Object.values(result.statusCounts).reduce((sum, count) => sum + count, 0)).toBe(2_500);
    const [counts] = await query<{ profiles: number; licenses: number; reviewer: string }>(
      `select (select count(*)::int from therapist_profiles) as profiles,
              (select count(*)::int from licenses) as licenses,
              (select email from users where id = ?) as reviewer`,
      [result.reviewerUserId],
    );
    expect(counts.profiles).toBe(2_700);
    expect(counts.reviewer).toBe(SEED_REVIEWER_EMAIL);
    expect(result.rows).toBe(2 * 2_500 + result.licenses + result.bookingSettings + result.weeklyRules + result.sessionTypes);
    // Written two batches at a time, yet every therapist is there once, with a calendar.
    const [calendars] = await query<Record<string, number>>(
      `select (select count(distinct u.email)::int from users u join therapist_profiles p on p.user_id = u.id
                where u.email like 'therapist-%') as therapists,
              (select count(*)::int from booking_settings) as settings,
              (select count(*)::int from weekly_rules) as windows,
              (select count(*)::int from session_types) as session_types`,
    );
    const demo = generateDemoTherapists({ count: DEMO_THERAPIST_COUNT, today: TODAY });
    expect(calendars).toEqual({
      therapists: 2_700,
      settings: 2_700,
      windows: result.weeklyRules + demo.reduce((sum, record) => sum + record.weeklyRules.length, 0),
      session_types: result.sessionTypes + demo.reduce((sum, record) => sum + record.sessionTypes.length, 0),
    });
    expect(result.bookingSettings).toBe(2_500);
  });
});

describe('demo seeding is all or nothing', () => {
  it('leaves no demo accounts behind when seeding the therapists fails', async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(buildOrmOptions(database.url));
    try {
      const connection = orm.em.getConnection();
      // A therapist email already taken makes the bulk insert fail after the client and admin were created.
      await connection.execute(
        `insert into users (id, email, password_hash, role, created_at, updated_at)
         values ('00000000-0000-4000-8000-000000000001', ?, 'x', 'CLIENT', now(), now())`,
        [DEMO_ACCOUNTS.therapist.email],
      );
      await expect(new DemoSeeder({ today: TODAY, therapistCount: 5 }).run(orm.em.fork())).rejects.toThrow(/users_email_lower_unique/);
      const rows = await connection.execute<{ email: string }[]>('select email from users');
      expect(rows.map((row) => row.email)).toEqual([DEMO_ACCOUNTS.therapist.email]);
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});

describe('seeding with concurrent writers', () => {
  it('fails with the first failing batch, leaving only whole batches behind', async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(buildOrmOptions(database.url));
    try {
      const connection = orm.em.getConnection();
      // Therapist 150's email is taken, so the second batch of 100 fails while others are written beside it.
      await connection.execute(
        `insert into users (id, email, password_hash, role, created_at, updated_at)
         values ('00000000-0000-4000-8000-000000000002', 'therapist-00150@demo.rapport.test', 'x', 'CLIENT', now(), now())`,
      );
      const progress: number[] = [];
      await expect(
        seedDemoTherapists(orm.em.fork(), {
          count: 400,
          today: TODAY,
          adminUserId: null,
          batchSize: 100,
          concurrency: 2,
          onProgress: (done) => progress.push(done),
        }),
      ).rejects.toThrow(/users_email_lower_unique/);
      expect(progress).toEqual([0, 100]);
      const [counts] = await connection.execute<{ profiles: number; settings: number; first: number }[]>(
        `select (select count(*)::int from therapist_profiles) as profiles,
                (select count(*)::int from booking_settings) as settings,
                (select count(*)::int from users where email = 'therapist-00001@demo.rapport.test') as first`,
      );
      // The batch written beside the failing one may or may not have committed; none is half there.
      expect([100, 200]).toContain(counts.profiles);
      expect(counts.settings).toBe(counts.profiles);
      expect(counts.first).toBe(1);
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});
