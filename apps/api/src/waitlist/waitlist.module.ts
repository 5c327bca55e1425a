import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BookingsModule } from '../bookings/bookings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { WaitlistResolver } from './waitlist.resolver';
import { WaitlistService } from './waitlist.service';

/** Therapists' waitlists: join, leave, and offers of opened times (following booking.changed). */
@Module({
  imports: [AuditModule, OutboxModule, BookingsModule, TherapistsModule, NotificationsModule],
  providers: [WaitlistService, WaitlistResolver],
})
export class WaitlistModule {}
