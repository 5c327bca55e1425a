import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { TherapistsModule } from '../therapists/therapists.module';
import { LicenseExpiryJob } from './license-expiry.job';
import { LicensingResolver } from './licensing.resolver';
import { LicensingService } from './licensing.service';

@Module({
  imports: [TherapistsModule, AuditModule, OutboxModule],
  providers: [LicensingService, LicensingResolver, LicenseExpiryJob],
  exports: [LicensingService],
})
export class LicensingModule {}
