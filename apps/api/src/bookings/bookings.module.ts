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
import { PaymentGateway } from './payments/payment-gateway';
import { SeriesService } from './series.service';
import { JobsModule } from '../jobs/jobs.module';
import { PaymentRecords } from '../payments/payment-records';
import { StripeClientModule } from '../payments/stripe-client';
import { CardSetups } from '../payments/far-sessions/card-setups';
import { OffSessionCharges } from '../payments/far-sessions/off-session-charges';
import { StripeCustomers } from '../payments/far-sessions/stripe-customers';
import { StripePaymentGateway } from '../payments/stripe-payment.gateway';

/**
 * Holds, bookings, series and their history. Paid sessions go through the
 * PaymentGateway: Stripe (or the local emulator), from payments/; the payments
 * module calls BookingsService.markPaid.
 */
@Module({
  imports: [AuditModule, OutboxModule, JobsModule, StripeClientModule, RateLimitModule, AvailabilityModule, TherapistsModule, LicensingModule, IntakeModule],
  providers: [
    BookingState,
    BookingChecks,
    BookingsService,
    SeriesService,
    BookingViews,
    BookingCalendarEvents,
    BookingsResolver,
    HoldExpiryJob,
    PaymentRecords,
    StripeCustomers,
    CardSetups,
    OffSessionCharges,
    StripePaymentGateway,
    { provide: PaymentGateway, useExisting: StripePaymentGateway },
  ],
  exports: [BookingsService, BookingChecks, BookingViews, BookingCalendarEvents, BookingState, PaymentGateway, StripePaymentGateway, CardSetups, OffSessionCharges, StripeCustomers],
})
export class BookingsModule {}
