import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { buildOrmOptions } from '../../apps/api/src/database/mikro-orm.options';
import { createTestDatabase, TestDatabase } from '../../test/support/test-database';
import { Migration20261130070000PayerIds } from './Migration20261130070000PayerIds';

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

it('maps typed plan names to payer ids through the aliases and keeps the unknown ones for the therapist', async () => {
  const connection = orm.em.getConnection();
  // The state before the migration: typed names, no insurance_unmatched column.
  await connection.execute(`alter table therapist_profiles drop column insurance_unmatched`);
  const typed = [
    ['Aetna', 'BCBS PPO', 'Optum', 'UHC', 'Blue Cross Blue Shield'],
    ['  cigna ', 'Evernorth', 'Acme "Local" Health', 'Tricare East'],
    [],
    ['Medicare', 'Some Union Plan', 'some union plan'],
  ];
  const ids: string[] = [];
  for (const names of typed) {
    const [userId, profileId] = [randomUUID(), randomUUID()];
    await connection.execute(`insert into users (id, email, password_hash, role, created_at, updated_at) values (?, ?, 'x', 'THERAPIST', now(), now())`, [userId, `${userId}@example.com`]);
    await connection.execute(
      `insert into therapist_profiles (id, user_id, display_name, languages, formats, age_groups, communities, specialty_concerns, treated_concerns, modalities, insurance_accepted, created_at, updated_at)
       values (?, ?, 'T', '{en}', '{VIDEO}', '{}', '{}', '{}', '{}', '{}', ?::text[], now(), now())`,
      [profileId, userId, `{${names.map((name) => `"${name.replaceAll('"', '\\"')}"`).join(',')}}`],
    );
    ids.push(profileId);
  }

  await orm.em.getConnection().transactional(async (trx) => {
    const migration = new Migration20261130070000PayerIds(orm.em.getDriver(), orm.config);
    migration.setTransactionContext(trx);
    await migration.up();
  });

  const rows = await connection.execute<{ id: string; insurance_accepted: string[]; insurance_unmatched: string[] }[]>(
    `select id, insurance_accepted, insurance_unmatched from therapist_profiles where id in (${ids.map(() => '?').join(',')})`,
    ids,
  );
  const byId = new Map(rows.map((row) => [row.id, [row.insurance_accepted, row.insurance_unmatched]]));
  expect(ids.map((id) => byId.get(id))).toEqual([
    [['AETNA', 'BCBS', 'UNITEDHEALTHCARE'], []],
    [['CIGNA', 'TRICARE'], ['Acme "Local" Health']],
    [[], []],
    [['MEDICARE'], ['Some Union Plan', 'some union plan']],
  ]);
});
