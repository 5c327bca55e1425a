import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BookingsModule } from '../bookings/bookings.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';

/** GET /bookings/:id.ics and the therapists' private feeds (GET /calendar/:token.ics). */
@Module({
  imports: [AuditModule, BookingsModule, TherapistsModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedService, CalendarFeedResolver],
})
export class CalendarFeedModule {}
