import { RequestContext } from '@mikro-orm/postgresql';
import { isLicenseValid } from '@rapport/domain';
import { License, LicenseStatus } from '../../apps/api/src/licensing/entities/license.entity';
import { toLicenseSummary } from '../../apps/api/src/licensing/license-summary';
import { ProfileStatus, TherapistProfile } from '../../apps/api/src/therapists/entities/therapist-profile.entity';
import { PROFILE_MODEL_FIELDS } from '../../apps/api/src/therapists/therapist-profile.mapper';
import { TherapistsService } from '../../apps/api/src/therapists/therapists.service';
import { seedDemoTherapists } from '../../prisma-free-schema/seeders/seed-demo-therapists';
import { countStatements } from '../support/count-statements';
import { FixedClock } from '../support/fixed-clock';
import { startTestApp, TestApp } from '../support/test-app';

// What the public sees of a profile (search pages, the profile page, the waitlist) is read as
// plain rows of the model's fields, not entities: it must read exactly what the entities hold,
// under the same rule (ACTIVE, and a license valid today even before the expiry job has run).
const TODAY = '2026-11-25';
const LAPSED_LICENSE_ID = '0b7e3f52-6a1d-4c5e-9f3a-2d8c1e4b7a90';
const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ clock });
  await seedDemoTherapists(app.em().fork(), { count: 40, today: TODAY, seed: 5, adminUserId: null });
});
afterAll(() => app.close());

it('reads the same facts and licenses as the entities, for the profiles the public may see', async () => {
  const sql = (text: string, params: unknown[] = []) => app.em().getConnection().execute(text, params);
  const ids = (await app.em().getConnection().execute<{ id: string }[]>(`select id from therapist_profiles order by id`)).map((row) => row.id);
  // The profiles changed below are ones the public may see before the change: demo ids are random,
  // and about one demo therapist in eight is not ACTIVE or has no verified license.
  const shown = (
    await app.em().getConnection().execute<{ id: string }[]>(
      `select p.id from therapist_profiles p where p.status = 'ACTIVE'
         and exists (select 1 from licenses l where l.therapist_id = p.id and l.status = 'VERIFIED' and l.expires_on >= date '${TODAY}')
       order by p.id`,
    )
  ).map((row) => row.id);
  // One suspended; one whose every license lapsed yesterday (still ACTIVE: the expiry job has not run); one with a pending license beside a valid one;
  // one with a verified license that lapsed yesterday beside its valid ones (shown without it).
  await sql(`update therapist_profiles set status = 'SUSPENDED', suspended_at = now(), suspension_reason = 'Under review' where id = ?`, [shown[0]]);
  await sql(`update licenses set expires_on = date '${TODAY}' - 1 where therapist_id = ?`, [shown[1]]);
  await sql(
    `insert into licenses (id, therapist_id, license_type, number, jurisdiction, expires_on, status, submitted_at)
     select gen_random_uuid(), ?, 'LCSW', 'PENDING-1', 'TX', date '2027-06-30', 'SUBMITTED', now()`,
    [shown[2]],
  );
  await sql(
    `insert into licenses (id, therapist_id, license_type, number, jurisdiction, expires_on, npi, status, submitted_at, reviewed_by_id, reviewed_at)
     select ?::uuid, therapist_id, license_type, 'LAPSED-1', 'WA', date '${TODAY}' - 1, npi, status, submitted_at - interval '1 day', reviewed_by_id, reviewed_at
     from licenses where therapist_id = ? and status = 'VERIFIED' limit 1`,
    [LAPSED_LICENSE_ID, shown[4]],
  );

  // Arrays read as the entities read them: empty, and values an array literal would quote or escape.
  const withArrays = shown[5];
  await sql(`update therapist_profiles set communities = '{}', insurance_unmatched = array['Blue Cross, "Plus"', 'NULL', 'back\\slash {x}', ''] where id = ?`, [withArrays]);

  const visible = await RequestContext.create(app.em(), () => app.app.get(TherapistsService).findVisible([...ids, 'not-an-id', shown[3]]));

  const em = app.em().fork();
  const profiles = await em.find(TherapistProfile, { id: { $in: ids }, status: ProfileStatus.ACTIVE }, { orderBy: { id: 'asc' } });
  const licenses = await em.find(License, { therapist: { $in: ids }, status: LicenseStatus.VERIFIED }, { orderBy: { submittedAt: 'asc', id: 'asc' } });
  const expected = profiles.flatMap((profile) => {
    const valid = licenses.filter((license) => license.therapist.id === profile.id && isLicenseValid(license, TODAY));
    if (valid.length === 0) return [];
    const facts = Object.fromEntries(PROFILE_MODEL_FIELDS.map((field) => [field, profile[field]]));
    return [{ profile: facts, licenses: valid.map(toLicenseSummary) }];
  });
  expect(visible.map((found) => found.profile.id)).not.toEqual(expect.arrayContaining([shown[0]]));
  expect(visible.map((found) => found.profile.id)).not.toEqual(expect.arrayContaining([shown[1]]));
  const withLapsed = visible.find((found) => found.profile.id === shown[4]);
  expect(withLapsed?.licenses.length).toBeGreaterThan(0);
  expect(withLapsed?.licenses.map((license) => license.id)).not.toContain(LAPSED_LICENSE_ID);
  expect(visible.find((found) => found.profile.id === withArrays)?.profile).toMatchObject({ communities: [], insuranceUnmatched: ['Blue Cross, "Plus"', 'NULL', 'back\\slash {x}', ''] });
  expect(expected.length).toBeGreaterThan(20);
  expect([...visible].sort((a, b) => a.profile.id.localeCompare(b.profile.id))).toEqual(expected);
});

it('reads a page of profiles and their licenses in one statement, for any number of ids', async () => {
  const ids = (await app.em().getConnection().execute<{ id: string }[]>(`select id from therapist_profiles order by id`)).map((row) => row.id);
  const service = app.app.get(TherapistsService);
  const one = await countStatements(app, () => RequestContext.create(app.em(), () => service.findVisible(ids.slice(0, 1))));
  const forty = await countStatements(app, () => RequestContext.create(app.em(), () => service.findVisible(ids)));
  expect([one, forty]).toEqual([1, 1]);
});
