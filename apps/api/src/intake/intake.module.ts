import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GoalsModule } from '../goals/goals.module';
import { IntakeDraftResolver } from './draft/intake-draft.resolver';
import { IntakeDraftService } from './draft/intake-draft.service';
import { IntakeScoresResolver } from './intake-scores.resolver';
import { IntakeResolver } from './intake.resolver';
import { IntakeService } from './intake.service';

@Module({
  imports: [AuditModule, GoalsModule],
  providers: [IntakeService, IntakeResolver, IntakeDraftService, IntakeDraftResolver, IntakeScoresResolver],
  exports: [IntakeService],
})
export class IntakeModule {}
