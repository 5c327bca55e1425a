import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { AvailabilityResolver } from './availability.resolver';
import { CalendarsService } from './calendars.service';
import { FeedFetcher } from './feeds/feed-fetcher';
import { FeedFetchLimit } from './feeds/feed-fetch-limit';
import { ScheduleService } from './schedule.service';
import { SessionTypesService } from './session-types.service';
import { SlotFinder } from './slot-finder.service';

@Module({
  imports: [TherapistsModule, AuditModule, OutboxModule, RateLimitModule],
  providers: [ScheduleService, SessionTypesService, CalendarsService, FeedFetcher, FeedFetchLimit, SlotFinder, AvailabilityResolver],
  exports: [SlotFinder, SessionTypesService, ScheduleService],
})
export class AvailabilityModule {}
