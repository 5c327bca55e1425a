import { MikroORM } from '@mikro-orm/postgresql';
import { FixedClock } from '../../../../../test/support/fixed-clock';
import { createTestDatabase } from '../../../../../test/support/test-database';
import { buildOrmOptions } from '../../database/mikro-orm.options';
import { PostgresSearchEngine } from './postgres-search-engine';
import { describeSearchEngineContract } from './search-engine.contract';

describeSearchEngineContract('postgres', async () => {
  const database = await createTestDatabase();
  const orm = await MikroORM.init(buildOrmOptions(database.url));
  const clock = new FixedClock(new Date('2026-11-25T15:00:00Z'));
  return {
    engine: new PostgresSearchEngine(orm.em.fork(), clock),
    em: () => orm.em.fork(),
    today: '2026-11-25',
    close: async () => {
      await orm.close(true);
      await database.drop();
    },
  };
});
