import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { buildOrmOptions } from '../database/mikro-orm.options';

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

const sql = (statement: string, params: unknown[] = []) => orm.em.getConnection().execute(statement, params);
const count = async () => (await sql('select count(*)::int as n from audit_events'))[0].n as number;

describe('audit_events is append-only in the database itself', () => {
  const id = randomUUID();
  beforeAll(async () => {
    await sql(`insert into audit_events (id, action, subject_type, subject_id, created_at) values (?, 'test.event', 'User', ?, now())`, [id, randomUUID()]);
  });

  it.each([
    ['UPDATE', `update audit_events set action = 'rewritten'`],
    ['DELETE', 'delete from audit_events'],
    ['TRUNCATE', 'truncate audit_events'],
    ['TRUNCATE … CASCADE from the users it points at', 'truncate users cascade'],
  ])('refuses %s', async (_statement, statement) => {
    await expect(sql(statement)).rejects.toThrow(/audit_events is append-only/);
    expect(await count()).toBe(1);
    expect((await sql('select action from audit_events where id = ?', [id]))[0].action).toBe('test.event');
  });

  it('still accepts new events, with no subject when there is none', async () => {
    await sql(`insert into audit_events (id, action, subject_type, subject_id, created_at) values (?, 'auth.login_failed', 'User', null, now())`, [randomUUID()]);
    expect(await count()).toBe(2);
  });
});
