import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { LicenseExpiryJob } from './license-expiry.job';
import { LicensingResolver } from './licensing.resolver';
import { LicensingService } from './licensing.service';

// Depends on no feature module: therapists, availability and matching ask it about licenses.
@Module({
  imports: [AuditModule, OutboxModule],
  providers: [LicensingService, LicensingResolver, LicenseExpiryJob],
  exports: [LicensingService],
})
export class LicensingModule {}
