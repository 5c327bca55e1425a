import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { FixedClock } from '../../../../../test/support/fixed-clock';
import { createTestDatabase } from '../../../../../test/support/test-database';
import { buildOrmOptions } from '../../database/mikro-orm.options';
import { connectMeilisearch } from './meilisearch-client';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { describeSearchEngineContract } from './search-engine.contract';
import { startFakeMeilisearch } from './testing/fake-meilisearch';
import { loadMeilisearchOutsideJest } from './testing/load-meilisearch-outside-jest';

// The shared contract (real text queries included) against the Meilisearch engine and the real
// `meilisearch` client, over HTTP to the fake server, which evaluates filters and text as
// Meilisearch does (testing/meilisearch-filter.ts, testing/meilisearch-text.ts). With MEILI_HOST
// set, meilisearch-search-engine.contract.spec.ts runs the same contract against that server.
describeSearchEngineContract('meilisearch (fake server)', async () => {
  const fake = await startFakeMeilisearch();
  const database = await createTestDatabase();
  const orm = await MikroORM.init(buildOrmOptions(database.url));
  const clock = new FixedClock(new Date('2026-11-25T15:00:00Z'));
  const index = await connectMeilisearch({ host: fake.url, indexUid: `rapport_contract_${randomUUID().slice(0, 8)}` }, loadMeilisearchOutsideJest);
  return {
    engine: new MeilisearchSearchEngine(index, orm.em.fork(), clock),
    em: () => orm.em.fork(),
    today: '2026-11-25',
    close: async () => {
      await orm.close(true);
      await database.drop();
      await fake.close();
    },
  };
});
