import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { AllianceResolver } from './alliance.resolver';
import { AllianceService } from './alliance.service';

/** Session ratings (alliance), their aggregate for matching, rematch exclusions and sharing consent. */
@Module({
  imports: [AuditModule, OutboxModule],
  providers: [AllianceService, AllianceResolver],
  exports: [AllianceService],
})
export class AllianceModule {}
