import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IntakeResolver } from './intake.resolver';
import { IntakeService } from './intake.service';

@Module({ imports: [AuditModule], providers: [IntakeService, IntakeResolver], exports: [IntakeService] })
export class IntakeModule {}
