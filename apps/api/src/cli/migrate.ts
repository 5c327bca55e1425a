import 'reflect-metadata';
import { migrate } from '../database/database-connection';
import { runWithDatabase, say } from './cli-support';

// npm run db:migrate — applies pending migrations to DATABASE_URL (or the embedded database).
void runWithDatabase(async (database) => {
  const applied = await migrate(database.url);
  say(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
});
