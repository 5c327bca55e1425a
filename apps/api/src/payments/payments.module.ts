import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BookingsModule } from '../bookings/bookings.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { FarSessionsService } from './far-sessions/far-sessions.service';
import { ReconciliationResolver } from './reconciliation/reconciliation.resolver';
import { ReconciliationService } from './reconciliation/reconciliation.service';
import { OutboxModule } from '../outbox/outbox.module';
import { PaymentRecords } from './payment-records';
import { PaymentsResolver } from './payments.resolver';
import { PaymentsService } from './payments.service';
import { StripeClientModule } from './stripe-client';
import { StripeWebhooksController } from './webhooks.controller';

/**
 * Stripe Connect payouts, checkout confirmation, webhooks and refunds. The
 * PaymentGateway the bookings module uses (StripePaymentGateway) lives here
 * but is provided there, so bookings never import this module.
 */
@Module({
  imports: [AuditModule, OutboxModule, JobsModule, MailModule, StripeClientModule, BookingsModule],
  controllers: [StripeWebhooksController],
  providers: [PaymentRecords, PaymentsService, FarSessionsService, ReconciliationService, PaymentsResolver, ReconciliationResolver],
  exports: [PaymentsService, FarSessionsService, ReconciliationService],
})
export class PaymentsModule {}
