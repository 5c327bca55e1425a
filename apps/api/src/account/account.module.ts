import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { BookingsModule } from '../bookings/bookings.module';
import { MailModule } from '../mail/mail.module';
import { OutboxModule } from '../outbox/outbox.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { AccountDataService } from './account-data.service';
import { AccountResolver } from './account.resolver';
import { AccountSettingsService } from './account-settings.service';

/** Account settings: email, time zone, forgot-password, export my data, delete my account. */
@Module({
  imports: [AuditModule, OutboxModule, RateLimitModule, AuthModule, MailModule, BookingsModule],
  providers: [AccountSettingsService, AccountDataService, AccountResolver],
})
export class AccountModule {}
