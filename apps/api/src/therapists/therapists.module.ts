import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LicensingModule } from '../licensing/licensing.module';
import { OutboxModule } from '../outbox/outbox.module';
import { TherapistsResolver } from './therapists.resolver';
import { TherapistsService } from './therapists.service';

@Module({
  imports: [LicensingModule, AuditModule, OutboxModule],
  providers: [TherapistsService, TherapistsResolver],
  exports: [TherapistsService],
})
export class TherapistsModule {}
