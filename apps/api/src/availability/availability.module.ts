import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { AvailabilityResolver } from './availability.resolver';
import { CalendarsService } from './calendars.service';
import { ScheduleService } from './schedule.service';
import { SessionTypesService } from './session-types.service';
import { SlotFinder } from './slot-finder.service';

@Module({
  imports: [TherapistsModule, RateLimitModule],
  providers: [ScheduleService, SessionTypesService, CalendarsService, SlotFinder, AvailabilityResolver],
  exports: [SlotFinder, SessionTypesService],
})
export class AvailabilityModule {}
