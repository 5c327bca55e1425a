import { randomBytes } from 'node:crypto';
import { databaseUrl, withClient } from './global-setup';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  const template = process.env.TEST_DATABASE_TEMPLATE;
  if (!serverUrl || !template) throw new Error('test/support/global-setup.ts did not run');
  const runPid = template.replace('rapport_tpl_', '');
  const name = `rapport_t_${runPid}_${randomBytes(5).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`create database "${name}" template "${template}"`));
  return {
    url: databaseUrl(serverUrl, name),
    drop: () => withClient(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}
