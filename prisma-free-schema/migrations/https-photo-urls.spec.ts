import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { buildOrmOptions } from '../../apps/api/src/database/mikro-orm.options';
import { createTestDatabase, TestDatabase } from '../../test/support/test-database';
import { Migration20261128000000HttpsPhotoUrls } from './Migration20261128000000HttpsPhotoUrls';

let database: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(buildOrmOptions(database.url));
});
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

it('upgrades existing http:// photos to https://, drops anything else, then enforces https', async () => {
  const connection = orm.em.getConnection();
  // The state before the migration: no check, any text.
  await connection.execute(`alter table therapist_profiles drop constraint therapist_profiles_photo_url_https`);
  const photos = ['http://example.com/a.jpg', 'HTTP://example.com/b.jpg', 'https://example.com/c.jpg', 'javascript:alert(1)', 'https://has space.jpg', null];
  const ids: string[] = [];
  for (const photo of photos) {
    const [userId, profileId] = [randomUUID(), randomUUID()];
    await connection.execute(`insert into users (id, email, password_hash, role, created_at, updated_at) values (?, ?, 'x', 'THERAPIST', now(), now())`, [userId, `${userId}@example.com`]);
    await connection.execute(
      `insert into therapist_profiles (id, user_id, display_name, photo_url, languages, formats, age_groups, communities, specialty_concerns, treated_concerns, modalities, insurance_accepted, insurance_unmatched, created_at, updated_at)
       values (?, ?, 'T', ?, '{en}', '{VIDEO}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', now(), now())`,
      [profileId, userId, photo],
    );
    ids.push(profileId);
  }

  const migration = new Migration20261128000000HttpsPhotoUrls(orm.em.getDriver(), orm.config);
  await migration.up();
  for (const query of migration.getQueries()) await connection.execute(query as string);

  const rows = await connection.execute<{ id: string; photo_url: string | null }[]>(`select id, photo_url from therapist_profiles where id in (${ids.map(() => '?').join(',')})`, ids);
  const photoOf = (id: string) => rows.find((row) => row.id === id)?.photo_url;
  expect(ids.map(photoOf)).toEqual(['https://example.com/a.jpg', 'https://example.com/b.jpg', 'https://example.com/c.jpg', null, null, null]);
  await expect(connection.execute(`update therapist_profiles set photo_url = 'http://example.com/x.jpg' where id = ?`, [ids[0]])).rejects.toThrow(/therapist_profiles_photo_url_https/);
});
