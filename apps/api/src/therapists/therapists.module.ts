import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { TherapistsResolver } from './therapists.resolver';
import { TherapistsService } from './therapists.service';

@Module({
  imports: [AuditModule, OutboxModule],
  providers: [TherapistsService, TherapistsResolver],
  exports: [TherapistsService],
})
export class TherapistsModule {}
