import { MikroORM } from '@mikro-orm/postgresql';
import { deriveProfileStatus, type LicenseStatus } from '@rapport/domain';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { verifyPassword } from '../../apps/api/src/auth/password-hashing';
import { buildOrmOptions } from '../../apps/api/src/database/mikro-orm.options';
import { License, LicenseStatus as LicenseStatusEnum } from '../../apps/api/src/licensing/entities/license.entity';
import { ProfileStatus, TherapistProfile } from '../../apps/api/src/therapists/entities/therapist-profile.entity';
import { DEMO_ACCOUNTS, DEMO_THERAPIST_PASSWORD } from './demo-accounts';
import { DEMO_THERAPIST_COUNT, DemoSeeder, seedDemoDataOnce } from './DemoSeeder';
import { SEED_REVIEWER_EMAIL, seedDemoTherapists } from './seed-demo-therapists';

const TODAY = '2026-11-25';

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
    expect(result.rows).toBe(2 * 2_500 + result.licenses);
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
