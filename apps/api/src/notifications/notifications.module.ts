import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { OutboxModule } from '../outbox/outbox.module';
import { BookingNotifications } from './booking-notifications.service';

/** Booking e-mail (confirmation, reschedule, cancellation, reminders) and hold expiry, following booking.changed. */
@Module({
  imports: [OutboxModule, JobsModule, MailModule, BookingsModule],
  providers: [BookingNotifications],
  exports: [BookingNotifications],
})
export class NotificationsModule {}
