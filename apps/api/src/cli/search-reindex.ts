import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { formatProgressBar } from '../../../../prisma-free-schema/seeders/seed-therapists-for-benchmark';
import { utcDateOf } from '@rapport/domain';
import { AppConfig, loadConfig } from '../config/config.schema';
import { migrate } from '../database/database-connection';
import { buildOrmOptions } from '../database/mikro-orm.options';
import { connectMeilisearch } from '../matching/search/meilisearch-client';
import { reindexMeilisearch } from '../matching/search/meilisearch-reindex';
import { runWithDatabase, say } from './cli-support';

// npm run search:reindex — applies the Meilisearch index settings and pushes every
// ACTIVE therapist (batches of 1,000), then removes documents of anyone no longer listed.
// Run it when first pointing MEILI_HOST at a server, and after a release that changes the index.
let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

if (!config.MEILI_HOST) {
  say('MEILI_HOST is not set: search uses the Postgres engine, which reads the database directly and needs no index. Nothing to do.');
  process.exit(0);
}

void runWithDatabase(async (database) => {
  const host = config.MEILI_HOST!;
  if (database.embedded) await migrate(database.url);
  const orm = await MikroORM.init(buildOrmOptions(database.url));
  try {
    const index = await connectMeilisearch({ host, apiKey: config.MEILI_MASTER_KEY, indexUid: config.MEILI_INDEX });
    say(`reindexing therapists into Meilisearch index "${config.MEILI_INDEX}" at ${host}`);
    const startedAt = performance.now();
    const draw = (done: number, total: number) => process.stderr.write(`\r${formatProgressBar(done, total, performance.now() - startedAt)}`);
    const result = await reindexMeilisearch({ em: orm.em.fork(), index, today: utcDateOf(new Date()), batchSize: 1_000, onProgress: draw });
    process.stderr.write('\n');
    say(`indexed ${result.indexed.toLocaleString('en-US')} therapist(s); removed ${result.removed.toLocaleString('en-US')} stale document(s)`);
  } finally {
    await orm.close(true);
  }
});
