import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/config.schema';
import { connectMeilisearch, loadMeilisearch, MeilisearchModule } from './meilisearch-client';
import { meiliApiKey } from './meilisearch-keys';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres-search-engine';
import { SearchEngine } from './search-engine.port';

/** Meilisearch when MEILI_HOST is set, else the Postgres engine: a configuration choice, no code change. */
export async function createSearchEngine(
  config: Pick<AppConfig, 'MEILI_HOST' | 'MEILI_MASTER_KEY' | 'MEILI_API_KEY' | 'MEILI_API_KEY_FILE' | 'MEILI_INDEX'>,
  em: EntityManager,
  clock: Clock,
  load: () => Promise<MeilisearchModule> = loadMeilisearch,
): Promise<SearchEngine> {
  if (!config.MEILI_HOST) return new PostgresSearchEngine(em, clock);
  const index = await connectMeilisearch({ host: config.MEILI_HOST, apiKey: meiliApiKey(config), indexUid: config.MEILI_INDEX }, load);
  return new MeilisearchSearchEngine(index, em, clock);
}
