import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { runCommand, say } from './cli-support';

// npm run db:migrate — applies pending migrations to DATABASE_URL (or the embedded database).
void runCommand({
  modules: [],
  migrateFirst: false, // the migrator below does it, and reports what it applied
  async run(context) {
    const applied = await context.get(MikroORM).getMigrator().up();
    say(applied.length ? `applied: ${applied.map((migration) => migration.name).join(', ')}` : 'database is up to date');
  },
});
