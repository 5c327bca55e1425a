import { Module } from '@nestjs/common';
import { IntakeResolver } from './intake.resolver';
import { IntakeService } from './intake.service';

@Module({ providers: [IntakeService, IntakeResolver], exports: [IntakeService] })
export class IntakeModule {}
