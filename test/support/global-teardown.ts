import { rmSync } from 'node:fs';
import { EmbeddedRun, withClient } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  const template = process.env.TEST_DATABASE_TEMPLATE;
  if (serverUrl && template) {
    await withClient(serverUrl, async (client) => {
      // Test files drop their own databases; this also sweeps any left by a crashed worker.
      const { rows } = await client.query<{ datname: string }>(
        `select datname from pg_database where datname = $1 or datname like $2`,
        [template, `rapport_t_${process.pid}_%`],
      );
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    });
  }
  const embedded = (globalThis as { __rapportEmbedded?: EmbeddedRun }).__rapportEmbedded;
  if (embedded) {
    await embedded.stop();
    rmSync(embedded.dataDir, { recursive: true, force: true });
  }
}
