import 'reflect-metadata';
import { formatProgressBar } from '../../../../prisma-free-schema/seeders/seed-therapists-for-benchmark';
import { loadConfig } from '../config/config.schema';
import { MeilisearchReindexer, SearchReindexModule } from '../matching/search/search-reindex.module';
import { runCommand, say } from './cli-support';

// npm run search:reindex — applies the Meilisearch index settings and pushes every
// ACTIVE therapist (batches of 1,000), then removes documents of anyone no longer listed.
// Run it when first pointing MEILI_HOST at a server, and after a release that changes the index.
let meiliHost: string | undefined;
try {
  meiliHost = loadConfig().MEILI_HOST;
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

if (!meiliHost) {
  say('MEILI_HOST is not set: search uses the Postgres engine, which reads the database directly and needs no index. Nothing to do.');
  process.exit(0);
}

void runCommand({
  modules: [SearchReindexModule],
  async run(context, config) {
    say(`reindexing therapists into Meilisearch index "${config.MEILI_INDEX}" at ${config.MEILI_HOST}`);
    const startedAt = performance.now();
    const draw = (done: number, total: number) => process.stderr.write(`\r${formatProgressBar(done, total, performance.now() - startedAt)}`);
    const result = await context.get(MeilisearchReindexer).reindex(draw);
    process.stderr.write('\n');
    say(`indexed ${result.indexed.toLocaleString('en-US')} therapist(s); removed ${result.removed.toLocaleString('en-US')} stale document(s)`);
  },
});
