import { defineConfig, Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { ALL_ENTITIES } from './entities';
import { ALL_MIGRATIONS } from '../../../../prisma-free-schema/migrations';

/** MikroORM options for one database URL; the same for the app, the CLI and tests. */
export function buildOrmOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ALL_ENTITIES,
    // Explicit entity list and migration classes: no folder discovery, so the
    // compiled build and the TypeScript sources behave the same.
    discovery: { warnWhenNoEntities: true },
    extensions: [Migrator, SeedManager],
    migrations: {
      migrationsList: ALL_MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      path: 'prisma-free-schema/migrations',
      pathTs: 'prisma-free-schema/migrations',
      emit: 'ts',
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: 10 },
    // No JIT compilation for this app's statements: PostgreSQL compiles any statement whose
    // estimate passes jit_above_cost, and a text search over a large state crossed it, spending
    // 10–12 ms compiling to save less (TX "trauma" at 100k: 52.5 → 44.5 ms with JIT off).
    driverOptions: { connection: { options: '-c jit=off' } },
    forceUtcTimezone: true,
    debug: false,
    allowGlobalContext: false,
    ...overrides,
  });
}
