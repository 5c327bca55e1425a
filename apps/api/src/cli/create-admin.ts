import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { AuthService } from '../auth/auth.service';
import { Role } from '../auth/entities/user.entity';
import { SystemClock } from '../common/clock';
import { loadConfig } from '../config/config.schema';
import { migrate } from '../database/database-connection';
import { buildOrmOptions } from '../database/mikro-orm.options';
import { flags, runWithDatabase, say } from './cli-support';

// npm run admin:create -- --email admin@example.com --password '…' — admins never come from sign-up.
void runWithDatabase(async (database) => {
  const { email, password } = flags();
  if (!email || !password) throw new Error('usage: npm run admin:create -- --email EMAIL --password PASSWORD');
  if (database.embedded) await migrate(database.url);
  const orm = await MikroORM.init(buildOrmOptions(database.url));
  try {
    const service = new AuthService(orm.em.fork(), new SystemClock(), loadConfig());
    const user = await service.upsertUser({ email, password, role: Role.ADMIN, timeZone: 'UTC' });
    say(`admin ready: ${user.email}`);
  } finally {
    await orm.close();
  }
});
