import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { useKeyring } from '../common/encryption/sealed-json';
import { loadKeyring } from '../common/encryption/keyring';
import { loadConfig } from '../config/config.schema';
import { buildOrmOptions } from '../database/mikro-orm.options';
import { resealHealthData } from '../database/reseal-health-data';
import { runWithDatabase, say } from './cli-support';

// npm run data:reseal — rewrites health data still in the v1 format (not bound to its row)
// or sealed with a key other than the current one. Safe to repeat and to run beside the app.
void runWithDatabase(async (database) => {
  const keyring = loadKeyring(loadConfig());
  useKeyring(keyring);
  const orm = await MikroORM.init(buildOrmOptions(database.url));
  try {
    const { resealed, unreadable } = await resealHealthData(orm.em.fork(), keyring.currentKeyId);
    say(`re-sealed under key ${keyring.currentKeyId}: ${Object.entries(resealed).map(([table, rows]) => `${table} ${rows}`).join(', ')}`);
    const failed = Object.entries(unreadable).filter(([, ids]) => ids.length > 0);
    for (const [table, ids] of failed) say(`${table}: row(s) that failed to decrypt were left as they are: ${ids.join(', ')}`);
    if (failed.length) throw new Error('some values could not be decrypted (tampered with, or sealed with a key not in DATA_ENCRYPTION_KEYS)');
  } finally {
    await orm.close(true);
  }
});
