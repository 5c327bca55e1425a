import { Inject, Injectable, Module } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../../common/clock';
import { utcDateOf } from '@rapport/domain';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { connectMeilisearch } from './meilisearch-client';
import { meiliApiKey } from './meilisearch-keys';
import { reindexMeilisearch } from './meilisearch-reindex';

/** Rebuilds the Meilisearch index from the database (`npm run search:reindex`). */
@Injectable()
export class MeilisearchReindexer {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reindex(onProgress?: (done: number, total: number) => void): Promise<{ indexed: number; removed: number }> {
    const { MEILI_HOST: host, MEILI_INDEX: indexUid } = this.config;
    if (!host) throw new Error('MEILI_HOST is not set: there is no Meilisearch index to rebuild.');
    const index = await connectMeilisearch({ host, apiKey: meiliApiKey(this.config), indexUid });
    return reindexMeilisearch({ em: this.em.fork(), index, today: utcDateOf(this.clock.now()), batchSize: 1_000, onProgress });
  }
}

/** Only the reindex, without the matching module's outbox poller, for the CLI. */
@Module({ providers: [MeilisearchReindexer], exports: [MeilisearchReindexer] })
export class SearchReindexModule {}
