import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { buildOrmOptions } from './mikro-orm.options';

describe('migrations', () => {
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

  it('leave the database exactly as the entities describe it (no pending schema diff)', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false });
    expect(diff.trim()).toBe('');
  });

  it('enable btree_gist and pg_trgm', async () => {
    const rows = await orm.em.getConnection().execute<{ extname: string }[]>(
      `select extname from pg_extension where extname in ('btree_gist', 'pg_trgm') order by extname`,
    );
    expect(rows.map((row) => row.extname)).toEqual(['btree_gist', 'pg_trgm']);
  });

  it('keep emails unique case-insensitively in the database itself', async () => {
    const connection = orm.em.getConnection();
    const insert = (id: string, email: string) =>
      connection.execute(
        `insert into users (id, email, password_hash, role, created_at, updated_at) values (?, ?, 'x', 'CLIENT', now(), now())`,
        [id, email],
      );
    await insert('00000000-0000-4000-8000-000000000001', 'same@example.com');
    await expect(insert('00000000-0000-4000-8000-000000000002', 'SAME@example.com')).rejects.toThrow(
      /users_email_normalised|users_email_lower_unique/,
    );
  });
});
