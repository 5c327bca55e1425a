import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AvailabilityModule } from '../availability/availability.module';
import { IntakeModule } from '../intake/intake.module';
import { LicensingModule } from '../licensing/licensing.module';
import { OutboxModule } from '../outbox/outbox.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { BookingCalendarEvents } from './booking-calendar-events';
import { BookingChecks } from './booking-checks';
import { BookingState } from './booking-state';
import { BookingViews } from './booking-views.service';
import { BookingsResolver } from './bookings.resolver';
import { BookingsService } from './bookings.service';
import { HoldExpiryJob } from './hold-expiry.job';
import { LocalPendingPaymentGateway } from './payments/local-pending-payment.gateway';
import { PaymentGateway } from './payments/payment-gateway';
import { SeriesService } from './series.service';

/**
 * Holds, bookings, series and their history. The payments issue replaces the
 * PaymentGateway provider (Stripe) and calls BookingsService.markPaid.
 */
@Module({
  imports: [AuditModule, OutboxModule, RateLimitModule, AvailabilityModule, TherapistsModule, LicensingModule, IntakeModule],
  providers: [
    BookingState,
    BookingChecks,
    BookingsService,
    SeriesService,
    BookingViews,
    BookingCalendarEvents,
    BookingsResolver,
    HoldExpiryJob,
    { provide: PaymentGateway, useClass: LocalPendingPaymentGateway },
  ],
  exports: [BookingsService, BookingChecks, BookingViews, BookingCalendarEvents, BookingState, PaymentGateway],
})
export class BookingsModule {}
