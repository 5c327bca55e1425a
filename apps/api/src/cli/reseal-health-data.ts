import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/postgresql';
import { useKeyring } from '../common/encryption/sealed-json';
import { loadKeyring } from '../common/encryption/keyring';
import { resealHealthData } from '../database/reseal-health-data';
import { runCommand, say } from './cli-support';

// npm run data:reseal — rewrites health data still in the v1 format (not bound to its row)
// or sealed with a key other than the current one. Safe to repeat and to run beside the app.
void runCommand({
  modules: [],
  async run(context, config) {
    const keyring = loadKeyring(config);
    useKeyring(keyring);
    const { resealed, unreadable } = await resealHealthData(context.get(EntityManager).fork(), keyring.currentKeyId);
    say(`re-sealed under key ${keyring.currentKeyId}: ${Object.entries(resealed).map(([table, rows]) => `${table} ${rows}`).join(', ')}`);
    const failed = Object.entries(unreadable).filter(([, ids]) => ids.length > 0);
    for (const [table, ids] of failed) say(`${table}: row(s) that failed to decrypt were left as they are: ${ids.join(', ')}`);
    if (failed.length) throw new Error('some values could not be decrypted (tampered with, or sealed with a key not in DATA_ENCRYPTION_KEYS)');
  },
});
