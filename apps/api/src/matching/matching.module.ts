import { Module } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AllianceModule } from '../alliance/alliance.module';
import { AuthModule } from '../auth/auth.module';
import { AvailabilityModule } from '../availability/availability.module';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { IntakeModule } from '../intake/intake.module';
import { JobsModule } from '../jobs/jobs.module';
import { OutboxModule } from '../outbox/outbox.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { MatchingResolver } from './matching.resolver';
import { RematchResolver } from './rematch.resolver';
import { MatchingService } from './matching.service';
import { withResultCache } from './search/cached-search-engine';
import { KeptSearchResponses } from './search/kept-responses';
import { RankingCache, RankingChangeLog, SearchChanges } from './search/search-cache';
import { createSearchEngine } from './search/search-engine.factory';
import { SearchEngine } from './search/search-engine.port';
import { SearchIndexSync } from './search/search-index-sync';
import { SearchProjection } from './search/search-projection';
import { SearchProjectionSync } from './search/search-projection-sync';
import { SearchWarmUp } from './search/search-warm-up';

@Module({
  // The outbox carries therapist changes to the search engine (SearchIndexSync) and booking and
  // schedule changes to the read model's availability summaries (SearchProjectionSync, with a daily roll).
  imports: [AllianceModule, AuthModule, AvailabilityModule, IntakeModule, JobsModule, OutboxModule, TherapistsModule, RateLimitModule],
  providers: [
    MatchingService,
    MatchingResolver,
    RematchResolver,
    SearchIndexSync,
    SearchProjection,
    SearchProjectionSync,
    SearchWarmUp,
    KeptSearchResponses,
    { provide: SearchChanges, inject: [EntityManager, Clock], useFactory: (em: EntityManager, clock: Clock) => new SearchChanges(em, clock) },
    { provide: RankingChangeLog, inject: [EntityManager], useFactory: (em: EntityManager) => new RankingChangeLog(em) },
    {
      provide: SearchEngine,
      inject: [APP_CONFIG, EntityManager, Clock, SearchChanges],
      useFactory: async (config: AppConfig, em: EntityManager, clock: Clock, changes: SearchChanges) => withResultCache(await createSearchEngine(config, em, clock), config, changes, clock),
    },
    {
      provide: RankingCache,
      inject: [SearchChanges, Clock, APP_CONFIG, SearchEngine, RankingChangeLog],
      useFactory: (changes: SearchChanges, clock: Clock, config: AppConfig, engine: SearchEngine, log: RankingChangeLog) => new RankingCache(changes, clock, config, engine.name, log),
    },
  ],
  exports: [SearchEngine, KeptSearchResponses, SearchWarmUp],
})
export class MatchingModule {}
