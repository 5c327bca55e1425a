import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module';
import { IntakeModule } from '../intake/intake.module';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';
import { PostgresSearchEngine } from './search/postgres-search-engine';
import { SearchEngine } from './search/search-engine.port';

@Module({
  imports: [AvailabilityModule, IntakeModule],
  providers: [MatchingService, MatchingResolver, { provide: SearchEngine, useClass: PostgresSearchEngine }],
  exports: [SearchEngine],
})
export class MatchingModule {}
