import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AvailabilityModule } from '../availability/availability.module';
import { BookingsModule } from '../bookings/bookings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { WaitlistResolver } from './waitlist.resolver';
import { WaitlistService } from './waitlist.service';

/** Therapists' waitlists: join, leave, and offers of opened times (following booking.changed). */
@Module({
  imports: [AuditModule, AvailabilityModule, OutboxModule, BookingsModule, TherapistsModule, NotificationsModule],
  providers: [WaitlistService, WaitlistResolver],
})
export class WaitlistModule {}
