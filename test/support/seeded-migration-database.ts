import { MikroORM } from '@mikro-orm/postgresql';
import { Migration } from '@mikro-orm/migrations';
import { buildOrmOptions } from '../../apps/api/src/database/mikro-orm.options';
import { createTestDatabase, TestDatabase } from './test-database';
import { seedDemoTherapists } from '../../prisma-free-schema/seeders/seed-demo-therapists';

type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

/**
 * For a spec file: a fresh, fully migrated test database holding `count` demo therapists, with
 * an ORM open on it; both closed and dropped after the file.
 */
export function seededMigrationDatabase({ count, seed }: { count: number; seed: number }) {
  let database: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions(database.url));
    await seedDemoTherapists(orm.em.fork(), { count, today: '2026-11-25', seed, adminUserId: null });
  }, 120_000);
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });
  return {
    url: () => database.url,
    sql: <T extends object>(statement: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(statement, params),
    /** Runs the migrations' `direction` in the order given, each as the migrator does: in a transaction, then the statements it added. */
    run: async (migrations: MigrationClass[], direction: 'up' | 'down'): Promise<void> => {
      for (const Class of migrations) {
        await orm.em.getConnection().transactional(async (trx) => {
          const migration = new Class(orm.em.getDriver(), orm.config);
          migration.setTransactionContext(trx);
          await migration[direction]();
          for (const query of migration.getQueries()) await migration.execute(query as string);
        });
      }
    },
  };
}
